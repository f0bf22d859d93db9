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
 *
 * That reading (bot/mentors/uncovered-aspect.ts: the job, money, history, hardware, dose, outlook, diet, treatment or
 * management a question asks of its subject, abstaining when the passage never says it) brought both to 1. It was built
 * with this set in view, so this set no longer measures it: test/unit/uncovered-aspect.test.ts has its own near misses
 * and a generated set, and the blind sets say how far it reaches. Still answered: "what's the best AI app for learning
 * Welsh" (the tool-evaluation explainer) and "how is chemotherapy given" (DPYD testing, which is about chemotherapy).
 */
const ANSWERED_CEILING: Readonly<Record<(typeof MENTOR_IDS)[number], number>> = { hali: 1, gwen: 1 };

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
