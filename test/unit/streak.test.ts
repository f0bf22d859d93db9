import { expect } from 'chai';
import { currentStreak, FREEZE_EVERY, freezesLeft, MAX_FREEZES, recordLearningDay, type Streak } from '../../bot/learning/streak';
import { acknowledgeGoal, countTowardsGoal, goalJustMet, goalProgress, learnTowardsGoal } from '../../bot/learning/daily-goal';
import { newLearner, type Learner } from '../../bot/learning/learner';

const at = (iso: string) => new Date(iso);
const none: Streak = { current: 0, longest: 0 };
const LONDON = 'Europe/London';

/** Learning once at 12:00 UTC on each of the given November 2026 days. */
function learnOn(days: readonly number[], start: Streak = none): Streak {
  return days.reduce((s, d) => recordLearningDay(s, at(`2026-11-${String(d).padStart(2, '0')}T12:00:00Z`), LONDON), start);
}

describe('streak freezes: days off, nights and leave do not break a streak', () => {
  it('earns one freeze per 7 learning days, and banks at most 2', () => {
    expect(FREEZE_EVERY).to.equal(7);
    expect(learnOn([1, 2, 3, 4, 5, 6])).to.include({ current: 6, freezes: 0, towardFreeze: 6 });
    expect(learnOn([1, 2, 3, 4, 5, 6, 7])).to.include({ current: 7, freezes: 1, towardFreeze: 0 });
    const three = learnOn(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(three).to.include({ current: 21, freezes: MAX_FREEZES });
  });

  it('without a freeze, a missed day breaks the streak (and the longest is kept)', () => {
    const s = learnOn([1, 2, 3, 5]);
    expect(s).to.include({ current: 1, longest: 3, lastDay: '2026-11-05', freezes: 0 });
  });

  it('a freeze is spent automatically on a missed day and the streak goes on', () => {
    const earned = learnOn([1, 2, 3, 4, 5, 6, 7]);
    const after = recordLearningDay(earned, at('2026-11-09T12:00:00Z'), LONDON);
    expect(after).to.include({ current: 8, longest: 8, freezes: 0, lastDay: '2026-11-09' });
  });

  it('two banked freezes cover a two-day weekend off; a third missed day (freezes exhausted) resets it', () => {
    const banked = learnOn(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(banked.freezes).to.equal(2);
    expect(recordLearningDay(banked, at('2026-11-17T12:00:00Z'), LONDON)).to.include({ current: 15, freezes: 0 });
    const broken = recordLearningDay(banked, at('2026-11-18T12:00:00Z'), LONDON);
    expect(broken).to.include({ current: 1, longest: 14, freezes: 0, towardFreeze: 1 });
  });

  it('shows the streak as alive while the freezes still cover the gap, and 0 once they cannot', () => {
    const earned = learnOn([1, 2, 3, 4, 5, 6, 7]);
    expect(currentStreak(earned, at('2026-11-08T20:00:00Z'), LONDON)).to.equal(7);
    expect(currentStreak(earned, at('2026-11-09T08:00:00Z'), LONDON), 'one missed day, one freeze').to.equal(7);
    expect(freezesLeft(earned, at('2026-11-09T08:00:00Z'), LONDON)).to.equal(0);
    expect(currentStreak(earned, at('2026-11-10T08:00:00Z'), LONDON), 'two missed days, one freeze').to.equal(0);
    expect(currentStreak(learnOn([1, 2]), at('2026-11-04T08:00:00Z'), LONDON)).to.equal(0);
  });

  it('a night shift crossing midnight counts both local days it touched', () => {
    let s = recordLearningDay(none, at('2026-11-02T23:50:00Z'), LONDON);
    s = recordLearningDay(s, at('2026-11-03T00:10:00Z'), LONDON);
    expect(s).to.include({ current: 2, lastDay: '2026-11-03' });
    // Sleeps through Tuesday after the shift, learns on Wednesday evening: no day missed.
    s = recordLearningDay(s, at('2026-11-04T21:00:00Z'), LONDON);
    expect(s).to.include({ current: 3 });
  });

  it('a night worker in another zone: local days, not UTC ones', () => {
    // 02:00 on the 3rd in Sydney is still the 2nd in UTC; the next night is the 4th there.
    let s = recordLearningDay(none, at('2026-11-02T15:00:00Z'), 'Australia/Sydney');
    s = recordLearningDay(s, at('2026-11-03T15:00:00Z'), 'Australia/Sydney');
    expect(s).to.include({ current: 2, lastDay: '2026-11-04' });
  });

  it('clocks going forward (29 March 2026): 22:30 on consecutive evenings is 23 hours apart and still consecutive', () => {
    let s = recordLearningDay(none, at('2026-03-28T22:30:00Z'), LONDON); // 22:30 GMT
    s = recordLearningDay(s, at('2026-03-29T21:30:00Z'), LONDON); // 22:30 BST
    expect(s).to.include({ current: 2, lastDay: '2026-03-29' });
  });

  it('clocks going back (25 October 2026): 23:30 on consecutive evenings is 25 hours apart and still consecutive', () => {
    let s = recordLearningDay(none, at('2026-10-24T22:30:00Z'), LONDON); // 23:30 BST
    s = recordLearningDay(s, at('2026-10-25T23:30:00Z'), LONDON); // 23:30 GMT
    expect(s).to.include({ current: 2, lastDay: '2026-10-25' });
    // 00:30 BST on the 25th and 23:30 GMT the same day are one day.
    let t = recordLearningDay(none, at('2026-10-24T23:30:00Z'), LONDON);
    t = recordLearningDay(t, at('2026-10-25T23:30:00Z'), LONDON);
    expect(t).to.include({ current: 1, lastDay: '2026-10-25' });
  });

  it('a clock or time zone that moves backwards changes nothing', () => {
    const s = learnOn([5, 6]);
    expect(recordLearningDay(s, at('2026-11-04T12:00:00Z'), LONDON)).to.equal(s);
  });
});

describe('the daily goal', () => {
  const morning = at('2026-11-27T09:00:00Z');
  const learner = (goal?: 'lesson' | 'questions'): Learner => {
    const l = newLearner('L', undefined, morning);
    return goal ? { ...l, preferences: { ...l.preferences, dailyGoal: goal } } : l;
  };

  it('is one lesson unless the learner chose three questions', () => {
    expect(goalProgress(learner(), morning)).to.deep.equal({ goal: 'lesson', done: 0, target: 1, met: false });
    expect(goalProgress(learner('questions'), morning)).to.deep.equal({ goal: 'questions', done: 0, target: 3, met: false });
  });

  it('counts questions and is acknowledged once, on the answer that meets it', () => {
    let l = learner('questions');
    const met: boolean[] = [];
    for (let i = 0; i < 4; i++) {
      const next = learnTowardsGoal('question', morning)(l);
      met.push(goalJustMet(l, next));
      l = next;
    }
    expect(met).to.deep.equal([false, false, true, false]);
    expect(goalProgress(l, morning)).to.include({ done: 3, met: true });
  });

  it('starts afresh on the learner\'s next local day', () => {
    const l = countTowardsGoal(learner(), 'lesson', morning);
    expect(goalProgress(l, morning).met).to.equal(true);
    expect(goalProgress(l, at('2026-11-28T09:00:00Z'))).to.include({ done: 0, met: false });
    const acked = acknowledgeGoal(l, morning).learner;
    const tomorrow = learnTowardsGoal('lesson', at('2026-11-28T09:00:00Z'))(acked);
    expect(goalJustMet(acked, tomorrow)).to.equal(true);
  });

  it('switching goal mid-day: the new goal is acknowledged when it is met', () => {
    let l = learnTowardsGoal('lesson', morning)(learner());
    l = { ...l, preferences: { ...l.preferences, dailyGoal: 'questions' } };
    const afterTwo = learnTowardsGoal('question', morning)(learnTowardsGoal('question', morning)(l));
    const third = learnTowardsGoal('question', morning)(afterTwo);
    expect(goalJustMet(afterTwo, third)).to.equal(true);
  });

  it('a lesson does not count towards a questions goal', () => {
    const l = countTowardsGoal(learner('questions'), 'lesson', morning);
    expect(goalProgress(l, morning)).to.include({ done: 0, met: false });
  });
});
