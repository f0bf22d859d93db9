import { expect } from 'chai';
import { chooseCase, allCases, parseCaseCommand } from '../../bot/cases/choose';
import { caseThreadRequest } from '../../bot/cases/requests';
import { commandOf, COMMAND_PATTERNS } from '../../bot/i18n/command-phrasing';
import { FORGET_ME, HELP, LESSON, MY_DATA, PAUSE, PROGRESS, QUIZ, RESUME, SETTINGS, SNOOZE, STOP, THANKS, WELSH_COMMAND } from '../../bot/i18n/commands';
import { trimEnd, unstretched, withoutEndPunctuation } from '../../bot/i18n/typed-text';
import { readableText } from '../../bot/turn';
import { realFaculty } from '../helpers/app';

/**
 * A third outside-style probe of requests as staff type them (tmp/commands3: 3,398 variants, 1,455 misread before, none after):
 * Teams markup around or inside a request ("<p><at>HALI</at>&nbsp;quiz</p>", "<br>"), letters held down ("quizzzz", "gwersss"),
 * Welsh in capitals with and without accents, Welsh mutations after a possessive ("dy wers", "fy nghwis"), a Welsh "plis" with an
 * English command word, requests put as questions or at length ("allech chi roi gwers i mi?", "when you get a chance, a quiz
 * please"), slips in short words ("hepl", "quz", "lesn", "thnk you") and in a field after a command ("genommics"), and cases asked
 * for with a slip ("can we do a caes"). Negatives and questions made of the same words stay no command: never erasure, a stop or a
 * pause.
 */
const read = (text: string) => {
  const readable = readableText(text, 'HALI') ?? '';
  return (commandOf(readable) ?? readable).trim();
};
const product = (...parts: string[][]) => parts.reduce((all, part) => all.flatMap((left) => part.map((right) => `${left}${right}`)), ['']);
/** What of `texts` is not read as `pattern` (and, when `welsh` is given, not in that language). */
const misread = (texts: readonly string[], pattern: RegExp, welsh?: boolean) =>
  texts.filter((text) => !pattern.test(read(text)) || (welsh !== undefined && WELSH_COMMAND.test(read(text)) !== welsh)).map((text) => `${text} -> ${read(text)}`);

const REQUESTS: [string[], RegExp, boolean][] = [
  [['help', 'what can you do', 'show me the commands'], HELP, false],
  [['lesson', 'next lesson', "today's lesson", 'give me a lesson'], LESSON, false],
  [['quiz', 'quiz me', 'test me', 'quiz me on genomics'], QUIZ, false],
  [['progress', 'my progress', 'how am i doing'], PROGRESS, false],
  [['settings', 'open settings'], SETTINGS, false],
  [['my data', 'export my data'], MY_DATA, false],
  [['forget me', 'delete my data', 'erase my data'], FORGET_ME, false],
  [['pause', 'pause for a week'], PAUSE, false],
  [['resume', 'restart the lessons'], RESUME, false],
  [['cymorth', 'helpwch fi'], HELP, true],
  [['gwers', 'ga i wers', 'gwers ar geneteg'], LESSON, true],
  [['cwis', 'ga i gwis', 'holwch fi'], QUIZ, true],
  [['fy nghynnydd', 'dangos fy nghynnydd'], PROGRESS, true],
  [['gosodiadau', 'newid fy ngosodiadau'], SETTINGS, true],
  [['anghofia fi', 'dileu fy nata', 'dilëwch fy nata'], FORGET_ME, true],
  [['saib', 'saib am wythnos'], PAUSE, true],
];
const TEAMS_MARKUP = [
  (t: string) => `<p>${t}</p>`, (t: string) => `<p><at>HALI</at>&nbsp;${t}</p>`, (t: string) => `${t} <at>HALI</at>`, (t: string) => t.replace(' ', ' <at>HALI</at> '),
  (t: string) => `${t}&nbsp;`, (t: string) => t.replace(/ /g, '&nbsp;'), (t: string) => `${t}<br>`, (t: string) => `<div>${t}</div>`, (t: string) => `<p>${t}</p><p>&nbsp;</p>`, (t: string) => `HALI\n${t}`,
];
const held = (text: string, times: number) => text.replace(/^(\p{L}*?)(\p{L})(?=\s|$)/u, (_m, start: string, last: string) => start + last.repeat(times));

describe('command probe 3: requests typed with Teams markup, held letters, capitals, mutations and mixed languages', () => {
  it('reads a request wrapped or split by Teams markup as the request, in its language', () => {
    for (const [bases, pattern, welsh] of REQUESTS) {
      const texts = bases.flatMap((base) => TEAMS_MARKUP.map((mark) => mark(base)));
      expect(misread(texts, pattern, welsh)).to.deep.equal([]);
    }
  });

  it('reads letters held down, capitals and Welsh without its accents as the request', () => {
    for (const [bases, pattern, welsh] of REQUESTS) {
      const texts = bases.flatMap((base) => [held(base, 3), held(base, 6), base.toUpperCase(), base.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase(), `${held(base, 4).toUpperCase()}!!!`]);
      expect(misread(texts, pattern, welsh)).to.deep.equal([]);
    }
    // A run alone is no word held down: never the quiz answer "a".
    expect(commandOf('aaaaaaaa')).to.equal(undefined);
  });

  it('reads a lesson or quiz after a Welsh possessive, mutated as Welsh mutates it, in Welsh', () => {
    const lessons = product(['', 'helo ', 'ga i ', '<at>HALI</at> '], ['fy ngwers', 'dy wers', 'dy wers di', 'eich gwers', 'fy ngwers i', 'fy ngwers ddyddiol'], ['', ' plis', '?', ' diolch', ' os gwelwch yn dda']);
    const quizzes = product(['', 'helo ', 'ga i ', 'rho '], ['dy gwis', 'dy gwis di', 'fy nghwis', 'eich cwis'], ['', ' plis', '?', ' i mi', ' diolch']);
    const others = product(['', 'helo '], ['fy nghynnydd i', 'dangos fy nghynnydd i', 'fy ngosodiadau i', 'agor fy ngosodiadau i'], ['', ' plis', '?']);
    expect(misread(lessons, LESSON, true)).to.deep.equal([]);
    expect(misread(quizzes, QUIZ, true)).to.deep.equal([]);
    expect(misread(others.filter((t) => /cynnydd/.test(t)), PROGRESS, true).concat(misread(others.filter((t) => /osodiadau/.test(t)), SETTINGS, true))).to.deep.equal([]);
  });

  it('answers an English command word said with a Welsh "plis" in Welsh; a sentence in English stays English', () => {
    const welsh: [string, RegExp][] = [['help', HELP], ['quiz', QUIZ], ['quiz me', QUIZ], ['lesson', LESSON], ['progress', PROGRESS], ['settings', SETTINGS], ['pause', PAUSE], ['stop', STOP], ['unsubscribe', STOP], ['forget me', FORGET_ME]];
    for (const [word, pattern] of welsh) {
      const texts = product(['', 'Hali ', 'helo ', '<at>HALI</at> '], [word, word.toUpperCase()], [' plis', ' plîs', ' PLÎS', ' plis diolch', ' os gwelwch yn dda', ' plis 🙏']);
      expect(misread(texts.concat(texts.map((text) => `${text} hali`)), pattern, true)).to.deep.equal([]);
    }
    expect(misread(product(['helpu', 'helpa fi'], [' plis', ' plîs']), HELP, true)).to.deep.equal([]);
    expect(misread(['give me a lesson plis', 'show my progress plis', 'quiz me on genomics plis'], /./, false)).to.deep.equal([]);
  });

  it('reads a request put as a question or at length, in English and Welsh', () => {
    const nouns: [string, RegExp][] = [['a lesson', LESSON], ['a quiz', QUIZ], ['my progress', PROGRESS], ['my settings', SETTINGS], ['some help', HELP], ['a copy of my data', MY_DATA]];
    const asks = ['any chance of {x}?', 'could I possibly have {x} please', 'is it ok if I have {x}?', 'would you mind giving me {x}', 'hi HALI, would you mind giving me {x} please, thank you so much', 'I would really like {x} please', 'when you get a chance, {x} please', 'if it is not too much trouble could I have {x}', "if it's not too much trouble, {x}", 'could you kindly give me {x}, thanks', 'would it be possible to have {x}?'];
    for (const [x, pattern] of nouns) expect(misread(asks.map((ask) => ask.replace('{x}', x)), pattern, false)).to.deep.equal([]);
    const cy = ['allech chi roi {m} i mi?', 'allwch chi roi {m} i mi?', 'a gaf i {m}?', 'wnei di roi {m} i mi?', 'fedri di roi {m} i mi?', 'elli di roi {m} i mi?', 'fyddech chi cystal â rhoi {m} i mi?', 'allet ti roi {m} i mi plis?', 'wnewch chi roi {m} i mi os gwelwch yn dda?', "ti'n gallu rhoi {m} i mi?", "ydych chi'n gallu rhoi {m} i mi?"];
    expect(misread(cy.map((ask) => ask.replace('{m}', 'wers')), LESSON, true)).to.deep.equal([]);
    expect(misread(cy.map((ask) => ask.replace('{m}', 'gwis')), QUIZ, true)).to.deep.equal([]);
    expect(misread(['oes modd cael gwers?', 'oes modd cael cwis plis?', 'oes modd i mi gael gwers?'], /^(?:gwers|cwis)/, true)).to.deep.equal([]);
  });
});

describe('command probe 3: slips in short words and in the field named', () => {
  it('reads a slip in a short word of a request, or two slips in one, as the request', () => {
    const slips: [string[], RegExp, boolean][] = [
      [['thx u', 'thnk you', 'thank yuo', 'thnk yuo', 'thnak you', 'thankyou', 'thnks', 'thaks'], THANKS, false],
      [['hepl', 'hepl me', 'hlep'], HELP, false],
      [['quz', 'qiz', 'qiuz me', 'quz me'], QUIZ, false],
      [['lesn', 'lessn', 'lseson'], LESSON, false],
      [['gwiss', 'gwsi', 'cwsi', 'cwiss', 'ga i gwiss'], QUIZ, true],
      [['gewrs', 'gwesr', 'ga i wesr'], LESSON, true],
    ];
    for (const [texts, pattern, welsh] of slips) expect(misread(product(texts, ['', '!', ' please', ' 🙏']), pattern, welsh)).to.deep.equal([]);
  });

  it('reads an erasure typed with a slip as erasure, which only asks to be confirmed; a word that is a word is never respelt', () => {
    expect(misread(product(['forgte me', 'froget me', 'foget me', 'delete my dta', 'FORGTE ME'], ['', ' please', '!']), FORGET_ME)).to.deep.equal([]);
    // "gwres" is Welsh (heat), "lens" English: neither is a slip of "gwers" or "lesson".
    for (const word of ['gwres', 'lens', 'gwres plis']) expect(commandOf(word), word).to.equal(undefined);
  });

  it('spells a field named after a lesson or quiz as its name when a slip made it no word', () => {
    const fields: [string, string][] = [['genommics', 'genomics'], ['genomcis', 'genomics'], ['genetcs', 'genetics'], ['gentics', 'genetics'], ['artifical intelligence', 'artificial intelligence'], ['artificial inteligence', 'artificial intelligence'], ['genommic medicine', 'genomic medicine']];
    for (const [typed, meant] of fields) {
      for (const text of product(['quiz me on ', 'lesson on ', 'quiz on ', 'lesson about ', '<p>quiz me on '], [typed], ['', ' please', '?', '</p>'])) {
        expect(read(text), text).to.match(new RegExp(`^(?:quiz|lesson)\\b.*\\b${meant}$`, 'i'));
      }
    }
    expect(read('gwers ar genetg plis')).to.match(/^gwers\b.*\bgeneteg$/);
    expect(read('cwis ar genomg')).to.match(/^cwis\b.*\bgenomeg$/);
  });
});

describe('command probe 3: what is not a command stays none', () => {
  it('reads a negative as no command, least of all the one it names', () => {
    const negatives = product(
      ['', 'no, ', 'please '],
      ["don't quiz me yet", 'do not quiz me', "don't give me a lesson", 'not a lesson', "don't stop the lessons", "don't stop", "don't pause my lessons", 'do not forget me', "don't forget me", 'never forget me', "don't delete my data", 'paid â dileu', 'paid a dileu fy nata', 'peidiwch â dileu fy nata', 'paid â stopio', "paid â stopio'r gwersi", 'peidiwch ag oedi'],
      ['', '!', ' please', ' thanks', ' 🙏', ' plis'],
    );
    const read3 = negatives.map((text) => [text, read(text)]);
    expect(read3.filter(([, said]) => [FORGET_ME, STOP, PAUSE, QUIZ, LESSON].some((pattern) => pattern.test(said))).map(([text, said]) => `${text} -> ${said}`)).to.deep.equal([]);
    // Not sending is a stop: "don't send me any more lessons".
    expect(read("don't send me any more lessons")).to.match(STOP);
  });

  it('keeps questions made of command words questions, with markup, capitals, emoji or a "plis"', () => {
    const questions = [
      "I don't want to forget my password", 'how do I stop a bleed', 'what does pause mean in AI', 'when should I pause anticoagulants before surgery', 'what is a lesson learned review',
      'how do I delete a message in Teams', 'can AI forget what I told it?', 'does ChatGPT forget my data?', 'how do I pause a Teams recording', 'is snooze fatigue a kind of automation bias?',
      'sut mae stopio gwaedu', 'beth yw ystyr saib mewn AI', 'sut mae dileu neges yn Teams', 'dw i ddim eisiau anghofio fy nghyfrinair', 'how do I erase data from a USB stick', 'resume CPR?',
    ];
    // A slip in each short word ("hwo do I stpo a bleed"), two letters swapped or the last dropped.
    const slipped = (swap: boolean) => (t: string) => t.replace(/\b\p{L}{3,5}\b/gu, (w) => (swap ? w[0] + w[2] + w[1] + w.slice(3) : w.slice(0, -1)));
    const variants = [(t: string) => t, (t: string) => `<p>${t}</p>`, (t: string) => `<at>HALI</at> ${t}`, (t: string) => t.toUpperCase(), (t: string) => `${t} 🙏`, (t: string) => `${t} plis`, (t: string) => held(t, 4), slipped(true), slipped(false)];
    const texts = questions.flatMap((question) => variants.map((variant) => variant(question)));
    expect(texts.filter((text) => COMMAND_PATTERNS.some((pattern) => pattern.test(read(text)))).map((text) => `${text} -> ${read(text)}`)).to.deep.equal([]);
  });

  it('reads a slip in a short word only in a short request that names no field: a quick question stays a question', () => {
    const questions = product(['quic ', 'quik ', 'a quic '], ['question about consent', 'one on warfarin and CYP2C19', 'q about AI scribes', 'question: is a VUS actionable?']);
    expect(questions.filter((text) => commandOf(text) !== undefined).map((text) => `${text} -> ${commandOf(text)}`)).to.deep.equal([]);
    // A Welsh word as it is said ("nath", did) is a word, not a slip of "nata".
    for (const text of ['nath y', 'nath o', 'lesn learned']) expect(commandOf(text), text).to.equal(undefined);
  });

  it('reads "morning snooze" as a greeting and the nudge’s Snooze, and "snooze till morning" as nothing more today: never an open pause', () => {
    for (const text of ['morning snooze', 'morning, snooze', 'Morning! snooze please', 'morning snooze pls', 'good morning, snooze it', 'morning snooze please hali']) expect(read(text), text).to.match(SNOOZE);
    for (const text of product(['snooze till morning', 'snooze until the morning', 'snooze it til tomorrow', 'snooze until tomorrow morning'], ['', ' please', ' ta'])) expect(read(text), text).to.equal('pause for a day');
    for (const text of product(['gohirio tan fory', 'gohiria hi tan y bore', 'gohirio tan yfory'], ['', ' plis', ' diolch'])) expect(read(text), text).to.equal('saib am ddiwrnod');
  });
});

describe('command probe 3: a case asked for with a slip or Teams markup (cases/choose.ts, cases/requests.ts)', () => {
  it('starts a case asked for with "case" or "achos" typed with a slip, held down or in markup', () => {
    const asks = product(['', 'Gwen, ', 'Sam: '], ['caes', 'csae', 'acse', 'casse', 'caseee', 'start a csae', 'can we do a caes', "let's do a csae", 'achso', 'acohs', 'gawn ni achso'], ['', ' please', ' plîs', ' 🙏']);
    const marked = asks.flatMap((ask) => [ask, `<p>${ask}</p>`, `${ask}&nbsp;`, `${ask.toUpperCase()}`]);
    expect(marked.filter((text) => parseCaseCommand(text)?.kind !== 'start')).to.deep.equal([]);
    expect(parseCaseCommand('start a csae on lynch')).to.deep.include({ kind: 'start', topic: 'lynch' });
    expect(parseCaseCommand('<p>can we do a caes on lynch?</p>')).to.deep.include({ kind: 'start', topic: 'lynch' });
    expect(parseCaseCommand('Gwen, case')).to.deep.include({ kind: 'start', mentorName: 'Gwen', addressed: true });
  });

  it('finds the case a topic names with a slip in it; questions about cases and causes stay questions', () => {
    const cases = allCases(realFaculty().mentors);
    for (const topic of ['lyncch', 'lynnch', 'lnych']) expect(chooseCase(cases, topic, undefined, 's')?.study.id, topic).to.equal(chooseCase(cases, 'lynch', undefined, 's')?.study.id);
    const questions = ['what is a case-control study?', 'is this a case of lynch syndrome?', 'what caused this?', 'is this the cause of FH?', 'how do I start a case note for a patient?', 'note: case review tomorrow at 2', 'caser yy fronn', 'achosion'];
    expect(questions.flatMap((q) => [q, `<p>${q}</p>`]).filter((text) => parseCaseCommand(text) !== undefined)).to.deep.equal([]);
  });

  it('reads a request in a case thread with its letters held down', () => {
    const asks: [string, string[]][] = [['summary', ['summaryyyy', 'recapppp', 'crynodebbbb plis']], ['hint', ['hintttt please', 'cliwwww plis']], ['next', ['nextttt', 'nextttt stage']], ['end', ['endddd the case', 'finishhhh', 'gorffennnn']]];
    for (const [request, texts] of asks) for (const text of texts) expect(caseThreadRequest(text), text).to.equal(request);
  });
});

describe('typed-text: the end of a message and letters held down, read in one pass', () => {
  it('trims what ends a message from its end only', () => {
    expect(withoutEndPunctuation('quiz!!! ?. ')).to.equal('quiz');
    expect(withoutEndPunctuation('!?quiz')).to.equal('!?quiz');
    expect(trimEnd('case…;', (char) => /[…;]/.test(char))).to.equal('case');
    const long = `${'!'.repeat(50_000)}a${'!'.repeat(50_000)}`;
    expect(withoutEndPunctuation(long)).to.equal(`${'!'.repeat(50_000)}a`);
  });

  it('reads a letter held down as the word meant, and a word without one as typed', () => {
    const words = new Set(['lesson', 'quiz', 'help', 'please']);
    expect(unstretched('lessssson quizzzz helpppp pleaseeee', (w) => words.has(w))).to.equal('lesson quiz help please');
    expect(unstretched('all good', () => false)).to.equal('all good');
  });
});
