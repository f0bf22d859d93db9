import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { cardExecute, cardSubmit, personalMessage } from './activities';
import { firstCard, invokeCard, realFaculty } from './app';

type Send = (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;

/** Roles of a scripted cohort of 40: 28 nurses, 10 doctors and 2 pharmacists (too few to show alone). */
export function cohortRole(index: number): string {
  return index < 28 ? 'nurse' : index < 38 ? 'doctor' : 'pharmacist';
}

const answerAction = (card: Record<string, any>) => (card.actions as Record<string, any>[] | undefined)?.filter((a) => a.verb === Verbs.quizAnswer) ?? [];

/** Answers the question on `card`: right or wrong as asked, with a stated confidence. */
async function answer(send: Send, card: Record<string, any>, right: boolean, confidence: string, userId: string) {
  const actions = answerAction(card);
  const item = realFaculty().mentors.flatMap((m) => m.quiz).find((q) => q.id === actions[0].data.itemId)!;
  // Wrong answers all pick the first wrong option, so the others' misconceptions are never chosen.
  const option = item.options.find((o) => o.correct === right)!;
  const data = actions.find((a) => a.data.optionId === option.id)!.data;
  const result = invokeCard(await send(cardExecute(Verbs.quizAnswer, { ...data, confidence }, { userId })));
  if (!result) throw new Error(`no result card for ${userId}`);
  return item;
}

export interface CohortRun {
  readonly itemsAnswered: number;
  readonly probesAnswered: number;
}

/**
 * A scripted cohort through the real app: each learner states a role, answers every question of the
 * mentor's first two lessons on day 0 (the first question right for everyone, the fourth wrong for
 * everyone, the rest right only for the stronger two thirds; "sure" when right), then seven days later
 * asks for a quiz, which is a retention probe when one is sampled for them, and answers it.
 */
export async function runScriptedCohort(send: Send, clock: { advanceDays(days: number): void }, size = 40, mentorId = 'hali'): Promise<CohortRun> {
  const mentor = realFaculty().get(mentorId)!;
  const lessons = mentor.lessons.slice(0, 2).map((l) => l.id);
  let itemsAnswered = 0;
  let probesAnswered = 0;
  const strong = (i: number) => i % 3 !== 2;
  for (let i = 0; i < size; i++) {
    const userId = `29:cohort-${i}`;
    await send(cardExecute(Verbs.saveSettings, { form: 'welcome', role: cohortRole(i), nudges: 'false' }, { userId }));
    const seen = new Set<string>();
    for (const lessonId of lessons) {
      for (;;) {
        const card = firstCard(await send(cardSubmit({ verb: Verbs.quizStart, mentorId, lessonId }, { userId })));
        const itemId = card ? answerAction(card)[0]?.data.itemId : undefined;
        if (!card || !itemId || seen.has(itemId)) break;
        seen.add(itemId);
        // The first question everyone gets right, the fourth everyone gets wrong (so everyone has a review due later).
        const right = seen.size === 1 || (seen.size !== 4 && strong(i));
        await answer(send, card, right, right ? 'sure' : i % 2 === 0 ? 'sure' : 'unsure', userId);
        itemsAnswered++;
      }
    }
  }
  clock.advanceDays(7);
  for (let i = 0; i < size; i++) {
    const userId = `29:cohort-${i}`;
    const card = firstCard(await send(personalMessage('quiz', { userId })));
    if (!card || answerAction(card).length === 0) continue;
    await answer(send, card, strong(i), 'fairly', userId);
    probesAnswered++;
  }
  return { itemsAnswered, probesAnswered };
}
