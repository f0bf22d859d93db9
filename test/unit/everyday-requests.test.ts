import { expect } from 'chai';
import { commandOf, COMMAND_PATTERNS } from '../../bot/i18n/command-phrasing';
import { AWAY, CHANGE_TIME, CPD, HELP, LESSON, MY_RECORD, OKAY, PATHWAY, PAUSE, PROGRESS, QUIZ, RESUME, SETTINGS, STOP, THANKS, WELSH_COMMAND } from '../../bot/i18n/commands';
import { parsePausePhrase } from '../../bot/nudges/pause-phrase';

/**
 * The kinds of request the third blind set (test/fixtures/requests/blind3-commands.json) found unread, generated from the
 * words staff use for each rather than its sentences: leave said with no date, back at work, a polite stop, a pause with
 * "till" or after the story of a day, CPD, the learning record, the pathway, the time of the lesson in plain words, a
 * lesson or quiz said with the words around it, and one slip in a long command word. Near misses stay questions.
 */
const read = (text: string) => (commandOf(text) ?? text).trim();
const TODAY = '2026-11-30';
const product = (...parts: string[][]) => parts.reduce((all, part) => all.flatMap((left) => part.map((right) => `${left}${right}`)), ['']);
const misread = (texts: string[], expected: (said: string) => boolean) => texts.filter((text) => !expected(read(text))).map((text) => `${text} -> ${read(text)}`);
const dateOf = (said: string) => {
  const when = PAUSE.exec(said)?.[1] ?? AWAY.exec(said)?.[1] ?? AWAY.exec(said)?.[2];
  return when === undefined ? undefined : parsePausePhrase(when, TODAY);
};

describe('everyday requests the third blind set found (i18n/command-phrasing.ts, request-asides.ts)', () => {
  it('reads leave said with no date as a pause until the learner is back, in English and Welsh', () => {
    const english = product(['', "I'm ", 'im ', 'I am '], ['on annual leave', 'on leave', 'on AL', 'off sick', 'on mat leave', 'on maternity leave', 'on holiday', 'away', 'out of office', 'on study leave', 'off work', 'signed off sick', 'off on leave'], ['', ' at the moment', ' now', ' this week', ' 🌴', '!']);
    const welsh = [...product(['dwi ', 'dw i ', "dwi'n ", 'rydw i '], ['ar wyliau', 'i ffwrdd', 'bant', 'ar absenoldeb mamolaeth', 'ar gyfnod mamolaeth', 'off sick'], ['', ' ar hyn o bryd', ' 🌴']), 'ar wyliau', "dwi'n sâl"];
    expect(english.length + welsh.length).to.be.above(300);
    expect(english.filter((text) => commandOf(text) !== 'pause')).to.deep.equal([]);
    expect(welsh.filter((text) => commandOf(text) !== 'saib')).to.deep.equal([]);
    expect(welsh.filter((text) => !WELSH_COMMAND.test(commandOf(text)!))).to.deep.equal([]);
  });

  it('reads leave with a date as a pause for that long, and leave that starts later as a question', () => {
    const dated = product(['on leave', "I'm away", 'off sick', 'im on annual leave', 'on holiday', 'off'], [' until Friday', ' till monday', ' for a week', ' for the next 2 weeks', ' for 3 days', ' til 14/12']);
    expect(misread(dated, (said) => (AWAY.test(said) || PAUSE.test(said)) && dateOf(said) !== undefined)).to.deep.equal([]);
    expect(read('on leave for the next 2 weeks')).to.equal("I'm on leave for the next 2 weeks");
    expect(parsePausePhrase('for the next 2 weeks', TODAY)).to.equal(parsePausePhrase('for 2 weeks', TODAY));
    const later = ["I'm off on mat leave from next week", 'away next week', 'going on holiday tomorrow', "I'm going on maternity leave", 'dwi ar gyfnod mamolaeth o wythnos nesa', 'dwi on leave wythnos nesa', 'on leave from monday', "I'll be on leave next week", "I'm on leave for a week from Monday"];
    expect(later.filter((text) => COMMAND_PATTERNS.some((pattern) => pattern.test(read(text))) && dateOf(read(text)) !== undefined)).to.deep.equal([]);
    expect(later.slice(0, 7).filter((text) => commandOf(text) !== undefined)).to.deep.equal([]);
  });

  it('reads back at work as resume', () => {
    const english = [
      ...product(["I'm ", 'im ', 'I am just '], ['back', 'back at work', 'back from leave', 'back from mat leave', 'back from holiday', 'back from sick leave'], ['', ' now', ', start again please', ', turn them back on']),
      ...product(['', 'just '], ['back at work', 'back from annual leave', 'back from hols'], ['', ' now', ', start again', ' so start the lessons again']),
      ...product(['', 'can you ', 'could u ', 'please '], ['start sending them again', 'start sending the lessons again', 'start sending my daily lessons again']),
    ];
    const welsh = [...product(['dwi ', 'dw i ', "dwi'n ", "dw i'n ", "rydw i'n "], ['ôl', 'nôl', 'back'], ['', ' o wyliau', ' o absenoldeb', ' yn y gwaith']), 'ailddechrau plis'];
    expect(misread(english, (said) => RESUME.test(said))).to.deep.equal([]);
    expect(misread(welsh, (said) => RESUME.test(said) && WELSH_COMMAND.test(said))).to.deep.equal([]);
  });

  it('reads a polite stop as stop, and a stop with a date as a pause for that long', () => {
    const stop = product(['', 'please ', 'can you '], ['opt out', 'opt me out', 'stop receiving these', 'stop getting the lessons', "stop receiving the daily lessons"], ['', ' please', ' thanks']);
    stop.push("I'd like to stop receiving these please", 'i dont want these anymore', "I don't want them any more", 'opt out of this');
    expect(misread(stop, (said) => STOP.test(said))).to.deep.equal([]);
    const until = [
      ...product(['', 'can you ', 'can u '], ['pause it', 'pause everything', 'stop sending the lessons', 'stop the daily lessons'], [' till friday', ' until monday', ' til next monday', ' for a week', ' until the 5th of january'], ['', ' pls']),
      ...product(['no lessons', 'no more lessons', 'no daily lessons'], [' till friday', ' until monday', ' for a week'], ['', ' please']),
      ...product(["stopia'r negeseuon", 'stopiwch y gwersi', 'dim gwersi', 'dim mwy o wersi'], [' tan ddydd Llun', ' tan fory', ' am wythnos'], ['', ' plis']),
    ];
    expect(misread(until, (said) => PAUSE.test(said) && dateOf(said) !== undefined)).to.deep.equal([]);
    expect(read('no lesson today please, start again tomorrow')).to.equal('pause for a day');
    // Asked, not requested: "no lesson today?" is no pause.
    expect(commandOf('no lesson today?')).to.equal(undefined);
  });

  it('reads a request after the story of a working day, and nothing after a story that names a patient', () => {
    const stories = product(['just back from nights', 'got 2 mins before clinic', 'on a course all week', 'just finished drug round', 'on my break', 'quiet shift', 'i work nights'], [', ', ' so ']);
    const asked: [string, RegExp][] = [['send me a lesson', LESSON], ['quiz me', QUIZ], ['pause for a week', PAUSE], ['can you stop sending the lessons till monday', PAUSE], ['fancy a quick lesson', LESSON], ['can I have a quiz?', QUIZ], ['could you send my lessons in the evening instead', CHANGE_TIME]];
    const wrong = stories.flatMap((story) => asked.filter(([text, pattern]) => !pattern.test(read(`${story}${text}`))).map(([text]) => `${story}${text} -> ${read(`${story}${text}`)}`));
    expect(wrong).to.deep.equal([]);
    expect(misread(product(['newydd orffen shifft nos', 'ar fy egwyl'], [', '], ['ga i wers', 'profa fi']), (said) => LESSON.test(said) || QUIZ.test(said))).to.deep.equal([]);
    expect(misread(product(['hi ', 'hello, ', 'hiya hali, ', 'helo, '], ['could I please have a lesson', 'pause until friday', 'ga i wers?', 'quiz me please']), (said) => LESSON.test(said) || QUIZ.test(said) || PAUSE.test(said))).to.deep.equal([]);
  });

  it('reads CPD, the learning record and the pathway asked for in plain words', () => {
    const cpd = [...product(['', 'show ', 'can I get '], ['my cpd', 'cpd hours', 'my cpd log', 'my cpd certificate', 'my CPD for revalidation', 'my cpd for my NMC revalidation'], ['', ' please', ' pls']), 'how many cpd hours have I got', 'need my cpd for my NMC revalidation', 'my continuing professional development', 'fy oriau DPP', 'dangos fy DPP', 'datblygiad proffesiynol parhaus', 'fy nghofnod DPP plis'];
    expect(misread(cpd, (said) => CPD.test(said))).to.deep.equal([]);
    const record = [...product(['', 'show ', 'can I see '], ['my learning record', 'my training record', 'my training records', 'record of my learning', 'my learning history', 'my training history'], ['', ' please']), 'training record please', 'dangos fy nghofnod dysgu', 'fy nghofnod hyfforddiant', 'fy hanes dysgu'];
    expect(misread(record, (said) => MY_RECORD.test(said))).to.deep.equal([]);
    const path = [...product(['', 'show '], ['my pathway', 'my learning path', 'my learning pathway'], ['', ' please']), 'where am I on the pathway', "what's my learning path", 'dangos fy llwybr', 'fy llwybr dysgu', 'ble ydw i ar y llwybr', 'dangos y pathway plis'];
    expect(misread(path, (said) => PATHWAY.test(said))).to.deep.equal([]);
  });

  it('opens the time card for the time of the lesson said in plain words', () => {
    const time = [
      ...product(['', 'can I ', 'could I '], ['change what time the lessons come', 'change when the lessons arrive', 'change what time the daily lesson comes']),
      '8am is too early for me, can it come later',
      ...product(['i work nights so ', ''], ['can it come later', 'can the lesson come later', 'can it arrive earlier', 'send it at lunchtime instead', 'send it in the evening', 'could you send my lessons in the evening instead']),
      'can the daily message come at half 9 instead of 9', 'alla i newid yr amser i 8 y bore?', 'anfon y wers am 7 yn lle plis', 'anfon y wers yn hwyrach', 'newid amser y gwersi',
    ];
    expect(misread(time, (said) => CHANGE_TIME.test(said))).to.deep.equal([]);
  });

  it('reads a lesson or quiz with the words around it, naming no field the words only describe', () => {
    const plain: [string, RegExp][] = [
      ['giz a lesson', LESSON], ['ready for todays lesson', LESSON], ['go on then, lesson', LESSON], ['fancy a quick quiz while my obs are running', QUIZ],
      ['I missed this mornings lesson can I have it now', LESSON], ["I'd like to try the quiz please, thanks", QUIZ], ['time for a lesson', LESSON], ['quiz me', QUIZ],
      ['can you test me on what ive learnt', QUIZ], ['gai wers?', LESSON], ['dwi eisiau gwers fach', LESSON], ['gwers newydd plis', LESSON], ['gwers arall', LESSON],
      ['cwis bach?', QUIZ], ['Hoffwn i wneud cwis', QUIZ], ['ga i wers ddwy funud plis', LESSON], ['gwers 2 funud', LESSON], ['gwers o ddwy funud?', LESSON], ['cwis dwy funud', QUIZ], ['a two minute lesson please', LESSON], ['amser am wers', LESSON], ['dwi isio gwneud cwis', QUIZ], ['lesson before handover', LESSON],
    ];
    expect(plain.filter(([text, pattern]) => !pattern.test(read(text)) || pattern.exec(read(text))![1] !== undefined).map(([text]) => `${text} -> ${read(text)}`)).to.deep.equal([]);
    expect(LESSON.exec(read('quick lesson on genomics before handover?'))?.[1]).to.equal('genomics');
  });

  it('reads small talk, help and one slip in a long command word', () => {
    expect(misread(['much appreciated', 'brill thanks', 'diolch x', 'really appreciated'], (said) => THANKS.test(said))).to.deep.equal([]);
    expect(misread(['sounds good', 'fine', 'oki doki', 'ocê', 'iawn te', "that's fine"], (said) => OKAY.test(said))).to.deep.equal([]);
    expect(misread(['im lost', "I'm a bit lost, what do I do", 'what do I do now', "I'm confused", 'be alla i neud?', 'dwi ar goll'], (said) => HELP.test(said))).to.deep.equal([]);
    expect(misread(['prgress', 'progrss', 'porgress', 'cynydd'], (said) => PROGRESS.test(said))).to.deep.equal([]);
    expect(misread(['settigns', 'settinsg', 'stetings', 'gosodiadua'], (said) => SETTINGS.test(said))).to.deep.equal([]);
  });

  // Questions and asides in the same words: none is read as any command.
  const nearMisses = [
    'how much annual leave do I get?', 'is sick leave paid?', 'can I do CPD while on maternity leave?', "when I'm on leave who covers my patients?", 'how do I set my out of office?',
    'what does OOO mean?', 'is the patient back from theatre?', 'back at work after covid, what are the rules?', 'back pain after a lumbar puncture',
    "what's the pathway for a BRCA referral?", 'is my learning record shared with my employer?', 'how many CPD hours do nurses need?', 'what counts as CPD?', 'cpd for pharmacists?',
    'change the time of the clinic', 'can the ambulance come later?', 'send the bloods at lunchtime', 'stop the infusion till monday', 'pause the feed until tomorrow', 'no feeds until tomorrow',
    'dim bwyd tan fory', "I'm lost in the guidelines, what do I do about a VUS?", 'what do I do if a patient refuses genetic testing?', 'just finished drug round, what is a VUS?',
    'on nights, should we stop the heparin?', 'back from nights, can you stop the infusion', 'hi, can you pause the feed?', 'hello, stop the infusion', 'pause it until the patient is stable',
    'I have a patient on warfarin, can you pause it till friday', 'the pump is alarming, can I pause it?', 'on nights, can you pause it', 'prgress of the genomics programme', 'fine needle aspiration?',
    'much appreciated, one more question: what is a SNP?', 'oes rhaid gwneud DPP ar wyliau mamolaeth?', 'sut mae cael fy nghofnod hyfforddiant gan y bwrdd iechyd?', "be di'r llwybr atgyfeirio?",
    "dwi'n ôl yn y gwaith ers wythnos, be di'r newidiadau?", 'no lesson today?', 'away from base triage', 'how do I stop Teams notifications on my phone when I am on leave?',
    'can I take a break from mandatory training while on mat leave?', 'is there CPD funding for AI courses?', "what's a good career path into genomics nursing?", 'how far has the NHS got with genomic newborn screening?',
    'got a patient with lynch, can you explain?', 'quiet shift, what is pharmacogenomics?', 'i work nights so what should i know about melatonin?',
  ];
  it(`reads none of ${nearMisses.length} near-miss questions as a command`, () => {
    expect(nearMisses.filter((text) => COMMAND_PATTERNS.some((pattern) => pattern.test(read(text)))).map((text) => `${text} -> ${read(text)}`)).to.deep.equal([]);
  });
});
