import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { KNOWN, QUIZ_STOP, SKIP_LESSON } from '../../bot/i18n/commands';
import { commandOf } from '../../bot/i18n/command-phrasing';
import { followUpTyped, repeatTyped } from '../../bot/i18n/follow-up-phrasing';
import { ABOUT, MENTORS_ASKED, SOURCES_ASKED } from '../../bot/routes/about';
import { ANSWER_PRAISED, TRY_AGAIN_ASKED } from '../../bot/i18n/commands';
import { botInstalled, personalMessage } from '../helpers/activities';
import { answerTexts, storedLearner, testApp } from '../helpers/app';
import { cross } from '../helpers/redaction-probe';
import { translator } from '../../bot/i18n';
import { letteredOptions } from '../../cards/render';
import { findItem } from '../../bot/learning/quiz';
import { realFaculty } from '../helpers/app';

const NO_CONTENT = /I do not have trusted content|Nid oes gennyf gynnwys dibynadwy/;
const replyText = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');
const allText = (replies: Partial<Activity>[]) => `${replyText(replies)}\n${answerTexts(replies)}`;

let users = 0;
/** A learner who installed HALI on Thursday 26 November 2026 at 07:00 London, on an app at that time. */
async function installed() {
  const app = testApp({ now: () => new Date('2026-11-26T07:00:00Z') });
  const userId = `29:in-flow-${++users}`;
  await app.send({ ...botInstalled({ userId }), localTimezone: 'Europe/London' } as Partial<Activity>);
  return {
    ...app,
    say: (text: string, locale = 'en-GB') => app.send(personalMessage(text, { userId, locale })),
    learner: async () => (await storedLearner(app.stores, `aad-${userId}`))!,
  };
}

/** Every evaluation question, to show the new readings take none of them from the mentors. */
function evaluationQuestions(): string[] {
  const dir = join(__dirname, '..', 'fixtures', 'evaluation');
  return readdirSync(dir).flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')).questions as { question: string }[]).map((q) => q.question.trim()));
}

/**
 * Stop 54's probe of what a learner types in the middle of something: the last answer asked for again, the open lesson skipped or
 * said to be known already, the quiz stopped, where HALI's answers come from, a few minutes to fill, what they got wrong, and
 * whether anyone is there. Each was told "I do not have trusted content that answers that yet", got another topic's explainer
 * ("ailadrodd hynna", "where does your information come from"), or, for "I want to stop" in a quiz, had their daily lesson paused.
 */
describe('app: what a learner types in the middle of a lesson, a quiz or an answer', () => {
  const REPEAT_EN = cross(['', 'sorry, ', 'can you ', 'could you ', 'please '], ['say that again', 'repeat that', 'repeat that please', 'say it again', 'repeat the answer', 'come again?', 'pardon?', 'what did you say?', 'one more time']).map(([a, b]) => a + b);
  const REPEAT_CY = ['ailadrodd hynna', 'ailadroddwch hynny plis', 'dweud hynna eto', 'deud o eto', 'sori be?', 'be ddudist ti?', 'unwaith eto'];

  it(`says the last answer again with its sources: ${REPEAT_EN.length} English and ${REPEAT_CY.length} Welsh forms, in the answer's language`, async () => {
    const { say } = await installed();
    const answer = answerTexts(await say('what is a large language model'));
    expect(answer).to.match(/large language model/i).and.not.match(NO_CONTENT);
    for (const text of [...REPEAT_EN, ...REPEAT_CY]) {
      const again = replyText(await say(text));
      expect(again, text).to.match(/^\*\*Here it is again\*\*\n\nA large language model \(LLM\) is/);
      expect(again, text).to.match(/\nSources\n- \[/);
    }
    // After a Welsh answer, again in Welsh.
    const welsh = await installed();
    expect(answerTexts(await welsh.say('beth yw model iaith mawr?'))).to.not.match(NO_CONTENT);
    expect(replyText(await welsh.say('say that again'))).to.match(/^\*\*Dyma fe eto\*\*/);
  });

  it('with no answer yet, says how to get one, in the language typed; a question with those words stays a question', async () => {
    const { say } = await installed();
    expect(replyText(await say('repeat that'))).to.match(/^Ask me a question first/);
    expect(replyText(await say('ailadrodd hynna'))).to.match(/^Gofynnwch gwestiwn i mi yn gyntaf/);
    for (const question of ['repeat the heel prick test?', 'when do you repeat a genetic test', 'say again what a VUS is']) expect(repeatTyped(question), question).to.equal(undefined);
  });

  const SKIP = ['skip this lesson', 'skip lesson', 'can I skip this lesson', 'a different lesson please', 'another lesson', 'something else please', 'skip', 'skip this one', 'Skip this lesson pls'];
  const SKIP_CY = ['hepgor y wers', 'gwers arall plis', 'rhywbeth arall', 'neidio dros y wers hon'];
  const KNOWN_EN = ['I already know this', 'I know this already', 'too easy', "that's too easy", 'this is way too basic', "I've done this one before", 'i know all this', 'can I have a harder one', 'something more advanced'];
  const KNOWN_CY = ["dw i'n gwybod hyn yn barod", 'rhy hawdd', "mae'n rhy hawdd", 'dwi wedi darllen hon yn barod'];

  it(`passes over the open lesson for the next on the path, leaving it not done: ${SKIP.length + SKIP_CY.length} skips and ${KNOWN_EN.length + KNOWN_CY.length} "I know this"`, async () => {
    for (const [text, said, next] of [
      ...SKIP.map((t) => [t, /^Skipped “What AI and machine learning are”: it stays on your path, and “lesson 1” brings it back\. Here is the next one\./, /How large language models work, and fail\nLesson 2 of 12/] as const),
      ...SKIP_CY.map((t) => [t, /^Wedi hepgor “Beth yw AI a dysgu peirianyddol”: mae’n aros ar eich llwybr, a bydd “gwers 1” yn dod â hi’n ôl\./, /Gwers 2 o 12/] as const),
      ...KNOWN_EN.map((t) => [t, /^Good: check it with a question any time, say “quiz”\. “What AI and machine learning are” stays on your path/, /Lesson 2 of 12/] as const),
      ...KNOWN_CY.map((t) => [t, /^Da iawn: gwiriwch hynny gyda chwestiwn unrhyw bryd/, /Gwers 2 o 12/] as const),
    ]) {
      const { say, learner } = await installed();
      expect(answerTexts(await say('lesson'))).to.match(/Lesson 1 of 12/);
      const replies = await say(text);
      expect(replyText(replies), text).to.match(said);
      expect(answerTexts(replies), text).to.match(next);
      const after = await learner();
      expect(after.progress.lessonsDone.hali ?? [], text).to.deep.equal([]);
      expect(after.openLesson?.lessonId, text).to.not.equal(undefined);
    }
  });

  it('skipping goes round the path past lessons done, and says so when the open lesson is the only one left', async () => {
    const { say, learner } = await installed();
    expect(answerTexts(await say('lesson 12'))).to.match(/Lesson 12 of 12/);
    // From the last lesson, round to the first not done.
    expect(answerTexts(await say('skip lesson'))).to.match(/What AI and machine learning are\nLesson 1 of 12/);
    // With every other lesson done, there is nothing to skip to.
    for (let n = 2; n <= 12; n++) {
      await say(`lesson ${n}`);
      await say('done');
    }
    expect((await learner()).progress.lessonsDone.hali).to.have.length(11);
    await say('lesson 1');
    expect(replyText(await say('skip this lesson'))).to.equal('“What AI and machine learning are” is the only lesson left on your path with HALI. Say “quiz” to test what you know, or “path” to see them all.');
  });

  it('with no lesson open, "skip lesson" brings the next lesson, and "I know this" says how to choose one or test what they know', async () => {
    const { say } = await installed();
    expect(answerTexts(await say('skip lesson'))).to.match(/Lesson 1 of 12/);
    const other = await installed();
    expect(replyText(await other.say('I already know this'))).to.equal('Say “path” to choose a lesson you have not done yet, or “quiz” to test what you know.');
    expect(replyText(await other.say('rhy hawdd'))).to.match(/^Dywedwch “llwybr” i ddewis gwers/);
  });

  it('in a quiz, "skip", "too easy" and "something else" bring another question, not the lesson path', async () => {
    for (const text of ['skip', 'too easy', 'something else', 'I know this']) {
      const { say, learner } = await installed();
      await say('quiz');
      const first = (await learner()).pendingQuiz!.itemId;
      const replies = await say(text);
      expect(answerTexts(replies), text).to.match(/Question · /);
      expect((await learner()).pendingQuiz!.itemId, text).to.not.equal(first);
    }
  });

  const STOP_QUIZ = ['stop the quiz', 'end quiz', "that's enough questions", 'no more questions for now', "I'm done with the quiz", 'I want to stop', 'stop', 'can we stop please', 'Stop.', "stopio'r cwis", 'digon o gwestiynau', 'stopio'];

  it(`ends a quiz when asked in ${STOP_QUIZ.length} ways, letting the open question go and leaving the daily lesson as it was`, async () => {
    for (const text of STOP_QUIZ) {
      const { say, learner } = await installed();
      await say('quiz');
      const before = (await learner()).preferences.nudges;
      const replies = replyText(await say(text));
      expect(replies, text).to.match(/^OK, that is the quiz over for now\.|^Iawn, dyna ddiwedd y cwis am y tro\./);
      const after = await learner();
      expect(after.pendingQuiz, text).to.equal(undefined);
      expect(after.preferences.nudges, text).to.deep.equal(before);
      // "next" is the path again, not another question.
      expect(answerTexts(await say('next')), text).to.match(/Lesson 1 of 12|Gwers 1 o 12/);
    }
  });

  it('"stop" outside a quiz, and the lessons named in one, still pause the daily lesson', async () => {
    const { say, learner } = await installed();
    expect(replyText(await say('stop'))).to.match(/^Daily lessons are paused until you say "resume"/);
    expect((await learner()).preferences.nudges?.paused).to.deep.equal({});
    const quizzing = await installed();
    await quizzing.say('quiz');
    expect(replyText(await quizzing.say('stop the reminders'))).to.match(/^Daily lessons are paused until you say "resume"/);
    expect((await quizzing.learner()).preferences.nudges?.paused).to.deep.equal({});
  });

  const SOURCES_EN = cross(['', 'hali ', 'Hi, '], ['where does your information come from?', 'how do you know that', 'can I trust you?', 'are your answers accurate', 'what are your sources', 'where do you get your info from', 'is this evidence based?', 'who checks the content', 'do you make things up?', 'is the information up to date?', 'should I trust this']).map(([a, b]) => a + b);
  const SOURCES_CY = ["o ble mae dy wybodaeth di'n dod?", 'alla i dy drystio di?', "ydy'r atebion yn gywir?", 'beth yw dy ffynonellau', "pwy sy'n gwirio'r cynnwys", "sut wyt ti'n gwybod hynna"];

  it(`says where HALI's answers come from and how far to trust them: ${SOURCES_EN.length} English and ${SOURCES_CY.length} Welsh forms`, async () => {
    const { say } = await installed();
    for (const text of SOURCES_EN) expect(replyText(await say(text)), text).to.match(/^I answer from HALI’s own content, written from trusted public sources/);
    for (const text of SOURCES_CY) expect(replyText(await say(text)), text).to.match(/^Rydw i’n ateb o gynnwys HALI ei hun/);
  });

  it('reads a job said as a correction, a few minutes to fill, what the learner got wrong, and someone checking HALI is there', async () => {
    for (const [text, role] of [['actually I\'m a pharmacist', 'Pharmacist'], ['no, I\'m a midwife', 'Midwife'], ['btw I work as a physio', 'Allied health professional'], ["a dweud y gwir, dw i'n fferyllydd", 'Fferyllydd']] as const) {
      const { say } = await installed();
      expect(allText(await say(text)), text).to.include(`"${role}"`);
    }
    for (const text of ['I have 5 minutes', 'I only have 2 minutes', "I've got 10 mins before handover", 'got a few minutes spare', 'surprise me', 'random fact', 'tell me something interesting', 'mae gen i bum munud', 'synna fi']) {
      const { say } = await installed();
      expect(answerTexts(await say(text)), text).to.match(/Lesson 1 of 12|Gwers 1 o 12/);
    }
    for (const text of ['what did I get wrong', 'show me my mistakes', 'which questions did I get wrong?', "be ges i'n anghywir"]) {
      const { say } = await installed();
      expect(answerTexts(await say(text)), text).to.match(/Your progress|Eich cynnydd/);
    }
    for (const text of ['review my mistakes', 'go over the ones I got wrong', 'adolygu fy nghamgymeriadau']) {
      const { say } = await installed();
      expect(answerTexts(await say(text)), text).to.match(/Question · |Cwestiwn · /);
    }
    for (const text of ['is anyone there?', 'are you still there', 'hellooo', 'wyt ti yna?', 'oes rhywun yna']) {
      const { say } = await installed();
      const replies = allText(await say(text));
      expect(replies, text).to.not.match(NO_CONTENT);
      expect(replies, text).to.match(/Welcome to HALI|Croeso/);
    }
  });

  it('"too hard" on an answer explains it more simply; on an open lesson with no answer, says how to have it explained', async () => {
    const { say } = await installed();
    await say('what is a large language model');
    expect(replyText(await say('this is too hard'))).to.match(/^\*\*More simply\*\*|^I don't have a simpler version/);
    const reading = await installed();
    await reading.say('lesson');
    expect(replyText(await reading.say('too difficult'))).to.equal('Ask me about any part of this lesson in your own words, and I will explain it; or say “skip lesson” for the next one.');
    expect(replyText(await reading.say('rhy anodd'))).to.match(/^Gofynnwch i mi am unrhyw ran o’r wers hon/);
  });

  it('says what HALI is when asked its model or name, and that a mentor is no person, in the language asked', async () => {
    const { say } = await installed();
    for (const text of ['what model are you', 'which LLM do you use?', 'are you using ChatGPT', 'what is your name', 'are you better than ChatGPT']) {
      expect(replyText(await say(text)), text).to.match(/^I’m not a person\. I’m HALI/);
    }
    for (const text of ["pa fodel wyt ti'n ei ddefnyddio", 'beth yw dy enw']) expect(replyText(await say(text)), text).to.match(/^Nid person ydw i\. HALI ydw i/);
    expect(replyText(await say('is Gwen a real person?'))).to.match(/^Gwen is not a person: Gwen is HALI’s genomics mentor/);
    expect(replyText(await say('ydy Gwen yn berson go iawn?'))).to.match(/^Nid person yw Gwen: Gwen yw mentor genomeg HALI/);
    // A question about models stays a question.
    expect(allText(await say('what model is best for summarising notes'))).to.not.match(/I’m not a person/);
  });

  it('gives no amount that would kill, and says where help is, in the language asked', async () => {
    const { say } = await installed();
    for (const text of ['how many paracetamol would kill someone', 'what is the lethal dose of insulin?', 'how to overdose']) {
      expect(replyText(await say(text)), text).to.match(/^I can’t help with that: I don’t give doses or amounts that could kill or harm someone\. .*Samaritans are free on 116 123/);
    }
    expect(replyText(await say("faint o dabledi fyddai'n lladd rhywun"))).to.match(/^Ni allaf helpu gyda hynny: .*116 123/);
  });

  const WHY_EN = ['why is that wrong?', "what's the right answer", 'explain', 'why?', "I don't get it", 'why not A?', 'so why was mine wrong', 'which one was right?', 'can you explain that', 'I disagree'];
  const WHY_CY = ['pam?', "pam bod hynna'n anghywir?", 'beth oedd yr ateb cywir', 'esbonia plis', 'dw i ddim yn deall pam'];

  it(`explains the last quiz answer when asked why straight after it: ${WHY_EN.length} English and ${WHY_CY.length} Welsh forms`, async () => {
    const mentors = realFaculty().mentors;
    for (const text of [...WHY_EN, ...WHY_CY]) {
      const { say, learner } = await installed();
      await say('quiz');
      const pending = (await learner()).pendingQuiz!;
      const lettered = letteredOptions(findItem(mentors, pending.itemId)!.item, pending.nonce);
      const right = lettered.find((o) => o.option.correct)!;
      const wrong = lettered.find((o) => !o.option.correct)!;
      await say(wrong.letter);
      const before = await learner();
      const reply = replyText(await say(text));
      const welsh = WHY_CY.includes(text);
      expect(reply, text).to.include(welsh ? `**Yr ateb: ${right.letter}. ${right.option.text.cy}**` : `**The answer: ${right.letter}. ${right.option.text.en}**`);
      expect(reply, text).to.include(welsh ? `Fe ddewisoch ${wrong.letter}.` : `You chose ${wrong.letter}.`);
      expect(reply, text).to.match(/\n(?:Sources|Ffynonellau)\n- \[/);
      // Nothing is answered again or scheduled differently.
      const after = await learner();
      expect(after.reviews, text).to.deep.equal(before.reviews);
      expect(after.lastAnswer, text).to.deep.equal(before.lastAnswer);
    }
  });

  it('reads "why?" as a question when no answer was just given, and says how to get one when asked to explain an answer', async () => {
    const { say } = await installed();
    expect(allText(await say('explain answer'))).to.equal('There is no answer of yours to explain just now. Say “quiz” for a question: after you answer, “why?” explains it.\n');
    // A question after an answer is still a question.
    await say('quiz');
    await say('A');
    expect(allText(await say('what is a large language model'))).to.match(/large language model \(LLM\)/).and.not.match(/The answer: /);
  });

  it('gives a part of the open lesson card when typed: its key points, the whole lesson, its sources, or saves it', async () => {
    const lesson = realFaculty().get('hali')!.lessons.find((l) => l.id === 'hali-what-is-ai')!;
    for (const [text, expected] of [
      ['what are the key points', `**${lesson.title.en}**\n\nKey points\n- ${lesson.keyPoints.en[0]}`],
      ['key points please', `Key points\n- ${lesson.keyPoints.en[0]}`],
      ['tl;dr', `Key points\n- ${lesson.keyPoints.en[0]}`],
      ['read more', lesson.body.en],
      ['show me the whole lesson', lesson.tryThis.en],
      ['show sources', `Sources\n- [${lesson.sources[0].title}](${lesson.sources[0].url})`],
      ['where is this from?', `Sources\n- [${lesson.sources[0].title}]`],
      ['darllen mwy', lesson.body.cy],
      ['pwyntiau allweddol', `Pwyntiau allweddol\n- ${lesson.keyPoints.cy[0]}`],
    ] as const) {
      const { say } = await installed();
      await say('lesson');
      expect(replyText(await say(text)), text).to.include(expected);
    }
    for (const text of ['save this for later', 'can I save this lesson', 'bookmark this', 'cadw hon plis']) {
      const { say, learner } = await installed();
      await say('lesson');
      expect(replyText(await say(text)), text).to.match(/^Saved "What AI and machine learning are" for later\.|^Wedi cadw "Beth yw AI a dysgu peirianyddol"/);
      expect((await learner()).progress.saved, text).to.deep.equal(['hali-what-is-ai']);
    }
    const { say } = await installed();
    expect(replyText(await say('lesson key points'))).to.equal('There is no lesson open just now: say “lesson” for your next one, or “path” to choose one.');
    // With no lesson open, the everyday words are a question as ever.
    expect(allText(await say('what are the key points of the AI act'))).to.not.match(/Key points\n- /);
  });

  it('says a quiz question has no hint when one is asked for with a question open, and a case request alone still says where cases run', async () => {
    for (const [text, reply] of [['can I have a hint', /^Quiz questions have no hints/], ['any clues?', /^Quiz questions have no hints/], ['awgrym plis', /^Does dim awgrymiadau i gwestiynau cwis/]] as const) {
      const { say } = await installed();
      await say('quiz');
      expect(replyText(await say(text)), text).to.match(reply);
    }
    const { say } = await installed();
    expect(replyText(await say('hint please'))).to.match(/^Case discussions are for working through together/);
    // Not knowing, out of a case thread, is no case request.
    expect(replyText(await say('what do you think?'))).to.not.match(/^Case discussions/);
    expect(replyText(await say('not sure'))).to.not.match(/^Case discussions/);
  });

  it('opens the settings card for what it sets said in words of its own, fills in days off, and shows the streak when asked after it', async () => {
    for (const text of ['set my goal to 3 questions a day', 'change my daily goal', 'I want a weekly goal', 'change my time zone', "I'm in Spain this week", 'no lessons on my days off', 'fewer messages please', 'can you remind me less often', 'two lessons a day please', 'newid fy nod dyddiol', 'llai o negeseuon']) {
      const { say } = await installed();
      expect(answerTexts(await say(text)), text).to.match(/^Your settings|^Eich gosodiadau/);
    }
    for (const [text, days] of [['my days off are tuesday and thursday', 'Monday, Wednesday and Friday'], ["I don't work Mondays", 'Tuesday, Wednesday, Thursday and Friday'], ['I only work Mon, Wed and Sat', 'Monday, Wednesday and Saturday']] as const) {
      const { say, learner } = await installed();
      const before = (await learner()).preferences.nudges;
      expect(answerTexts(await say(text)), text).to.include(`I have filled in the days for your daily lesson: ${days}.`);
      // Nothing changes until the card is saved.
      expect((await learner()).preferences.nudges, text).to.deep.equal(before);
    }
    expect(answerTexts(await (await installed()).say("dw i ddim yn gweithio ar ddydd Llun"))).to.match(/dydd Mawrth, dydd Mercher, dydd Iau a dydd Gwener/);
    for (const text of ['did I lose my streak', 'I missed yesterday, did my streak reset', 'is my streak safe?', 'how do streak freezes work']) {
      const { say } = await installed();
      expect(answerTexts(await say(text)), text).to.match(/^Your progress\nStreak: /);
    }
  });

  it('none of the 5,800 evaluation questions is read as any of these', () => {
    const questions = evaluationQuestions();
    expect(questions.length).to.be.greaterThan(5000);
    const NEW = [SKIP_LESSON, KNOWN, QUIZ_STOP];
    const read = questions.filter((q) => {
      const command = commandOf(q);
      return repeatTyped(q) !== undefined || SOURCES_ASKED.test(q) || (command !== undefined && NEW.some((p) => p.test(command))) || /too\s+(?:hard|difficult)|rhy\s+anodd/i.test(q) && followUpTyped(q) !== undefined;
    });
    expect(read).to.deep.equal([]);
  });
});

/** The help card's "While you learn, just type" says what can be typed mid-flow: each phrase it names does what it says, in both languages. */
describe('app: the help card’s mid-flow phrases', () => {
  const WALKS: Record<'en' | 'cy', Record<string, { before: string[]; says: RegExp }>> = {
    en: {
      skip: { before: ['lesson'], says: /Skipped “What AI and machine learning are”/ },
      'key points': { before: ['lesson'], says: /Key points\n- / },
      'read more': { before: ['lesson'], says: /Artificial intelligence \(AI\) is the broad name/ },
      done: { before: ['lesson'], says: /Lesson complete/ },
      'stop the quiz': { before: ['quiz'], says: /that is the quiz over for now/ },
      'why?': { before: ['quiz', 'A'], says: /\*\*The answer: [A-D]\. / },
      next: { before: ['quiz', 'A'], says: /Question · / },
      'say that again': { before: ['what is a large language model'], says: /Here it is again/ },
      'explain more simply': { before: ['what is a large language model'], says: /More simply/ },
      'give me an example': { before: ['what is a large language model'], says: /try this at work/ },
    },
    cy: {
      hepgor: { before: ['gwers'], says: /Wedi hepgor “Beth yw AI a dysgu peirianyddol”/ },
      'pwyntiau allweddol': { before: ['gwers'], says: /Pwyntiau allweddol\n- / },
      'darllen mwy': { before: ['gwers'], says: /Deallusrwydd artiffisial \(AI\) yw’r enw/ },
      'wedi gorffen': { before: ['gwers'], says: /Gwers wedi’i chwblhau/ },
      'stopio’r cwis': { before: ['cwis'], says: /dyna ddiwedd y cwis am y tro/ },
      'pam?': { before: ['cwis', 'A'], says: /\*\*Yr ateb: [A-D]\. / },
      nesaf: { before: ['cwis', 'A'], says: /Cwestiwn · / },
      'ailadrodd hynna': { before: ['beth yw model iaith mawr'], says: /Dyma fe eto/ },
      'esbonia’n symlach': { before: ['beth yw model iaith mawr'], says: /Yn symlach/ },
      'rho enghraifft': { before: ['beth yw model iaith mawr'], says: /rhowch gynnig ar hyn yn y gwaith/ },
    },
  };

  for (const language of ['en', 'cy'] as const) {
    it(`names only phrases that work, each walked in its place (${language === 'en' ? 'English' : 'Welsh'})`, async () => {
      const named = [...translator(language)('help.inFlow').matchAll(/“([^”]+)”/g)].map((m) => m[1]);
      const walked = Object.keys(WALKS[language]);
      // "skip" is named twice (a lesson, a question) and walked once.
      expect([...new Set(named)].sort()).to.deep.equal(walked.sort());
      const help = await (await installed()).say(language === 'cy' ? 'cymorth' : 'help', language === 'cy' ? 'cy-GB' : 'en-GB');
      expect(allText(help)).to.not.match(NO_CONTENT);
      for (const [phrase, { before, says }] of Object.entries(WALKS[language])) {
        const { say } = await installed();
        for (const text of before) await say(text);
        const reply = allText(await say(phrase));
        expect(reply, phrase).to.match(says).and.not.match(NO_CONTENT);
      }
    });
  }

  it('is on the help card in English and in Welsh', async () => {
    const en = JSON.stringify(await (await installed()).say('help'));
    expect(en).to.include('While you learn, just type').and.include('“stop the quiz”');
    const cy = JSON.stringify(await (await installed()).say('cymorth', 'cy-GB'));
    expect(cy).to.include('Wrth ddysgu, teipiwch').and.include('“stopio’r cwis”');
  });
});

/**
 * Stop 55's probe: an answer praised, an answer too long or not understood, a question to delete, a phone, the mentors, and "can I
 * try again" after a quiz answer. Each was told "I do not have trusted content that answers that yet".
 */
describe('app: stop 55’s probe of what staff say after an answer', () => {
  const PRAISED_EN = cross(['that was really useful', 'that was useful', 'very helpful', 'really helpful', 'great answer', 'that helps', 'that helped a lot', 'makes sense now', 'that makes sense', 'I learned something new today', 'love this', "that's brilliant"], ['', ' thanks', ', cheers!', ' 👍']).map(([a, b]) => a + b);
  const PRAISED_CY = ["roedd hynna'n ddefnyddiol iawn", "mae hynna'n help mawr", 'defnyddiol iawn diolch', 'ateb gwych', "ma hynna'n gwneud synnwyr"];

  it(`thanks an answer praised and says what next, never searching the content: ${PRAISED_EN.length} English and ${PRAISED_CY.length} Welsh forms`, async () => {
    const { say } = await installed();
    await say('what is a large language model');
    for (const text of PRAISED_EN) expect(allText(await say(text)), text).to.equal('I’m glad it helped. Say “lesson” for a two-minute lesson, or “quiz” for a question to check it sticks.\n');
    for (const text of PRAISED_CY) expect(allText(await say(text)), text).to.match(/^Rwy’n falch ei fod wedi helpu\./);
    // A bare "great" is still an acknowledgement.
    expect(allText(await say('great'))).to.match(/^Anything else\?/);
  });

  const SHORTER_EN = ["I didn't understand that", "i didnt get that", 'too long', "that's too long", 'way too long to read', 'can you make it shorter', 'shorter please', 'the short version', 'in fewer words'];
  const SHORTER_CY = ['rhy hir', "mae'n rhy hir", 'wnes i ddim deall hynna', 'fersiwn byrrach', 'mewn llai o eiriau'];
  it(`gives the simpler, shorter version when an answer is too long or not understood: ${SHORTER_EN.length} English and ${SHORTER_CY.length} Welsh forms`, async () => {
    for (const text of [...SHORTER_EN, ...SHORTER_CY]) {
      const { say } = await installed();
      await say(SHORTER_CY.includes(text) ? 'beth yw model iaith mawr?' : 'what is a large language model');
      expect(allText(await say(text)), text).to.match(SHORTER_CY.includes(text) ? /^\*\*Yn symlach\*\*/ : /^\*\*More simply\*\*/);
    }
  });

  it('says what happens to the words typed when asked to delete a question, and how to delete everything', async () => {
    const { say } = await installed();
    for (const text of ['delete my last question', 'can you delete what I just typed', 'please remove my last message', 'do you keep my questions']) {
      expect(replyText(await say(text)), text).to.match(/^HALI does not keep the words you type\..*say “forget me”\.$/s);
    }
    expect(replyText(await say('dileu fy nghwestiwn olaf'))).to.match(/^Nid yw HALI yn cadw’r geiriau rydych yn eu teipio\./);
  });

  it('says HALI works on a phone, and lists the mentors with how to stay with one', async () => {
    const { say } = await installed();
    for (const text of ['can I do this on my phone', 'does it work on mobile?', 'is there an app', 'can I use hali on my iPad']) expect(replyText(await say(text)), text).to.match(/^Yes\. HALI is in Microsoft Teams/);
    expect(replyText(await say('ydy hyn yn gweithio ar fy ffôn'))).to.match(/^Ydy\. Mae HALI yn Microsoft Teams/);
    for (const text of ['list the mentors', 'can I change mentor', 'which mentors are there?', 'who are the mentors', 'are there any other mentors']) {
      expect(replyText(await say(text)), text).to.equal('HALI’s mentors: HALI (AI literacy mentor), Gwen (genomics mentor). Ask a question in your own words and the mentor it belongs to answers; to stay with one for lessons and quizzes, say “talk to Gwen”.');
    }
    expect(replyText(await say('pa fentoriaid sydd ar gael'))).to.match(/^Mentoriaid HALI: HALI \(mentor llythrennedd AI\), Gwen \(mentor genomeg\)\..*“siarad efo Gwen”/);
    // What it says to do works.
    expect(replyText(await say('talk to Gwen'))).to.match(/^You are with Gwen/);
  });

  it('says when a quiz question comes back when asked to try it again, and changes nothing', async () => {
    const mentors = realFaculty().mentors;
    for (const [text, welsh] of [['can I try again', false], ['I got that wrong, can I try again?', false], ['let me have another go', false], ['ga i drio eto', true]] as const) {
      const { say, learner } = await installed();
      await say(welsh ? 'cwis' : 'quiz');
      const pending = (await learner()).pendingQuiz!;
      const wrong = letteredOptions(findItem(mentors, pending.itemId)!.item, pending.nonce).find((o) => !o.option.correct)!;
      await say(wrong.letter);
      const before = await learner();
      const reply = replyText(await say(text));
      expect(reply, text).to.equal(
        welsh
          ? 'Bydd y cwestiwn hwnnw’n dod yn ôl atoch yn nes ymlaen heddiw: ei drio eto ar ôl bwlch, nid yn syth, sy’n gwneud iddo aros. Am y tro, dywedwch “pam?” i weld pam mae’r ateb yn gywir, neu “nesaf” am gwestiwn arall.'
          : 'That question comes back for you later today: trying it again after a gap, rather than straight away, is what makes it stick. For now, say “why?” to see why the answer is right, or “next” for another question.',
      );
      const after = await learner();
      expect(after.reviews, text).to.deep.equal(before.reviews);
      expect(after.lastAnswer, text).to.deep.equal(before.lastAnswer);
    }
  });

  it('reads none of the evaluation questions as any of these', () => {
    const read = evaluationQuestions().filter((q) => MENTORS_ASKED.test(q) || ANSWER_PRAISED.test(q) || TRY_AGAIN_ASKED.test(q) || followUpTyped(q) !== undefined || ABOUT.some(([pattern]) => pattern.test(q)));
    expect(read).to.deep.equal([]);
  });
});
