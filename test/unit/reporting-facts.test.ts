import { expect } from 'chai';
import { factsBetween } from '../../bot/reporting/changes';
import { buildStatement } from '../../bot/reporting/statements';
import { statementIdOf } from '../../bot/reporting/identity';
import type { LearningFact } from '../../bot/learning/learning-records';
import { reportingRule } from '../../bot/reporting/outbox';
import { VERBS } from '../../bot/reporting/vocabulary';
import { newLearner, type Learner } from '../../bot/learning/learner';
import { realFaculty } from '../helpers/app';

const NOW = new Date('2026-11-27T09:00:00Z');
const settings = { activityBase: 'https://learning.example.nhs.uk/hali/' };

describe('reporting: facts found by comparing the record before and after, and their statements', () => {
  const mentors = realFaculty().mentors;
  const hali = realFaculty().get('hali')!;
  const gwen = realFaculty().get('gwen')!;
  const base = newLearner('aad-1', 't-1', NOW);
  const review = (correct: boolean) => ({ lastCorrect: correct, due: NOW.toISOString(), stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 1 });

  it('a topic becomes mastered when every one of its questions was last answered right, once', () => {
    const topic = hali.lessons[0].topic;
    const lessonIds = new Set(hali.lessons.filter((l) => l.topic === topic).map((l) => l.id));
    const items = hali.quiz.filter((q) => lessonIds.has(q.lessonId));
    const allButOne: Learner = { ...base, reviews: Object.fromEntries(items.slice(1).map((q) => [q.id, review(true)])) };
    const all: Learner = { ...allButOne, reviews: { ...allButOne.reviews, [items[0].id]: review(true) } };
    expect(factsBetween(base, allButOne, mentors, NOW).filter((f) => f.kind === 'topicMastered')).to.deep.equal([]);
    expect(factsBetween(allButOne, all, mentors, NOW).filter((f) => f.kind === 'topicMastered')).to.deep.equal([{ kind: 'topicMastered', mentorId: 'hali', topic }]);
    expect(factsBetween(all, all, mentors, NOW)).to.deep.equal([]);
    // Only topics touched by the write are looked at: an answer elsewhere does not report this one again,
    // and losing the topic then winning it back is mastery again.
    const other = hali.quiz.find((q) => !lessonIds.has(q.lessonId))!;
    expect(factsBetween(all, { ...all, reviews: { ...all.reviews, [other.id]: review(false) } }, mentors, NOW)).to.deep.equal([]);
    const slipped: Learner = { ...all, reviews: { ...all.reviews, [items[0].id]: review(false) } };
    expect(factsBetween(slipped, all, mentors, NOW).filter((f) => f.kind === 'topicMastered')).to.deep.equal([{ kind: 'topicMastered', mentorId: 'hali', topic }]);
    const statement = buildStatement({ kind: 'topicMastered', mentorId: 'hali', topic }, all, mentors, settings, NOW)!;
    expect(statement.verb.id).to.equal(VERBS.mastered.id);
    expect(statement.object).to.deep.include({ id: `https://learning.example.nhs.uk/hali/topic/hali/${encodeURIComponent(topic)}` });
  });

  it('a case discussion credited to the learner, and a streak milestone, each make one statement', () => {
    const study = gwen.cases[0];
    const after: Learner = {
      ...base,
      streak: { current: 7, longest: 7, lastDay: '2026-11-27' },
      cases: [{ caseId: study.id, mentorId: 'gwen', thread: '19:t@thread;messageid=1', finishedAt: NOW.toISOString(), contributions: 3, conceptsCovered: [], conceptsMissed: [], lessonsSuggested: [] }],
    };
    const before: Learner = { ...base, streak: { current: 6, longest: 6, lastDay: '2026-11-26' } };
    const facts = factsBetween(before, after, mentors, NOW);
    expect(facts.map((f) => f.kind).sort()).to.deep.equal(['caseTakenPart', 'streakMilestone']);
    const statements = facts.map((f) => buildStatement(f, after, mentors, settings, NOW)!);
    expect(statements.map((s) => s.verb.id).sort()).to.deep.equal([VERBS.completed.id, VERBS.experienced.id].sort());
    expect(JSON.stringify(statements)).to.not.include('19:t@thread');
  });

  it('ids are deterministic: the same learning gives the same statement id; a new record (after "forget me") a new one', () => {
    const after: Learner = { ...base, progress: { ...base.progress, lessonsDone: { hali: [hali.lessons[0].id] } } };
    const rule = reportingRule(() => mentors, { lrs: true, viva: false, statements: settings });
    const once = rule(base, after, NOW).outbox!.map((e) => e.id);
    const again = rule(base, after, new Date(NOW.getTime() + 60_000)).outbox!.map((e) => e.id);
    expect(once).to.have.length(2);
    expect(again).to.deep.equal(once);
    const reborn = { ...base, createdAt: '2026-12-01T00:00:00.000Z' };
    expect(rule(reborn, { ...after, createdAt: reborn.createdAt }, NOW).outbox!.map((e) => e.id)).to.not.include.members(once);
    // Re-applying to a record that already holds them adds nothing.
    const queued = rule(base, after, NOW);
    expect(rule(base, queued, NOW).outbox).to.have.length(2);
  });
  it('the rule queues the same ids it did before it stopped wording statements, and buildStatement agrees with it', () => {
    // Ids computed by the release that built each whole statement at save time: a statement queued
    // or sent before an upgrade keeps its id after it, so a resend stays harmless.
    const learner: Learner = { ...base, language: 'cy' };
    const golden: [LearningFact, string][] = [
      [{ kind: 'lessonCompleted', mentorId: 'hali', lessonId: 'hali-what-is-ai' }, 'b56dd9ff-4f20-51d1-bb32-0483e2375531'],
      [{ kind: 'pathwayStarted', mentorId: 'hali' }, 'b96e9762-5997-5c71-9f7e-ec7177c43389'],
      [{ kind: 'pathwayCompleted', mentorId: 'gwen' }, '61398454-4d0a-5101-9a69-0f7a59d9f711'],
      [{ kind: 'itemAnswered', mentorId: 'hali', itemId: 'hali-what-is-ai-q1', optionId: 'a', correct: false, confidence: 'sure', seconds: 12, nonce: 'n-1' }, '55ba01f2-e8e7-52d3-b2d7-ac78019da4be'],
      [{ kind: 'topicMastered', mentorId: 'hali', topic: 'artificial intelligence' }, '4b1be5e1-4f65-5525-bf97-f90c279207a0'],
      [{ kind: 'caseTakenPart', mentorId: 'gwen', caseId: 'gwen-case-familial-breast-ovarian-cancer', thread: '19:t@thread;messageid=1', finishedAt: NOW.toISOString(), contributions: 3 }, '0d2d5e15-5919-5701-a212-782eb5d86765'],
      [{ kind: 'streakMilestone', days: 7, day: '2026-11-27' }, '49c14a9f-3508-5077-9553-2b113dfbf2cb'],
    ];
    for (const [fact, id] of golden) {
      expect(statementIdOf(fact, learner, mentors, settings.activityBase, NOW), fact.kind).to.equal(id);
      expect(buildStatement(fact, learner, mentors, settings, NOW)?.id, fact.kind).to.equal(id);
    }
    // What names content HALI no longer serves makes no statement, and so no id to queue.
    const gone: LearningFact[] = [
      { kind: 'lessonCompleted', mentorId: 'hali', lessonId: 'no-such-lesson' },
      { kind: 'itemAnswered', mentorId: 'hali', itemId: 'no-such-item', optionId: 'a', correct: true, nonce: 'n-2' },
      { kind: 'caseTakenPart', mentorId: 'gwen', caseId: 'no-such-case', thread: 't', finishedAt: NOW.toISOString(), contributions: 1 },
      { kind: 'pathwayStarted', mentorId: 'no-such-mentor' },
    ];
    for (const fact of gone) {
      expect(statementIdOf(fact, learner, mentors, settings.activityBase, NOW), fact.kind).to.equal(undefined);
      expect(buildStatement(fact, learner, mentors, settings, NOW), fact.kind).to.equal(undefined);
    }
  });

  it('each queued entry carries the id of the statement it is worded as when sent', () => {
    const item = hali.quiz[0];
    const before: Learner = { ...base, pendingQuiz: { mentorId: 'hali', itemId: item.id, nonce: 'n-3', issuedAt: NOW.toISOString() } };
    const after: Learner = {
      ...before,
      progress: { ...base.progress, lessonsDone: { hali: [hali.lessons[0].id] } },
      lastAnswer: { mentorId: 'hali', itemId: item.id, optionId: item.options[0].id, correct: item.options[0].correct, confidence: 'fairly', nonce: 'n-3' },
    };
    const queued = reportingRule(() => mentors, { lrs: true, viva: false, statements: settings })(before, after, NOW).outbox!;
    expect(queued.map((e) => e.fact?.kind)).to.deep.equal(['pathwayStarted', 'lessonCompleted', 'itemAnswered']);
    for (const entry of queued) expect(buildStatement(entry.fact!, after, mentors, settings, new Date(entry.at))!.id).to.equal(entry.id);
  });
});
