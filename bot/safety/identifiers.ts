/**
 * Where patient identifiers are in normalised text (see normalise.ts): spans and kinds, nothing
 * removed yet. Recall comes first: text labelled as an identifier ("NHS no", "MRN", "DOB", "NI
 * number", in English or Welsh, up to a sentence before) is removed even when a check digit or a
 * prefix rule fails. Unlabelled numbers are removed only when their shape is an identifier's (a
 * valid Modulus 11 in a grouping people write NHS numbers in, a UK phone number, a postcode), so doses,
 * lab values, gene variants, guideline codes, years and times are left alone.
 */
import { isListedName, isNameLike } from './name-like';

export type IdentifierKind = 'nhs-number' | 'chi-number' | 'ni-number' | 'postcode' | 'date-of-birth' | 'phone' | 'email' | 'hospital-number' | 'passport-number' | 'name' | 'address';

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly kind: IdentifierKind;
}

/** NHS numbers (and Scottish CHI numbers) carry a Modulus 11 check digit. */
export function isModulus11Valid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

function isDdMmYy(digits: string): boolean {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Words that label a phone number, in English and Welsh. */
const PHONE_WORDS = 'tel|telephone|phone|ph|mob|mobile|contact|ring|call|whatsapp|ffôn|ffon|ffonio|ffoniwch|symudol';
/** How far before a value its label may be: "the NHS number of the lady I saw on the ward is ...". */
const LABEL_REACH = 120;
/**
 * Between digit groups: up to three spaces, dashes, dots or slashes (all spaces and dashes are folded to " " and "-"), or one
 * underscore or comma ("943_476_5919", "943,476,5919", as a form or a spreadsheet writes them).
 */
// A list's star between groups is a line broken in a bulleted list ("NHS no: 449 016<br>* 6907").
const SEP = String.raw`[ \-./]{1,3}|[_,]| {1,8}| ?[:|~+'*] ?`;
/** The separators above that times, ratios and tables use too ("08:30 12:00", "| 12 | 34 |"): unlabelled, only in the NHS grouping, one kind throughout. */
const OTHER_SEP = /[:|~+'*]/;
const OTHER_SEP_LAYOUT = /^\d{3} ?([:|~+'*]) ?\d{3} ?\1 ?\d{4}$/;
export const LABELS: Record<'nhs' | 'chi' | 'ni' | 'phone', RegExp> = {
  nhs: /(?<![a-z])(?:n[ .]?h[ .]?s\.?(?:no|num|number)?|rhif[ ]?g[ .]?i[ .]?g|g[.]i[.]g\.?|gig)(?![a-z])/i,
  chi: /(?<![a-z])c[ .]?h[ .]?i(?![a-z])/i,
  ni: /(?<![a-z])(?:n[ .]?i(?:no)?|nino|national insurance|insurance no|yswiriant gwladol|rhif[ ]y[ .]?g)(?![a-z])/i,
  phone: new RegExp(String.raw`(?<![a-z])(?:${PHONE_WORDS})(?![a-z])`, 'i'),
};

/** Whether `label` is written up to a sentence (LABEL_REACH) before `at`. */
export const labelledBefore = (text: string, at: number, label: RegExp) => label.test(text.slice(Math.max(0, at - LABEL_REACH), at));
/**
 * An NHS label straight after a number: "639 I98 484O (NHS)", "4857773456 NHS", "485 777 3456 - NHS number", "… is her NHS number",
 * "… yw ei rhif GIG".
 */
const NHS_LABEL_AFTER = /^ ?(?:[(=,:-] ?)?(?:(?:is|was) (?:her|his|their|the(?: patient['’]s)?|my patient['’]s|pt['’]s) |(?:yw|ydy) (?:ei h?|eu |rhif )?)?(?:n[ .]?h[ .]?s|rhif gig|gig)(?![a-z])/i;
const nhsLabelAfter = (text: string, end: number) => NHS_LABEL_AFTER.test(text.slice(end, end + 40));

/** A word or a mark a pattern cannot match without: a string found as written, or a pattern (not global) found anywhere. */
export type Need = string | RegExp;
const holds = (text: string, need: Need) => (typeof need === 'string' ? text.includes(need) : need.test(text));

/**
 * The spans `each` makes of every match of `pattern` (a global pattern), skipping those it declines. `needs` is what the text must
 * hold for any match (a label, "@", "="; each of a list): most text holds none, and one look for it spares a scan from every position.
 */
export function all(pattern: RegExp, text: string, each: (match: RegExpExecArray) => Found | undefined, needs?: Need | readonly Need[]): Found[] {
  if (needs !== undefined && !(typeof needs === 'string' || needs instanceof RegExp ? holds(text, needs) : needs.every((need) => holds(text, need)))) return [];
  const out: Found[] = [];
  for (const match of text.matchAll(pattern)) {
    const found = each(match);
    if (found) out.push(found);
  }
  return out;
}

// Starting only where a local part starts keeps this linear on a long run of letters (no re-scan from every position).
// Dots may be typed with a space either side, as the "@" may ("jo . bloggs @ nhs . net"). A start is tried only with an "@"
// close enough after it for a local part (64 characters, and the spaces), so a long run of " . " stays linear.
// A local part may hold any letter, as a Welsh or Irish name is typed ("siân.morgan@…", "zoë.roberts@…"): ASCII alone kept "siâ" and all of "zoë.roberts".
// In the domain a dot with a space after it alone ends a sentence ("…@nhs.net. tamoxifen 20 mg"), unless a domain's part follows ("@nhs. net").
const DOMAIN_DOT = String.raw`(?:\.| \. ?|\. (?=(?:net|com|uk|org|wales|scot|gov|nhs|ac|co|cymru|io|ie|eu)(?![\p{L}\p{N}])))`;
const EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}._%+-])(?=[^@\n]{0,80}@)[\p{L}\p{N}_%+-]+(?: ?\. ?[\p{L}\p{N}_%+-]+)* ?@ ?[\p{L}\p{N}-]+(?:${DOMAIN_DOT}[\p{L}\p{N}-]+)*${DOMAIN_DOT}[A-Za-z]{2,}`, 'gu');
/**
 * An address at a machine with no domain, as test and internal systems give ("sian@localhost"), or at a mail provider with its ending
 * left off, as people shorten their own ("dai.jones@gmail", "mair60@hotmail").
 */
const HOST_EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@(?:localhost|gmail|googlemail|hotmail|outlook|yahoo|icloud|btinternet|aol|protonmail)(?![A-Za-z0-9-]|\.[A-Za-z])/giu;
// An address disguised from spam harvesters: "sian[at]gmail[dot]com", "sian(at)gmail.com", "jo {at} nhs {dot} net", "mary[dot]jones[at]nhs.net",
// "jo.bloggs[@]nhs.net", "jo.bloggs <at> nhs <dot> net", "jo.bloggs@nhs[.]net": at least one part in brackets.
const BRACKETED_DOT = String.raw`[[({<](?:dot|\.)[\])}>]`;
const DISGUISED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:(?:\.| ?${BRACKETED_DOT} ?)[\p{L}\p{N}_%+-]+)* ?(?:[[({<](?:at|@)[\])}>]|@) ?[A-Za-z0-9-]+(?:(?: ?${BRACKETED_DOT} ?|\.)[A-Za-z0-9-]+)+`,
  'giu',
);
const DISGUISE = /[[({<](?:at|@|dot|\.)[\])}>]/i;
/** The name a mail program writes before the address in angle brackets: '"Megan Morgan" <megan.morgan@…>', "Megan Morgan <…>". */
// Surname first with a comma too, as Outlook writes a colleague ("From: Rees, Eleri <eleri.rees@…>", and '"Khan, Aisha" <…>' once its quotes are read as a name's).
const DISPLAY_NAME = /(?:"([^"\n<>@]{1,60})"|(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:,? \p{Lu}[\p{L}'’-]*){0,3})) ?<$/u;
/** Each email pattern and the mark it needs: an "@", or for a disguised address a bracketed "at". */
const EMAIL_PATTERNS: readonly [RegExp, Need][] = [[EMAIL, '@'], [HOST_EMAIL, '@'], [DISGUISED_EMAIL, /@|[[({<]at[\])}>]/i]];
export function emails(text: string): Found[] {
  const found = EMAIL_PATTERNS.flatMap(([pattern, needs]) =>
    all(pattern, text, (m) => (pattern !== DISGUISED_EMAIL || DISGUISE.test(m[0]) ? { start: m.index, end: m.index + m[0].length, kind: 'email' } : undefined), needs),
  );
  const named = found.flatMap((email): Found[] => {
    const before = text.slice(Math.max(0, email.start - 64), email.start);
    const name = DISPLAY_NAME.exec(before);
    if (!name) return [];
    const words = name[1] ?? name[2];
    // A person's name, not a desk's or a team's ('"help desk" <servicedesk@…>', "Genomics Team <…>").
    if (!words.split(/[\s,]+/).filter(Boolean).every((word) => isNameLike(word) || isListedName(word))) return [];
    const start = email.start - before.length + name.index + name[0].indexOf(words);
    return [{ start, end: start + words.length, kind: 'name' }];
  });
  return [...found, ...named];
}

// Welsh months also as mutated after "o" (of) or an ordinal: "2il Fai", "4ydd o Orffennaf", "o Dachwedd", "o Ragfyr"; and after "yng"
// or "yn" (in): "yng Ngorffennaf 1956", "yn Nhachwedd".
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ion|chwe|maw|ebr|mai|meh|gorff|awst|medi|hyd|tach|rhag|fai|faw|feh|fedi|orff|dach|ragf|ngorff|nhach';
/**
 * A month's name, whole or shortened to three letters or more, as a word of its own: with no year to follow, "6 maybe 7 weeks" and
 * "3 septic screens" are no dates (MONTHS with any letters after it would read "6 may…" and "3 sep…" as ones).
 */
const MONTH_NAMES = 'january february march april may june july august september october november december ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr fai fawrth fehefin fedi orffennaf dachwedd ragfyr ngorffennaf nhachwedd';
const MONTH_WORD = `(?:${[...new Set(MONTH_NAMES.split(' ').flatMap((name) => Array.from({ length: name.length - 2 }, (_, i) => name.slice(0, i + 3))))].sort((a, b) => b.length - a.length).join('|')})\\.?(?![a-z])`;
// A day may keep its ordinal before the month's number ("24th/04/2004", "3rd.3.54").
const NUMERIC_DATES = String.raw`\d{4}[ \-./]{1,3}\d{1,2}[ \-./]{1,3}\d{1,2}|\d{1,2}(?:st|nd|rd|th)?[ \-./]{1,3}\d{1,2}[ \-./]{1,3}\d{2,4}|\d{8}`;
// "3 March 1948", "21st Dec 1961", "01-Feb-1960", "1.feb.60", "March 3, 1948", and with Welsh ordinals "3ydd o Ebrill 1956", "2il Fai".
const WRITTEN_DATES = String.raw`\d{1,2}(?:st|nd|rd|th|af|il|ydd|ed|eg|ain|fed)?(?: of| o| o fis| fis| mis)?[ \-./]?(?:${MONTHS})[a-z]*\.?,?[ \-./]?['’]?\d{2,4}|(?:${MONTHS})[a-z]* \d{1,2}(?:st|nd|rd|th|af|il|ydd|ed|eg|ain|fed)?,? ['’]?\d{2,4}`;
// The month in Roman numerals, as some clinicians write it ("3.iv.1956", "3/IV/56").
const ROMAN_DATES = String.raw`\d{1,2}[ \-./](?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)[ \-./]\d{2,4}`;
const DATE = `(?:${NUMERIC_DATES}|${WRITTEN_DATES}|${ROMAN_DATES})`;
// After a date-of-birth label a part of a date is enough: a day and month without the year ("DOB 3rd April"), or right after the
// label, the year alone ("DOB '56", "born in 1956"); a year further on is another date ("born at 32 weeks, as NICE said in 2019").
const DAY_MONTH = String.raw`\d{1,2}(?:st|nd|rd|th|af|il|ydd|ed|eg|ain|fed)?(?: of| o| o fis| fis| mis)? ${MONTH_WORD}`;
const YEAR = String.raw`['’]\d{2}|(?:19|20)\d{2}`;
/** A year said in words after the day and month ("the 19th of August nineteen sixty-one", "two thousand and three"). */
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const YEAR_WORDS = String.raw`(?:nineteen|twenty) (?:(?:${TENS})(?:[ -](?:${UNITS_WORDS}))?|${TEENS}|oh[ -](?:${UNITS_WORDS})|hundred)|two thousand(?: and)?(?: (?:${TEENS}|(?:${TENS})(?:[ -](?:${UNITS_WORDS}))?|${UNITS_WORDS}))?`;
// A zero typed for the O ("D0B"), a birthday shortened ("bday", "b'day"), and Welsh "ganed" (was born) as well as "ganwyd".
const DOB_LABEL = String.raw`(?<![a-z])(?:d[ .\/-]?[o0][ .\/-]?b\.?|date of birth|birth ?date|birthday|b[-'’]?day|pen-?blwydd|born(?: on)?|dyddiad geni|ganwyd(?: ar)?|(?:ganed|(?:a )?aned)(?: ar| ym| yng| yn)?|geni)(?![a-z])`;
// After a day and month the year may be said without its century ("dob 21 nov sixty three").
const SHORT_YEAR_WORDS = String.raw`(?:${TENS})(?:[ -](?:${UNITS_WORDS}))?`;

// Right after the label, six digits are a date written without separators ("D.O.B. 131180"), and a month and year are enough ("DOB 10/2001").
// So are a month and year in words ("DOB March 1954"), a date with commas ("14,03,1954"), and a day said as an ordinal word with the
// year in words ("fourteenth of March nineteen fifty-four").
const ORDINAL_WORDS = String.raw`(?:(?:twenty|thirty)[ -]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth`;
/** The Welsh ordinals a day is said with ("yr ail o Ebrill", "y trydydd o Orffennaf", "yr unfed ar hugain o Fai"). */
const WELSH_ORDINAL_WORDS = String.raw`(?:cyntaf|unfed|ail|trydydd|trydedd|pedwerydd|pedwaredd|pumed|chweched|seithfed|wythfed|nawfed|degfed|deuddegfed|pymthegfed|deunawfed|ugeinfed|degfed ar hugain)(?: ar (?:ddeg|bymtheg|hugain))?`;
const ORDINAL_DATE = String.raw`(?:(?:${ORDINAL_WORDS})(?: of)?|(?:${WELSH_ORDINAL_WORDS})(?: o| o fis| fis)?) (?:${MONTHS})[a-z]*`;
const DOB_CLOSE = new RegExp(
  String.raw`${DOB_LABEL}[ :=.-]{0,3}(?:is |was |yw )?(?:the |y |yr )?((?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d|(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}|(?:0?[1-9]|1[0-2])\/\d{2}(?![\/.-]?\d)|(?:(?:in |ym |yn )?(?:mis )?)(?:${MONTHS})[a-z]*,? (?:19|20)\d{2}|\d{1,2},\d{1,2},\d{2,4}|${ORDINAL_DATE}(?:,? (?:${YEAR}|${YEAR_WORDS}))?)(?![\d\p{L}])`,
  'giu',
);
// A date up to a sentence after the label, or a day said as an ordinal word with its year ("dyddiad geni y claf yw y wythfed o fis Mai 1999").
const DOB = new RegExp(
  String.raw`${DOB_LABEL}[^]{0,80}?((?:${DATE}|${DAY_MONTH})(?:,? (?:${DAY_MONTH}|${YEAR}|${YEAR_WORDS}|${SHORT_YEAR_WORDS}))?|(?:y |yr |the )?${ORDINAL_DATE},? (?:${YEAR}|${YEAR_WORDS}))(?![\d\p{L}])`,
  'giu',
);
// A year that goes on to a month ("DOB 1983-03-21") is the start of a whole date, DOB's to take.
const DOB_YEAR = new RegExp(String.raw`${DOB_LABEL}[ :=-]{0,3}(?:in |yn |ym )?((?:${YEAR})(?:,? ${DAY_MONTH})?)(?![\d\p{L}]|[\-./]\d{1,2}[\-./]\d)`, 'giu');
// "DG" is the Welsh "dyddiad geni", taken as one only right before a date ("DG: 14.07.1962", "DG 12/02/1948").
const DG = new RegExp(String.raw`(?<![a-z])d\.?g\.?(?: ?[:=-] ?| )(${DATE}|(?:y |yr )?${ORDINAL_DATE},? (?:${YEAR}))(?!\d)`, 'gi');
// "b." for born only right before a date ("b. 12/3/47"): further off, a "b." is a list item.
// The Welsh "g." for "ganwyd" the same way ("g. 03/03/54", "g. 9 Chwefror 1940"), not the "g." of "e.g." or a dose's "5 g.".
const BORN_SHORT = new RegExp(String.raw`(?<![\p{L}\d.])(?<!\d ?)[bg]\. ?(${DATE}|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d|(?:the )?${ORDINAL_DATE},? (?:${YEAR}|${YEAR_WORDS}))(?![\d\p{L}])`, 'giu');
/** The year alone after "b." or "g." in brackets, as a family tree or a letter gives it ("Mary (b. 1932)", "y claf (g. 1932)"). */
const BORN_YEAR = /\((?:b|g)\. ?((?:19|20)\d{2})(?=\))/giu;
/** A date-of-birth label anywhere in the text, which DOB_YEAR, DOB_CLOSE and DOB each start with. */
const DOB_LABELLED = new RegExp(DOB_LABEL, 'iu');
/** The patterns that find a date of birth by its label, each with the label or mark it needs. */
const LABELLED_BIRTH: readonly [RegExp, Need][] = [[DOB_YEAR, DOB_LABELLED], [DOB_CLOSE, DOB_LABELLED], [DOB, DOB_LABELLED], [DG, /d\.?g/i], [BORN_SHORT, /[bg]\./i], [BORN_YEAR, /[bg]\./i]];
const BRACKETED_DATE = new RegExp(String.raw`^,? ?\((${DATE})\)`, 'i');
/** A title in brackets, as a record's header writes it after the name ("EVANS, Mary (Mrs) 26/08/1949"). */
const BRACKETED_TITLE = /^,? ?\((?:mr|mrs|ms|miss|mx|dr|master)\.?\)/i;
/** Where what follows a name starts, past a bracketed title. */
const pastTitle = (text: string, at: number) => at + (BRACKETED_TITLE.exec(text.slice(at, at + 12))?.[0].length ?? 0);

/** A date in brackets at `at` ("Mrs Evans (3/4/56)"), as a date of birth: the names finder asks, after a name. */
export function bracketedDateAfter(text: string, name: number): Found | undefined {
  const at = pastTitle(text, name);
  const match = BRACKETED_DATE.exec(text.slice(at, at + 32));
  return match ? { start: at + match[0].length - 1 - match[1].length, end: at + match[0].length - 1, kind: 'date-of-birth' } : undefined;
}

/**
 * What straight after a name is the person's own (the names finder asks): a number of five digits or more ("Mrs Price 938197",
 * "Mrs Green 526 365 372", "Mrs Lloyd GH278354", "Mrs Major a540370") is their hospital number, a whole date their date of birth
 * ("Wei Pugh March 17, 1963 came in", "EVANS, Mary (Mrs) 26/08/1949", "GWILYM, Sian. 12/03/1944").
 */
// Not into a date that follows ("938197 12/03/1950", "938197 3 Mar 1961"): a number stops before a date's day.
// A health board's letters may have a digit or two of their own ("Llewellyn, Peter RT1-840665", "Mary X20 06 309").
const NUMBER_AFTER_NAME = new RegExp(String.raw`^,? ?(?:\(|- )?([A-Za-z]{0,3}[ -]?\d{3}(?:[ -]?\d){2,7}[A-Z]?|[A-Z]{1,3}\d{1,2}[ -]\d{2}(?:[ -]?\d){3,7})(?![\p{L}\p{N}]|[./-]\d| ?(?:mg|ml|mmol|kg|g|%|cm|mm|units?)\b| (?:${MONTHS}))`, 'iu');
const DATE_AFTER_NAME = new RegExp(
  // The next item of a list or line may hold it ("Mary Rees<br>• 12.02.1969"), and an age may come first ("Aisha Rees 67 oed 14/08/1975").
  String.raw`^[,.]?(?: ?[•*.] ?| ){0,3}(?:(?:aged )?\d{1,3} ?(?:yo|y\/o|yrs?|years? old|oed|mlwydd oed|[MFBG])?(?: [MFBG])?,? )?(?:\(|- )?(?:born )?((?:the )?(?:${DATE}|(?:${DAY_MONTH}|${ORDINAL_DATE}),? (?:${YEAR}|${YEAR_WORDS})|\d{1,2}\/(?:19|20)\d{2}))(?![\d\p{L}])`,
  'iu',
);
export function numberAfterName(text: string, name: number): Found | undefined {
  const at = pastTitle(text, name);
  // Long enough for a date in words ("the fourteenth of november nineteen fifty-eight").
  const rest = text.slice(at, at + 64);
  const date = DATE_AFTER_NAME.exec(rest);
  if (date) return { start: at + date[0].length - date[1].length, end: at + date[0].length, kind: 'date-of-birth' };
  const number = NUMBER_AFTER_NAME.exec(rest);
  return number ? { start: at + number[0].length - number[1].length, end: at + number[0].length, kind: 'hospital-number' } : undefined;
}

/**
 * Between "born" and a date, what makes it a cohort's bound, not someone's birthday ("children born on or after 1 January 2024",
 * "people born between 2 September 1944 and…", "babies born before 32 weeks since 1 April 2024", "a aned ar ôl 1 Medi 1945").
 */
const BOUND = String.raw`(?:after|before|between|from|since|until|till|prior to|ar [oô]l|cyn|rhwng|ers|hyd at)`;
/** The bound right after "born" ("born on or after", "a aned ar ôl") or right before the date ("…32 weeks since 1 April 2024"). */
const COHORT_BOUND = new RegExp(String.raw`^(?:born|(?:a )?aned|ganed|ganwyd|geni)(?: on or| in or| on| in)? ${BOUND}(?![\p{L}])|(?<![\p{L}])${BOUND} $`, 'iu');
/** What is born that is no person: a service, a movement or an idea ("The NHS was born in 1948", "GIG Cymru was born…"). */
const BORN_THING = /(?<![\p{L}])(?:nhs|gig|service|state|movement|idea|charity|profession|college|hospital|system)(?: [\p{L}]+)? (?:was|were|is) $/iu;
/** A group born, whose date is the cohort's ("children born in 2024", "people who were born in 1945", "plant a aned yn 2024"). */
const GROUP_BORN = /(?<![\p{L}])(?:children|babies|infants|people|adults|patients|women|men|girls|boys|those|anyone|everyone|individuals|cohort|plant|babanod|pobl|pawb|unrhyw un)(?: who (?:were|are|was|is))? $/iu;
/** A bound said after the date ("born in 2020 or later", "born 1 Sept 2004 onwards", "a aned yn 2020 neu wedyn"). */
const BOUND_AFTER = /^,? (?:or (?:later|after|earlier|before|since)|onwards?|and (?:after|later|before|earlier)|neu (?:wedyn|ar [oô]l|cyn hynny|cynt)|ymlaen)(?![\p{L}])/iu;
/** Whether the date-of-birth label opening `match` is "born" (or "a aned") said of a cohort or a thing, not a person. */
function bornOfNoOne(text: string, match: RegExpExecArray): boolean {
  if (!/^(?:born|(?:a )?aned|ganed|ganwyd|geni)/iu.test(match[0])) return false;
  const before = text.slice(Math.max(0, match.index - 40), match.index);
  const after = text.slice(match.index + match[0].length, match.index + match[0].length + 24);
  return COHORT_BOUND.test(match[0].slice(0, match[0].length - match[1].length)) || BORN_THING.test(before) || GROUP_BORN.test(before) || BOUND_AFTER.test(after);
}

/** A whole date with the person's age after it in brackets ("24/09/1997 (67B)", "1954-09-17 (67 mlwydd oed)"), or an age before it ("67yo 03/04/1956"). */
const AGE_MARK = String.raw`(?:yo|y\/o|yrs?|years? old|oed|mlwydd oed|[MFBG])`;
const DATE_WITH_AGE = new RegExp(
  String.raw`(?<![\d\p{L}./-])(${DATE})(?= ?\((?:(?:age|aged) \d{1,3}|(?:oed )?\d{1,3} ?${AGE_MARK}(?: [MFBG])?)\)|,? (?:age |aged )\d{1,3}(?![\d.]))|(?<![\d\p{L}])\d{1,3} ?(?:yo|y\/o|years? old|oed|mlwydd oed),? (${DATE})(?![\d\p{L}])`,
  'giu',
);
/**
 * A whole date after dotted initials is the person's ("J.E. 15/9/49", "pt L.K (3/2/87)", "S. R. 14/12/91"); after initials without dots,
 * only when the patient or "initials" comes first ("claf HL (15/04/1970)"): "ED 03/04/2024" is a visit.
 */
const INITIALS_DATE = new RegExp(String.raw`(?:(?<![\p{L}\p{N}.])(?:\p{Lu}\. ?){1,2}\p{Lu}\.?|(?<![\p{L}])(?:[Pp]t|PT|[Pp]atient|[Cc]laf|[Ii]nitials|[Ll]lythrennau):? \p{Lu}{2,3}),? ?\(?(${DATE})(?![\d\p{L}])`, 'gu');

/**
 * Letters that head a line before a date and are no one's initials: departments, tests, procedures, conditions and everyday words ("ED
 * 03/04/2024", "CT 12.03.2025", "MI 12/05/1998", "TIA 2/3/2009"). A visit, a scan or a past event, however long ago.
 */
const NOT_INITIALS = new Set(
  (
    'ED AE AMU ITU ICU OPD SAU MAU CAU CDU HDU GP MDT CT MRI ECG EEG EMG OGD CXR AXR USS US ENT MIU EAU FBC UE LFT SDEC PAU NICU SCBU ANC TFT CRP ' +
    'INR ABG VBG BP HR RR GCS PET DXA TTE TOE ETT AF MI TIA CVA PE DVT CABG PCI TKR THR LSCS IHD CKD DM HTN UTI RTA NOF BCC SCC TAH BSO ERCP TURP ' +
    'PPM ICD AVR MVR PVD SAH SDH ICH MS MND RA OA SLE HIV TB CLL AML ALL CML NHL HL MM PCOS IVF SVD BMT SCT OT PT DN CNS CNM OOH NHS GIG AKI ACS ' +
    'OD BD TDS QDS PRN IM IV SC PO NG PEG RIP DNR DNA DOD DOA DOS EDD LMP UK EU USA WHO ON AT IN BY OF TO AS IS NO OR AN UP SO IF IT WE HE AM PM ' +
    'YR MR MRS ANS AAB WH BHF RCT QOF GMC NMC HCA SHO FY ST SPR REG ANP ACP OPA FU FUP RV TCI TTO TTA EAS ECV PPH APH GDM CS VBAC BMI EGFR PSA ' +
    'CA HB WCC PLT ESR LP EUA OGTT HBA MRSA CDT COVID SARS RSV GBS IUD IUS COC POP HRT PID STI VTE PICC CVC NGT RIG SPC IDC'
  ).split(' '),
);
/** How many years before now a date must be, at least, to be a birth rather than a visit. */
const BIRTH_BEFORE_YEARS = 10;
/**
 * Bare initials heading a line or a message, then a date decades ago ("TF 02.02.1972 admitted with chest pain", "- DKM 12/12/1984 ar
 * warfarin"): the patient's initials and date of birth. Never letters that head a visit, a test or an event (NOT_INITIALS), nor a date
 * within the last ten years ("JT 14/03/2025 reviewed" is a note signed and dated). "Dr" there is the title or "DR" typed so: a title
 * before a date with no name between is a record's line all the same ("Dr 12/03/1956 admitted"). Dotted initials ("D.R.: 12/03/2012")
 * are no department's.
 */
// A bullet ("•") reads as a dot (normalise.ts).
const LINE_LEAD = String.raw`(?:^|[\n:;])[ \t]*(?:[-•*>.][ \t]*)?(?:(?:Re|RE|Fwd|FW|Next|Handover|Also|Then|Bed \d{1,2}|Gwely \d{1,2}|Bay \d{1,2}|Bae \d{1,2})[:,]?[ \t]+)?`;
/** What sets the date off from the letters, as a record or a hurried line does: a space or a tab, a comma, a colon, a dash or a bracket. */
const SET_OFF = String.raw`[ \t]*[,:][ \t]*|[ \t]+-[ \t]+|[ \t]*\(|[ \t]+`;
/** A whole date: day, month and year in figures ("12/03/2012", "12.3.12"), year first ("2012-03-12"), or the month in words ("12 March 2012"). */
const LINE_DATE = String.raw`\d{1,2}([./-])\d{1,2}\3(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?:st|nd|rd|th|af|il|ydd|ed|eg|ain|fed)? \p{L}{3,}\.?,? \d{4}`;
const LINE_INITIALS_DATE = new RegExp(String.raw`${LINE_LEAD}(\p{Lu}{2,3}|Dr|(?:\p{Lu}\.){2,3})(?:${SET_OFF})(${LINE_DATE})(?![\d\p{L}]|[./-]\d)`, 'gu');
const MONTH_NAME = new RegExp(`^${MONTH_WORD}$`, 'i');
/** The day, month and year of a date LINE_DATE took, the year in full; undefined when a part is no day, month or year. */
function dayMonthYear(date: string, now: number): { day: number; month: number; year: number } | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date);
  const figures = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})$/.exec(date);
  const words = /^(\d{1,2})\D* (\p{L}+\.?),? (\d{4})$/u.exec(date);
  const [day, month, year] = iso ? [iso[3], iso[2], iso[1]] : figures ? [figures[1], figures[2], figures[3]] : words && MONTH_NAME.test(words[2]) ? [words[1], '1', words[3]] : [];
  if (year === undefined) return undefined;
  const full = year.length === 4 ? Number(year) : Number(year) + (Number(year) > now % 100 ? 1900 : 2000);
  return { day: Number(day), month: Number(month), year: full };
}
function initialsThenBirth(layout: string): Found[] {
  const now = new Date().getUTCFullYear();
  return all(LINE_INITIALS_DATE, layout, (m) => {
    const [, letters, date] = m;
    const parts = dayMonthYear(date, now);
    if (NOT_INITIALS.has(letters) || !parts || parts.day < 1 || parts.day > 31 || parts.month < 1 || parts.month > 12) return undefined;
    if (parts.year > now - BIRTH_BEFORE_YEARS || parts.year < 1900) return undefined;
    return { start: m.index + m[0].length - date.length, end: m.index + m[0].length, kind: 'date-of-birth' };
  });
}

/** In `layout` (normalise.ts) a line starts where the message's lines do. */
export function datesOfBirth(text: string, layout = text): Found[] {
  const beside = [DATE_WITH_AGE, INITIALS_DATE].flatMap((pattern) =>
    all(pattern, text, (m) => {
      const date = m[1] ?? m[2];
      const start = m.index + m[0].lastIndexOf(date);
      return { start, end: start + date.length, kind: 'date-of-birth' };
    }),
  );
  // The year and day read together first ("DOB '56, 3rd April"), as an earlier span wins an overlap.
  return beside.concat(initialsThenBirth(layout), ...LABELLED_BIRTH.flatMap(([pattern, needs]) =>
    all(pattern, text, (m) => {
      if (bornOfNoOne(text, m)) return undefined;
      const start = m.index + m[0].length - m[1].length;
      return { start, end: m.index + m[0].length, kind: 'date-of-birth' };
    }, needs),
  ));
}

// Hospital, case-note and PAS numbers (Welsh PAS is WPAS), however the label is shortened: "hosp num", "hosp#", "H/N", "case note no".
const HOSPITAL_LABEL = String.raw`mrn|m\.r\.n\.?|crn|h/n|rn|hn|wpas|wcp ?id|k ?(?:no\.?|number)|(?:hospital|hosp\.?|unit|case ?notes?|case|notes|patient|pt|w?pas|record|medical record|mr) ?(?:no\.?|num\.?|number|id|#)|rhif (?:yr |y )?(?:ysbyty|claf|achos|uned|cofnod)|nodiadau achos|case ?notes(?= [A-Z]{1,3}\d{0,2}[ -]?\d)`;
// Groups after the first are digits, or letters before digits ("A123 456", "K 123 45B"), but a group of letters after a long run of
// digits is the next thing said ("MRN 00123456 R210 sent": the R210 is a genomic test).
// A letter may stand before the digits with a slash ("hosp no D/123456", "hospital no: m/765432").
const HOSPITAL_VALUE = String.raw`[A-Z]{0,4}[ /-]?\d[A-Z\d]*(?:[ \-./]{1,3}(?:(?<!\d{5}[ \-./]{1,3})[A-Z]{1,2})?\d[A-Z\d]*)*`;
// The label may be typed hard against a value that starts with letters ("mrnA1234567", "MRNK123456"): up to four letters, then a digit.
// Whose number it is may come between ("rhif ysbyty y claf yw M319-8639", "hospital number of the patient is RT1 672304").
const HOSPITAL = new RegExp(String.raw`(?<![a-z])(?:${HOSPITAL_LABEL})(?![a-z](?![a-z]{0,3}\d))\.?[^\w]{0,6}(?:(?:y claf|of the patient|for the patient|for (?:her|him)) )?(?:is |yw |ydy |number |no )?(${HOSPITAL_VALUE})`, 'gi');
/** A bare "ID" labels a person's number only before five digits or more ("ID HD642174", "ID: W 846998"); "ID 3" is a list's. */
const ID_LABELLED = /(?<![\p{L}\d])(?:ID|Id|id)(?: ?[:#=-] ?| )([A-Z]{0,3}[ -]?\d{5,10}[A-Z]?)(?![\p{L}\d])/gu;
/**
 * A number shaped as the health boards' and trusts' patient numbers are, with no label: up to three capitals, then six to eight digits
 * ("W496721", "K401362A", "HD642174", "CAV-3306619", "BCU-6088055"). Codes the learning needs are shorter ("DCB0129", "NG12",
 * "ISO27001", "R210") or lower case ("rs80357906"); a clinical trial's NCT number is public.
 */
const CODE_SHAPED = /(?<![\p{L}\p{N}_./-])(?!NCT)[A-Z]{1,3}-?\d{6,8}[A-Z]?(?![\p{L}\p{N}_-])/gu;
/**
 * A patient's number with no label but the patient ("pt 54338111 in bay 3", "pt b5103346", "claf U91594K"), or results chased for
 * it ("can u chase results for 10375865 and 10375865"): seven or eight digits, up to three letters (any case) and six to eight
 * digits, or a letter, five digits and a letter ("ISO27001" and "DCB0129" are standards). Unlabelled, eight digits are as often a
 * date, a lab's accession number or a PMID, so the cue must be right before the number or list of numbers. Gene variants and
 * sequence ids keep their letters ("pt rs80357906", "NM_000492").
 */
// Health boards' numbers are also letters, a digit or two and groups ("RT1 403713", "RT1-110134", "B421 7895", "X43 41 525"): six to nine
// digits, one group of three or more, and no unit after ("pt B12 1000 mcg" is a dose). "NHS" or "GIG" before groups labels an NHS
// number ("patient NHS 999 000 0018"), which identifiers of that kind remove whole.
const CUED_VALUE = String.raw`(?<![\p{L}\d])(?!rs|nm|nr|nc|ng|np|chr|nct|ensg?|pmid)(?:\d{7,8}|[A-Za-z]{1,3}\d{6,8}[A-Za-z]?|[A-Za-z]\d{5}[A-Za-z]|(?!(?:nhs|gig)[ -])[A-Z]{1,3}\d{0,3}(?:[ -]\d{2,7}){1,2}(?<=[A-Z]{1,3}(?=(?:[\d -]*\d){6})[\d -]{6,14})(?! ?(?:mg|mcg|ug|µg|units?|iu|ml|g|kg|mmol)(?![\p{L}])))(?![\p{L}\d])`;
const RESULTS_FOR = String.raw`(?:chase|chasing|check|checking|look up|find|send)(?: the| her| his)? (?:results?|bloods|labs|reports?|letters?|notes) (?:for|on)`;
const CUED_NUMBERS = new RegExp(String.raw`(?<![\p{L}])(?:(?:pt|patient|claf|client)(?: ref| id| no\.?)?|bed|bay|gwely|${RESULTS_FOR})[:#.-]? ?((?:${CUED_VALUE})(?:(?:, ?| and | & | a | ac )(?:${CUED_VALUE})){0,5})`, 'giu');
const ONE_CUED_VALUE = new RegExp(CUED_VALUE, 'giu');
/** A number in groups is a health board's only with its letters in capitals: "claf yw 657 001 6040" is a word and an NHS number. */
const GROUPED_IN_LOWER_CASE = /^\p{Ll}+\d{0,3}[ -]/u;
function cuedNumbers(text: string): Found[] {
  return all(CUED_NUMBERS, text, (m) => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, kind: 'hospital-number' })).flatMap((list) =>
    all(ONE_CUED_VALUE, text.slice(list.start, list.end), (v) => (GROUPED_IN_LOWER_CASE.test(v[0]) ? undefined : { start: list.start + v.index, end: list.start + v.index + v[0].length, kind: 'hospital-number' })),
  );
}

/**
 * What a patient's number is read off when no one names the number: the wristband, the ID band, the sticker or label on the notes, the
 * addressograph ("wristband no 3216925", "ID band says K1234567", "hosp sticker 0188699", "mae'r freichled yn dweud 1234567"). These
 * words label other things too ("the drug label says 500 mg", "band 5"), so only six digits or more after them.
 */
const READ_OFF_LABEL = String.raw`wrist ?band|id ?band|name ?band|hosp(?:ital)? ?band|band|(?:hosp(?:ital)?|patient|pt|notes) sticker|sticker|label|addressograph|[bf]reichled|sticer|label`;
const READ_OFF = new RegExp(
  String.raw`(?<![\p{L}])(?:${READ_OFF_LABEL})(?: (?:no\.?|number|num|rhif))?(?: (?:says|said|reads|shows|is|has|yn dweud|yw|ydy))?(?: it says)?[:#=-]? ?([A-Z]{0,3}[ /-]?\d{6,10}[A-Z]?)(?![\p{L}\p{N}]|[.,]\d)`,
  'giu',
);

export function hospitalNumbers(text: string): Found[] {
  const labelled = all(HOSPITAL, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    return m[1].replace(/\D/g, '').length >= 3 ? { start, end: m.index + m[0].length, kind: 'hospital-number' } : undefined;
  });
  const value = (m: RegExpExecArray): Found => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, kind: 'hospital-number' });
  return [...labelled, ...all(ID_LABELLED, text, value), ...all(READ_OFF, text, value), ...cuedNumbers(text)];
}
/**
 * The same typed in lower case, as a message in a hurry is ("bloods for k748468", "transfer bcu894493"): one to three letters and six
 * to eight digits, but not the prefixes of the public codes learning quotes in lower case (a variant's "rs80357906", a transcript's
 * "nm_000059", an ontology's "hp0001250", ClinVar's, Ensembl's, PubMed's), nor a code with a version or a path after it.
 */
const LOWER_CODE_SHAPED = /(?<![\p{L}\p{N}_./:#@=?&-])(?!rs|nm|nr|nc|ng|np|nt|nw|xm|xr|chr|nct|ens|pmid|pmc|hp|rcv|vcv|scv|gcst|mim|omim|hgnc|cosm|cosv|orpha|lrg|doi|isrctn)[a-z]{1,3}\d{6,8}[a-z]?(?![\p{L}\p{N}_/-]|[.:]\w)/gu;
/** Code-shaped numbers with no label (CODE_SHAPED, LOWER_CODE_SHAPED): a finder after the NI number's, which has the same letters and digits. */
export function codeShapedNumbers(text: string): Found[] {
  return [CODE_SHAPED, LOWER_CODE_SHAPED].flatMap((pattern) => all(pattern, text, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'hospital-number' })));
}

/**
 * A passport number after its label, in English or Welsh ("Passport No: 729646221", "rhif pasbort 951299417"): a UK passport's nine
 * digits, or another country's one or two letters and seven to nine digits ("AB1234567"). A few words may come between
 * ("passport number for the overseas referral is 951299417"), but no digit.
 */
const PASSPORT = /(?<![\p{L}])(?:passport|pasbort)(?![\p{L}])[^\d\n]{0,40}?(?<![\p{L}\d])(\d{9}|[A-Z]{1,2}\d{7,9})(?![\p{L}\d])/giu;
export function passportNumbers(text: string): Found[] {
  return all(PASSPORT, text, (m) => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, kind: 'passport-number' }));
}

const DIGIT_BY_DIGIT = /^\d(?: \d){9}$/;
/** The grouping NHS numbers are printed in: three, three and four, with a space or a dash. */
/** Words that say a number is a patient's, up to a sentence before it. */
const PATIENT_CUE = /(?<![a-z])(?:patient|pt|claf|client|resident|service user|mrs?|ms|miss|bed|bay|gwely|referred|referral|cyfeirio)(?![a-z])/i;
/** Words that say a number is a thing's: an order, an invoice, a ticket, a meeting. */
const THING_LABEL = /(?<![a-z])(?:order|invoice|ticket|lot|catalogue|catalog|meeting|esr|requisition|ref|reference|datix|grant|po|serial|batch|kit|zoom|id)\b[^\d]{0,20}$/i;
const NHS_LAYOUT = /^\d{3}(?: {1,8}| ?- ?)\d{3}(?: {1,8}| ?- ?)\d{4}$/;
/**
 * Whether the number at `at` is a thing's (THING_LABEL just before it), not the patient's: "datix for pt 497 733 3348" is the
 * patient's, as the patient comes after the thing.
 */
function thingsNumber(text: string, at: number): boolean {
  const thing = THING_LABEL.exec(text.slice(Math.max(0, at - 32), at));
  return thing !== null && !PATIENT_CUE.test(thing[0].replace(/^[\p{L}]+/u, ''));
}
/** Digits that each step by the same -1, 0 or +1 from the last: a count, a scale or a repeat, not an identifier. */
function isRun(digits: string): boolean {
  const step = Number(digits[1]) - Number(digits[0]);
  return Math.abs(step) <= 1 && [...digits].every((d, i) => i === 0 || Number(d) - Number(digits[i - 1]) === step);
}

/**
 * A label typed hard against the number ("NHS9434765919", "NHSno:9434765919", "rhifGIG9434765919", "pt9434765919"): the letters
 * just before the digits end in one.
 */
const GLUED_NHS_LABEL = /(?:nhs|gig)(?:no|num|number)?\.?[.:#]?$/i;
/** A general label typed hard against ten digits ("pt9434765919", "ref:9434765919"): an NHS number only with a valid check digit. */
const GLUED_LABEL = /(?:no|num|number|rhif|pt|id|ref)\.?[.:#]?$/i;
/**
 * Ten digits in any grouping, or with the first three in brackets as a phone number's area code is ("(472) 499 5424"); the label
 * decides when the grouping or check digit is unusual. Every start is tried (a lookahead), so a rejected run does not hide the
 * number after it: in "DOB 24/06/1966 581 731 4908" the first ten digits are "1966 581 731", the NHS number the next ten.
 */
const TEN_DIGITS = new RegExp(String.raw`(?<!\d)(?=(\(\d{3}\) {0,3}\d{3}(?:${SEP})?\d{4}|\d(?:(?:${SEP})?\d){9})(?!\d))`, 'g');
export function nhsAndChiNumbers(text: string): Found[] {
  const runs = [...text.matchAll(TEN_DIGITS)].map((m) => ({ at: m.index, written: m[1] }));
  // How like an NHS number a run is: a valid check digit, and then in the NHS grouping too.
  const likeness = ({ written }: { written: string }) => (isModulus11Valid(written.replace(/\D/g, '')) ? (NHS_LAYOUT.test(written) ? 2 : 1) : 0);
  // A run gives way to a likelier one starting inside it: in "NHS no 24/06/1966 581 731 4908" and "DOB 03.04.1958 401 234 5672"
  // the number is "581 731 4908", whether or not "1966 581 731" happens to check.
  const givesWay = (i: number, end: number) => {
    for (let j = i + 1; j < runs.length && runs[j].at < end; j++) if (likeness(runs[j]) > likeness(runs[i])) return true;
    return false;
  };
  const out: Found[] = [];
  runs.forEach((run, i) => {
    if (out.length > 0 && run.at < out[out.length - 1].end) return;
    const found = tenDigitNumber(text, run.at, run.written);
    if (found && !givesWay(i, found.end)) out.push(found);
  });
  return out;
}

/** The NHS or CHI number `written` at `at` is, if it is one. */
function tenDigitNumber(text: string, at: number, written: string): Found | undefined {
  // Digits straight after a letter are part of a code ("rs1234567890", "ENSG0001396180"), unless the letters are a label.
  const before = text.slice(Math.max(0, at - 12), at);
  const glued = /[A-Za-z][.:#]?$/.test(before);
  if (glued && GLUED_NHS_LABEL.test(before)) return { start: at, end: at + written.length, kind: 'nhs-number' };
  if (glued && !GLUED_LABEL.test(before)) return undefined;
  // A bracketed area code that starts with 0 is a phone number's ("(029) 207 4500"), the phone finder's to take; so is a number
  // dialled from abroad ("0044 29 2074 0493", "+44 29 2074 0493").
  if (written.startsWith('(0') || /^00 ?44/.test(written) || /\+ ?$/.test(before)) return undefined;
  const groups = written.split(/[ \-./_,()|:~+'*]+/).filter(Boolean);
  const digits = groups.join('');
  const span = { start: at, end: at + written.length };
  if (labelledBefore(text, at, LABELS.chi)) return { ...span, kind: isDdMmYy(digits) ? 'chi-number' : 'nhs-number' };
  if (labelledBefore(text, at, LABELS.nhs) || nhsLabelAfter(text, span.end)) return { ...span, kind: 'nhs-number' };
  // Unlabelled, a number typed digit by digit with spaces ("9 4 3 4 7 6 5 9 1 9") is one, but not a run ("0 1 2 ... 9",
  // "5 5 5 ..."), a list or a scale whatever its check digit, nor decimals ("0.5 1.2 3.4").
  const usual = OTHER_SEP.test(written) ? OTHER_SEP_LAYOUT.test(written) : groups.every((g) => g.length >= 2) || (DIGIT_BY_DIGIT.test(written.replace(/-/g, ' ')) && !isRun(digits));
  if (usual && isModulus11Valid(digits)) return { ...span, kind: 'nhs-number' };
  // Whatever its check digit, ten digits in the NHS number's own grouping ("pt 887 734 6010"), or ten in one run, said of a
  // patient are the patient's number (mistyped, or a CHI number from Scotland); an order's, an invoice's or a meeting's stays.
  if (!labelledBefore(text, at, PATIENT_CUE) || thingsNumber(text, at)) return undefined;
  if (NHS_LAYOUT.test(written) && !/^0/.test(digits)) return { ...span, kind: 'nhs-number' };
  if (/^\d{10}$/.test(written) && !isRun(digits)) return { ...span, kind: isDdMmYy(digits) ? 'chi-number' : 'nhs-number' };
  return undefined;
}

/**
 * An NHS number partly masked ("628387XXXX", "628 387 ****", "xxx xxx 6010"): what is left still narrows the patient down, and
 * the mask says it is a number someone meant to hide. Ten places in the NHS grouping or in one run, at least four of them
 * digits and at least one masked; unlabelled, only in the NHS grouping with six digits or more.
 */
const MASKED_TEN = /(?<![\p{L}\p{N}*#•])[\dXx*#•]{3}(?: {1,3}| ?- ?)?[\dXx*#•]{3}(?: {1,3}| ?- ?)?[\dXx*#•]{4}(?![\p{L}\p{N}*#•])/gu;
export function maskedNumbers(text: string): Found[] {
  return all(MASKED_TEN, text, (m) => {
    const places = m[0].replace(/[ -]/g, '');
    const digits = places.replace(/\D/g, '').length;
    if (digits === places.length || digits < 4) return undefined;
    if ([LABELS.nhs, LABELS.chi].some((label) => labelledBefore(text, m.index, label))) return { start: m.index, end: m.index + m[0].length, kind: 'nhs-number' };
    if (thingsNumber(text, m.index)) return undefined;
    return labelledBefore(text, m.index, PATIENT_CUE) || (NHS_LAYOUT.test(m[0].replace(/[Xx*#•]/g, '0')) && digits >= 6) ? { start: m.index, end: m.index + m[0].length, kind: 'nhs-number' } : undefined;
  });
}

// Two prefix letters (never D, F, I, Q, U, V; the second never O), six digits, a suffix A to D.
const NI_ISSUED = new RegExp(String.raw`(?<![A-Za-z\d])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?:[ \-.]{0,3}\d\d){3}[ \-.]{0,3}[A-D](?![A-Za-z\d])`, 'gi');
const NI_ANY = new RegExp(String.raw`(?<![A-Za-z\d])[A-Z]{2}(?:[ \-.]{0,3}\d\d){3}[ \-.]{0,3}[A-Z]?(?![A-Za-z\d])`, 'gi');
export function niNumbers(text: string): Found[] {
  const issued = all(NI_ISSUED, text, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'ni-number' }));
  const labelled = all(NI_ANY, text, (m) => (labelledBefore(text, m.index, LABELS.ni) ? { start: m.index, end: m.index + m[0].length, kind: 'ni-number' } : undefined));
  return [...issued, ...labelled];
}

/**
 * Where a UK phone number may start: +44 or 0044 (optionally "(0)"), a bare 44 before a mobile's 7 (kept only after a label:
 * "whatsapp 447700900515"), or a 0 (optionally bracketed) before a digit or a space and a digit ("0 7700 900 222"). Not inside a
 * word or a number, unless a phone label is typed hard against it ("tel07700900123", "mob:07700 900123"), nor at the month of a
 * date written year first ("2002-07-19 452 542").
 */
const PHONE_START = new RegExp(String.raw`(?<!(?<!\d)(?:19|20)\d\d[\-./])(?:(?<![\w+])|(?<=(?<![a-z])(?:${PHONE_WORDS})[.:#]?))(?:(?:\+ ?|00 ?)44[ -]?(?:\(0\)[ -]?)?|44 ?(?=7\d{3} ?\d{3} ?\d{3}(?!\d))|\(0(?=[1-9])|0(?=[ -]?\d))`, 'gi');
const PHONE_SEPARATOR = /[ ()\-./]/;

/** The end of the longest run of 9 or 10 digits (after the 0 or +44) in groups from `from`, and its groups and separators. */
function phoneEnd(text: string, from: number): { end: number; groups: number[]; separators: string } | undefined {
  let best: { end: number; groups: number[]; separators: string } | undefined;
  const groups: number[] = [];
  let separators = '';
  let count = 0;
  let group = 0;
  for (let at = from; at < text.length; ) {
    if (/\d/.test(text[at])) {
      count++;
      group++;
      at++;
      if (count > 10) break;
      if (!/\d/.test(text[at] ?? '') && count >= 9) best = { end: text[at] === ')' ? at + 1 : at, groups: [...groups, group], separators };
      continue;
    }
    let run = 0;
    while (run < 4 && PHONE_SEPARATOR.test(text[at + run] ?? '')) run++;
    if (run === 0 || run > 3 || !/\d/.test(text[at + run] ?? '')) break;
    if (group > 0) groups.push(group);
    separators += text.slice(at, at + run);
    group = 0;
    at += run;
  }
  return best;
}

/**
 * A UK mobile's eleven digits (07 and nine more) read as one whatever they are split by, when split evenly: one kind of separator,
 * and groups of two or more ("07700.900.135", "0 7700 900 222") or digit by digit ("0 7 7 0 0 9 0 0 5 3 2"). Decimals and dates mix
 * their separators or their group sizes ("0.7 1.25", "07/10/2024").
 */
function isSplitMobile(written: string): boolean {
  // Any UK number typed digit by digit with one kind of separator ("0 2 9 2 0 7 4 7 7 4 7", "+44 7 7 0 0 9 0 0 1 2 3") is one too.
  const international = /^(?:\+ ?|00 ?)44[ -]?(?:\(0\)[ -]?)?/.exec(written)?.[0] ?? '';
  const rest = written.slice(international.length);
  const national = (international ? '0' : '') + rest.replace(/\D/g, '');
  const single = rest.split(/\D+/).every((g) => g.length === 1) && new Set(rest.replace(/\d/g, '')).size === 1;
  // Not a count or a repeat ("0 7 7 7 7 7 7 7 7 7 7").
  if (single && /^0[1-9]\d{8,9}$/.test(national) && !isRun(national) && !isRun(national.slice(1))) return true;
  const digits = written.replace(/\D/g, '');
  if (!/^07\d{9}$/.test(digits) || /^07(\d)\1+$/.test(digits)) return false;
  const separators = new Set(written.replace(/\d/g, '').replace(/ +/g, ' '));
  const groups = written.replace(/^0[ .-]+(?=7)/, '0').split(/\D+/).map((g) => g.length);
  return separators.size <= 1 && (groups.every((g) => g >= 2) || groups.every((g) => g === 1) || written.split(/\D+/).every((g) => g.length === 1));
}
/** After a phone label, a mobile typed without its 0 ("mob 7700 900414", "ffôn symudol 7700900414"). */
const MOBILE_WITHOUT_ZERO = new RegExp(String.raw`(?<![a-z])(?:${PHONE_WORDS})(?: no\.?| number)?[.:#]? ?(7\d{3}[ -]?\d{3}[ -]?\d{3})(?![\d\p{L}])`, 'giu');

/**
 * After a phone label, a landline's six local digits without the area code, as a village's number is given ("tel 384384", "ring her on
 * 747 747", "ffôn 612345"). Not fewer: "call 111", "ring 2222", "ext 4567" are services and colleagues.
 */
const LOCAL_NUMBER = new RegExp(String.raw`(?<![a-z])(?:${PHONE_WORDS}|landline)(?: (?:no\.?|number|her|him|them|me|us|on|at|ar|back))*[.:#]? ?(\d{3}[ -]?\d{3})(?![\d\p{L}]|[.,/]\d)`, 'giu');

/**
 * A public service's number: non-geographic (03, 080, 084, 087), named as a service, a helpline or a line, and said of no one ("call 0300
 * 123 1234 for the service", "Macmillan support line 0808 808 0000", "llinell gymorth 0800 111 999"). A person's number given the same way
 * ("her daughter's number is 0300 123 1234", "ring the daughter on 0800 015 0000") is still theirs.
 */
const SERVICE_PREFIX = /^(?:03[0-79]\d|080[08]|084[2-5]|087[0-3])/;
const SERVICE_WORDS = /(?<![\p{L}])(?:help ?lines?|(?:support|advice|information|info|enquiry|enquiries|booking|appointments?|contact) ?lines?|lines?|services?|freephone|free|switchboard|clinic|team|office|centre|desk|llinell(?: gymorth| gyngor| ffôn)?|gwasanaeth|am ddim|rhadffon|swyddfa|canolfan|tîm)(?![\p{L}])/iu;
const SOMEONE_S = /(?<![\p{L}])(?:her|his|their|hers|him|them|she|he|mum|mother|dad|father|son|daughter|sister|brother|husband|wife|partner|relative|nok|next of kin|carer|neighbour|friend|niece|nephew|home|mobile|mob|personal|private|own|patient|pt|claf|ei|eu|mam|fam|tad|mab|fab|merch|ferch|chwaer|brawd|frawd|gŵr|ŵr|gwr|gwraig|wraig|perthynas|berthynas|cymydog|gymydog|ffrind|cartref|gartref|symudol)(?![\p{L}])/iu;
function isServiceNumber(text: string, start: number, end: number): boolean {
  if (!SERVICE_PREFIX.test(text.slice(start, end).replace(/\D/g, ''))) return false;
  // The clause it is said in: back to the last sentence's end and on to the next.
  const around = `${text.slice(Math.max(0, start - 60), start).split(/[.!?]/).pop()} ${text.slice(end, end + 40).split(/[.!?]/)[0]}`;
  return SERVICE_WORDS.test(around) && !SOMEONE_S.test(around);
}

export function phones(text: string): Found[] {
  const local = all(LOCAL_NUMBER, text, (m) => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, kind: 'phone' }));
  const withoutZero = local.concat(all(MOBILE_WITHOUT_ZERO, text, (m) => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, kind: 'phone' })));
  return withoutZero.concat(all(PHONE_START, text, (m) => {
    const found = phoneEnd(text, m.index + m[0].length);
    if (!found) return undefined;
    const labelled = labelledBefore(text, m.index, LABELS.phone);
    if (/^44/.test(m[0]) && !labelled) return undefined;
    // The leading 0 belongs to the first group: "07 700 900 123" is grouped in twos and threes.
    const groups = m[0].endsWith('0') ? [found.groups[0] + 1, ...found.groups.slice(1)] : found.groups;
    // Unlabelled, dots and slashes are decimals and dates ("0.25/0.5"), and single digits are lists ("0 1 2 3"), not phone numbers.
    const uneven = /[./]/.test(found.separators) || groups.some((g) => g < 2);
    if (!labelled && uneven && !isSplitMobile(text.slice(m.index, found.end))) return undefined;
    // A closing bracket is the number's own only when it opened one: "(07700 900123)" keeps its brackets round the placeholder.
    const end = text[found.end - 1] === ')' && !m[0].includes('(') ? found.end - 1 : found.end;
    if (isServiceNumber(text, m.index, end)) return undefined;
    return { start: m.index, end, kind: 'phone' };
  }));
}

const POSTCODE = /(?<![A-Za-z\d])([A-Z]{1,2}\d[A-Z\d]?)(?:[ \-.]{0,3})(\d[A-Z]{2})(?![A-Za-z\d])/gi;
/**
 * A digit and two letters that are a unit or an ordinal, not a postcode's inward code ("B12 2mg", "G6 1st"): only in lower case,
 * as units and ordinals are written ("CF10 4TH" is a postcode), and an ordinal only with its own digit ("2TH" is no ordinal).
 * Decilitres are left out: "1dl" is how "cf37 1dl" is typed, and a lab writes "g/dL". "2WW" is the two-week-wait referral ("NICE NG12 2WW").
 */
const UNITS = new Set(['mg', 'ml', 'kg', 'mm', 'cm', 'km', 'ug', 'iu', 'mu', 'hr', 'hz', 'am', 'pm', 'mo', 'yr', 'wk', 'gy', 'kb', 'mb', 'bp', 'ng', 'pg']);
const ORDINAL = /^(?:1st|2nd|3rd|[04-9]th)$/;
/** The two-letter UK postcode areas: after one ("cf23 9pg"), lower-case letters are still a postcode. */
const AREAS = new Set(
  'ab al ba bb bd bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt dy ec eh en ex fk fy gl gu gy ha hd hg hp hr hs hu hx ig im ip iv je ka kt kw ky la ld le ll ln ls lu me mk ml ne ng nn np nr nw ol ox pa pe ph pl po pr rg rh rm sa se sg sk sl sm sn so sp sr ss st sw sy ta td tf tn tq tr ts tw ub wa wc wd wf wn wr ws wv yo ze'.split(' '),
);
/** The one-letter UK postcode areas (Birmingham, London's, Glasgow, Liverpool, Manchester, Sheffield). */
const ONE_LETTER_AREAS = new Set(['b', 'e', 'g', 'l', 'm', 'n', 's', 'w']);
/** Guidance that names a two-week-wait referral: NICE's "NG12 2WW", "CG27 2WW"; with a real area's letters, "2WW" is an inward code ("CF83 2WW"). */
const GUIDANCE = /^(?:ng|cg|ph|ta|qs|dg|ipg|mtg|hst)\d/i;
function isUnitOrOrdinal(outward: string, inward: string): boolean {
  const area = /^[a-z]*/i.exec(outward)![0].toLowerCase();
  if (/^2ww$/i.test(inward)) return GUIDANCE.test(outward) || !(AREAS.has(area) || ONE_LETTER_AREAS.has(area));
  if (inward !== inward.toLowerCase() || AREAS.has(/^[a-z]*/i.exec(outward)![0].toLowerCase())) return false;
  return UNITS.has(inward.slice(1)) || ORDINAL.test(inward);
}
/**
 * A postcode with a space inside its outward code ("CF 14 4XW", "sa 62 5BB"): only a known area's letters and an inward code in
 * capitals, so "NG 12 2WW" (a referral) and "grade 3 1st" stay.
 */
const SPACED_OUTWARD = /(?<![A-Za-z\d])([A-Za-z]{1,2}) (\d[A-Za-z\d]?)(?:[ \-.]{1,3})(\d[A-Z]{2})(?![A-Za-z\d])/g;
/** The same with the inward code in lower case ("cf 14 4xw", "LL 18 5uj"): only after a two-letter area, and never a unit or an ordinal ("se 2 5mg"). */
const SPACED_OUTWARD_LOWER = /(?<![A-Za-z\d])([A-Za-z]{2}) (\d[a-z\d]?)(?:[ \-.]{1,3})(\d[a-z]{2})(?![A-Za-z\d])/g;
export function postcodes(text: string): Found[] {
  const written = all(POSTCODE, text, (m) => (isUnitOrOrdinal(m[1], m[2]) ? undefined : { start: m.index, end: m.index + m[0].length, kind: 'postcode' }));
  const spaced = all(SPACED_OUTWARD, text, (m) => {
    const area = m[1].toLowerCase();
    return (AREAS.has(area) || ONE_LETTER_AREAS.has(area)) && !isUnitOrOrdinal(m[1] + m[2], m[3]) ? { start: m.index, end: m.index + m[0].length, kind: 'postcode' } : undefined;
  });
  const spacedLower = all(SPACED_OUTWARD_LOWER, text, (m) => {
    const unit = UNITS.has(m[3].slice(1)) || ORDINAL.test(m[3]) || isUnitOrOrdinal(m[1] + m[2], m[3]);
    return AREAS.has(m[1].toLowerCase()) && !unit ? { start: m.index, end: m.index + m[0].length, kind: 'postcode' } : undefined;
  });
  return [...written, ...spaced, ...spacedLower];
}

/**
 * A labelled number typed with letters for digits, as people copy one off a sticker or a screen: O or o for 0, l or I for 1
 * ("NHS no 4O1 O89 8356", "mobile: 07700 9OO123"). Only after an NHS or phone label, and only when most of it is digits.
 */
const LOOKALIKE = /(?<![\p{L}\d])[\dOoIl](?:[ \-.]{0,2}[\dOoIl]){9,10}(?![\p{L}\d])/gu;
export function lookalikeNumbers(text: string): Found[] {
  return all(LOOKALIKE, text, (m) => {
    const digits = m[0].replace(/[ \-.]/g, '');
    const real = digits.replace(/\D/g, '').length;
    // In the NHS grouping ("68O 5ll 6OI5") fewer digits are enough: the grouping and the label or the check digit say what it is.
    const grouped = NHS_LAYOUT.test(m[0].replace(/[OoIl]/g, '0'));
    if (real === digits.length || real < (grouped ? 5 : 7)) return undefined;
    const span = { start: m.index, end: m.index + m[0].length };
    if (digits.length === 10 && (labelledBefore(text, m.index, LABELS.nhs) || nhsLabelAfter(text, span.end))) return { ...span, kind: 'nhs-number' };
    if (/^0/.test(digits) && labelledBefore(text, m.index, LABELS.phone)) return { ...span, kind: 'phone' };
    // Said of a patient, ten that read as a valid NHS number once the letters are digits ("pt 6O83 922 593").
    const read = digits.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
    if (digits.length === 10 && isModulus11Valid(read) && labelledBefore(text, m.index, PATIENT_CUE) && !thingsNumber(text, m.index)) return { ...span, kind: 'nhs-number' };
    return undefined;
  });
}

/**
 * An NHS number given in parts, as read out over a frozen screen: "nhs no starts 411 383 and ends 7228", "rhif GIG yn dechrau 411
 * 383". Each part after "starts", "begins" or "ends" (or the Welsh) goes, when an NHS label is a sentence before.
 */
const NUMBER_PART = /(?<![\p{L}])(?:starts|starting|begins|beginning|ends|ending|dechrau|gorffen|diweddu)(?: with| in| on| gyda| efo| â| ag| yn)? ((?:\d{3}[ -]?){1,2}\d{3,4}|\d{3,4})(?![\d\p{L}])/giu;
/**
 * An NHS number read out in groups with words or marks between them ("nhs no is 418 then 542 then 0277", "rhif GIG 418 wedyn 542 wedyn
 * 0277", "NHS 418, 542, 0277"): groups of two to five digits that make ten together, after an NHS label.
 */
const GROUP_JOIN = String.raw`(?: ?[,/&+] ?| (?:then|and|wedyn|yna|ac|a|an?d? then|,? then) )`;
const SPLIT_GROUPS = new RegExp(String.raw`(?<![\d\p{L}.])\d{2,5}(?:${GROUP_JOIN}\d{2,5}){1,4}(?![\d\p{L}]|[.,]\d)`, 'giu');
export function partNhsNumbers(text: string): Found[] {
  const parts = all(NUMBER_PART, text, (m) => (labelledBefore(text, m.index, LABELS.nhs) ? { start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, kind: 'nhs-number' } : undefined));
  const split = all(SPLIT_GROUPS, text, (m) => (m[0].replace(/\D/g, '').length === 10 && labelledBefore(text, m.index, LABELS.nhs) ? { start: m.index, end: m.index + m[0].length, kind: 'nhs-number' } : undefined));
  return [...parts, ...split];
}
