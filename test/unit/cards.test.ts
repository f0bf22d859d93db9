import { expect } from 'chai';
import { renderCpd, renderRecord } from '../../cards/render-record';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { translator } from '../../bot/i18n';
import { renderDataSummary } from '../../cards/render-privacy';
import { expand, letteredOptions, renderAnswer, renderApology, renderCaseReply, renderCaseStage, renderCaseSummary, renderForgetConfirm, renderHelp, renderLesson, renderLessonComplete, renderNotice, renderPath, renderNudge, renderNudgeTime, renderProgress, renderQuizQuestion, renderQuizResult, renderSettings, renderWelcome, TEMPLATES, type CardJson } from '../../cards/render';
import { progressOf } from '../../bot/learning/progress';
import { pathView } from '../../bot/learning/pathway';
import { newLearner } from '../../bot/learning/learner';
import type { Lesson } from '../../bot/mentors/types';
import { Verbs } from '../../cards/verbs';
import { recordContribution, recordHint, reveal, startThread } from '../../bot/cases/thread';
import { cardTexts, offeredQuestions, realFaculty, tappableRows } from '../helpers/app';
import { escapeCardText } from '../../cards/escape';

// The library's default ESM entry fails in Node; its UMD build parses cards without a DOM.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

const CARDS_DIR = join(__dirname, '..', '..', 'cards');

/** Parses a card with the Adaptive Cards library and returns every parse/validation problem. */
function problemsOf(card: CardJson): string[] {
  // The library checks "lang" with a /g regex, whose lastIndex survives between calls and fails every
  // other card; reset it so each card is judged on its own.
  AC.CardElement.langProperty.regEx.lastIndex = 0;
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}

/** Every Action.Submit and Action.Execute anywhere in a card. */
function actionsIn(node: unknown): Record<string, any>[] {
  if (Array.isArray(node)) return node.flatMap(actionsIn);
  if (!node || typeof node !== 'object') return [];
  const obj = node as Record<string, any>;
  const own = obj.type === 'Action.Submit' || obj.type === 'Action.Execute' ? [obj] : [];
  return [...own, ...Object.values(obj).flatMap(actionsIn)];
}

/** The buttons of a card (its actions and ActionSets, with their fallbacks), not the taps on its rows. */
function buttonsIn(node: unknown): Record<string, any>[] {
  if (Array.isArray(node)) return node.flatMap(buttonsIn);
  if (!node || typeof node !== 'object') return [];
  const obj = node as Record<string, any>;
  const own = obj.type === 'Action.Submit' || obj.type === 'Action.Execute' ? [obj] : [];
  return [...own, ...Object.entries(obj).flatMap(([key, value]) => (key === 'selectAction' ? [] : buttonsIn(value)))];
}

/** The item whose text is longest, in characters. */
function longest<T>(items: readonly T[], text: (item: T) => string): T {
  return items.reduce((a, b) => ([...text(b)].length > [...text(a)].length ? b : a));
}

/** A question longer than a button's title shows on one line, with Markdown that must be escaped where it is shown. */
const LONG_QUESTION = {
  en: 'What is the difference between germline and somatic variants, and why does it matter for *my* patient’s relatives?',
  cy: 'Beth yw’r gwahaniaeth rhwng amrywiolion germlin ac amrywiolion somatig, a pham mae’n bwysig i berthnasau *fy* nghlaf?',
} as const;

const FIXTURE_LESSON: Lesson = {
  id: 'hali-fixture',
  order: 1,
  title: { en: 'A lesson [title]', cy: 'Gwers' },
  topic: 'hallucination',
  level: 'foundation',
  roles: ['all'],
  body: { en: 'Paragraph one.\n\nParagraph *two*.', cy: 'Paragraff un.\n\nParagraff dau.' },
  keyPoints: { en: ['One', 'Two'], cy: ['Un', 'Dau'] },
  tryThis: { en: 'Try it.', cy: 'Rhowch gynnig arni.' },
  sources: [{ title: 'NICE ECD7', url: 'https://www.nice.org.uk/corporate/ecd7/chapter/introduction' }],
  review: { status: 'draft' },
};

describe('card templates', () => {
  const faculty = realFaculty();
  const hali = faculty.defaultMentor;
  const gwen = faculty.named('Gwen')!;
  const study = gwen.cases[0];
  const at = new Date('2026-11-27T09:00:00Z');
  const midway = recordHint(recordContribution(startThread(study, gwen.id, at), 0, [study.stages[0].concepts[0].id], at), at);
  const ended = [0, 1, 2, 3].reduce((thread, stage) => reveal(thread, stage, at).thread, midway);

  for (const language of ['en', 'cy'] as const) {
    const context = { language, t: translator(language) };
    const rendered: Record<string, CardJson> = {
      welcome: renderWelcome(context, faculty.mentors, newLearner('L', undefined, new Date())),
      'welcome (set up)': renderWelcome(context, faculty.mentors, { ...newLearner('L', undefined, new Date()), profile: { role: 'nurse' } }),
      settings: renderSettings(context, { ...newLearner('L', undefined, new Date()), preferences: { nudges: { enabled: true, time: '07:30' } } }),
      quiz: renderQuizQuestion(context, hali, hali.quiz[0], { nonce: 'n', reason: 'new', topic: 'x', notice: 'Due', skip: true }),
      'quiz-result': renderQuizResult(context, hali, hali.quiz[0], { optionId: hali.quiz[0].options.find((o) => !o.correct)!.id, correct: false, nextReview: 'Monday', nonce: 'n' }),
      progress: renderProgress(context, progressOf({ ...newLearner('L', undefined, new Date()), progress: { lessonsDone: { hali: [hali.lessons[0].id] }, saved: [] }, calibration: { sure: { answered: 2, correct: 1 } } }, faculty.mentors, new Date()), [{ mentorId: 'hali', lessonId: hali.lessons[1].id, title: 'A saved lesson' }]),
      help: renderHelp(context, faculty.mentors),
      'my-data': renderDataSummary(context, { total: 9, kinds: { profile: 1, events: 4, claims: 1, cases: 1, analytics: 0, history: 1, sharedHistory: 1, userState: 0 }, details: { lessonsDone: 2, saved: 1, scheduled: 3, answered: 4 } }, 'file'),
      'nudge-time': renderNudgeTime(context, newLearner('L', undefined, new Date())),
      answer: renderAnswer(context, hali, 'An answer [1]', [{ number: 1, sources: hali.explainers[0].sources }]),
      apology: renderApology(context, 'ref123'),
      forget: renderForgetConfirm(context, '2b1f0c62-0000-4000-8000-000000000000'),
      notice: renderNotice(context, 'Title', 'Body'),
      'notice (a question to ask)': renderNotice(context, 'Title', 'Body', { lessonLabel: 'Lesson', askQuestion: LONG_QUESTION[language], helpLabel: 'Help' }),
      'answer (no answer, questions offered)': renderAnswer(context, gwen, 'No answer', [], { authored: 'abstained', suggestions: { nearest: true, questions: [{ question: LONG_QUESTION[language], mentorId: 'gwen' }, { question: hali.explainers[0].question[language], mentorId: 'hali' }] } }),
      lesson: renderLesson(context, hali, FIXTURE_LESSON, { position: 2, total: 12 }),
      case: renderCaseStage(context, gwen, study, 0),
      'case (last stage, stale press)': renderCaseStage(context, gwen, study, study.stages.length - 1, context.t('case.stale')),
      'case-reply': renderCaseReply(context, gwen, 'A reply with [a link](https://example.org)', true),
      'case-summary (so far)': renderCaseSummary(context, gwen, study, midway, [{ name: 'Sam [Nurse]' }], false),
      'case-summary (final)': renderCaseSummary(context, gwen, study, ended, [{ name: 'Sam', lessons: ['A lesson'] }, { name: 'Alex', lessons: [] }], true),
      'settings (quiet hours, days, pause)': renderSettings(context, {
        ...newLearner('L', undefined, new Date()),
        preferences: { timeZone: 'America/New_York', nudges: { enabled: true, time: '07:30', days: [6, 7], quietHours: { start: '20:00', end: '08:00' }, paused: { until: '2026-12-24' } } },
      }),
      'nudge (review)': renderNudge(context, { kind: 'review', mentor: hali, item: hali.quiz[0], nonce: 'n-1' }),
      'nudge (lesson)': renderNudge(context, { kind: 'lesson', mentor: hali, lesson: FIXTURE_LESSON, place: { position: 3, total: 12 } }),
      path: renderPath(context, hali, pathView(hali, undefined, hali.lessons.slice(0, 3).map((l) => l.id), hali.lessons[3].id)),
      'path (finished)': renderPath(context, hali, pathView(hali, undefined, hali.lessons.map((l) => l.id))),
      'lesson-complete': renderLessonComplete(context, hali, hali.lessons[0], pathView(hali, undefined, [hali.lessons[0].id]), { current: 2, longest: 5 }),
      'settings (reporting available)': renderSettings(context, newLearner('L', undefined, new Date()), { reportingAvailable: true }),
      'record (on, LRS and Viva)': renderRecord(context, {
        lrsHost: 'lrs.example.nhs.uk',
        viva: true,
        reportingOn: true,
        sent: 2,
        queued: 1,
        recent: [{ verb: 'completed', name: { 'en-GB': 'A lesson', 'cy-GB': 'Gwers' }, at: '2026-11-27T09:00:00.000Z', refused: false }],
      }),
      'record (not connected)': renderRecord(context, { viva: false, reportingOn: true, sent: 0, queued: 0, recent: [] }),
      cpd: renderCpd(
        context,
        { minutes: 5, lessons: [{ date: '2026-11-27', mentor: hali, title: FIXTURE_LESSON.title, minutes: 2 }], answered: 3, correct: 2, questionMinutes: 3, cases: 1, sources: FIXTURE_LESSON.sources },
        { from: '2026-11-01', to: '2026-11-30' },
        180,
      ),
      'cpd (empty)': renderCpd(context, { minutes: 0, lessons: [], answered: 0, correct: 0, questionMinutes: 0, cases: 0, sources: [] }, { from: '2026-11-01', to: '2026-11-30' }, 180),
    };
    for (const [name, card] of Object.entries(rendered)) {
      it(`${name} (${language}) expands with no template left, parses as Adaptive Card 1.5 and stays small`, () => {
        expect(JSON.stringify(card)).to.not.include('${');
        expect(card.version).to.equal('1.5');
        expect(problemsOf(card)).to.deep.equal([]);
        // Teams allows about 100 KB per message; a card is a small part of that.
        expect(Buffer.byteLength(JSON.stringify(card))).to.be.below(28 * 1024);
      });
    }
  }

  it('covers every template file in cards/', () => {
    const files = readdirSync(CARDS_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).to.deep.equal(Object.keys(TEMPLATES).sort());
  });

  it('uses only known verbs, and every action that posts back carries one', () => {
    const known = new Set<string>(Object.values(Verbs));
    for (const file of readdirSync(CARDS_DIR).filter((f) => f.endsWith('.json'))) {
      for (const action of actionsIn(JSON.parse(readFileSync(join(CARDS_DIR, file), 'utf8')))) {
        const verb = action.type === 'Action.Execute' ? action.verb : action.data?.verb;
        expect(verb, `${file}: ${action.type} "${action.title}" has no verb`).to.be.a('string');
        expect(known.has(verb), `${file}: unknown verb ${verb}`).to.equal(true);
      }
    }
  });

  it('escapes untrusted answer text so it cannot add links or re-enter the template', () => {
    const card = renderAnswer({ language: 'en', t: translator('en') }, hali, '[phish](https://evil.example) ${title} {{DATE(2026-01-01T00:00:00Z)}}', []);
    const body = JSON.stringify(card);
    expect(body).to.include('\\\\[phish\\\\](https://evil.example)');
    expect(body).to.include('${title}');
    expect(body).to.not.include('{{DATE');
  });

  it('hides the sources block when there are no sources and names each source when there are', () => {
    const t = translator('en');
    const none = renderAnswer({ language: 'en', t }, hali, 'No answer', []);
    expect(JSON.stringify(none)).to.not.include('Sources');
    const some = renderAnswer({ language: 'en', t }, hali, 'Yes [2]', [{ number: 2, sources: [{ title: 'NICE CG71', url: 'https://www.nice.org.uk/guidance/cg71' }, { title: 'BHF', url: 'https://www.bhf.org.uk/' }] }]);
    expect(JSON.stringify(some)).to.include('2\\\\. [NICE CG71](https://www.nice.org.uk/guidance/cg71) · [BHF](https://www.bhf.org.uk/)');
  });

  it('shows a lesson\'s paragraphs, key points and sources, escaping its text', () => {
    const card = renderLesson({ language: 'en', t: translator('en') }, hali, FIXTURE_LESSON, { position: 2, total: 12 });
    const body = JSON.stringify(card);
    expect(body).to.include('Paragraph one.');
    expect(body).to.include('Paragraph \\\\*two\\\\*.');
    expect(body).to.include('A lesson \\\\[title\\\\]');
    expect(body).to.include('Lesson 2 of 12');
    expect(body).to.include('[NICE ECD7](https://www.nice.org.uk/corporate/ecd7/chapter/introduction)');
  });

  it('lets a review nudge be answered with one tap: each letter is the quiz answer action with the one-time code', () => {
    const card = renderNudge({ language: 'en', t: translator('en') }, { kind: 'review', mentor: hali, item: hali.quiz[0], nonce: 'code-1' });
    const answers = actionsIn(card).filter((a) => a.verb === Verbs.quizAnswer);
    // Lettered as the quiz card and its result letter them (shuffled by the one-time code), so "B" names one option everywhere.
    const lettered = letteredOptions(hali.quiz[0], 'code-1');
    expect(answers.map((a) => a.data)).to.deep.equal(lettered.map(({ option }) => ({ itemId: hali.quiz[0].id, optionId: option.id, nonce: 'code-1', lang: 'en' })));
    expect(answers.map((a) => a.title)).to.deep.equal(lettered.map(({ letter }) => letter));
    const quizCard = renderQuizQuestion({ language: 'en', t: translator('en') }, hali, hali.quiz[0], { nonce: 'code-1', reason: 'review', topic: 'x' });
    expect(actionsIn(quizCard).filter((a) => a.verb === Verbs.quizAnswer).map((a) => [a.title, a.data.optionId])).to.deep.equal(answers.map((a) => [a.title, a.data.optionId]));
    expect(answers.every((a) => a.fallback?.type === 'Action.Submit' && a.fallback.data.verb === Verbs.quizAnswer && a.fallback.data.nonce === 'code-1')).to.equal(true);
    const titles = actionsIn(card).map((a) => a.title);
    expect(titles).to.include.members(['Snooze 1 hour', 'Not today', 'Change time']);
  });

  it('pre-fills the settings form with the learner\'s days, zone, quiet hours and pause, with Welsh day names from Intl', () => {
    const learner = { ...newLearner('L', undefined, new Date()), preferences: { timeZone: 'Asia/Kolkata', nudges: { enabled: true, time: '07:30', days: [1, 3], quietHours: { start: '22:00', end: '06:00' }, paused: { until: '2026-12-24' } } } };
    const inputs = (card: CardJson) => Object.fromEntries(JSON.stringify(card).match(/"id":"[a-zA-Z]+"/g)!.map((m) => [m.slice(6, -1), true]));
    const card = renderSettings({ language: 'cy', t: translator('cy') }, learner);
    expect(Object.keys(inputs(card))).to.include.members(['nudgeDays', 'timeZone', 'quietStart', 'quietEnd', 'pauseUntil']);
    const body = JSON.stringify(card);
    for (const value of ['"value":"1,3"', '"value":"Asia/Kolkata"', '"value":"22:00"', '"value":"06:00"', '"value":"2026-12-24"', 'Dydd Llun', 'Dydd Sul']) expect(body).to.include(value);
  });

  it('tells a new learner about the default daily lesson on the welcome card, but not a learner whose daily lesson is off', () => {
    const context = { language: 'en' as const, t: translator('en') };
    const fresh = cardTexts(renderWelcome(context, faculty.mentors, newLearner('L', undefined, new Date()))).join('\n');
    expect(fresh).to.include('every weekday (Monday to Friday) at 09:00, your local time');
    expect(fresh).to.include('No thanks');
    const before = cardTexts(renderWelcome(context, faculty.mentors, { ...newLearner('L', undefined, new Date()), preferences: {} })).join('\n');
    expect(before).to.not.include('every weekday');
    expect(before).to.not.include('No thanks');
  });

  // A browser probe saw offered questions cut short as button titles ("What is the difference between germline and soma…").
  for (const language of ['en', 'cy'] as const) {
    it(`offers a long question (${language}) as a wrapped row that asks it when tapped, with only short labels as buttons`, () => {
      const t = translator(language);
      const question = LONG_QUESTION[language];
      expect(question.length).to.be.above(80);
      const offers = { nearest: true, questions: [{ question, mentorId: 'gwen' }, { question: hali.explainers[0].question[language], mentorId: 'hali' }] };
      const answer = renderAnswer({ language, t }, gwen, t('answer.noAnswer', { topics: 'genomics' }), [], { authored: 'abstained', suggestions: offers });
      const notice = renderNotice({ language, t }, t('settings.saved'), t('settings.next'), { lessonLabel: t('settings.next.lesson'), askQuestion: question, helpLabel: t('welcome.button.help') });
      for (const card of [answer, notice]) {
        const [row] = offeredQuestions(card);
        expect(row.text, 'shown in full, escaped as card text').to.equal(escapeCardText(question));
        expect(row.wraps, 'wrapped').to.equal(true);
        // A submit, as the button was (Teams allows no ShowCard in a selectAction), on an element of the card's body.
        expect(row.action.type).to.equal('Action.Submit');
        expect(row.action.title, 'what a screen reader announces').to.equal(question);
        expect((card.body as Record<string, any>[]).some((element) => element.selectAction === row.action)).to.equal(true);
        for (const action of card.actions as Record<string, any>[]) expect(action.title.length, `${action.title}: a short label`).to.be.at.most(40);
        expect(problemsOf(card)).to.deep.equal([]);
      }
      expect(offeredQuestions(answer).map((o) => o.action.data)).to.deep.equal([
        { verb: Verbs.ask, question, mentorId: 'gwen', lang: language },
        { verb: Verbs.ask, question: hali.explainers[0].question[language], mentorId: 'hali', lang: language },
      ]);
      expect(offeredQuestions(notice).map((o) => o.action.data)).to.deep.equal([{ verb: Verbs.ask, question, lang: language }]);
      expect(cardTexts(answer)).to.include(t('answer.nearestTitle'));
    });
  }

  // Titles from the content (lessons, questions) are wrapped rows too: Teams cuts a button's title to one line.
  for (const language of ['en', 'cy'] as const) {
    it(`shows the longest saved lesson title (${language}) and the welcome card's example question as wrapped rows that do what their buttons did`, () => {
      const t = translator(language);
      const { mentor, lesson } = longest(faculty.mentors.flatMap((m) => m.lessons.map((l) => ({ mentor: m, lesson: l }))), ({ lesson: l }) => l.title[language]);
      const title = lesson.title[language];
      expect(title.length, title).to.be.above(50);
      const progress = renderProgress({ language, t }, progressOf(newLearner('L', undefined, new Date()), faculty.mentors, new Date()), [
        { mentorId: mentor.id, lessonId: lesson.id, title },
        { mentorId: 'hali', lessonId: hali.lessons[0].id, title: hali.lessons[0].title[language] },
      ]);
      const saved = tappableRows(progress, Verbs.lessonOpen);
      expect(saved.map((row) => row.action.data)).to.deep.equal([
        { verb: Verbs.lessonOpen, mentorId: mentor.id, lessonId: lesson.id, lang: language },
        { verb: Verbs.lessonOpen, mentorId: 'hali', lessonId: hali.lessons[0].id, lang: language },
      ]);
      const welcome = renderWelcome({ language, t }, faculty.mentors, newLearner('L', undefined, new Date()));
      const [example] = offeredQuestions(welcome);
      expect(example.action.data).to.deep.equal({ verb: Verbs.ask, question: t('welcome.button.ask'), lang: language });
      for (const [card, row, text] of [[progress, saved[0], title], [welcome, example, t('welcome.button.ask')]] as const) {
        expect(row.text, 'shown in full, escaped as card text').to.equal(escapeCardText(text));
        expect(row.wraps, 'wrapped').to.equal(true);
        expect(row.action.type).to.equal('Action.Submit');
        expect(row.action.title, 'what a screen reader announces').to.equal(text);
        expect((card.body as Record<string, any>[]).some((element) => element.selectAction === row.action), 'a row of the body').to.equal(true);
        for (const button of buttonsIn(card)) expect(button.title.length, `${button.title}: a short label`).to.be.at.most(40);
        expect(problemsOf(card)).to.deep.equal([]);
      }
    });

    it(`keeps every button title short (${language}) on the cards that show the longest real lesson, question and case`, () => {
      const context = { language, t: translator(language) };
      const { mentor, lesson } = longest(faculty.mentors.flatMap((m) => m.lessons.map((l) => ({ mentor: m, lesson: l }))), ({ lesson: l }) => l.title[language]);
      const { item } = longest(faculty.mentors.flatMap((m) => m.quiz.map((q) => ({ mentor: m, item: q }))), ({ item: q }) => q.stem[language]);
      const quizMentor = faculty.mentors.find((m) => m.quiz.includes(item))!;
      const longCase = longest(gwen.cases, (c) => c.title[language]);
      const done = mentor.lessons.map((l) => l.id).filter((id) => id !== lesson.id);
      const cards = [
        renderLesson(context, mentor, lesson, { position: 1, total: mentor.lessons.length }),
        renderNudge(context, { kind: 'lesson', mentor, lesson, place: { position: 1, total: mentor.lessons.length } }),
        renderNudge(context, { kind: 'review', mentor: quizMentor, item, nonce: 'n' }),
        renderPath(context, mentor, pathView(mentor, undefined, done.slice(0, 2), lesson.id)),
        renderLessonComplete(context, mentor, lesson, pathView(mentor, undefined, [lesson.id]), { current: 1, longest: 1 }),
        renderQuizQuestion(context, quizMentor, item, { nonce: 'n', reason: 'new', topic: 'x', skip: true }),
        renderQuizResult(context, quizMentor, item, { optionId: item.options.find((o) => !o.correct)!.id, correct: false, nextReview: 'Monday', nonce: 'n' }),
        renderCaseStage(context, gwen, longCase, longCase.stages.length - 1),
        renderCaseSummary(context, gwen, longCase, startThread(longCase, gwen.id, at), [{ name: 'Sam', lessons: [lesson.title[language]] }], true),
      ];
      for (const card of cards) for (const button of buttonsIn(card)) expect(button.title.length, `${button.title}: a short label`).to.be.at.most(40);
    });
  }

  it('fills a template with exactly the values it is given, in the language it is given', () => {
    const card = expand('apology', { language: 'cy', title: 'Title-given', body: 'Body-given', reference: 'Reference-given' });
    expect(card.lang).to.equal('cy');
    expect((card.body as { text: string }[]).map((block) => block.text)).to.deep.equal(['Title-given', 'Body-given', 'Reference-given']);
  });
});

describe('progress bars', () => {
  const faculty = realFaculty();
  const hali = faculty.get('hali')!;
  const barsOf = (done: string[]) => {
    const learner = { ...newLearner('L', undefined, new Date()), progress: { lessonsDone: { hali: done }, saved: [] } };
    const card = renderProgress({ language: 'en', t: translator('en') }, progressOf(learner, faculty.mentors, new Date()), []);
    const sets: any[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        if ((node as any).type === 'ColumnSet') sets.push((node as any).columns);
        Object.values(node).forEach(walk);
      }
    };
    walk(card);
    return sets;
  };

  it('draws one continuous bar: no gap between its parts, and no sliver at 0% or 100%', () => {
    const none = barsOf([])[1];
    expect(none.map((c: any) => String(c.width))).to.deep.equal(['100']);
    const all = barsOf(hali.lessons.map((l) => l.id))[1];
    expect(all.map((c: any) => String(c.width))).to.deep.equal(['100']);
    const some = barsOf([hali.lessons[0].id])[1];
    expect(some.map((c: any) => String(c.width))).to.deep.equal(['8', '92']);
    for (const column of [...none, ...all, ...some]) expect(column.spacing).to.equal('None');
  });
});

describe('quiz options', () => {
  const faculty = realFaculty();
  const t = translator('en');
  const items = faculty.mentors.flatMap((m) => m.quiz.map((item) => ({ mentor: m, item })));

  it('are shuffled per issued question, so the right answer is not always in the same place', () => {
    const { mentor, item } = items[0];
    const places = new Set<number>();
    for (let n = 0; n < 40; n++) {
      const card = renderQuizQuestion({ language: 'en', t }, mentor, item, { nonce: `nonce-${n}`, reason: 'new', topic: 'x' });
      const ids = (card.actions as any[]).filter((a) => a.data?.optionId ?? a.fallback?.data?.optionId).map((a) => a.data?.optionId ?? a.fallback.data.optionId);
      places.add(ids.indexOf(item.options.find((o) => o.correct)!.id));
    }
    expect(places.size).to.be.at.least(3);
  });

  it('keep the letters the question showed in the feedback, for every item', () => {
    for (const { mentor, item } of items) {
      const nonce = `n-${item.id}`;
      const letters = new Map(cardTexts(renderQuizQuestion({ language: 'en', t }, mentor, item, { nonce, reason: 'new', topic: 'x' })).flatMap((line) => {
        const match = /^([A-H])\\\. (.*)$/s.exec(line);
        return match ? [[match[2], match[1]] as const] : [];
      }));
      for (const option of item.options) {
        const shownAs = [...letters].find(([text]) => text.replace(/\\/g, '') === option.text.en.replace(/\\/g, ''))?.[1];
        const result = cardTexts(renderQuizResult({ language: 'en', t }, mentor, item, { optionId: option.id, correct: option.correct, nextReview: 'Monday', nonce })).join('\n');
        expect(shownAs, `${item.id} ${option.id}`).to.be.a('string');
        expect(result, `${item.id} ${option.id}`).to.include(`${shownAs}. `);
      }
    }
  });
});

describe('topic names', () => {
  const faculty = realFaculty();
  const gwen = faculty.get('gwen')!;

  it('are bilingual on the quiz tag and the progress card', () => {
    const cy = { language: 'cy' as const, t: translator('cy') };
    const item = gwen.quiz.find((q) => gwen.lessons.find((l) => l.id === q.lessonId)?.topic === 'genomics basics')!;
    expect(cardTexts(renderQuizQuestion(cy, gwen, item, { nonce: 'n', reason: 'new', topic: 'genomics basics' })).join('\n')).to.include('Hanfodion genomeg').and.not.include('genomics basics');
    const learner = { ...newLearner('L', undefined, new Date()), reviews: { [item.id]: { due: new Date().toISOString(), stability: 1, difficulty: 5, reps: 1, lapses: 0, state: 2, lastReview: new Date().toISOString(), lastCorrect: true } } } as any;
    expect(cardTexts(renderProgress(cy, progressOf(learner, faculty.mentors, new Date()), [])).join('\n')).to.include('Gwen: Hanfodion genomeg');
  });

  it('must be given for every topic in both languages', () => {
    for (const mentor of faculty.mentors) for (const topic of mentor.topics) expect(mentor.topicNames[topic], `${mentor.id} ${topic}`).to.have.all.keys('en', 'cy');
  });
});

/** Outside testing: a Welsh speaker whose Teams is in English pressed buttons on Welsh cards and was answered in English. */
describe('card actions carry the card language', () => {
  it('every action HALI renders, of every template, carries the language its card is written in', () => {
    const { TEMPLATES, expand } = require('../../cards/expand') as typeof import('../../cards/expand');
    const actionsOf = (node: unknown): Record<string, any>[] =>
      Array.isArray(node) ? node.flatMap(actionsOf) : typeof node === 'object' && node !== null ? [...(String((node as any).type).startsWith('Action.') ? [node as Record<string, any>] : []), ...Object.values(node).flatMap(actionsOf)] : [];
    let checked = 0;
    for (const name of Object.keys(TEMPLATES) as (keyof typeof TEMPLATES)[]) {
      for (const language of ['en', 'cy'] as const) {
        const card = expand(name, { language });
        for (const action of actionsOf(card).filter((a) => typeof a.verb === 'string' || typeof a.data?.verb === 'string')) {
          expect(action.data?.lang, `${name} ${language} ${action.verb ?? action.data.verb}`).to.equal(language);
          checked++;
        }
      }
    }
    expect(checked).to.be.greaterThan(40);
  });
});
