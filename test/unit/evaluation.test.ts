import { expect } from 'chai';
import { realFaculty } from '../helpers/app';
import { describeMisses, evaluate, evaluationSet, MENTOR_IDS, share, unknownIds } from '../helpers/evaluation';

describe('the offline mentor on the evaluation sets (questions as staff ask them)', () => {
  const faculty = realFaculty();

  for (const mentorId of MENTOR_IDS) {
    describe(mentorId, () => {
      const questions = evaluationSet(mentorId);
      const results = evaluate(faculty, mentorId);

      it('has at least 150 questions in every style, each naming content that exists', () => {
        expect(questions.length).to.be.at.least(150);
        for (const style of ['plain', 'short', 'vague', 'misspelt', 'two topics', 'welsh', 'out of scope']) {
          expect(questions.filter((q) => q.style === style).length, style).to.be.at.least(style === 'two topics' ? 8 : 15);
        }
        expect(unknownIds(faculty, questions)).to.deep.equal([]);
      });

      it('is not built from the content\'s own synonyms or questions', () => {
        const mentor = faculty.get(mentorId)!;
        const own = new Set([...mentor.explainers.flatMap((e) => [...e.synonyms, e.question.en, e.question.cy])].map((s) => s.toLowerCase().replace(/[?]/g, '').trim()));
        const copies = questions.filter((q) => own.has(q.question.toLowerCase().replace(/[?]/g, '').trim()));
        // A few plain questions are the explainer's own title on purpose (the easy case); no more than one in ten.
        expect(copies.length / questions.length).to.be.below(0.1);
      });

      it('answers at least 95% right', () => {
        const right = share(results, (r) => r.right);
        expect(right, `${(right * 100).toFixed(1)}% right; misses:\n${describeMisses(results)}`).to.be.at.least(0.95);
      });

      it('answers no out-of-scope question with unrelated content', () => {
        const unrelated = results.filter((r) => r.unrelated);
        expect(unrelated.map((r) => `${r.q.question} -> ${r.answeredWith}`)).to.deep.equal([]);
      });

      it('recognises Welsh questions as Welsh and English ones as English when it decides', () => {
        const decided = results.filter((r) => r.detected !== undefined);
        const wrong = decided.filter((r) => r.detected !== r.q.language).map((r) => `${r.q.question}: ${r.detected}`);
        expect(wrong.length / decided.length, wrong.join('\n')).to.be.below(0.03);
        const welsh = results.filter((r) => r.q.language === 'cy');
        expect(share(welsh, (r) => r.detected === 'cy'), 'Welsh questions recognised').to.be.at.least(0.9);
      });
    });
  }
});
