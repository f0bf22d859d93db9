import { expect } from 'chai';
import { join } from 'node:path';
import { longestCorrectShare, LONGEST_CORRECT_LIMIT } from '../../bot/mentors/answer-cue';
import { lintMentors } from '../../bot/mentors/lint';
import { loadMentors } from '../../bot/mentors/load';
import type { Mentor, QuizItem } from '../../bot/mentors/types';
import { ContentProblems } from '../../bot/mentors/validate';

const option = (id: string, en: string, correct = false) => ({ id, text: { en, cy: en }, correct });
const item = (id: string, right: string, wrong: string[]): QuizItem => ({
  id, lessonId: 'l', stem: { en: 's', cy: 's' }, explanation: { en: 'e', cy: 'e' }, sources: [], review: { status: 'draft' },
  options: [option('a', right, true), ...wrong.map((w, i) => option(String.fromCharCode(98 + i), w))],
});

describe('the longest-option cue in quiz items', () => {
  it('measures the share of items whose right answer is strictly the longest option', () => {
    const mentor = { quiz: [item('q1', 'the long right answer', ['short', 'brief']), item('q2', 'right', ['a much longer distractor', 'x'])] } as unknown as Mentor;
    expect(longestCorrectShare(mentor)).to.deep.equal({ share: 0.5, items: ['q1'] });
  });

  it('is flagged by content:check for a mentor above the limit', () => {
    const gwen = loadMentors(join(__dirname, '..', '..', 'mentors')).find((m) => m.id === 'gwen')!;
    const cued = { ...gwen, quiz: gwen.quiz.map((q) => ({ ...q, options: q.options.map((o) => ({ ...o, text: { en: o.correct ? `${o.text.en} and a good deal more besides` : 'no', cy: o.text.cy } })) })) };
    const problems = new ContentProblems();
    lintMentors([cued], [], problems);
    expect(longestCorrectShare(cued).share).to.be.above(LONGEST_CORRECT_LIMIT);
    expect(problems.warnings.join('\n')).to.match(/right answer is the longest option in 100% of items/);
  });
});
