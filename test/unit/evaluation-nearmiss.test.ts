import { expect } from 'chai';
import { realFaculty } from '../helpers/app';
import { evaluate, evaluationSet, MENTOR_IDS } from '../helpers/evaluation';

/**
 * Near misses (test/fixtures/evaluation/nearmiss-<mentor>.json): questions that name what the content names (AI,
 * ChatGPT; clopidogrel, BRCA, cystic fibrosis, cholesterol) but ask what it does not cover ("will AI take my job",
 * "what is the dose of clopidogrel after a stent", "the survival rate for BRCA breast cancer"). Every one should
 * abstain; issue 17 asks that no out-of-scope question be answered with unrelated content.
 *
 * Measured on 2026-11-29 (on 4957c2f): HALI answers 8 of 30, Gwen 9 of 27 with content, while the tuned, held-out and
 * blind sets' out-of-scope questions are all abstained on. Training the answer-or-abstain model on this set too stops
 * them only by answering far fewer in-scope questions (blind HALI 69 -> 61 of 86 right, generated misspellings 96% ->
 * 93%): its features cannot tell a dose asked of clopidogrel from the clopidogrel gene test. The ceilings below stop
 * the gap widening while a better reading of what is asked is built; they are not a goal.
 */
const ANSWERED_CEILING: Readonly<Record<(typeof MENTOR_IDS)[number], number>> = { hali: 8, gwen: 9 };

describe('the offline mentor on near misses (a subject it names, asked what it does not cover)', () => {
  const faculty = realFaculty();
  for (const mentorId of MENTOR_IDS) {
    it(`${mentorId}: every question is out of scope, and no more than ${ANSWERED_CEILING[mentorId]} are answered with content`, () => {
      const questions = evaluationSet(mentorId, 'nearmiss');
      expect(questions.length).to.be.at.least(25);
      expect(questions.every((q) => q.expected === 'abstain')).to.equal(true);
      expect(questions.filter((q) => q.language === 'cy').length).to.be.at.least(8);
      const answered = evaluate(faculty, mentorId, 'nearmiss').filter((r) => r.unrelated);
      expect(answered.length, answered.map((r) => `${r.q.question} -> ${r.answeredWith}`).join('\n')).to.be.at.most(ANSWERED_CEILING[mentorId]);
    });
  }
});
