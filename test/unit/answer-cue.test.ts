import { expect } from 'chai';
import { join } from 'node:path';
import { CUE_LANGUAGES, longestCorrectShare, LONGEST_CORRECT_LIMIT } from '../../bot/mentors/answer-cue';
import { lintMentors } from '../../bot/mentors/lint';
import { loadMentors } from '../../bot/mentors/load';
import type { Mentor, QuizItem } from '../../bot/mentors/types';
import { ContentProblems } from '../../bot/mentors/validate';

const option = (id: string, en: string, correct = false, cy = en) => ({ id, text: { en, cy }, correct });
const item = (id: string, right: string, wrong: string[]): QuizItem => ({
  id, lessonId: 'l', stem: { en: 's', cy: 's' }, explanation: { en: 'e', cy: 'e' }, sources: [], review: { status: 'draft' },
  options: [option('a', right, true), ...wrong.map((w, i) => option(String.fromCharCode(98 + i), w))],
});
const mentors = () => loadMentors(join(__dirname, '..', '..', 'mentors'));
const cueErrors = (mentor: Mentor) => {
  const problems = new ContentProblems();
  lintMentors([mentor], [], problems);
  return problems.errors.filter((e) => e.includes('longest option'));
};

describe('the longest-option cue in quiz items', () => {
  it('measures the share of items whose right answer is strictly the longest option', () => {
    const mentor = { quiz: [item('q1', 'the long right answer', ['short', 'brief']), item('q2', 'right', ['a much longer distractor', 'x'])] } as unknown as Mentor;
    expect(longestCorrectShare(mentor)).to.deep.equal({ share: 0.5, items: ['q1'] });
  });

  it('measures each language on its own lengths', () => {
    const q = item('q1', 'right', ['wrong but longer']);
    const welsh = { ...q, options: [option('a', 'right', true, 'yr ateb cywir, sy’n hir iawn'), option('b', 'wrong but longer', false, 'anghywir')] };
    const mentor = { quiz: [welsh] } as unknown as Mentor;
    expect(longestCorrectShare(mentor, 'en').share).to.equal(0);
    expect(longestCorrectShare(mentor, 'cy')).to.deep.equal({ share: 1, items: ['q1'] });
  });

  it('keeps every real mentor at or under the limit in both languages, so content:check passes it', () => {
    for (const mentor of mentors()) {
      for (const language of CUE_LANGUAGES) {
        const { share, items } = longestCorrectShare(mentor, language);
        expect(share, `${mentor.id} ${language}: ${items.join(', ')}`).to.be.at.most(LONGEST_CORRECT_LIMIT);
      }
      expect(cueErrors(mentor)).to.deep.equal([]);
    }
  });

  it('fails content:check with an error for a mentor above the limit', () => {
    const gwen = mentors().find((m) => m.id === 'gwen')!;
    const cued = { ...gwen, quiz: gwen.quiz.map((q) => ({ ...q, options: q.options.map((o) => ({ ...o, text: { en: o.correct ? `${o.text.en} and a good deal more besides` : 'no', cy: o.text.cy } })) })) };
    expect(longestCorrectShare(cued).share).to.be.above(LONGEST_CORRECT_LIMIT);
    const errors = cueErrors(cued);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/options \(en\)" has the right answer as the longest option in 100% of items/);
  });

  it('fails content:check when only the Welsh lengths give the answer away', () => {
    const gwen = mentors().find((m) => m.id === 'gwen')!;
    const cued = { ...gwen, quiz: gwen.quiz.map((q) => ({ ...q, options: q.options.map((o) => ({ ...o, text: { en: o.text.en, cy: o.correct ? `${o.text.cy} a llawer mwy ar ben hynny` : 'na' } })) })) };
    const errors = cueErrors(cued);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/options \(cy\)" has the right answer as the longest option in 100% of items/);
  });
});
