import { expect } from 'chai';
import { parseCaseCommand } from '../../bot/cases/choose';
import { commandOf } from '../../bot/i18n/command-phrasing';
import { CHANGE_TIME, FORGET_ME, GREETING, HELP, LESSON, MY_DATA, PAUSE, PROGRESS, QUIZ, RESUME, SETTINGS, STOP, THANKS, WELSH_COMMAND } from '../../bot/i18n/commands';

/**
 * An outside-style probe of how staff phrase requests in personal chat (2,846 generated variants: openers × request ×
 * politeness × a slip × case and punctuation, English, Welsh and mixed) found 790 misread. The kinds it found, generated here
 * from the words staff use rather than the probe's sentences: a thanks, a kiss or a Welsh thanks at the end ("ta", "x",
 * "diolch yn fawr"); what the learner has done asked as "what have I done so far" / "beth dw i wedi'i wneud"; "something to
 * learn", "ask me some questions", "the daily thing", "turn the messages off"; "helpwch", "newid fy ngosodiadau", "gwers am
 * 7yb", "pa wybodaeth sydd gennych amdana i"; one slip in a long word ("dellete my data", "stopiwch y neggeseuon"); a thanks after
 * a greeting; and a case asked for in a sentence ("Gwen can we do a case", "gawn ni achos plis"). Real questions made of the
 * same words stay questions.
 */
const read = (text: string) => (commandOf(text) ?? text).trim();
const product = (...parts: string[][]) => parts.reduce((all, part) => all.flatMap((left) => part.map((right) => `${left}${right}`)), ['']);
const misread = (texts: readonly string[], pattern: RegExp, welsh = false) =>
  texts.filter((text) => !pattern.test(read(text)) || (welsh && !WELSH_COMMAND.test(read(text)))).map((text) => `${text} -> ${read(text)}`);

const EN_OPENERS = ['', 'hi ', 'hey hali ', '@HALI ', 'HALI ', 'morning, ', 'ok '];
const CY_OPENERS = ['', 'helo ', 'helo hali ', '@HALI ', 'Hali ', 'bore da, ', 'shwmae ', 'shmae ', 'reit, '];
const EN_ENDS = ['', ' ta', ' x', ' thanks', ' thank you', ' cheers', ' please', ' pls 🙏', ' thanks so much', ' please thanks'];
const CY_ENDS = ['', ' diolch', ' diolch yn fawr', ' diolch yn fawr iawn', ' plis', ' os gwelwch yn dda', ' x', ' plis diolch', ' 🙏'];

describe('command probe: requests as staff phrase them, English and Welsh (i18n/command-phrasing.ts)', () => {
  it('sets aside the thanks, the kiss and the Welsh thanks at the end, and HALI named first', () => {
    const english = product(EN_OPENERS, ['quiz me', 'stop the reminders', 'my progress', 'delete my data', 'change my time', 'help'], EN_ENDS);
    const welsh = product(CY_OPENERS, ['cwis', 'stopio', 'fy nghynnydd', 'dileu fy nata', 'newid yr amser', 'cymorth'], CY_ENDS);
    expect(english.length + welsh.length).to.be.above(800);
    const kinds = [QUIZ, STOP, PROGRESS, FORGET_ME, CHANGE_TIME, HELP];
    const wrong = (texts: string[], welshOnly: boolean) =>
      texts.filter((text) => !kinds.some((kind) => kind.test(read(text))) || (welshOnly && !WELSH_COMMAND.test(read(text))));
    expect(wrong(english, false)).to.deep.equal([]);
    expect(wrong(welsh, true)).to.deep.equal([]);
    // "ta ta" is still a goodbye, not a thanks.
    expect(read('ta ta')).to.equal('hwyl');
  });

  it('reads what the learner has done, asked as it is said, as progress; what they did wrong stays a question', () => {
    const english = product(['', 'hi ', 'HALI '], ['what have I done', "what have i completed", 'what lessons have I done', "what've I done", 'show me what I have done', "what have I learnt"], ['', ' so far', ' to date'], ['', '?', ' ta']);
    const welsh = product(['', 'helo '], ["beth dw i wedi'i wneud", 'be dw i di neud', "beth ydw i wedi'i wneud", 'be dwi di neud', "beth rydw i wedi'i ddysgu"], ['', ' hyd yma', ' hyd yn hyn'], ['', '?', ' diolch']);
    expect(misread(english, PROGRESS)).to.deep.equal([]);
    expect(misread(welsh, PROGRESS, true)).to.deep.equal([]);
    for (const question of ['what have I done wrong?', 'what have I done to my patient data by pasting it into ChatGPT?', "beth dw i wedi'i wneud o'i le?"]) expect(commandOf(question), question).to.equal(undefined);
  });

  it('reads "something to learn", "ask me some questions", "any quizzes" and their Welsh as a lesson or a quiz', () => {
    const lessons = product(['', 'gimme ', 'give me ', 'i want ', 'HALI '], ['something to learn', 'something to read', 'something new', 'anything to learn'], ['', ' today', ' pls']);
    lessons.push("what's today's lesson", 'what is my lesson today');
    const gwersi = product(['', 'isio ', 'dwi isio ', 'helo '], ['dysgu rhywbeth', 'dysgu rhywbeth newydd', 'dysga fi rwbeth', 'dysgwch rywbeth i mi', 'dysga rwbeth i fi'], ['', ' plis', ' diolch']);
    const quizzes = product(['', 'hi ', 'HALI '], ['ask me some questions', 'give me a few questions', 'a couple of questions', 'have you got a quiz for me', 'you got any quizzes', 'any quizzes'], ['', '?', ' pls']);
    const cwisiau = product(['', 'helo '], ['oes gen ti gwis', 'oes gennych chi gwis i mi', 'ga i gwestiwn', 'cwestiwn cwis'], ['', '?', ' plis']);
    expect(misread(lessons, LESSON)).to.deep.equal([]);
    expect(misread(gwersi, LESSON, true)).to.deep.equal([]);
    expect(misread(quizzes, QUIZ)).to.deep.equal([]);
    expect(misread(cwisiau, QUIZ, true)).to.deep.equal([]);
    // "cwestiwn cwis" was read as a quiz on the field "cwis".
    expect(read('cwestiwn cwis plis')).to.equal('cwis');
  });

  it('reads a stop of "the daily thing", a stop said with "off", and the Welsh said with its clitic, as stop', () => {
    const english = product(['', 'please ', 'can you ', 'HALI '], ['stop sending me the daily thing', 'stop the daily thing', 'turn off the daily thing', 'turn the daily messages off', 'switch the reminders off', "don't send me any more lessons"], ['', ' please', ' ta']);
    const welsh = product(['', 'helo '], ["dwi ddim isio'r negeseuon dyddiol", 'dwi ddim isior negeseuon dyddiol', 'dim negeseuon dyddiol', 'stopiar gwersi dyddiol', "stopia'r negeseuon"], ['', ' plis', ' diolch yn fawr']);
    expect(misread(english, STOP)).to.deep.equal([]);
    expect(misread(welsh, STOP, true)).to.deep.equal([]);
    // A day off is no stop.
    expect(commandOf('day off')).to.equal(undefined);
  });

  it('reads Welsh help, settings, the time of the lesson, data and erasure as they are said, in Welsh', () => {
    const cases: [string[], RegExp][] = [
      [product(['', 'helo ', 'reit, '], ['helpwch', 'helpwch fi', 'helpa fi'], ['', ' plis', ' diolch']), HELP],
      [product(['', 'Hali '], ['newid fy ngosodiadau', 'agor y gosodiadau', 'fy ngosodiadau'], ['', ' plis']), SETTINGS],
      [product(['', 'helo '], ['gwers am 7yb', 'gwers am 8yh', 'newid fy nodyn atgoffa i 7yb', 'newid amser fy ngwers'], ['', ' plis', ' diolch']), CHANGE_TIME],
      [product(['', 'helo '], ['pa wybodaeth sydd gennych amdana i', 'pa ddata sydd gennych amdana i', 'gweld fy nata'], ['', '?', ' plis']), MY_DATA],
      [product(['', 'reit, '], ['dileu fy ngwybodaeth', 'dilëwch fy manylion', 'dileu fy ngwybodaeth i gyd'], ['', ' plis']), FORGET_ME],
    ];
    for (const [texts, pattern] of cases) expect(misread(texts, pattern, true)).to.deep.equal([]);
  });

  it('reads one slip in a long word of a request as the word meant, in English and Welsh', () => {
    const slips: [string[], RegExp][] = [
      [['stop the daily remindrs', 'stop the nuddges', 'unsubcribe', 'stpoio', 'stopiwch y neggeseuon', "stopia'r neegseuon dyddiol"], STOP],
      [['dellete my data', 'deleet my data', 'forrget me', 'delete evreything you have on me', 'remove all my infformation', 'dielu fy nata', 'angghofiwch fi', 'dileu poppeth'], FORGET_ME],
      [['give me a quizz', 'ask me some qustions', 'holwch fi plis', 'profwch fi os gwelwch yn dda'], QUIZ],
      [['can I do my leson now', "today's lessson", 'teach me somethng', 'dysga fi rywwbeth', 'dwi isio gweers'], LESSON],
      [['how am I doign', 'show my prgoress', 'fy nghyynnydd', 'sut dw i n gwneud', 'sut dw in gwneud', 'sut dwin dod ymlaen'], PROGRESS],
      [['ressume', 'restrat the daily lessons', 'ailddechrau\'r gwrsi', 'trowch y gwersi ymlaenn'], RESUME],
      [['pause my lesons', 'put the lesons on hold', "oedi'r gwresi", 'saib ar y neggeseuon'], PAUSE],
      [['change my remminder time', 'gosodiadu', 'open setings', 'newid fy ngosodiadu'], /./],
      [['donwload my data', 'exoprt my data', 'dagnos fy nata', 'lawwrlwytho fy nata'], MY_DATA],
      [['what are the commmands', 'hepla fi', 'cymmorth'], HELP],
    ];
    for (const [texts, pattern] of slips) expect(misread(texts, pattern).concat(texts.filter((text) => commandOf(text) === undefined))).to.deep.equal([]);
  });

  it('reads a thanks after a greeting, or said twice, as a thanks, not a greeting', () => {
    const thanks = product(['hi ', 'hey hali ', 'morning, ', 'hi there, ', 'helo ', 'bore da, ', 'shmae '], ['thanks', 'thank you', 'thanks thanks', 'thank you so much', 'diolch', 'diolch yn fawr', 'diolch yn fawr iawn'], ['', ' x', '!', ' 🙏']);
    expect(thanks.filter((text) => !THANKS.test(read(text))).map((text) => `${text} -> ${read(text)}`)).to.deep.equal([]);
    expect(GREETING.test(read('helo hali su mae'))).to.equal(true);
  });

  it('keeps real questions made of request words questions, slips and all: never erasure, a stop or a pause', () => {
    const english = product(
      ['how do I ', 'is it safe to ', 'should I ', 'can AI ', 'what happens if I ', 'can I ', ''],
      ['delete ', 'erase ', 'wipe ', 'stop ', 'pause ', 'cancel ', 'export ', 'skip ', 'resume ', 'turn off ', 'forget ', 'change the time of '],
      ['patient data', 'my data from ChatGPT', 'an AI scribe recording', 'a genetic result', 'a statin', 'the alerts on the ward system', 'everything the scribe recorded'],
      ['', '?'],
    );
    const welsh = product(['sut mae ', "ydy hi'n ddiogel ", 'a ddylwn i ', ''], ['dileu ', 'stopio ', 'oedi ', 'anghofio ', 'newid amser ', 'diffodd '], ['data cleifion', 'fy nata o ChatGPT', 'recordiad sgribydd AI', 'canlyniad genetig', 'statin'], ['', '?']);
    const others = [
      'what does a genomic test quiz patients on?', 'is it safe to delete patient data from an AI tool?', 'how do I stop an AI scribe recording?', 'what is the next step after a BRCA result?',
      "what's next for a patient with a VUS?", 'what data do AI scribes keep about patients', 'help with consent for genomic testing', 'forget everything I told you about the patient',
      "beth yw'r cam nesaf ar ôl canlyniad BRCA?", 'sut mae dileu data cleifion o offeryn AI?', "beth mae prawf genomig yn ei brofi?", 'stopiwch y recordio',
    ];
    const slip = (text: string) => text.split(' ').map((word) => (/^[a-z]{6,}$/.test(word) ? word.slice(0, 2) + word[3] + word[2] + word.slice(4) : word)).join(' ');
    const questions = [...english, ...welsh, ...others];
    const all = [...questions, ...questions.map(slip)];
    expect(all.length).to.be.above(2000);
    expect(all.filter((text) => commandOf(text) !== undefined).map((text) => `${text} -> ${commandOf(text)}`)).to.deep.equal([]);
  });
});

describe('command probe: a case asked for in a sentence (cases/choose.ts)', () => {
  it('starts a case asked for with a frame, a mentor or colleague addressed, thanks and emoji, in English and Welsh', () => {
    const english = product(['', 'hi team, ', 'Gwen ', 'Gwen, ', 'Sam, '], ['can we do a case', 'could we have a case', "let's do a case", 'give us a case', 'can we try another case', 'start a case study', 'how about a case', 'we would like a case'], ['', ' please', ' thanks', ' 🙏', '?']);
    const welsh = product(['', 'Gwen ', 'helo, '], ['gawn ni achos', 'gawn ni wneud achos', 'dechreuwch achos', 'beth am achos', 'allwn ni gael achos arall'], ['', ' plis', ' diolch', '?']);
    const missed = [...english, ...welsh].filter((text) => parseCaseCommand(text)?.kind !== 'start');
    expect(missed).to.deep.equal([]);
    expect(parseCaseCommand('Gwen can we do a case on lynch?')).to.deep.include({ kind: 'start', topic: 'lynch', mentorName: 'Gwen', addressed: true });
    expect(parseCaseCommand('gawn ni achos am golesterol plis')).to.deep.include({ kind: 'start', topic: 'golesterol' });
    expect(parseCaseCommand('please start a case')).to.deep.equal({ kind: 'start', topic: undefined, mentorName: undefined });
  });

  it('leaves questions and notes about cases alone', () => {
    const questions = ['what is a case-control study?', 'how do I start a case note for a patient?', 'can I start a case note for a patient', 'case studies about AI?', 'can we do a case review of the incident with the whole team next month please'];
    expect(questions.filter((text) => parseCaseCommand(text) !== undefined)).to.deep.equal([]);
  });
});
