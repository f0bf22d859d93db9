import { expect } from 'chai';
import { checkContent } from '../../scripts/content-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENTORS_DIR } from '../helpers/app';
import { mentorsCopyWith as copyWith } from '../helpers/mentors-copy';

describe('content:check: the bilingual terminology glossary (mentors/glossary.json)', () => {
  const report = checkContent(MENTORS_DIR);

  it('has entries, each with a preferred Welsh term, and no Welsh text uses a rejected form', () => {
    const glossary = JSON.parse(readFileSync(join(MENTORS_DIR, 'glossary.json'), 'utf8')).terms as { en: string; cy: string; rejected: string[] }[];
    expect(report.glossaryTerms).to.equal(glossary.length).and.be.at.least(20);
    expect(report.errors).to.deep.equal([]);
    expect(report.unglossed).to.deep.equal([]);
    expect(glossary.map((t) => t.en)).to.include.members(['variant', 'germline', 'antiplatelet treatment', 'clopidogrel']);
  });

  it('fails on a rejected Welsh form, whatever its case, naming the text, the term and the form to use', () => {
    const dir = copyWith('gwen/lessons.json', (lessons) => {
      lessons[0].body.cy = `${lessons[0].body.cy} Mae’r Amrywiad hwn yn bwysig.`;
      lessons[1].keyPoints.cy[0] = 'Peidiwch ag oedi triniaeth gwrthblatennau.';
    });
    const lessons = JSON.parse(readFileSync(join(dir, 'gwen', 'lessons.json'), 'utf8'));
    const errors = checkContent(dir).errors.join('\n');
    expect(errors).to.include(`mentors/gwen/lessons.json ${lessons[0].id}: field "cy" uses "amrywiad", which mentors/glossary.json rejects for "variant"; write "amrywiolyn`);
    expect(errors).to.include(`mentors/gwen/lessons.json ${lessons[1].id}: field "cy" uses "triniaeth gwrthblatennau"`);
  });

  it('leaves case-matching phrases alone: a rejected form may be what a learner types', () => {
    const cases = JSON.parse(readFileSync(join(MENTORS_DIR, 'gwen', 'cases.json'), 'utf8'));
    expect(JSON.stringify(cases.flatMap((c: any) => c.stages.flatMap((s: any) => s.concepts.flatMap((k: any) => k.synonyms))))).to.include('amrywiad hysbys');
  });

  it('reports a term two mentors use that has no entry, and fails on a malformed entry', () => {
    const dir = copyWith('glossary.json', (json) => {
      json.terms = json.terms.filter((t: { en: string }) => t.en !== 'consent');
      json.terms.push({ en: 'bias', rejected: 'tuedd' });
    });
    const result = checkContent(dir);
    expect(result.unglossed.map((u) => u.term)).to.include('consent');
    expect(result.warnings.join('\n')).to.include('mentors/glossary.json: field "terms" has no entry for "consent", used by gwen and hali');
    expect(result.errors.join('\n')).to.include('field "cy" must be a non-empty string');
    expect(result.errors.join('\n')).to.include('field "rejected" must be a non-empty list of strings');
  });
});
