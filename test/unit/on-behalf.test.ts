import { expect } from 'chai';
import { realFaculty } from '../helpers/app';
import { evaluationSet, MENTOR_IDS } from '../helpers/evaluation';
import { ON_BEHALF, onBehalfVariants } from '../helpers/on-behalf';
import { withoutReporter } from '../../bot/mentors/reported-question';

/**
 * Questions passed on from someone else. Before bot/mentors/reported-question.ts, seed 7: 81.6% English and 79.5%
 * Welsh got the answer asked directly, the rest nearly all abstaining ("student", "HCAs", "mentee" read as a subject
 * the mentor lacks). With it: 99.1% and 98.7%; the three Welsh misses are "roedd fy nghlaf yn holi pryd ddylwn i
 * atgyfeirio...", a question about one patient, which is deflected.
 */
describe('a question asked on someone else\'s behalf gets the answer it gets asked directly', () => {
  const faculty = realFaculty();
  const answer = (text: string) => faculty.choose(text).passages[0]?.id;

  for (const seed of [7, 11]) {
    it(`answers ~470 generated questions (seed ${seed}) as asked directly: at least 97% in each language, under 2% another topic`, () => {
      const results = onBehalfVariants(faculty, { seed });
      expect(results.length).to.be.above(400);
      for (const language of ['en', 'cy'] as const) {
        const of = results.filter((r) => r.kind === language);
        const report = of.filter((r) => r.got !== r.meant).map((r) => `${r.asked} → ${r.got ?? 'abstain'} (directly: ${r.meant ?? 'abstain'})`).join('\n');
        expect(of.filter((r) => r.got === r.meant).length / of.length, report).to.be.at.least(0.97);
        expect(of.filter((r) => r.got !== undefined && r.got !== r.meant).length / of.length, report).to.be.below(0.02);
      }
    });
  }

  it('still abstains on an out-of-scope question passed on', () => {
    const questions = MENTOR_IDS.flatMap((m) => (['tuned', 'heldout', 'blind'] as const).flatMap((set) => evaluationSet(m, set)))
      .filter((q) => q.expected === 'abstain' && answer(q.question) === undefined);
    const passedOn = questions.flatMap((q) => ON_BEHALF[q.language].map((wrap) => wrap(q.question)));
    expect(passedOn.length).to.be.above(300);
    const answered = passedOn.filter((message) => answer(message) !== undefined);
    expect(answered.length / passedOn.length, answered.join('\n')).to.be.below(0.02);
  });

  it('takes out only who asked: the question, a role asked about, and "asked" in a question stay', () => {
    expect(withoutReporter('my student asked me how ChatGPT works').trim()).to.equal('how ChatGPT works');
    expect(withoutReporter('mae’r teulu eisiau gwybod beth yw Lynch').trim()).to.equal('beth yw Lynch');
    for (const question of ['what should a nurse ask before using an AI scribe?', 'the patient asked for a genetic test, who can order it?', 'can AI do what a radiologist does?', 'a ofynnodd y claf am brawf?']) {
      expect(withoutReporter(question), question).to.satisfy((rest: string) => rest.includes('ask') || rest.includes('radiologist') || rest.includes('ofynnodd'));
    }
  });
});
