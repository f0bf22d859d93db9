import type { TurnContext } from 'botbuilder';
import { renderCaseSummary } from '../../cards/render';
import type { CardJson } from '../../cards/expand';
import { creditCase } from '../learning/case-credit';
import type { CaseKey, CaseRepository } from '../cases/repository';
import { finish, type CaseThread } from '../cases/thread';
import type { AppDeps } from '../deps';
import type { CaseStudy, Mentor } from '../mentors/types';
import { changeLearner, recordEvent, type HaliTurnState } from '../state';
import type { Learner } from '../learning/learner';

/** Which run of a case a thread is on: a case run again in the same thread starts afresh. */
export const runOf = (thread: CaseThread) => `${thread.caseId}@${thread.startedAt}`;

/** Ends the case at `key` (as stored now, else `current`); `ended` false when another member ended it first, whose summary is the one. */
export async function endThread(cases: CaseRepository, key: CaseKey, current: CaseThread, now: Date): Promise<{ thread: CaseThread; ended: boolean }> {
  let ended = false;
  const thread = await cases.updateThread(key, (latest) => {
    const outcome = finish(latest ?? current, now);
    ended = outcome.advanced;
    return outcome.thread;
  });
  return { thread, ended };
}

/**
 * The end of a case: each participant is credited on their own learner record (a participation
 * entry and the related lessons saved for later), each gets a learning event, and the team gets
 * the summary card. The member whose turn this is is credited through the turn's own single write.
 */
export async function finishCase(context: TurnContext, state: HaliTurnState, key: CaseKey, thread: CaseThread, mentor: Mentor, study: CaseStudy, cases: CaseRepository, { stores, log }: AppDeps): Promise<CardJson> {
  const { language } = state.temp;
  const people = await cases.participants(key, runOf(thread));
  const finishedAt = thread.finishedAt ?? thread.updatedAt;
  const covered = thread.covered.flat();
  const missed = study.stages.slice(0, thread.stage + 1).flatMap((s, i) => s.concepts.filter((c) => !(thread.covered[i] ?? []).includes(c.id)).map((c) => c.id));
  const entry = { caseId: study.id, mentorId: mentor.id, thread: `${key.conversationId}#${key.threadId}`, finishedAt, conceptsCovered: covered, conceptsMissed: missed };
  const credited = await Promise.all(
    people.map(async (person): Promise<Learner | undefined> => {
      const credit = creditCase(mentor, study, { ...entry, contributions: person.contributions.length });
      const event = { type: 'case.completed', at: finishedAt, mentorId: mentor.id, caseId: study.id, contributions: person.contributions.length };
      const eventKey = `case:${entry.thread}:${finishedAt}`;
      if (person.learnerId === state.temp.learner.id) {
        changeLearner(state, credit);
        recordEvent(state, person.learnerId, event, eventKey);
        return state.temp.learner;
      }
      // A member erased since this turn began (their document read just before) stays erased.
      let erased = false;
      const credited = await stores.learners.update(person.learnerId, [credit], undefined, state.temp.startedAt).then(
        (learner) => ((erased = learner === undefined), learner),
        (error: unknown) => {
          log.error('case.credit_failed', { activityId: context.activity.id, error });
          return undefined;
        },
      );
      if (!erased) recordEvent(state, person.learnerId, event, eventKey);
      return credited;
    }),
  );
  const title = (id: string) => mentor.lessons.find((l) => l.id === id)?.title[language] ?? id;
  const summary = people.map((person, i) => {
    const record = credited[i]?.cases?.find((c) => c.thread === entry.thread && c.finishedAt === finishedAt);
    return { name: person.name, lessons: (record?.lessonsSuggested ?? []).map(title) };
  });
  log.info('case.finished', { activityId: context.activity.id, caseId: study.id, participants: people.length, stage: thread.stage + 1 });
  return renderCaseSummary(state.temp, mentor, study, thread, summary, true);
}
