import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandOf } from '../../bot/i18n/command-phrasing';
import { WELSH_COMMAND, ANSWER_LETTER, DONE, SETTINGS_SAID, AWAY, CHANGE_TIME, FORGET_ME, GREETING, HELP, LANGUAGE_COMMANDS, LESSON, MY_DATA, NEVER_MIND, NEXT, OKAY, PAUSE, PROGRESS, QUIZ, RESUME, SETTINGS, SNOOZE, STOP, THANKS, BYE, QUIZ_STOP, SKIP_LESSON, KNOWN } from '../../bot/i18n/commands';

/** What each kind of request must become: the command pattern its route matches. */
const ROUTE = {
  greeting: GREETING,
  help: HELP,
  lesson: LESSON,
  quiz: QUIZ,
  next: NEXT,
  progress: PROGRESS,
  settings: SETTINGS,
  settingsSaid: SETTINGS_SAID,
  answer: ANSWER_LETTER,
  done: DONE,
  time: CHANGE_TIME,
  pause: PAUSE,
  snooze: SNOOZE,
  away: AWAY,
  stop: STOP,
  resume: RESUME,
  welsh: LANGUAGE_COMMANDS[0][0],
  english: LANGUAGE_COMMANDS[1][0],
  myData: MY_DATA,
  forget: FORGET_ME,
  neverMind: NEVER_MIND,
  thanks: THANKS,
  okay: OKAY,
  quizStop: QUIZ_STOP,
  skipLesson: SKIP_LESSON,
  known: KNOWN,
  bye: BYE,
} as const;
type Kind = keyof typeof ROUTE;

/** Requests as staff type them, by kind, English then Welsh: each is decorated below the ways chat messages are. */
const ASKED: Record<Kind, { en: string[]; cy: string[] }> = {
  greeting: { en: ['good morning', 'hi there', 'hello hali', 'hey hali', 'gd afternoon', 'hiya, just getting started', "hello, I'm new here"], cy: ['sut mae', "s'mae", 'pnawn da', 'bore da hali', 'hylo', "helo 'na"] },
  help: { en: ['what can this bot do', 'how do I use this', 'show me the commands', 'what are my options here', 'help me', 'hlep', 'instructions', 'I need help with this bot', "I'm a nurse, what can you do", "I'm a staff nurse on a surgical ward, what can you do", 'I work as a physio - how does this work'], cy: ["dw i'n nyrs, be fedri di neud", 'be fedri di neud', "be ti'n gallu neud", "beth yw'r opsiynau", "dwi angen help efo'r bot 'ma", "be di'r gorchmynion"] },
  lesson: { en: ['give me a lesson', 'can I have a lesson', "today's lesson", 'teach me something', 'a quick lesson', 'lessn', 'lesson on machine learning', 'teach me about genomics', 'genomics lesson', '2 min lesson about AI', 'lesson w/ gwen', "I'm a staff nurse on ward 7 - give me a lesson"], cy: ["dw i'n fferyllydd - gwers plis", 'ga i wers', 'dwi isio gwers', 'dw i moyn gwers', 'rho wers i mi', 'gwers nesa', 'dysga fi am AI', 'gwers ar ddeallusrwydd artiffisial'] },
  quiz: { en: ['quiz me', 'test me', 'give me a question', 'hit me with a question', 'AI quiz', 'test me on genetics', 'a genomics quiz question', 'practice question', 'another one'], cy: ['profa fi', 'holi fi', 'ga i gwis', 'dwi isio cwis', 'cwestiwn geneteg', 'profa fi ar genomeg'] },
  // On with what is open: the quiz, else the path; "next question" and "skip" a question other than the open one.
  next: { en: ['next', 'next one', 'carry on', "what's next", 'next question', 'skip this one', 'skip'], cy: ['nesaf', 'nesa', 'yr un nesaf', 'symud ymlaen', 'cwestiwn nesaf', 'sgipio hwn'] },
  progress: { en: ['how am I doing', 'my stats', "what's my streak", 'my score', 'show my progress', 'how many quizzes have I got right', 'check progress', "what's due for review", 'any reviews due today', 'show my reviews', 'what should I revise today'], cy: ["be sy'n aros am adolygiad", 'fy adolygiadau', 'fy nghynnydd', "sut dwi'n neud", 'dangos fy nghynnydd', 'fy sgor', "faint o wersi dw i 'di neud"] },
  settings: { en: ['my settings', 'open settings', 'change my role', 'edit my preferences', 'where are the settings', 'setings'], cy: ['newid gosodiadau', 'fy ngosodiadau', "ble mae'r gosodiadau", 'agor gosodiadau', 'newid fy rôl'] },
  // The days and quiet hours said in words, filled in on the settings card to confirm.
  settingsSaid: { en: ['not on weekends', 'no lessons at weekends', 'weekdays only', 'quiet hours 10pm to 7am', "don't message me after 9pm", 'not on fridays', 'I am a pharmacist', "I'm a staff nurse on a medical ward", 'I work as a GP', "I'm a porter"], cy: ['dim ar y penwythnos', "dyddiau'r wythnos yn unig", 'oriau tawel 10yh i 7yb', 'dim negeseuon ar ôl 9yh', 'dim ar ddydd Gwener', "dw i'n fferyllydd", 'nyrs ydw i', "dwi'n feddyg teulu"] },
  // A quiz answer by its letter, and a lesson read.
  answer: { en: ['option b', 'answer c', 'I think it\'s B', 'the answer is a', '(d)'], cy: ['ateb b', 'opsiwn c', "dw i'n meddwl mai b", 'yr ateb yw a'] },
  done: { en: ['done', 'all done', "I've finished", 'finished the lesson', 'read it', 'lesson done'], cy: ['wedi gorffen', "dw i wedi gorffen", 'wedi darllen hi', 'gorffennais'] },
  time: { en: ['change my lesson time', 'send my lesson at 7am instead', 'can the daily lesson come at 8am', 'move the daily lesson to 10am', 'set time 13:00', 'reschedule my lesson', 'different time for the daily lesson'], cy: ['newid amser y wers', 'newid yr amser i 7:30', 'amser gwers', 'symud y wers i 10'] },
  pause: { en: ['pause my daily lesson', 'put lessons on hold', 'hold the daily lessons for now', 'no lessons for now', 'pause the lessons for a week', 'pause until next friday', 'pause for 2 days'], cy: ['rho saib', "rhoi'r gwersi ar saib", "oedi'r gwersi am wythnos", 'saib tan fory', 'dim gwersi am rwan', "rho saib i'r gwersi"] },
  // The nudge's Snooze, and tomorrow's lesson skipped ahead (a snooze for a while is a pause, above).
  snooze: { en: ['snooze the daily lesson', 'snooze it', 'snooze', 'remind me later', 'not now', "snooze tomorrow's lesson", 'skip tomorrow'], cy: ['gohiria hi', "gohirio'r wers", 'atgoffa fi mewn awr', 'dim rŵan', 'gohirio gwers yfory'] },
  away: { en: ['on leave till weds', 'off until monday'], cy: [] },
  stop: { en: ['stop sending me lessons', 'turn off daily lessons', 'unsub', 'no more lessons', 'stop messaging me every day', 'end my subscription', "I don't want the daily lessons any more"], cy: ['stopiwch y gwersi', 'dim mwy o wersi', "stopia'r gwersi", 'diffodd y wers ddyddiol', 'paid anfon gwersi ata i'] },
  resume: { en: ['unpause', 'resume my lessons', 'turn lessons back on', "I'm back", 'switch the lessons back on', 'can I have my daily lessons back'], cy: ['ail-ddechrau', 'ailgychwyn y wers ddyddiol', "dw i'n ôl", 'trowch y gwersi ymlaen'] },
  welsh: { en: ['switch to Welsh', 'change language to welsh', 'can we do this in Welsh', "I'd prefer to use Welsh"], cy: ["newid i'r Gymraeg", 'newid iaith i Gymraeg', 'dw i isio defnyddio Cymraeg', 'siarad Cymraeg efo fi', 'yn Gymraeg'] },
  english: { en: ['switch to English', 'back to english', "I don't speak Welsh", 'reply in English', "sorry my welsh isn't good enough, english"], cy: ['newid i Saesneg', "newid yn ôl i'r Saesneg", 'sori, Saesneg'] },
  myData: { en: ['what data do you hold about me', 'what do you know about me', 'subject access request', 'a copy of my data', 'what info have u got on me', 'show me everything you have stored about me', 'export'], cy: ['fy data', "be ti'n gwybod amdana i", 'copi o fy nata', 'pa ddata sydd gennych amdanaf', 'allforio data'] },
  forget: { en: ['delete everything', 'right to erasure', 'wipe my data', 'forget everything about me', 'erase me', 'delete all my data'], cy: ['dileu popeth', 'hawl i ddileu', 'dilëwch fy nata i gyd', 'clirio fy nata'] },
  // Nothing after all: never "forget me".
  neverMind: { en: ['never mind', 'forget it', 'forget about it', 'cancel that', 'nvm', "doesn't matter"], cy: ['anghofia fo', 'anghofia fe', 'dim ots', "'sdim ots", 'paid â phoeni', 'canslo'] },
  thanks: { en: ['thanks hali', 'thank you so much, that was really helpful', 'cheers thanks', 'lovely thanks', 'brill thanks', 'much appreciated', "thanks, that's all", "cheers that's everything for now", "thats all thanks"], cy: ['diolch hali', 'diolch x', "diolch yn fawr, dyna'r cyfan", 'diolch, dyna i gyd am rwan', "dyna'r cwbl, diolch"] },
  // Done with questions: acknowledged, never a pause of the daily lesson.
  okay: { en: ['brill', 'nice one', 'great stuff', 'lol ok', 'sounds good', 'fine', 'oki doki'], cy: ['iawn diolch', 'iawn te', 'ocê'] },
  // Done with questions: the quiz ended (an acknowledgement outside one), never a pause of the daily lesson.
  quizStop: { en: ['stop the quiz', 'end quiz', 'no more questions', "that's enough for now", "I'm done with the quiz", 'quit the quiz for now'], cy: ['digon o gwestiynau', "stopio'r cwis", 'gorffen y cwis', 'dim mwy o gwestiynau'] },
  // The open lesson passed over, or said to be known already.
  // ("another lesson" and "gwers arall" are "lesson": with a lesson open, bot/turn.ts reads them as passing over it.)
  skipLesson: { en: ['skip this lesson', 'can I skip this lesson', 'skip to the next lesson', 'something else'], cy: ['hepgor y wers', 'rhywbeth arall', 'neidio dros y wers hon'] },
  known: { en: ['I already know this', 'too easy', "that's too easy", "I've done this before", 'a harder one'], cy: ["dw i'n gwybod hyn yn barod", 'rhy hawdd', "mae'n rhy hawdd"] },
  bye: { en: ['ttyl', 'ta ra', 'speak soon'], cy: ['wela i di'] },
};

/** The ways a chat message dresses a request: a typed @mention, politeness, emoji, capitals, punctuation. */
const dressed = (text: string, language: 'en' | 'cy') =>
  language === 'en' ? [text, `${text} please`, `${text} pls`, `@HALI ${text}`, text.toUpperCase(), `${text} 🙏`, `${text}!`, `${text}?`, `ok ${text}`] : [text, `${text} plis`, `${text} os gwelwch yn dda`, `@HALI ${text}`, `${text} 🙂`, `${text}?`];

describe('requests in everyday words read as their commands (i18n/command-phrasing.ts)', () => {
  for (const kind of Object.keys(ASKED) as Kind[]) {
    for (const language of ['en', 'cy'] as const) {
      const asked = ASKED[kind][language].flatMap((text) => dressed(text, language));
      if (asked.length === 0) continue;
      it(`reads ${asked.length} ${language === 'en' ? 'English' : 'Welsh'} requests for ${kind} as its command`, () => {
        const wrong = asked.map((text) => ({ text, command: commandOf(text) })).filter(({ text, command }) => !ROUTE[kind].test(command ?? text));
        expect(wrong.map(({ text, command }) => `${text} -> ${command}`)).to.deep.equal([]);
      });
    }
  }

  it('gives the Welsh command word for a Welsh request, so it is answered in Welsh', () => {
    const welsh = ['dwi isio gwers', 'ga i gwis', 'dangos fy nghynnydd', "rho saib i'r gwersi", 'dim mwy o wersi', 'copi o fy nata', 'dileu popeth', "oedi'r gwersi am wythnos", 'stopiwch y gwersi dyddiol', 'gohiria hi', 'atgoffa fi mewn awr', 'newid amser y wers', 'ble mae r gosodiadau', "beth yw'r opsiynau", 'ailgychwyn y wers ddyddiol'];
    expect(welsh.filter((text) => !WELSH_COMMAND.test(commandOf(text) ?? text))).to.deep.equal([]);
  });

  it('keeps how long a pause lasts, and reads an open pause when no date is said', () => {
    expect(commandOf('pause the lessons for a week please')).to.equal('pause for a week');
    expect(commandOf("oedi'r gwersi am wythnos plis")).to.equal('saib am wythnos');
    expect(commandOf('pause for 2 days pls')).to.equal('pause for 2 days');
    expect(commandOf('pause 1 week')).to.equal('pause for 1 week');
    expect(commandOf('can you pause lessons until Mon pls')).to.equal('pause lessons until mon');
    expect(commandOf('pause the daily lessons until I say')).to.equal('pause');
  });

  it('leaves alone a message already in command words', () => {
    for (const text of ['lesson', 'quiz Gwen', 'pause until Friday', 'saib tan ddydd Gwener', 'my data', 'Cymraeg', '👍', 'help']) expect(commandOf(text), text).to.equal(undefined);
  });

  // Questions for a mentor with command words in them, and talk that only sounds like a request: nothing changes for them.
  const questions = [
    "what's the best way to stop an AI tool leaking data?",
    'how do I delete patient data from ChatGPT?',
    'settings on Copilot for privacy?',
    'quiz question: is Lynch dominant?',
    'can you help me understand BRCA',
    'pause for thought: is AI biased?',
    'pause for a moment, what is a VUS?',
    "I'm on leave until Friday so quick question: what's a VUS?",
    'should we stop the statin if the genetic test is negative?',
    'hold on',
    'stop',
    'quick question',
    'my colleague wants to unsubscribe',
    'a patient asked me to delete her data, what do I do?',
    'is there a Welsh version of ChatGPT?',
    'can AI translate a leaflet into Welsh?',
    'delete that last question',
    'how long should we keep genetic test data?',
    'what is the time frame for a rapid genome result?',
    'can the AI scribe pause when the patient talks about something private?',
    'ydy hi’n iawn cymryd saib o tamoxifen?',
    "anghofia'r cwestiwn diwethaf",
    'sut mae dileu data cleifion o ChatGPT?',
    "oes fersiwn Cymraeg o'r ap?",
    'stopio statin os yw’r prawf yn negyddol?',
    'take a break',
    'the lesson on consent was good',
    'my data protection training is due',
    'who holds the data from the genomic test?',
  ];
  it(`reads none of ${questions.length} questions and asides with command words as a request`, () => {
    const changed = questions.map((text) => ({ text, command: commandOf(text) })).filter(({ text, command }) => command !== undefined && command !== text.toLowerCase());
    expect(changed.filter(({ command }) => !['stop', 'quiz'].includes(command!)).map(({ text, command }) => `${text} -> ${command}`)).to.deep.equal([]);
    // "stop" is its own command; "quick question" is not a quiz.
    expect(commandOf('quick question')).to.equal(undefined);
  });

  it('reads none of the evaluation sets’ questions as a request', () => {
    const dir = join(__dirname, '..', 'fixtures', 'evaluation');
    const asked = readdirSync(dir).flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')).questions as { question: string }[]).map((q) => q.question));
    expect(asked.length).to.be.above(4000);
    expect(asked.filter((text) => commandOf(text) !== undefined)).to.deep.equal([]);
  });

  it('reads a request only when every word is the request’s own or the talk around it', () => {
    for (const text of ['pause the ventilator', 'stop the infusion', 'delete patient data', 'hold on a sec', 'turn off the monitor', 'remove the cannula', 'change the time of the clinic', 'stop sending patients to genetics']) {
      expect(commandOf(text), text).to.equal(undefined);
    }
  });
});
