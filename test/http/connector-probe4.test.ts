import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { CONTAINERS } from '../../bot/store/documents';
import { cardSubmit, channelCardExecute, channelMessage, personalMessage } from '../helpers/activities';
import { cardTexts, storedLearner } from '../helpers/app';
import { startFaultyConnector, type ConnectorRequest, type Fault } from '../helpers/faulty-connector';
import { startTestServer } from '../helpers/server';

/**
 * Replies to Teams when the connector fails part-way through a turn, probe 4 (tmp/conn503): every turn that sends more than one
 * reply, or changes something and then replies, with the connector failing on each of its replies in turn (the first, the
 * second, the last) and in each way it fails (503 on every try until the turn ends, 503 or 429 with a Retry-After longer than
 * the turn, 500 on that reply alone or from it on, a reset after the body, an answer slower than the request may wait). Teams
 * is played as it behaves: an activity answered 5xx is delivered again (the connector back by then), at most three times.
 * What the learner would read is compared with what HALI holds afterwards: they must agree, and pressing the same button
 * again (what a learner does after an apology or a silence) must count nothing twice.
 */

type Bot = Awaited<ReturnType<typeof startTestServer>>;
type Connector = Awaited<ReturnType<typeof startFaultyConnector>>;
type Locale = 'en-GB' | 'cy-GB';
interface Who {
  serviceUrl: string;
  userId: string;
  locale: Locale;
  /** A tenant of each case's own: a 429 pauses the whole tenant's replies for a while (nudges/limiter.ts), not under test here. */
  tenantId: string;
}

const LOCALES: readonly Locale[] = ['en-GB', 'cy-GB'];
const APOLOGY = /something went wrong|aeth rhywbeth o’i le/i;
const NOTHING_LOST = /Nothing you have saved was lost|Ni chollwyd dim a gadwyd gennych|nothing was deleted|ni ddilëwyd dim/i;
const DELETED = /Your data has been deleted|Mae eich data wedi’i ddileu|deleted, as you asked|ei ddileu, fel y gofynnoch/i;
const COMPLETE = /Lesson complete|Gwers wedi’i chwblhau/;
const RESULT = /✓ Correct|✗ Not quite|✓ Cywir|✗ Ddim yn hollol/;
const SAVED = /^Saved$|^Wedi’u cadw$/m;

const cardOf = (r: ConnectorRequest) => r.body?.attachments?.[0]?.content;
const textOf = (r: ConnectorRequest) => [r.body?.text ?? '', ...cardTexts(cardOf(r))].join('\n');
const actionsOf = (card: any): any[] => [...(card?.actions ?? []), ...(card?.body ?? []).flatMap((b: any) => b?.actions ?? [])];
const actionData = (card: any, verb: string) => actionsOf(card).find((a) => a.verb === verb || a.data?.verb === verb)?.data;
const repliesTo = (connector: Connector, id: unknown) => connector.handled.filter((r) => r.path.endsWith(`/activities/${String(id)}`) && r.body?.type === 'message');
const lastCard = (connector: Connector) => cardOf(connector.messages().at(-1)!);
const aad = (who: Who) => `aad-${who.userId}`;
const tenantOf = (n: number) => `72f988bf-0000-4000-8004-${String(n).padStart(12, '0')}`;

/** Everything a learner may type for a command, in their language, in the shapes people type it. */
const shapes = [(s: string) => s, (s: string) => `${s[0].toUpperCase()}${s.slice(1)}`, (s: string) => `${s.toUpperCase()}!`, (s: string) => `${s} please`, (s: string) => `  ${s}? `];
const typed = (en: string[], cy: string[]) => (who: Who, n: number) => {
  const bases = who.locale === 'cy-GB' ? cy : en;
  const base = bases[n % bases.length];
  return shapes.filter((_, i) => who.locale === 'en-GB' || i !== 3)[Math.floor(n / bases.length) % (who.locale === 'en-GB' ? 5 : 4)](base);
};
const LESSON = typed(['lesson', 'next lesson'], ['gwers']);
const QUIZ = typed(['quiz', 'quiz me'], ['cwis']);
const DONE = typed(['done', 'finished'], ['wedi gorffen']);
// Asked as a question ("case lynch?") it is a question about the subject, not a case to start.
const CASE = (who: Who, n: number) => (who.locale === 'cy-GB' ? ['achos lynch', 'Achos lynch', 'ACHOS LYNCH!'] : ['case lynch', 'Case lynch', 'CASE LYNCH!', 'case lynch please'])[n % (who.locale === 'cy-GB' ? 3 : 4)];
const FORGET = typed(['forget me'], ['anghofia fi']);
const MY_DATA = typed(['my data'], ['fy nata']);
const SETTINGS = typed(['settings'], ['gosodiadau']);

/** One kind of turn: how to bring a learner to it, what they read in its replies, and what HALI holds after it. */
interface Flow {
  readonly shared?: boolean;
  /** Sets the learner up (the connector well) and returns the activity under test. */
  prepare(bot: Bot, connector: Connector, who: Who, n: number): Promise<Record<string, any>>;
  /** What the learner was told, read from the replies Teams took, and what HALI holds: equal when they agree. */
  told(replies: ConnectorRequest[], who: Who, activity: Record<string, any>): string;
  held(bot: Bot, who: Who, activity: Record<string, any>): Promise<string>;
  /** After the fault: the learner presses the same button again (the connector well); throws when something counts twice. */
  again?(bot: Bot, connector: Connector, who: Who, activity: Record<string, any>): Promise<void>;
}

const threadOf = (who: Who) => `1766000000${who.userId.replace(/\D/g, '').padStart(4, '0')}`;
const caseThread = async (bot: Bot, who: Who) => {
  const docs = await bot.stores.documents.listPartition<any>(CONTAINERS.cases, '19:channel@thread.tacv2');
  return docs.find((d) => d.id === threadOf(who) && typeof d.value?.stage === 'number')?.value;
};
const stageShown = (replies: ConnectorRequest[]) => Math.max(-1, ...replies.map((r) => Number(actionData(cardOf(r), Verbs.caseReveal)?.stage ?? -1)));

const lessonTold = (replies: ConnectorRequest[]) => (replies.some((r) => COMPLETE.test(textOf(r))) ? 'lesson done' : 'lesson not done');
const lessonHeld = async (bot: Bot, who: Who, activity: Record<string, any>) => {
  const learner = await storedLearner(bot.stores, aad(who));
  const lessonId = activity.value?.lessonId ?? activity.lessonId;
  return Object.values(learner?.progress.lessonsDone ?? {}).some((ids) => ids.includes(lessonId)) ? 'lesson done' : 'lesson not done';
};
const lessonCountedOnce = async (bot: Bot, connector: Connector, who: Who, activity: Record<string, any>) => {
  const lessonId = activity.value?.lessonId ?? activity.lessonId;
  const mentorId = activity.value?.mentorId ?? activity.mentorId;
  await bot.post(cardSubmit({ verb: Verbs.lessonDone, mentorId, lessonId }, who));
  const learner = await storedLearner(bot.stores, aad(who));
  expect(learner?.progress.lessonsDone[mentorId]?.filter((id) => id === lessonId), 'the lesson counted once after its Done again').to.have.length(1);
  expect(learner?.today?.lessons, 'today counts the lesson once').to.equal(1);
};

/** What both ways of finishing a lesson told the learner, hold, and count when pressed again. */
const LESSON_DONE = { told: lessonTold, held: lessonHeld, again: lessonCountedOnce } satisfies Pick<Flow, 'told' | 'held' | 'again'>;

const FLOWS: Record<string, Flow> = {
  "a lesson card's Done (the lesson complete, then the next lesson)": {
    prepare: async (bot, connector, who, n) => {
      await bot.post(personalMessage(LESSON(who, n), who));
      return cardSubmit(actionData(lastCard(connector), Verbs.lessonDone), who);
    },
    ...LESSON_DONE,
  },
  "'done' typed after a lesson (the lesson complete, then the next lesson)": {
    prepare: async (bot, connector, who, n) => {
      await bot.post(personalMessage(LESSON(who, n), who));
      const data = actionData(lastCard(connector), Verbs.lessonDone);
      return { ...personalMessage(DONE(who, n), who), lessonId: data.lessonId, mentorId: data.mentorId };
    },
    ...LESSON_DONE,
  },
  'a quiz answer (the result)': {
    prepare: async (bot, connector, who, n) => {
      await bot.post(personalMessage(QUIZ(who, n), who));
      return cardSubmit({ ...actionData(lastCard(connector), Verbs.quizAnswer), verb: Verbs.quizAnswer, confidence: 'sure' }, who);
    },
    told: (replies) => (replies.some((r) => RESULT.test(textOf(r))) ? 'answered' : 'not answered'),
    held: async (bot, who, activity) => ((await storedLearner(bot.stores, aad(who)))?.lastAnswer?.nonce === activity.value.nonce ? 'answered' : 'not answered'),
    again: async (bot, _connector, who, activity) => {
      await bot.post(cardSubmit(activity.value, who));
      expect((await storedLearner(bot.stores, aad(who)))?.today?.questions, 'the answer counted once after its button again').to.equal(1);
    },
  },
  "a quiz result's Next (the next question)": {
    prepare: async (bot, connector, who, n) => {
      await bot.post(personalMessage(QUIZ(who, n), who));
      const data = actionData(lastCard(connector), Verbs.quizAnswer);
      await bot.post(cardSubmit({ ...data, verb: Verbs.quizAnswer }, who));
      return cardSubmit({ verb: Verbs.quizNext, mentorId: data.mentorId ?? 'hali' }, who);
    },
    told: (replies) => actionData(cardOf(replies.filter((r) => actionData(cardOf(r), Verbs.quizAnswer)).at(-1) ?? ({} as ConnectorRequest)), Verbs.quizAnswer)?.nonce ?? 'no question',
    held: async (bot, who) => (await storedLearner(bot.stores, aad(who)))?.pendingQuiz?.nonce ?? 'no question',
  },
  "a case's Reveal next in a channel (the next stage posted, the pressed card updated)": {
    shared: true,
    prepare: async (bot, connector, who, n) => {
      await bot.post(channelMessage(CASE(who, n), { ...who, threadId: threadOf(who), newPost: true }));
      const stage = repliesTo(connector, threadOf(who)).filter((r) => r.accepted && actionData(cardOf(r), Verbs.caseReveal)).at(-1);
      expect(stage, `${CASE(who, n)}: the case's first stage`).to.not.equal(undefined);
      const { verb: _verb, ...data } = actionData(cardOf(stage!), Verbs.caseReveal);
      return channelCardExecute(Verbs.caseReveal, data, { ...who, threadId: threadOf(who) });
    },
    // The stages the team can read in the thread: the first (posted by the case's start) and any posted since.
    told: (replies) => `stage ${Math.max(0, stageShown(replies))}`,
    held: async (bot, who) => `stage ${(await caseThread(bot, who))?.stage}`,
    again: async (bot, connector, who, activity) => {
      const thread = connector.handled.filter((r) => r.accepted && r.path.includes(encodeURIComponent(threadOf(who))) && r.body?.type === 'message');
      const shown = Math.max(0, stageShown(thread));
      await bot.post(channelCardExecute(Verbs.caseReveal, { caseId: activity.value.action.data.caseId, stage: String(shown) }, { ...who, threadId: threadOf(who) }));
      expect((await caseThread(bot, who))?.stage, 'Reveal next on the stage the team reads moves on one stage').to.equal(shown + 1);
      const after = connector.handled.filter((r) => r.accepted && r.path.includes(encodeURIComponent(threadOf(who))) && r.body?.type === 'message');
      expect(stageShown(after), 'the next stage is posted').to.equal(shown + 1);
    },
  },
  "the welcome card's Save": {
    prepare: async (bot, _connector, who, n) => {
      await bot.post(personalMessage(n % 2 ? 'hello' : 'helo', who));
      return cardSubmit({ verb: Verbs.saveSettings, form: 'welcome', role: 'nurse', nudges: 'true', nudgeTime: '08:30', dailyGoal: 'lesson' }, who);
    },
    told: (replies) => (replies.some((r) => SAVED.test(textOf(r))) ? 'saved' : 'not saved'),
    held: async (bot, who) => ((await storedLearner(bot.stores, aad(who)))?.profile.role === 'nurse' ? 'saved' : 'not saved'),
  },
  "the settings card's Save": {
    prepare: async (bot, _connector, who, n) => {
      await bot.post(personalMessage(SETTINGS(who, n), who));
      return cardSubmit({ verb: Verbs.saveSettings, form: 'settings', role: 'doctor', nudges: 'true', nudgeTime: '17:15' }, who);
    },
    told: (replies) => (replies.some((r) => SAVED.test(textOf(r))) ? 'saved' : 'not saved'),
    held: async (bot, who) => ((await storedLearner(bot.stores, aad(who)))?.profile.role === 'doctor' ? 'saved' : 'not saved'),
  },
  "a nudge's Change time, then its Save": {
    prepare: async (bot, connector, who) => {
      await bot.post(cardSubmit({ verb: Verbs.nudgeTime }, who));
      expect(actionData(lastCard(connector), Verbs.saveSettings)?.form).to.equal('time');
      return cardSubmit({ verb: Verbs.saveSettings, form: 'time', nudges: 'true', nudgeTime: '06:45' }, who);
    },
    told: (replies) => (replies.some((r) => SAVED.test(textOf(r))) ? 'saved' : 'not saved'),
    held: async (bot, who) => ((await storedLearner(bot.stores, aad(who)))?.preferences.nudges?.time === '06:45' ? 'saved' : 'not saved'),
  },
  "'forget me' confirmed": {
    prepare: async (bot, connector, who, n) => {
      await bot.post(personalMessage(LESSON(who, n), who));
      await bot.post(cardSubmit(actionData(lastCard(connector), Verbs.lessonDone), who));
      await bot.post(personalMessage(FORGET(who, n), who));
      return cardSubmit({ verb: Verbs.confirmForget, nonce: actionData(lastCard(connector), Verbs.confirmForget).nonce }, who);
    },
    // Told it was deleted, told nothing was lost or deleted, both, or nothing (the one reply never came): nothing said disagrees
    // only with data still held (the press did not count). A record made afresh after the deletion holds no lesson.
    told: (replies) => {
      const [deleted, kept] = [DELETED, NOTHING_LOST].map((said) => replies.some((r) => said.test(textOf(r))));
      return deleted && kept ? 'deleted and kept' : deleted ? 'deleted' : kept ? 'kept' : 'not told';
    },
    held: async (bot, who) => (Object.values((await storedLearner(bot.stores, aad(who)))?.progress.lessonsDone ?? {}).some((ids) => ids.length > 0) ? 'kept' : 'deleted'),
  },
  "'my data' (the summary, then the export)": {
    prepare: async (bot, _connector, who, n) => {
      await bot.post(personalMessage(LESSON(who, n), who));
      const before = await storedLearner(bot.stores, aad(who));
      return { ...personalMessage(MY_DATA(who, n), who), before: JSON.stringify(before?.progress) };
    },
    told: () => 'unchanged',
    held: async (bot, who, activity) => (JSON.stringify((await storedLearner(bot.stores, aad(who)))?.progress) === activity.before ? 'unchanged' : 'changed'),
  },
};

interface Failure {
  readonly name: string;
  readonly fault: Fault;
  /** 'from': this reply and every request after it fail (an outage); 'only': this reply's tries alone fail (the apology goes). */
  readonly mode: 'from' | 'only';
  /** Slow (the turn's whole deadline, or a request's timeout): run for the flows with more than one reply only. */
  readonly slow?: boolean;
}
const FAILURES: readonly Failure[] = [
  { name: '503 on every try until the turn ends', fault: { status: 503 }, mode: 'from', slow: true },
  { name: '503 with Retry-After longer than the turn', fault: { status: 503, retryAfter: 30 }, mode: 'from' },
  { name: '429 with Retry-After 3600', fault: { status: 429, retryAfter: 3600 }, mode: 'from' },
  { name: '500 from it on', fault: { status: 500 }, mode: 'from' },
  { name: '500 on that reply only', fault: { status: 500 }, mode: 'only' },
  { name: 'a reset after the body', fault: 'reset', mode: 'from' },
  { name: 'an answer slower than the request may wait', fault: { delayMs: 6_000 }, mode: 'from', slow: true },
];

describe('http: connector probe 4, what the learner reads and what HALI holds agree when a reply fails part-way through a turn', function () {
  this.timeout(900_000);
  let bot: Bot;
  let connector: Connector;
  let fault: (r: ConnectorRequest) => Fault = () => 'ok';
  let people = 0;
  const table: string[] = [];
  before(async () => {
    connector = await startFaultyConnector((r) => fault(r));
    bot = await startTestServer({ now: () => new Date() });
  });
  after(async () => {
    await bot.close();
    await connector.close();
    // The probe's table (flows x failure points): how many cases disagreed, of how many.
    if (process.env.PROBE4_TABLE) console.log(table.join('\n'));
  });

  /** Fails the `n`-th message (from 0) of the reply to `activityId`, as `failure` says. */
  const failing = (activityId: string, n: number, failure: Failure) => (r: ConnectorRequest): Fault => {
    if (!r.path.endsWith(`/activities/${activityId}`) || r.body?.type !== 'message') return 'ok';
    const taken = repliesTo(connector, activityId).filter((t) => t.accepted && t.index < r.index).length;
    if (failure.mode === 'from') return taken >= n ? failure.fault : 'ok';
    return taken === n && !APOLOGY.test(textOf(r)) ? failure.fault : 'ok';
  };

  for (const [kind, flow] of Object.entries(FLOWS)) {
    it(`${kind}: with each reply failing in each way (English and Welsh), the learner reads what HALI holds, and the same button again counts nothing twice`, async () => {
      // How many replies the turn sends when all is well.
      const probe = { serviceUrl: connector.url, userId: `29:p4-${++people}`, locale: 'en-GB' as Locale, tenantId: tenantOf(people) };
      const well = await flow.prepare(bot, connector, probe, 0);
      expect((await bot.post(well)).status).to.equal(200);
      const count = repliesTo(connector, well.id).length;
      expect(count, kind).to.be.at.least(1);
      expect(await flow.held(bot, probe, well), `${kind}: all well`).to.equal(flow.told(repliesTo(connector, well.id), probe, well));
      const points = [...new Set([0, 1, count - 1].filter((p) => p < count))];
      const disagreements: string[] = [];
      let cases = 0;
      for (const point of points) {
        for (const failure of FAILURES) {
          if (failure.slow && count < 2 && !flow.shared) continue;
          for (const [l, locale] of LOCALES.entries()) {
            if (failure.slow && l > 0) continue;
            const who = { serviceUrl: connector.url, userId: `29:p4-${++people}`, locale, tenantId: tenantOf(people) };
            const activity = await flow.prepare(bot, connector, who, people);
            // The connector answered a moment ago (another learner's reply): it is up, so silence from it is slowness.
            await bot.post(personalMessage('hi', { ...who, userId: `${who.userId}-other` }));
            fault = failing(String(activity.id), point, failure);
            const statuses: number[] = [];
            for (let delivery = 0; delivery < 3; delivery++) {
              statuses.push((await bot.post(activity)).status);
              fault = () => 'ok';
              if (statuses.at(-1)! < 500) break;
            }
            cases++;
            const label = `${kind}, reply ${point + 1} of ${count}, ${failure.name}, ${locale}, Teams answered ${statuses.join(' then ')}`;
            const replies = repliesTo(connector, activity.id).filter((r) => r.accepted);
            const [told, held] = [flow.told(replies, who, activity), await flow.held(bot, who, activity)];
            if (told !== held && !(told === 'not told' && held === 'kept')) {
              disagreements.push(`${label}: read "${told}", held "${held}" (${replies.map((r) => textOf(r).split('\n').filter(Boolean)[0]).join(' | ')})`);
              continue;
            }
            try {
              await flow.again?.(bot, connector, who, activity);
            } catch (error) {
              disagreements.push(`${label}: ${(error as Error).message}`);
            }
          }
        }
      }
      table.push(`${kind}: ${disagreements.length} of ${cases} disagree`);
      expect(disagreements, disagreements.join('\n')).to.deep.equal([]);
    });
  }
});
