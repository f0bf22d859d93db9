import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { ALL_TIME, monthOf, scopeKey } from '../../bot/analytics/contribution';
import { CONTAINERS, type DocumentStore } from '../../bot/store/documents';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { boundedByTurn } from '../../bot/store/turn-budget';
import { cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { realFaculty, storedLearner } from '../helpers/app';
import { startRecordingConnector } from '../helpers/connector';
import { gatedStore } from '../helpers/gated-store';
import { seedLearners } from '../helpers/nudges';
import { startTestServer } from '../helpers/server';

/**
 * The cohort counts educators see (and the "how colleagues answered" shares) against what each learner's own record says was
 * counted, over real HTTP: Teams-shaped activities to the server, replies to a recording stand-in connector, and the store
 * faulted at its protocol (the learner's record write refused with 503, or held while "forget me" runs). An outside probe found
 * the counts added mid-turn, whatever became of the learner's save: counted though the save failed (so the next turn counted
 * again), counted for a learner erased while the turn ran, counted twice by two turns of one learner at once, and a lesson
 * "started" at every showing of its card. Each case checks the change of each counter it touches, in the month and all time.
 */
describe('http: cohort counts are made with the learner\'s own save, once', function () {
  this.timeout(120_000);
  const base = Date.parse('2026-11-25T09:00:00Z');
  let tick = 0;
  // A clock that moves, so that an erasure comes after the turn it interrupts began.
  const clock = () => new Date(base + tick++ * 100);
  /** Learner ids whose record writes are refused as an unavailable Cosmos DB partition refuses them, with how many more to refuse. */
  const refusing = new Map<string, number>();
  let failConnector = false;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let connector: Awaited<ReturnType<typeof startRecordingConnector>>;
  let gate: ReturnType<typeof gatedStore>;
  const tally = { checks: 0, wrong: 0 };

  function refusingStore(inner: DocumentStore): DocumentStore {
    return new Proxy(inner, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const [container, pk, id] = args;
          const left = typeof pk === 'string' ? (refusing.get(pk) ?? 0) : 0;
          if ((property === 'replace' || property === 'create') && container === CONTAINERS.learners && id === 'record' && left > 0) {
            refusing.set(pk as string, left - 1);
            return Promise.reject(Object.assign(new Error('Service Unavailable'), { code: 503, statusCode: 503 }));
          }
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }

  before(async () => {
    connector = await startRecordingConnector({ inject: () => (failConnector ? { status: 500 } : undefined) });
    gate = gatedStore(refusingStore(new SqliteDocumentStore({ file: ':memory:', clock, purgeEveryMs: 0 })));
    bot = await startTestServer({ documents: boundedByTurn(gate.store), now: clock });
  });
  after(async () => {
    await bot.close();
    await connector.close();
    console.log(`      cohort count checks wrong: ${tally.wrong} of ${tally.checks}`);
  });
  afterEach(() => {
    refusing.clear();
    failConnector = false;
  });

  type Who = { serviceUrl: string; userId: string; locale: string };
  const LANGUAGES = [
    { language: 'English', locale: 'en-GB', lang: 'en', lesson: 'lesson', quiz: 'quiz', forget: 'forget me' },
    { language: 'Welsh', locale: 'cy-GB', lang: 'cy', lesson: 'gwers', quiz: 'cwis', forget: 'anghofia fi' },
  ] as const;
  let learners = 0;
  const newLearner = async (locale: string): Promise<Who> => {
    const who = { serviceUrl: connector.url, userId: `29:cohort-count-${++learners}`, locale };
    await bot.post(cardExecute(Verbs.saveSettings, { form: 'welcome', role: 'nurse', nudges: 'false' }, who));
    return who;
  };
  const idOf = (who: Who) => `aad-${who.userId}`;
  const lastCard = () => connector.activities().filter((a) => a.attachments).at(-1)!.attachments[0].content;
  const dataOf = (card: any, verb: string) => card.actions.find((a: any) => a.verb === verb || a.data?.verb === verb).data;

  /** The counters of the nurses' cell in `lang`, this month and all time. */
  async function counters(lang: string) {
    await bot.stores.aggregates.flush();
    const read = async (period: string) => (await bot.stores.aggregates.readScope(scopeKey('hali', period))).get(`nurse|${lang}`) ?? {};
    return { month: await read(monthOf(clock())), all: await read(ALL_TIME) };
  }

  /** Runs `act` and checks that each named counter moved by exactly the number given, in the month and all time. */
  async function expectCounted(lang: string, expected: Record<string, number>, act: () => Promise<void>) {
    const before = await counters(lang);
    await act();
    const after = await counters(lang);
    const wrong: string[] = [];
    for (const period of ['month', 'all'] as const) {
      for (const [name, count] of Object.entries(expected)) {
        const moved = (after[period][name] ?? 0) - (before[period][name] ?? 0);
        tally.checks++;
        if (moved !== count) {
          tally.wrong++;
          wrong.push(`${period} ${name}: ${moved}, not ${count}`);
        }
      }
    }
    expect(wrong, wrong.join('; ')).to.deep.equal([]);
  }

  /** Holds the next write of `who`'s record at the store until released. */
  const holdRecordWrite = (who: Who) => gate.holdNext((method, args) => (method === 'replace' || method === 'create') && args[0] === CONTAINERS.learners && args[1] === idOf(who) && args[2] === 'record');

  async function forget(who: Who, words: string) {
    await bot.post(personalMessage(words, who));
    const nonce = dataOf(lastCard(), Verbs.confirmForget).nonce;
    await bot.post(cardExecute(Verbs.confirmForget, { nonce }, who));
    expect(await storedLearner(bot.stores, idOf(who))).to.equal(undefined);
  }

  const lessonDone = (n: number, started: number, learnersCounted = 0) => ({ 'e:lessonsDone': n, 'e:lessonsStarted': started, learners: learnersCounted });

  for (const { language, locale, lang, lesson, forget: forgetWords } of LANGUAGES) {
    describe(`a lesson's Done, in ${language}`, () => {
      /** A learner with a role, shown the first lesson's card; returns them and the card's Done. */
      async function shown() {
        const who = await newLearner(locale);
        await bot.post(personalMessage(lesson, who));
        return { who, done: dataOf(lastCard(), Verbs.lessonDone) };
      }

      it('counts the lesson done, and the next lesson shown, once', async () => {
        const { who, done } = await shown();
        await expectCounted(lang, lessonDone(1, 1), async () => {
          await bot.post(cardSubmit(done, who));
        });
      });

      it('Teams delivering the same Done twice counts it once', async () => {
        const { who, done } = await shown();
        const activity = cardSubmit(done, who);
        await expectCounted(lang, lessonDone(1, 1), async () => {
          await bot.post(activity);
          await bot.post(activity);
        });
      });

      it('Done pressed again on the same card counts nothing more, and showing the next lesson again starts nothing more', async () => {
        const { who, done } = await shown();
        await expectCounted(lang, lessonDone(1, 1), async () => {
          await bot.post(cardSubmit(done, who));
          await bot.post(cardSubmit(done, who));
          await bot.post(personalMessage(lesson, who));
        });
      });

      it('a lesson card shown three times is one lesson started', async () => {
        const who = await newLearner(locale);
        await expectCounted(lang, lessonDone(0, 1, 1), async () => {
          for (let i = 0; i < 3; i++) await bot.post(personalMessage(lesson, who));
        });
      });

      it('the learner\'s save refused throughout the turn counts nothing; Done again once the store is back counts once', async () => {
        const { who, done } = await shown();
        await expectCounted(lang, lessonDone(0, 0), async () => {
          refusing.set(idOf(who), 1_000);
          await bot.post(cardSubmit(done, who));
          refusing.clear();
        });
        expect((await storedLearner(bot.stores, idOf(who)))!.progress.lessonsDone.hali ?? []).to.not.include(done.lessonId);
        await expectCounted(lang, lessonDone(1, 1), async () => {
          await bot.post(cardSubmit(done, who));
        });
      });

      it('the learner\'s save refused once after "Lesson complete" was shown: what they were shown is kept and counted, once', async () => {
        const { who, done } = await shown();
        await expectCounted(lang, lessonDone(1, 1), async () => {
          refusing.set(idOf(who), 1);
          await bot.post(cardSubmit(done, who));
        });
        const kept = (await storedLearner(bot.stores, idOf(who)))!;
        expect(kept.progress.lessonsDone.hali, 'the lesson shown complete').to.include(done.lessonId);
        const next = connector.activities().map((a) => a.attachments?.[0]?.content).filter((card) => card?.actions?.some((a: any) => a.data?.verb === Verbs.lessonDone || a.verb === Verbs.lessonDone)).at(-1);
        expect(dataOf(next, Verbs.lessonDone).lessonId, 'the next lesson shown').to.not.equal(done.lessonId);
        expect(kept.lessonsSent?.hali, 'the next lesson shown').to.include(dataOf(next, Verbs.lessonDone).lessonId);
        await expectCounted(lang, lessonDone(0, 0), async () => {
          await bot.post(cardSubmit(done, who));
        });
      });

      it('"forget me" while the Done turn is saving: nothing of that turn is counted', async () => {
        const { who, done } = await shown();
        await expectCounted(lang, lessonDone(0, 0), async () => {
          const held = holdRecordWrite(who);
          const turn = bot.post(cardSubmit(done, who));
          await held.entered;
          await forget(who, forgetWords);
          held.release();
          await turn;
        });
      });

      it('two presses of Done at once (two activities) count the lesson and the next one started once, and record it done once', async () => {
        const { who, done } = await shown();
        await expectCounted(lang, lessonDone(1, 1), async () => {
          const held = holdRecordWrite(who);
          const first = bot.post(cardSubmit(done, who));
          await held.entered;
          await bot.post(cardSubmit(done, who));
          held.release();
          await first;
        });
        // The learning record (the export's events, and the xAPI statement made from it) says the lesson was done once.
        const completed = (await bot.stores.events.list(idOf(who))).filter((e) => e.type === 'lesson.completed');
        expect(completed.map((e) => (e as { lessonId?: string }).lessonId)).to.deep.equal([done.lessonId]);
      });

      it('two lessons opened at once by a new learner count them as one learner, and two lessons started', async () => {
        const who = await newLearner(locale);
        const [one, two] = realFaculty().get('hali')!.lessons.slice(0, 2).map((l) => l.id);
        await expectCounted(lang, lessonDone(0, 2, 1), async () => {
          const held = holdRecordWrite(who);
          const first = bot.post(personalMessage(`${lesson} ${one}`, who));
          await held.entered;
          await bot.post(personalMessage(`${lesson} ${two}`, who));
          held.release();
          await first;
        });
      });

      it('a turn that reached no one (connector failing) and Teams\' retry of it count the lesson started once', async () => {
        const who = await newLearner(locale);
        const activity = personalMessage(lesson, who);
        await expectCounted(lang, lessonDone(0, 1, 1), async () => {
          failConnector = true;
          expect((await bot.post(activity)).status).to.be.at.least(500);
          failConnector = false;
          expect((await bot.post(activity)).status).to.equal(200);
          expect((await bot.post(activity)).status).to.equal(200);
        });
      });
    });

    for (const right of [true, false]) {
      for (const press of ['Action.Execute', 'Action.Submit'] as const) {
        describe(`a quiz answer, ${right ? 'right' : 'wrong'}, in ${language}, by ${press}`, () => {
          /** A learner with a role and an open question; returns the answer to send and its item. */
          async function asked(quizWords: string) {
            const who = await newLearner(locale);
            await bot.post(personalMessage(quizWords, who));
            const card = lastCard();
            const answers = card.actions.filter((a: any) => a.verb === Verbs.quizAnswer);
            const item = realFaculty().mentors.flatMap((m) => m.quiz).find((q) => q.id === answers[0].data.itemId)!;
            const option = item.options.find((o) => o.correct === right)!;
            const data = { ...answers.find((a: any) => a.data.optionId === option.id).data, confidence: 'sure' };
            const answer = (): Partial<Activity> => (press === 'Action.Execute' ? cardExecute(Verbs.quizAnswer, data, who) : cardSubmit({ ...data, verb: Verbs.quizAnswer }, who));
            return { who, item: item.id, answer };
          }
          const counted = (item: string, n: number, learnersCounted: number) => ({ 'e:answers': n, [`i:${item}:n`]: n, [`i:${item}:c`]: right ? n : 0, learners: learnersCounted });
          const quizWords = LANGUAGES.find((l) => l.locale === locale)!.quiz;

          it('counts the answer once', async () => {
            const { item, answer } = await asked(quizWords);
            await expectCounted(lang, counted(item, 1, 1), async () => void (await bot.post(answer())));
          });

          it('Teams delivering the same answer twice, and a double click, count it once', async () => {
            const { item, answer } = await asked(quizWords);
            const activity = answer();
            await expectCounted(lang, counted(item, 1, 1), async () => {
              await bot.post(activity);
              await bot.post(activity);
              await bot.post(answer());
            });
          });

          it('the learner\'s save refused counts nothing; the answer given again once the store is back counts once', async () => {
            const { who, item, answer } = await asked(quizWords);
            await expectCounted(lang, counted(item, 0, 0), async () => {
              refusing.set(idOf(who), 1_000);
              await bot.post(answer());
              refusing.clear();
            });
            await expectCounted(lang, counted(item, 1, 1), async () => void (await bot.post(answer())));
          });

          it('"forget me" while the answer is saving: nothing of it is counted', async () => {
            const { who, item, answer } = await asked(quizWords);
            await expectCounted(lang, counted(item, 0, 0), async () => {
              const held = holdRecordWrite(who);
              const turn = bot.post(answer());
              await held.entered;
              await forget(who, forgetWords);
              held.release();
              await turn;
            });
          });

          it('the same answer sent twice at once (two activities) counts once, and the learner once', async () => {
            const { who, item, answer } = await asked(quizWords);
            await expectCounted(lang, counted(item, 1, 1), async () => {
              const held = holdRecordWrite(who);
              const first = bot.post(answer());
              await held.entered;
              await bot.post(answer());
              held.release();
              await first;
            });
          });
        });
      }
    }
  }
});

/**
 * The nudge sweep's funnel counts ("sent", and the learners nudged) against the learner's save of the nudge's outcome: a
 * learner whose save is refused is not counted (the probe found them counted first, then counted again as a new learner the
 * next time, their record never having been marked).
 */
describe('http: the nudge sweep counts a nudge with the learner\'s save of it', function () {
  this.timeout(60_000);
  const KEY = 'cohort-count-key';
  let now = new Date('2026-11-30T09:00:30Z');
  const refused = new Set<string>();

  it('a learner whose save is refused is counted on the day their save succeeds, once', async () => {
    const connector = await startRecordingConnector();
    const inner = new SqliteDocumentStore({ file: ':memory:', clock: () => now, purgeEveryMs: 0 });
    const documents = new Proxy(inner, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) =>
          (property === 'replace' && args[0] === CONTAINERS.learners && refused.has(args[1] as string))
            ? Promise.reject(Object.assign(new Error('Service Unavailable'), { code: 503 }))
            : (value as (...a: unknown[]) => unknown).apply(target, args);
      },
    });
    const bot = await startTestServer({ documents, env: { NUDGE_TRIGGER_KEY: KEY }, now: () => now, nudgeWaitMs: 30_000 });
    const funnel = async () => {
      await bot.stores.aggregates.flush();
      const all = (await bot.stores.aggregates.readScope(scopeKey('hali', ALL_TIME))).get('unstated|en') ?? {};
      return { sent: all['n:sent'] ?? 0, learners: all['n:learners'] ?? 0 };
    };
    try {
      const [, faulted] = await seedLearners(bot.stores, 2, connector.url, new Date('2026-11-30T07:00:00Z'), { prefix: 'funnel' });
      refused.add(faulted);
      expect((await bot.runNudges(KEY, { at: now.toISOString() })).status).to.equal(200);
      expect(await funnel(), 'after the first sweep').to.deep.equal({ sent: 1, learners: 1 });
      refused.clear();
      now = new Date('2026-12-01T09:00:30Z');
      expect((await bot.runNudges(KEY, { at: now.toISOString() })).status).to.equal(200);
      const sentToday = connector.activities().length;
      const marked = (await Promise.all(['aad-funnel-0', faulted].map((id) => storedLearner(bot.stores, id)))).filter((l) => l?.analytics?.ever.includes('hali:n')).length;
      expect(await funnel(), `after the second sweep (${sentToday} nudges sent in all)`).to.deep.equal({ sent: sentToday - 1, learners: marked });
    } finally {
      await bot.close();
      await connector.close();
    }
  });
});
