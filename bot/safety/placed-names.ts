import { GIVEN_NAMES, isListedSurname, SURNAMES, WORD_NAMES } from './given-names';
import { all, type Found } from './identifiers';
import { isEverydayEnglish, isEverydayWord, isListedName, isNameLike } from './name-like';

/**
 * Names a ward's shorthand marks as a patient's by where they are or how old they are, with no title or label: beside a bed, bay
 * or side room ("bed 12 Meinir White", "Sharp in bed 3", "Bed 6 (Okafor) needs obs", "gwely 11: Zofia Lynch", "B24 GREEN"), beside
 * an age ("72yo Bill Prosser", "Bob Thomas (73)", "Gwilym, 97F", "78M Olusegun"), and an initial before a surname ("W. Patel
 * attended clinic", "Bay 4: G. Lynch"). Only words with a given name or a common surname among them (given-names.ts), or
 * initials, so "bed 3 NBM", "bay 3 Infection Control", "Lynch syndrome, 45F" and "A Patient" stay.
 */

/** A bed, bay, side room or cubicle and its number, in English and Welsh, or a bay's code ("B24"). */
const BED = String.raw`(?:[Bb]ed|BED|[Bb]ay|BAY|[Ss]ide ?[Rr]oom|SR|[Cc]ubicle|[Gg]wely|[Bb]ae|[Yy]stafell(?: ochr)?) ?\d{1,3}[A-Za-z]?`;
const PLACE = String.raw`${BED}|B\d{1,2}`;
/** Capitalised words a ward writes beside a bed that are no one's name. */
const WARD_WORDS = new Set(
  (
    'is was has had needs need wants for and or the a an to in on at of with from by but so then now please pt patient patients lady man gent gentleman woman ' +
    'male female obs bloods meds fluids nbm dnacpr dnar resus cpap niv oxygen o2 iv abx side room bay bed ward sister staff nurse dr doctor hca ' +
    'confused agitated stable unwell poorly ok okay fine discharged discharge transfer transferred admitted admission query new old empty closed ' +
    'yn mae oedd wedi angen y yr a ac i o ar gyda efo claf dyn menyw ' +
    // A title is the titled names' own (names.ts): the name after it is found there.
    'mr mrs ms miss mx dr prof professor rev revd parch sir lady dame'
  ).split(' '),
);
const WORD = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)?`;
const INITIALS = String.raw`(?:\p{Lu}\.){1,3}|\p{Lu}\.?`;
/** Up to three words of a name: initials, capitalised words, or after a bed, two lower-case words ("side room 9 - will hope"). */
// The bed may be said to be the patient: "bed 4 is tomos roberts", "gwely 4 yw bethan".
const PLACE_TAIL = String.raw`(?:[:=(,-]|–|(?:is|was|yw|ydy|oedd)(?= ))?`;
const NAME_AFTER = new RegExp(String.raw`^[ ]?${PLACE_TAIL}[ ]?((?:(?:${INITIALS}) ?)?${WORD}(?: ${WORD}){0,2}|\p{Ll}{2,} \p{Ll}{2,}|(?:\p{Lu}\.){2,3})`, 'u');
const AFTER_PLACE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${PLACE})(?![\p{L}\p{N}])`, 'gu');
/** A name before its bed: "Sharp in bed 3", "Bevan, bed 18", "Iestyn (bed 9)", "O.Y. in bay 3", "Jones yn gwely 4". */
const BEFORE_PLACE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])((?:\p{Lu}\.){2,3}|${WORD}(?: ${WORD})?)(?:,? (?:in|on|yn|ar) |, | \()(?:${PLACE})(?![\p{L}\p{N}])`, 'gu');

const isWardWord = (word: string) => WARD_WORDS.has(word.toLowerCase().replace(/['’]s$/, ''));
/**
 * Words a mark of a person stands beside: one of them a listed name, or two or more that could all be names though no list has
 * them ("Thabo Eze, 63", "bed 4 - Xiaoling Huang"); a lone unlisted word only where the mark is an age with a sex or "yo" ("Fergus
 * 36F"), as a lone word beside a bed may be a ward's ("bed 3 Troponin"). Beside an age written as one (`aged`: "Gwen, 67F", "Haf (72
 * oed)", "70F Gwen", not "Medi, 12"), a given name that is also a word is a name too.
 */
const arePersonWords = (words: readonly string[], lone = false, aged = lone) =>
  words.some(isListedName) || (aged && words.some((w) => isWordGiven(w.toLowerCase()))) || ((words.length >= 2 || lone) && words.every((w) => isNameLike(w) && !isWardWord(w)));
const isInitials = (word: string) => /^(?:\p{Lu}\.){2,3}$/u.test(word);
/** Surnames that are also everyday words: after a bare capital ("A Green light", "B Cells"), not a name. */
const WORDLIKE = new Set('green white young long major bishop hope rose king hunt cook bell fox wood hill hall ward brown baker turner mason marshall cole shaw sharp wells knight butler palmer carter fisher cooper grey gray price hughes'.split(' '));

/** The words of `phrase` up to the first one that is a ward word, joined back. */
function keptWords(phrase: string): string {
  const words = phrase.split(' ');
  let kept = 0;
  while (kept < words.length && !isWardWord(words[kept])) kept++;
  return words.slice(0, kept).join(' ');
}

/**
 * A given name alone beside a bed, before what is said of the patient ("bed 9: ieuan (dementia)", "bed 5 nerys - needs a cannula"):
 * in lower case only a listed one that is no everyday word, or one that is a Welsh word with what is said of a patient after it, so
 * "bed 3 bryn" (a hill) and "bed 2 will" stay.
 */
const LONE_LOWER_GIVEN = new RegExp(String.raw`^[ ]?${PLACE_TAIL}[ ]?(\p{L}\p{Ll}+)(?![\p{L}\p{N}'’-])`, 'u');
/**
 * What a ward writes after a patient's given name, not after a hill or a word: an age or sex ("gwely 4 ffion 67 oed", "bed 4 haf 72M",
 * "gwely 6: glyn (72)") or what the patient needs or is ("bed 6: elin - confused overnight", "gwely 4 haf angen obs").
 */
const SAID_OF_PATIENT = /^(?:,? \(?\d{1,3}\)?(?: ?(?:yo|y\/o|yrs?|oed|[MFBG]))?(?![\p{L}\p{N}])|(?: -|:)? (?:needs?|has|had|is (?:confused|agitated|unwell|poorly|stable|nbm|for)|was|c\/o|complaining|confused|agitated|unwell|angen|wedi|yn (?:ddryslyd|sâl|sal|wael)|ddim yn)(?![\p{L}]))/u;
/** A given name that is also an everyday word, Welsh or English-rare ("ffion", "haf", "gwawr", "eira"), not one English uses as a word ("will", "bill"). */
const isWordGiven = (word: string) => (GIVEN_NAMES.has(word) || WORD_NAMES.has(word)) && !isEverydayEnglish(word);
/** In lower case an initial and a surname beside a bed ("gwely 4: g parry", "bed 2 is m hughes"): a listed surname or one no dictionary has. */
const LOWER_INITIALLED = new RegExp(String.raw`^[ ]?${PLACE_TAIL}[ ]?([b-hj-np-xz] (?:(?:ap|ab) )?(\p{Ll}[\p{Ll}'’-]{2,}))(?![\p{L}\p{N}'’-])`, 'u');
function lowerInitialled(text: string, from: number): Found | undefined {
  const match = LOWER_INITIALLED.exec(text.slice(from, from + 48));
  const surname = match?.[2].replace(/['’]s$/, '');
  if (!match || !surname || isWardWord(surname) || MICROBES.has(surname) || !(SURNAMES.has(surname) || (surname.length >= 4 && isNameLike(surname)))) return undefined;
  const start = from + match[0].length - match[1].length;
  return { start, end: start + match[1].length, kind: 'name' };
}
function loneLowerGiven(text: string, from: number): Found | undefined {
  const match = LONE_LOWER_GIVEN.exec(text.slice(from, from + 40));
  if (!match) return undefined;
  const word = match[1].toLowerCase();
  const start = from + match[0].length - match[1].length;
  const end = start + match[1].length;
  if (isWardWord(word)) return undefined;
  // A given name that is also a Welsh word is the name when capitalised ("gwely 4 Haf"), said to be the bed's patient ("bed 4 is
  // dai"), or followed by what is said of a patient ("gwely 4 ffion 67 oed"); alone in lower case, "bed 3 bryn" may be a hill.
  const capitalised = /^\p{Lu}/u.test(match[1]);
  const saidToBe = /(?:is|was|yw|ydy|oedd) $/.test(match[0].slice(0, -match[1].length));
  const wordGiven = isWordGiven(word) && (capitalised || saidToBe || SAID_OF_PATIENT.test(text.slice(end, end + 40)));
  if (!wordGiven && (capitalised || !GIVEN_NAMES.has(word) || (saidToBe ? isEverydayEnglish : isEverydayWord)(word))) return undefined;
  return { start, end, kind: 'name' };
}

function besideBeds(text: string): Found[] {
  const after = all(AFTER_PLACE, text, (m) => {
    const from = m.index + m[0].length;
    const match = NAME_AFTER.exec(text.slice(from, from + 80));
    if (!match) return lowerInitialled(text, from) ?? loneLowerGiven(text, from);
    const phrase = match[1];
    // In lower case only a given name and a surname ("side room 26 - dafydd lewis"); in capitals a name, not an acronym ("bed 3 NBM").
    if (/^\p{Ll}/u.test(phrase) && !(GIVEN_NAMES.has(phrase.split(' ')[0]) && !isWardWord(phrase.split(' ')[1]))) return lowerInitialled(text, from) ?? loneLowerGiven(text, from);
    const name = /^\p{Ll}/u.test(phrase) ? phrase : keptWords(phrase);
    if (!name || (/^\p{Lu}{2,}$/u.test(name) && !isListedName(name))) return undefined;
    // Only a name known as one, or initials: "bay 3 Infection Control visited", "B12 Deficiency" (a vitamin) are no one.
    if (!arePersonWords(name.split(' ')) && !/^\p{Lu}\./u.test(name)) return loneLowerGiven(text, from);
    const start = from + match[0].length - phrase.length;
    return { start, end: start + name.length, kind: 'name' };
  });
  const before = all(BEFORE_PLACE, text, (m) => {
    const words = m[1].split(' ');
    if (words.some(isWardWord) || (!isInitials(m[1]) && !arePersonWords(words))) return undefined;
    return { start: m.index, end: m.index + m[1].length, kind: 'name' };
  });
  return [...after, ...before];
}

/** An age as a ward writes it: "72yo", "72 y/o", "32 year old", "97F", "78M". */
const AGE = String.raw`\d{1,3} ?(?:yo|y\/o|yrs?(?: old)?|years? old|year-old|[MF])(?![\p{L}\p{N}])`;
// Or said before it ("aged 88 Eleri", "88 oed Gwilym Rees", "age 4 Jac").
const AFTER_AGE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${AGE}|(?<![\p{L}])(?:aged|age) \d{1,3}(?![\p{L}\p{N}])|\d{1,3} oed(?![\p{L}])),? (${WORD}(?: ${WORD}){0,2})`, 'gu');
/** Inside a surname before its capitalised part: "Carys van der Berg, 72F", "Iolo di Stefano 72B" (Welsh benyw, gwryw). */
const PARTICLES = String.raw`(?:ap|ab|ferch|van der|van den|van|von|de la|de|di|da|du|le|la|mac)`;
const PARTICLE_WORD = /^(?:ap|ab|ferch|van|von|der|den|de|la|di|da|du|le|mac)$/;
/** A name before its age: "Bob Patel, 19,", "Bob Thomas (73)", "Gwilym, 97F", "Okafor, Bill, aged 67". */
const BEFORE_AGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])(${WORD}(?:,? (?:${PARTICLES} )?${WORD}){0,2})(?:, (?:aged )?\d{1,3}(?: ?[MFBG])?(?=[,;) ]|$)| \((?:(?:age|aged|oed) )?\d{1,3}(?: ?(?:[MFBG]|yo|y\/o|yrs?|oed))?\)|,? aged \d{1,3}|,? (${AGE}|\d{1,3} ?[BG](?![\p{L}\p{N}])|\d{1,3} ?y(?![\p{L}\p{N}])|\d{1,3} oed(?![\p{L}])))`,
  'gu',
);
/** What marks a bare number after a name as an age ("Gwen, 38 y/o"), read past where BEFORE_AGE stops. */
const AGE_MARK_AFTER = /^ ?(?:yo|y\/o|yrs?|years? old|oed)(?![\p{L}])/u;
/** In lower case, a given name and a surname before an age: "sanjay hussain aged 82", "carys jones 67yo". */
const LOWER_BEFORE_AGE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(\p{Ll}{2,} \p{Ll}[\p{Ll}'’-]+),? (?:aged \d{1,3}|${AGE}|\d{1,3} oed(?![\p{L}]))`, 'gu');

/**
 * Surname first, a comma, then a listed given name, before an age, a date or a number, as a list or a handover writes a patient
 * ("Vaughan, Margaret, 67B", "O’Neill, Priya - 67yo", "Price-Davies, Eleri - 67 oed", "Llewellyn, Peter RT1-840665").
 */
const SURNAME_COMMA_GIVEN = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(${WORD}), (\p{Lu}\p{Ll}+)(?=(?:,| [-–]|;)? (?:aged |age |oed )?\(?[A-Z]{0,3} ?\d)`, 'gu');
function surnameCommaGiven(text: string): Found[] {
  return all(SURNAME_COMMA_GIVEN, text, (m) => {
    const surname = m[1].replace(/['’]s$/, '');
    if (!(GIVEN_NAMES.has(m[2].toLowerCase()) || (isWordGiven(m[2].toLowerCase()) && isListedSurname(surname))) || isWardWord(surname) || !(isListedName(surname) || isNameLike(surname))) return undefined;
    return { start: m.index, end: m.index + m[0].length, kind: 'name' };
  });
}

function besideAges(text: string): Found[] {
  const person = (phrase: string, start: number, lone = false, aged = lone): Found | undefined => {
    const name = keptWords(phrase.replace(/,/g, ''));
    const words = name.split(' ').filter((word) => word !== '' && !PARTICLE_WORD.test(word));
    if (words.length === 0 || !arePersonWords(words, lone, aged)) return undefined;
    // The span keeps its commas ("Okafor, Bill"): measured on the text as written.
    let end = start;
    for (const word of words) end = text.indexOf(word, end) + word.length;
    return { start, end, kind: 'name' };
  };
  const after = all(AFTER_AGE, text, (m) => person(m[1], m.index + m[0].length - m[1].length, false, true));
  // A lone word counts only before an age that says a person's ("36F", "45yo"), not a bare number ("Troponin, 63"); a word name
  // before any age but a bare number after a comma ("Gwen (78 oed)", "Gwen, aged 25").
  const before = all(BEFORE_AGE, text, (m) => {
    const aged = /[\p{L}(]/u.test(m[0].slice(m[1].length)) || AGE_MARK_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    return person(m[1], m.index, /\d ?(?:[MF]|yo|y\/o|yrs?|years? old|year-old)\)?$/.test(m[0]), aged);
  });
  const lower = all(LOWER_BEFORE_AGE, text, (m) => {
    const [given, surname] = m[1].split(' ');
    if (isWardWord(given) || isWardWord(surname) || !(GIVEN_NAMES.has(given) ? isNameLike(surname) : isNameLike(given) && isNameLike(surname))) return undefined;
    return { start: m.index, end: m.index + m[1].length, kind: 'name' };
  });
  return [...after, ...before, ...lower];
}

/** Species a genus's initial stands before: "E. coli", "H. Pylori", "C. diff", "S. aureus". */
export const MICROBES: ReadonlySet<string> = new Set(
  'coli pylori aureus diff difficile pneumoniae aeruginosa tuberculosis gonorrhoeae monocytogenes cereus faecalis faecium epidermidis pyogenes agalactiae influenzae meningitidis trachomatis albicans auris marcescens cloacae mirabilis baumannii jejuni typhi enterica sonnei pertussis elegans melanogaster sapiens cerevisiae genitalium catarrhalis pallidum burgdorferi fumigatus vulgaris maltophilia lugdunensis glabrata perfringens'.split(' '),
);
/** Dotted initials that are a place's or a body's abbreviation, not a person's. */
const ABBREVIATED = new Set(['U.K.', 'U.S.', 'E.U.', 'U.N.', 'G.B.', 'N.Z.', 'S.A.', 'U.A.E.']);
/** An initial or two before a common surname: "W. Patel", "D Probert", "M.P. Jones". Without a dot, "A Patient" and "T Cells" stay. */
const INITIALLED = new RegExp(String.raw`(?<![\p{L}\p{N}.'’-])((?:\p{Lu}\. ?){1,2}|\p{Lu} )(${WORD})(?![\p{L}\p{N}-])`, 'gu');
function initialled(text: string): Found[] {
  return all(INITIALLED, text, (m) => {
    const surname = m[2].toLowerCase().replace(/['’]s$/, '');
    const bare = !m[1].includes('.');
    // After a dotted initial, a word no list has may be the surname ("D. Marsh", "I. Gupta"), unless it names a microbe ("H. Pylori").
    // Not a country's abbreviation: "U.K. Biobank", "U.S. Army".
    const unlisted = !bare && !ABBREVIATED.has(m[1].replace(/ /g, '')) && !MICROBES.has(surname) && /^\p{Lu}\p{Ll}/u.test(m[2]) && !isWardWord(m[2]) && isNameLike(m[2]);
    if (!(SURNAMES.has(surname) || unlisted) || (bare && (/^[AIO] $/.test(m[1]) || WORDLIKE.has(surname)))) return undefined;
    return { start: m.index, end: m.index + m[0].length - (/['’]s$/.test(m[2]) ? 2 : 0), kind: 'name' };
  });
}

export function placedNames(text: string): Found[] {
  return [...besideBeds(text), ...besideAges(text), ...surnameCommaGiven(text), ...initialled(text)];
}
