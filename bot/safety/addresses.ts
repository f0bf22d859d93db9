import { all, type Found } from './identifiers';
import { isEverydayWord } from './name-like';

/**
 * Street addresses in normalised text (see normalise.ts): a house number, the street's name and its
 * kind ("12 High Street", "4a Cathedral Rd", "Flat 3, 22 Heol y Parc", "7 Stryd Fawr"), capitalised
 * as addresses are written, or in any case after "lives at", "address" or "yn byw yn". A postcode
 * beside it is its own finder's. Clinical text keeps its numbers ("12 week course", "bed 12", "ward 7B",
 * "5 Year Forward View", "6 Minute Walk Test").
 */
// Not "view", "walk", "green" or "rise": "the Five Year Forward View", "a 6 Minute Walk test".
const KINDS_AFTER = 'street|st|road|rd|avenue|ave|lane|close|drive|dr|way|crescent|cres|terrace|place|court|gardens|grove|park|hill|square|sq|mews|parade|villas|cottages';
const KINDS_BEFORE = 'heol|ffordd|stryd|lôn|lon|rhodfa|cilgant|teras|sgwâr|maes|bryn|cwrt|clos|llwyn|parc|llys|plas|tŷ|ty|bythynnod|rhes|cae|pant|erw|coed|nant|waun|hafod|gerddi|trem|allt|ystad|stad';
/** A kind as written in any case ("Street", "street", "STREET"), for the case-sensitive pattern. */
const anyCase = (kinds: string) => kinds.split('|').flatMap((k) => [k, k[0].toUpperCase() + k.slice(1), k.toUpperCase()]).join('|');
const FLAT = String.raw`(?:(?:[Ff]lat|[Aa]partment|[Aa]pt|[Uu]nit|[Ff]?[Ff]lat|FLAT)\.? \d{1,4}[a-zA-Z]?(?:,? |\/))?`;
const NUMBER = String.raw`\d{1,4}[a-zA-Z]?,? `;
/** A word of a street's name: capitalised, or a Welsh article or linking word ("Heol y Parc", "Ffordd yr Orsaf"). */
const NAMED = String.raw`(?:\p{Lu}[\p{L}'’-]*|y|yr|'r|’r|st\.?|of|the)`;
// A Welsh name joined by "-y-" or "-yr-" is a street or a house's name on its own ("3 Maes-y-Coed", "14 Pen-y-Bryn").
const JOINED = String.raw`\p{Lu}\p{Ll}+-(?:y|yr)-\p{L}[\p{L}'’-]*`;
const WRITTEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${FLAT}${NUMBER}(?:(?:${NAMED} ){0,3}\p{Lu}[\p{L}'’-]* (?:${anyCase(KINDS_AFTER)})\b\.?|(?:${anyCase(KINDS_BEFORE)})(?:['’]r)? (?:${NAMED} ){0,2}\p{Lu}[\p{L}'’-]*(?![\p{L}\p{N}'’-])|${JOINED})`,
  'gu',
);
/**
 * In lower case with no label, a number before a word only streets are called in Welsh, and the street's name ("12 heol y parc",
 * "16 rhodfa'r orsaf"), or before an English street's name and kind ("flat 4, 29 richmond road"); not "a lane", "close", "park" or
 * "way", which are everyday words ("4 close contacts"), nor a word that starts something else ("the 5 ring road").
 */
const WELSH_STREETS = 'heol|ffordd|stryd|rhodfa|cilgant|teras|clos|trem|lôn';
const LOWER_WELSH_STREET = new RegExp(String.raw`(?<![\p{L}\p{N}])${FLAT}\d{1,4}[a-z]?,? (?:${WELSH_STREETS})(?:['’]r | y | yr | )\p{Ll}{3,}(?![\p{L}\p{N}'’-])`, 'gu');
// "rd" too ("45 cathedral rd"), but not "st", which is also "ST elevation" ("2 leads st elevation").
const LOWER_ENGLISH_STREET = new RegExp(String.raw`(?<![\p{L}\p{N}])${FLAT}\d{1,4}[a-z]?,? ((?:\p{Ll}{3,} ){1,2})(?:road|rd|street|avenue|crescent|terrace|drive)(?![\p{L}\p{N}'’-])`, 'gu');
const NOT_A_STREETS_NAME = new Set('main ring side back minor major new old the and for with from one two three four five six ten'.split(' '));
const LABEL = String.raw`(?:lives at|living at|lives on|home:|home is|adref:|(?:home )?visit to|ymweliad cartref (?:â|a)|address(?: is)?:?|home address:?|cyfeiriad(?: yw)?:?|yn byw yn|yn byw ar|byw yn)`;
const LABELLED = new RegExp(
  // After a label the house number may be left out: the street alone ("lives on Heol Fawr", "lives at Station Road") says where.
  // Each word of the name holds a letter: "address: 66 stryd fawr - BRCA1 result back?" ends at "fawr".
  String.raw`(?<![\p{L}])${LABEL} (${FLAT}(?:${NUMBER})?(?:(?:[\p{L}'’-]+ ){0,3}(?:${KINDS_AFTER})\b\.?|(?:${KINDS_BEFORE})(?:['’]r)? (?:[\p{L}'’-]*\p{L}[\p{L}'’-]* ?){1,3}))`,
  'giu',
);

/**
 * After a label and a house number, the house's or street's name however it is made ("lives at 23 Penrhos", "byw yn 23 Nant y Felin",
 * "lives at no 12 heol y parc"). "lives" alone or with "@" is a label only before a street's kind ("she lives 12 heol y parc",
 * "lives @ 4 Station Road"): "lives 2 hours away", "lives 5 doors down".
 */
const LABEL_THEN_NUMBER = new RegExp(String.raw`(?<![\p{L}])(${LABEL}|lives|living|lives @) (?:no\.? |number |rhif )?(${FLAT}\d{1,4}[a-zA-Z]?,? )`, 'giu');
const STREET_KIND = new RegExp(String.raw`(?<![\p{L}])(?:${KINDS_AFTER}|${KINDS_BEFORE})(?:['’]r)?(?![\p{L}])`, 'iu');
const NAME_WORDS = /^(?:\p{Lu}[\p{L}'’-]*|y|yr|'r|’r)(?: (?:\p{Lu}[\p{L}'’-]*|y|yr|'r|’r)){0,3}(?![\p{L}])/u;
/**
 * After a label and a house number the name may be typed in lower case ("lives at 46 tan y bryn"): words up to one that says
 * something else ("lives at 46 with her son", "byw yn 3 gyda'i merch").
 */
const ANY_WORDS = /^[\p{L}'’-]+(?: [\p{L}'’-]+){0,3}/u;
const ENDS_A_STREET_NAME = new Set(
  'with and in on for since but or as at near her his their alone now still is was has who which that where when so because of from to by hours hour miles mile minutes mins km years weeks days months yn gyda gyda’i gyda\'i a ac ar ers efo ond mae oedd gan am i o'.split(' '),
);
function lowerCaseName(text: string, at: number): string | undefined {
  const words = ANY_WORDS.exec(text.slice(at, at + 80))?.[0].split(' ') ?? [];
  const stop = words.findIndex((w) => ENDS_A_STREET_NAME.has(w.toLowerCase()));
  const name = (stop < 0 ? words : words.slice(0, stop)).join(' ').replace(/ (?:y|yr)$/u, '');
  return /\p{L}{3}/u.test(name) ? name : undefined;
}
/** A house's name after "lives at" or an address label, capitalised as names are ("lives at The Old Rectory", "lives at Fferm Tŷ Newydd"). */
const LABEL_THEN_HOUSE = /(?<![\p{L}])(?:lives at|living at|address:|home address:?|cyfeiriad:|yn byw yn|byw yn|yn byw ar) ((?:The|Fferm|Tŷ|Ty|Plas|Bryn|Cae|Pen|Tan) (?:\p{Lu}[\p{L}'’-]*|y|yr)(?: (?:\p{Lu}[\p{L}'’-]*|y|yr)){0,2})(?![\p{L}])/gu;

/**
 * After "at", a house number and one Welsh word made of a place's parts ("at 6 Maesyrhaf", "visit @ 3 Brynhyfryd", "at 12 Pantycelyn"):
 * the word starts with a Welsh place element and is no dictionary word ("at 2 Penicillin doses" is medicine).
 */
const AT_WELSH_HOUSE = /(?<![\p{L}])(?:at|@) (\d{1,4}[a-z]?,? ((?:Maes|Bryn|Pen|Cae|Tan|Llys|Plas|Parc|Coed|Nant|Pant|Glan|Hafod|Llwyn|Erw|Bron|Fron|Waun|Cwm|Dol|Heol|Rhos|Tal|Ty|Tŷ)\p{Ll}{3,}))(?![\p{L}\p{N}'’-])/gu;
/**
 * The same with no "at" ("pt from 3 Maesyrhaf", "DN visit: 7 Brynhyfryd"), only after the elements a medicine's or a product's name does
 * not start with: "2 Pantoprazole", "4 Pen Needles", "2 Plasma-Lyte", "2 Bronchodilators", "3 Talc" and "2 Dolmatil" are stock, not homes.
 */
const NUMBERED_WELSH_HOUSE = /(?<![\p{L}\p{N}.,/:-])(\d{1,4}[a-z]?,? ((?:Maes|Bryn|Llys|Coed|Nant|Hafod|Llwyn|Erw|Waun|Rhos|Glan)\p{Ll}{3,}))(?![\p{L}\p{N}'’-])/gu;

/**
 * A street written after a house's name or a flat and a comma ("Tŷ Gwyn, Ffordd Penrhos", "Fflat 6, Trem y Môr"): the street is the
 * address's too. Its kind before or after its name, as WRITTEN reads them, with or without a house number.
 */
const STREET = String.raw`(?:${NUMBER})?(?:(?:${anyCase(KINDS_BEFORE)})(?:['’]r)? (?:${NAMED} ){0,2}\p{Lu}[\p{L}'’-]*|(?:${NAMED} ){0,3}\p{Lu}[\p{L}'’-]* (?:${anyCase(KINDS_AFTER)})\b\.?)(?![\p{L}\p{N}'’-])`;
const STREET_AFTER_COMMA = new RegExp(String.raw`^, ${STREET}`, 'u');
const FLAT_THEN_STREET = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[Ff]{1,2}lat|FFLAT|FLAT|[Aa]partment|[Aa]pt|[Uu]nit)\.? \d{1,4}[a-zA-Z]?, ${STREET}`, 'gu');
function withStreetAfter(text: string, span: Found): Found {
  const street = STREET_AFTER_COMMA.exec(text.slice(span.end, span.end + 80));
  return street ? { ...span, end: span.end + street[0].length } : span;
}

/** A word every address label (LABELLED, LABEL_THEN_NUMBER, LABEL_THEN_HOUSE) has. */
const LABEL_WORD = /liv(?:es|ing)|home|adref|visit|ymweliad|address|cyfeiriad|byw/i;

export function addresses(text: string): Found[] {
  const numbered = all(LABEL_THEN_NUMBER, text, (m) => {
    const end = m.index + m[0].length;
    const name = NAME_WORDS.exec(text.slice(end, end + 80))?.[0].replace(/ (?:y|yr|'r|’r)$/u, '') ?? lowerCaseName(text, end);
    if (!name || (/^lives(?: @)?$|^living$/i.test(m[1]) && !STREET_KIND.test(name))) return undefined;
    return { start: end - m[2].length, end: end + name.length, kind: 'address' };
  }, LABEL_WORD);
  const lowerWelsh = all(LOWER_WELSH_STREET, text, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'address' }));
  const lowerEnglish = all(LOWER_ENGLISH_STREET, text, (m) =>
    m[1].trim().split(' ').some((w) => NOT_A_STREETS_NAME.has(w) || ENDS_A_STREET_NAME.has(w)) ? undefined : { start: m.index, end: m.index + m[0].length, kind: 'address' },
  );
  const atHouse = [AT_WELSH_HOUSE, NUMBERED_WELSH_HOUSE].flatMap((pattern) =>
    all(pattern, text, (m) => (isEverydayWord(m[2]) ? undefined : { start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, kind: 'address' })),
  );
  const house = all(LABEL_THEN_HOUSE, text, (m) => ({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, kind: 'address' }), LABEL_WORD);
  const flat = all(FLAT_THEN_STREET, text, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'address' }), /flat|apartment|apt|unit/i);
  const written = all(WRITTEN, text, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'address' }));
  const labelled = all(LABELLED, text, (m) => {
    const end = m.index + m[0].length;
    return { start: end - m[1].length, end: end - (m[1].length - m[1].trimEnd().length), kind: 'address' };
  }, LABEL_WORD);
  return [...written, ...labelled, ...numbered, ...house, ...flat, ...lowerWelsh, ...lowerEnglish, ...atHouse].map((span) => withStreetAfter(text, span));
}
