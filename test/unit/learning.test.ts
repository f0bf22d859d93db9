import { ROLES } from '../../bot/mentors/types';
import { expect } from 'chai';
import { dueItems, gradeFor, scheduleReview } from '../../bot/learning/review';
import { currentStreak, localDate, recordLearningDay } from '../../bot/learning/streak';
import { nextQuizItem } from '../../bot/learning/quiz';
import { progressOf } from '../../bot/learning/progress';
import { newLearner, type Learner } from '../../bot/learning/learner';
import { realFaculty } from '../helpers/app';

const at = (iso: string) => new Date(iso);
const days = (from: string, to: string) => (new Date(to).getTime() - new Date(from).getTime()) / 86_400_000;

describe('spaced repetition (FSRS)', () => {
  const now = at('2026-11-27T09:00:00Z');

  it('grades wrong as Again, right-but-unsure as Hard, right as Good and right-and-sure as Easy', () => {
    expect([gradeFor(false, 'sure'), gradeFor(true, 'unsure'), gradeFor(true, undefined), gradeFor(true, 'fairly'), gradeFor(true, 'sure')]).to.deep.equal([1, 2, 3, 3, 4]);
  });

  it('schedules a correct-but-unsure answer sooner than a sure one, and a wrong one soonest', () => {
    const wrong = scheduleReview(undefined, false, 'sure', now);
    const unsure = scheduleReview(undefined, true, 'unsure', now);
    const sure = scheduleReview(undefined, true, 'sure', now);
    expect(new Date(wrong.due) < new Date(unsure.due)).to.equal(true);
    expect(new Date(unsure.due) < new Date(sure.due)).to.equal(true);
    expect(days(now.toISOString(), wrong.due)).to.be.below(1);
    expect(wrong.lastCorrect).to.equal(false);
    expect(sure.lastConfidence).to.equal('sure');
  });

  it('spaces repeated correct answers further apart, and brings a lapse back soon', () => {
    let state = scheduleReview(undefined, true, 'sure', now);
    const intervals: number[] = [];
    let clock = new Date(state.due);
    for (let i = 0; i < 3; i++) {
      const next = scheduleReview(state, true, 'sure', clock);
      intervals.push(days(clock.toISOString(), next.due));
      state = next;
      clock = new Date(state.due);
    }
    expect(intervals[1]).to.be.greaterThan(intervals[0]);
    expect(intervals[2]).to.be.greaterThan(intervals[1]);
    const lapse = scheduleReview(state, false, 'sure', clock);
    expect(days(clock.toISOString(), lapse.due)).to.be.below(1);
    expect(lapse.lapses).to.equal(1);
  });

  it('lists due items, most overdue first', () => {
    const reviews = { a: scheduleReview(undefined, true, 'sure', at('2026-11-01T00:00:00Z')), b: scheduleReview(undefined, false, undefined, at('2026-11-20T00:00:00Z')), c: scheduleReview(undefined, true, 'sure', now) };
    expect(dueItems(reviews, now)).to.deep.equal(['a', 'b']);
  });
});

describe('streaks in the learner\'s own time zone', () => {
  const none: Learner['streak'] = { current: 0, longest: 0 };

  it('counts consecutive local days and resets after a missed one', () => {
    let s = recordLearningDay(none, at('2026-11-25T10:00:00Z'), 'Europe/London');
    s = recordLearningDay(s, at('2026-11-25T18:00:00Z'), 'Europe/London');
    s = recordLearningDay(s, at('2026-11-26T08:00:00Z'), 'Europe/London');
    expect(s).to.deep.equal({ current: 2, longest: 2, lastDay: '2026-11-26', freezes: 0, towardFreeze: 2 });
    expect(currentStreak(s, at('2026-11-27T12:00:00Z'), 'Europe/London')).to.equal(2);
    expect(currentStreak(s, at('2026-11-28T12:00:00Z'), 'Europe/London')).to.equal(0);
    s = recordLearningDay(s, at('2026-11-28T12:00:00Z'), 'Europe/London');
    expect(s).to.deep.equal({ current: 1, longest: 2, lastDay: '2026-11-28', freezes: 0, towardFreeze: 1 });
  });

  it('uses local midnight, not UTC: 23:30 in London in summer is already the next day', () => {
    expect(localDate(at('2026-07-01T23:30:00Z'), 'Europe/London')).to.equal('2026-07-02');
    expect(localDate(at('2026-12-01T23:30:00Z'), 'Europe/London')).to.equal('2026-12-01');
    expect(localDate(at('2026-07-01T23:30:00Z'), 'Not/AZone')).to.equal('2026-07-02');
  });
});

describe('choosing the next quiz question and computing progress', () => {
  const faculty = realFaculty();
  const hali = faculty.get('hali')!;
  const now = at('2026-11-27T09:00:00Z');

  it('starts with the first lesson\'s items, then moves to items of lessons done', () => {
    const learner = newLearner('L', undefined, now);
    const first = nextQuizItem(faculty.mentors, hali, learner, now)!;
    expect(first.reason).to.equal('new');
    expect(first.item.lessonId).to.equal(hali.lessons[0].id);
  });

  it('offers a due review before anything new, from any mentor', () => {
    const gwenItem = faculty.get('gwen')!.quiz[0];
    const learner: Learner = { ...newLearner('L', undefined, now), reviews: { [gwenItem.id]: scheduleReview(undefined, false, undefined, at('2026-11-20T09:00:00Z')) } };
    const pick = nextQuizItem(faculty.mentors, hali, learner, now)!;
    expect(pick.reason).to.equal('review');
    expect(pick.item.id).to.equal(gwenItem.id);
    expect(pick.mentor.id).to.equal('gwen');
  });

  it('computes lessons done, mastery per topic, due reviews and confidence against accuracy', () => {
    const [a, b] = hali.quiz;
    const learner: Learner = {
      ...newLearner('L', undefined, now),
      progress: { lessonsDone: { hali: [hali.lessons[0].id, hali.lessons[1].id] }, saved: [] },
      reviews: { [a.id]: scheduleReview(undefined, true, 'sure', at('2026-11-26T09:00:00Z')), [b.id]: scheduleReview(undefined, false, 'sure', at('2026-11-26T09:00:00Z')) },
      calibration: { sure: { answered: 2, correct: 1 } },
      streak: { current: 3, longest: 5, lastDay: '2026-11-27' },
    };
    const p = progressOf(learner, faculty.mentors, now);
    expect(p.streak).to.equal(3);
    expect(p.longestStreak).to.equal(5);
    expect(p.lessons.find((l) => l.mentor.id === 'hali')).to.include({ done: 2, total: 12 });
    const topic = hali.lessons.find((l) => l.id === a.lessonId)!.topic;
    expect(p.mastery.find((m) => m.topic === topic)!.mastered).to.be.at.least(1);
    expect(p.due).to.equal(1);
    expect(p.calibration).to.deep.equal([{ confidence: 'sure', answered: 2, correct: 1 }]);
  });

  it('counts lessons out of the learner\'s role pathway, as the lesson card does ("Lesson 1 of 13"), in every role', async () => {
    const { pathwayFor } = await import('../../bot/learning/pathway');
    const gwen = faculty.get('gwen')!;
    for (const role of [...ROLES, undefined]) {
      const pathway = pathwayFor(gwen, role);
      const learner: Learner = { ...newLearner('L', undefined, now), profile: { role }, progress: { lessonsDone: { gwen: [pathway[0].id] }, saved: [] } };
      expect(progressOf(learner, faculty.mentors, now).lessons.find((l) => l.mentor.id === 'gwen'), role ?? 'no role').to.include({ done: 1, total: pathway.length });
    }
    // A lesson done from another role's pathway (the role changed since) counts in both.
    const midwife = pathwayFor(gwen, 'midwife');
    const outside = gwen.lessons.find((l) => !midwife.includes(l))!;
    const changed: Learner = { ...newLearner('L', undefined, now), profile: { role: 'midwife' }, progress: { lessonsDone: { gwen: [outside.id] }, saved: [] } };
    expect(progressOf(changed, faculty.mentors, now).lessons.find((l) => l.mentor.id === 'gwen')).to.include({ done: 1, total: midwife.length + 1 });
  });
});
