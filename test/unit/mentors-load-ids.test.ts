import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, loadMentors, readFaculty } from '../../bot/mentors/load';
import { MENTORS_DIR } from '../helpers/app';
import { mentorsCopyWith } from '../helpers/mentors-copy';

const ids = (mentor: string, file: string): string[] => (JSON.parse(readFileSync(join(MENTORS_DIR, mentor, file), 'utf8')) as { id: string }[]).map((x) => x.id);

describe('content: an id names one passage (explainers and lessons share one id space)', () => {
  it('the committed content has no id both an explainer and a lesson use', () => {
    for (const mentor of ['hali', 'gwen']) {
      const lessons = new Set(ids(mentor, 'lessons.json'));
      expect(ids(mentor, 'explainers.json').filter((id) => lessons.has(id)), mentor).to.deep.equal([]);
    }
    expect(() => loadMentors(MENTORS_DIR)).to.not.throw();
  });

  // Every mentor, several explainers each: an explainer given a lesson's id (its own mentor's, or the other's).
  for (const [mentor, other] of [['hali', 'gwen'], ['gwen', 'hali']] as const) {
    for (const index of [0, 3, 7]) {
      it(`rejects ${mentor}'s explainer ${index} given a lesson's id, naming the file, the field and the fix`, () => {
        const lessonId = ids(mentor, 'lessons.json')[index];
        const dir = mentorsCopyWith(`${mentor}/explainers.json`, (json) => (json[index].id = lessonId));
        const problems = readFaculty(dir).problems.errors.filter((e) => e.includes('share one id space'));
        expect(problems).to.have.length(1);
        expect(problems[0]).to.include(`${join(dir, mentor, 'explainers.json')}[${index}]: field "id" "${lessonId}" is also the id of a lesson in ${join(dir, mentor, 'lessons.json')}`);
        expect(problems[0]).to.match(/rename the explainer, e\.g\. to "[a-z]+-x-[a-z0-9-]+"/).and.include("keep the lesson's id");
        expect(() => loadMentors(dir)).to.throw(ContentError, /share one id space/);
      });
    }
    it(`rejects ${mentor}'s explainer given one of ${other}'s lesson ids, naming that mentor's lessons file`, () => {
      const lessonId = ids(other, 'lessons.json')[1];
      const dir = mentorsCopyWith(`${mentor}/explainers.json`, (json) => (json[2].id = lessonId));
      const problems = readFaculty(dir).problems.errors.filter((e) => e.includes('share one id space'));
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include(`is also the id of a lesson in ${join(dir, other, 'lessons.json')}`);
    });
  }
});
