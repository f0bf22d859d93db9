import { expect } from 'chai';
import { checkContent } from '../../scripts/content-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENTORS_DIR } from '../helpers/app';
import { mentorsCopyWith as copyWith } from '../helpers/mentors-copy';

const today = new Date('2026-11-28T12:00:00Z');

describe('content:check: source currency and review periods', () => {
  it('every source entry records when it was last checked, and nothing cites a superseded source', () => {
    const sources = JSON.parse(readFileSync(join(MENTORS_DIR, 'sources.json'), 'utf8')).sources as { lastChecked?: string; superseded?: boolean; successor?: string }[];
    for (const s of sources) expect(s.lastChecked, JSON.stringify(s)).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(sources.filter((s) => s.superseded).every((s) => typeof s.successor === 'string')).to.equal(true);
    expect(checkContent(MENTORS_DIR, today).errors).to.deep.equal([]);
  });

  it('fails on content citing a superseded source, naming the successor', () => {
    const dir = copyWith('gwen/quiz.json', (quiz) => {
      quiz[0].sources = [{ title: 'NICE DG59', url: 'https://www.nice.org.uk/guidance/dg59/chapter/1-Recommendations' }];
    });
    const quiz = JSON.parse(readFileSync(join(dir, 'gwen', 'quiz.json'), 'utf8'));
    expect(checkContent(dir, today).errors.join('\n')).to.include(`${quiz[0].id}: field "sources" cites https://www.nice.org.uk/guidance/dg59/chapter/1-Recommendations, which is superseded by https://www.nice.org.uk/guidance/htg724`);
  });

  it('warns on sources not checked for more than 12 months, and fails on an entry with no date or an unlisted successor', () => {
    const dir = copyWith('sources.json', (json) => {
      json.sources[0].lastChecked = '2025-10-01';
      delete json.sources[1].lastChecked;
      json.sources[2].superseded = true;
      json.sources[2].successor = 'https://example.org/nowhere';
    });
    const urls = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')).sources.map((s: { url: string }) => s.url);
    const { errors, warnings } = checkContent(dir, today);
    expect(warnings.join('\n')).to.include(`mentors/sources.json ${urls[0]}: field "lastChecked" is 2025-10-01, more than 12 months ago`);
    expect(errors.join('\n')).to.include(`mentors/sources.json ${urls[1]}: field "lastChecked" must be the date the source was last confirmed`);
    expect(errors.join('\n')).to.include(`mentors/sources.json ${urls[2]}: field "successor" must name the listed source`);
    expect(checkContent(dir, new Date('2026-09-30T12:00:00Z')).warnings.join('\n')).to.not.include(urls[0]);
  });

  it('warns on reviewed content older than its mentor\'s review period, and rejects a malformed period', () => {
    const dir = copyWith('hali/lessons.json', (lessons) => {
      lessons[0].review = { status: 'reviewed', reviewer: 'A Reviewer, clinical educator', date: '2026-04-01' };
      lessons[1].review = { status: 'reviewed', reviewer: 'A Reviewer, clinical educator', date: '2026-08-01' };
    });
    const lessons = JSON.parse(readFileSync(join(dir, 'hali', 'lessons.json'), 'utf8'));
    const warnings = checkContent(dir, today).warnings.join('\n');
    expect(warnings).to.include(`mentors/hali/lessons.json ${lessons[0].id}: field "review.date" is 2026-04-01, older than hali's review period of 6 months`);
    expect(warnings).to.not.include(`${lessons[1].id}: field "review.date"`);
    const mentorFile = join(dir, 'hali', 'mentor.json');
    writeFileSync(mentorFile, JSON.stringify({ ...JSON.parse(readFileSync(mentorFile, 'utf8')), reviewPeriodMonths: 'six' }));
    expect(checkContent(dir, today).errors.join('\n')).to.include('field "reviewPeriodMonths" must be a whole number of months from 1 to 60');
  });
});
