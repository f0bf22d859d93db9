import { expect } from 'chai';
import { realFaculty } from '../helpers/app';
import { describeMisses, evaluate, evaluationSet, MENTOR_IDS, outOfScopeAnswers, share, unknownIds, wrongTopicAnswers } from '../helpers/evaluation';

/**
 * The dev9 sets (test/fixtures/evaluation/dev9-<mentor>.json) were written blind from the content digest, like blind9,
 * by other personas (acute care, theatres, maternity, paediatrics, pharmacy, diagnostics, management, staff sceptical
 * of AI or genetics), to be read: their misses are listed, and retrieval was developed on them (expressions in any
 * form of their words, a clause that sets up the question, a word that names which tool). The decision model is not
 * trained on them: trained with them it answered fewer of them right (HALI 81, Gwen 93), not more.
 * First scored on 8040d77: HALI 80/100 right, Gwen 95/104, with 1 and 2 out-of-scope questions answered; since 04ddd6f
 * 89/100 and 96/104, none. The floors keep what was gained; the caps keep the wrong-topic and out-of-scope answers from growing.
 */
type MentorId = (typeof MENTOR_IDS)[number];
const FLOOR: Readonly<Record<MentorId, number>> = { hali: 0.89, gwen: 0.92 };
const WRONG_TOPIC: Readonly<Record<MentorId, number>> = { hali: 5, gwen: 5 };
const OUT_OF_SCOPE_ANSWERED: Readonly<Record<MentorId, number>> = { hali: 0, gwen: 0 };

describe('the offline mentor on the dev9 evaluation sets (written blind, developed on)', () => {
  const faculty = realFaculty();

  for (const mentorId of MENTOR_IDS) {
    describe(mentorId, () => {
      const questions = evaluationSet(mentorId, 'dev9');
      const results = evaluate(faculty, mentorId, 'dev9');

      it('has 100 questions or more, a quarter Welsh and 12 out of scope (once those word for word in an earlier set are left out), each naming content that exists', () => {
        expect(questions.length).to.be.at.least(100);
        expect(share(questions, (q) => q.language === 'cy')).to.be.at.least(0.24);
        expect(questions.filter((q) => q.expected === 'abstain').length).to.be.at.least(12);
        expect(unknownIds(faculty, questions)).to.deep.equal([]);
      });

      it(`answers at least ${FLOOR[mentorId] * 100}% right`, () => {
        const right = share(results, (r) => r.right);
        expect(right, `${(right * 100).toFixed(1)}% right; misses:\n${describeMisses(results)}`).to.be.at.least(FLOOR[mentorId]);
      });

      it('answers no more in-scope questions with the wrong topic, and no more out-of-scope ones, than it does now', () => {
        const wrong = wrongTopicAnswers(results);
        expect(wrong.length, wrong.join('\n')).to.be.at.most(WRONG_TOPIC[mentorId]);
        const unrelated = outOfScopeAnswers(results);
        expect(unrelated.length, unrelated.join('\n')).to.be.at.most(OUT_OF_SCOPE_ANSWERED[mentorId]);
      });
    });
  }
});
