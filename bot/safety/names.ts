import { GIVEN_NAMES, isListedSurname, namedAfter, SURNAMES, WORD_NAMES } from './given-names';
import { MICROBES, placedNames } from './placed-names';
import { namesByKin } from './names-by-kin';
import { handleNames } from './handles';
import { framedGivenNames, lowerRecordNames } from './framed-names';
import { referralNames } from './referral-names';
import { isEverydayEnglish, isEverydayWord, isListedName, isNameLike } from './name-like';
import { radicals } from '../i18n/mutations';
import { all, bracketedDateAfter, numberAfterName, type Found } from './identifiers';

/**
 * People's names in normalised text (see normalise.ts). A name has no shape of its own, so only a
 * name the text marks as one is found: after a title ("Mrs Jones", "mr o'neill", "Ms A. Price-Davies";
 * the title stays, the name goes), after a label ("patient name: ...", "her name is ...", "enw'r claf
 * yw ..."), after "called", "named" or "o'r enw" beside a person ("a lady called Mair Jones"), or
 * capitalised straight after the person it names ("my patient Mary Evans"), a listed given name with a surname ("saw Gareth
 * Williams"), or alone where the talk marks it as a person ("Gareth is worried", "I saw Bethan today"). A capitalised word
 * that is no listed given name is left unmarked: guessing would take the eponyms learning needs (Lynch, Down, Huntington)
 * and every capitalised word at the start of a sentence.
 */

/** Products named after a title's lookalike ("MS Teams", "Ms Word"): never a name, even where a surname may be any word. */
const PRODUCTS = 'men teams word excel copilot outlook forms office edge sharepoint onedrive onenote bookings stream viva azure windows powerpoint planner visio loop whiteboard chatgpt google gemini alexa siri who foster act';
const PRODUCT_WORDS = new Set(PRODUCTS.split(' '));
/** Words that follow a title or a label but are not a name: function words (English, Welsh) and products. */
const NOT_A_NAME = new Set(
  [
    'a an the and or but nor so then than too very also just still again only not no yes is are was were be been being am',
    'has have had do does did can could should would will shall may might must need needs want wants got gets get said says',
    'asked asks told tells came went is isn in on at to of for from by with without about as if into onto after before over',
    'under up down out off he she they it his her their him them hers its who whom whose what which when where why how that',
    'this these those there here i we you me my our your us today yesterday tomorrow tonight now please thanks thank who',
    'however although though unfortunately fortunately sadly thankfully hopefully otherwise meanwhile',
    // A label's word after the patient ("claf Rhif GIG", "patient Number"), not a name.
    'rhif number',
    'regurgitation severity grade mild moderate severe echo repair',
    // A month after a name starts a date ("Wei Pugh March 17, 1963"), not a surname.
    'january february march april june july august september october november december ionawr chwefror ebrill mehefin gorffennaf hydref tachwedd rhagfyr',
    'yn ac ond gyda efo i o ar am wedi sy sydd yw ydy mae oedd ei eu y yr fy ein hi fe fo nhw angen eisiau heddiw ddoe',
    PRODUCTS,
  ].join(' ').split(' '),
);

// A title and what may follow it: "Miss" and "Ms" only before a capital ("if they miss the dose", "ms patients"). In capitals,
// "MR" and "MS" are also magnetic resonance and multiple sclerosis: a name follows them only capitalised ("MR WILLIAMS", "MR
// Williams"), and never a word such things come with ("MR SCAN", "MS Nurse", "MS patients").
// A dot may run straight on to the name ("Mrs.Jones", and after "mr" or "mrs" in lower case too: "mrs.jones", not an address's "mrs.jones1948").
// A doctor's, a minister's or a nurse's title names a person too, a colleague's or a patient's ("Dr Baker has a BRCA2 variant", "Parch
// Jenkins", "Sister Lewis-Owen", "Sr Morgan", "Doctor Evans"): only before a capital. Not "Sir", which in Welsh is a county ("Sir Benfro", "Sir Gâr").
// Welsh titles: "Meistr" and "Mistar" (Master, Mister), "Meistres", "Bonwr" and "Bonesig" (Mr and Mrs, formally), "Yr Athro" (Professor; "athro"
// alone is a teacher).
const TITLE = /(?<![\p{L}\p{N}])(?:(Mrs|MRS|Mr|Mx|mrs|mr|mx)|(Ms|Miss|MISS|Master|Mstr|Dr|DR|Doctor|Prof|Professor|Rev|Revd|Parch|Lady|Dame|Sister|Sr|Meistr|Meistres|Mistar|Bonwr|Bonesig|(?<=[Yy]r )Athro)|(MR|MS|MX))(?:\.?(?= )|\.(?=\p{Lu})|(?<=[Mm]rs?)\.(?=\p{Ll}[\p{Ll}'’-]*(?![\p{Ll}'’\p{N}_@-]|\.\p{L})))/gu;
const WELSH_TITLES = new Set(['Meistr', 'Meistres', 'Mistar', 'Bonwr', 'Bonesig', 'Athro']);
const NOT_A_NAME_AFTER_CAPITALS = new Set(
  [
    'scan scans scanner imaging image images angiography angiogram angio enterography arthrogram venogram venography colonography',
    'urography perfusion spectroscopy guided conditional safe unsafe compatible contrast sequence sequences findings report reports',
    'department physics physicist radiographer radiographers list slot booking head brain spine prostate pelvis liver cardiac',
    'breast knee shoulder hip abdomen chest neck society trust nurse nurses clinic clinics team service services patient patients',
    'relapse relapsing progressive primary secondary diagnosis treatment treatments drug drugs medication specialist register',
    'mri ct pet us dwi flair',
  ].join(' ').split(' '),
);
/** What a patient-name label is on a form ("the patient name field", "patient name band"), not the name. */
const FORM_WORDS = new Set(
  [
    'field fields box boxes label labels sticker stickers tag tags band bands badge column columns line lines section entry entries maes blwch',
    // What a question says of the name itself ("does the patient name matter", "is the patient name enough to identify them").
    'matter matters needed required enough important necessary used shown displayed visible ok okay fine safe allowed identifiable alone only',
  ].join(' ').split(' '),
);
/** Words of a heading or a form before an identifier, not a name ("Patient Details, DOB", "Referral Form NHS number"). */
const HEADING_WORDS = new Set('details detail form forms referral referrals request requests name names number numbers date birth label labels sticker stickers field fields record records hospital clinic ward genetic genetics genomic genomics service test tests result results syndrome disease screening the enw manylion claf cais'.split(' '));
/** A label that says whose name follows: the patient's. */
const PATIENT_NAME = /^(?:patient|pt|client|service user|resident)(?:['’]?s)? (?:full |first |last |sur)?name$/iu;
/**
 * A name as a patient list writes it, surname first ("pt: JONES, Mary", "patient Jones, Mary"): only after a label for the
 * patient, since "NICE, Public Health Wales" is written the same way.
 */
const SURNAME_FIRST = /(?<![\p{L}])(?:[Pp]t|PT|[Pp]atient|PATIENT|[Cc]laf|[Nn]ame|NAME|[Ee]nw)\s?[:=-]?\s?(\p{Lu}[\p{L}'’-]+, \p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)/gu;
/**
 * A record's name pasted without its label: a surname and a given name, either order, straight before a whole date ("NHS#… Probert
 * Megan 28.03.1969", "VAUGHAN, TOMASZ (23.07.1974)"), or a surname in capitals before a given name ("MORGAN, carys / DG: …"). One word
 * must be a listed given name and the other could be a name: "Lynch Syndrome 03/04/2024" and "NICE, Mary" are no one.
 */
const NAME_BEFORE_DATE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+),? (\p{Lu}[\p{L}'’-]+)(?=,? ?\(?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d))/gu;
// Read before a label's reading, which ends at the comma ("Enw'r claf: MORGAN, carys"); the given name in any case (listedNames takes "JONES, Mary" too).
const CAPITALS_BEFORE_GIVEN = /(?<![\p{L}'’-])(\p{Lu}{2}[\p{Lu}'’-]+), (\p{L}+)(?![\p{L}'’-])/gu;
function recordNames(layout: string): Found[] {
  const notName = (word: string) => [NOT_A_NAME, NOT_NAMED_BESIDE, HEADING_WORDS, SEXES, GREETINGS].some((list) => list.has(word.toLowerCase()));
  /** One word a listed given name (the second, when `givenSecond`), the other one that could be a name. */
  const pair = (m: RegExpExecArray, givenSecond: boolean): Found | undefined => {
    const [first, second] = [m[1], m[2]];
    if (notName(first) || notName(second)) return undefined;
    // A given name that is also a word only beside a listed surname ("JONES, Gwen", "Jones, Gwen 12/03/1956").
    const isGiven = (word: string, other: string) => GIVEN_NAMES.has(word.toLowerCase()) || (WORD_NAMES.has(word.toLowerCase()) && !isEverydayEnglish(word) && isListedSurname(other));
    const other = isGiven(second, first) ? first : !givenSecond && isGiven(first, second) ? second : undefined;
    return other !== undefined && isNameLike(other) ? { start: m.index, end: m.index + m[0].length, kind: 'name' } : undefined;
  };
  // In the layout, so a table's fields ("Pritchard\tBethan\t18/03/1992") stay the table finder's, each field its own.
  return [...all(NAME_BEFORE_DATE, layout, (m) => pair(m, false)), ...all(CAPITALS_BEFORE_GIVEN, layout, (m) => pair(m, true))];
}

/** "pt: Female, 67" gives a sex, not a surname. */
const SEXES = new Set(['male', 'female', 'man', 'woman', 'boy', 'girl', 'baby', 'gwryw', 'benyw', 'dyn', 'menyw']);
const LABEL = new RegExp(
  [
    // The possessive's apostrophe is often left out ("pts name is").
    String.raw`(?:patient|pt|client|service user|resident|baby|child)(?:['’]?s)? (?:full |first |last |sur)?name`,
    String.raw`name of (?:the |my |this |our )?(?:patient|pt|lady|man|woman|gentleman|client|baby|child)`,
    String.raw`(?:his|her|their) (?:full |first |last |sur)?name`,
    String.raw`full name|surname|forename|first name`,
    String.raw`enw['’]r (?:claf|babi|plentyn)|enw llawn|enw cyntaf|ei (?:h)?enw|cyfenw(?:['’]r claf)?`,
  ].map((label) => `(?<![\\p{L}])(?:${label})(?![\\p{L}])`).join('|') +
    // A bare "name" with a colon anywhere ("like we did for Name: ..."), or with "-" or "=" where a line starts.
    String.raw`|(?<![\p{L}_])(?:name|enw)(?= ?:)|(?:^|[\n,;(])\s*(?:name|enw)(?= ?[=-])`,
  'giu',
);
/** "name" or "enw" anywhere: every LABEL and NAMED_AS says one. */
const NAME_SAID = /name|enw/i;
/** Between a label and the name: "is", "'s", "yw", ":" or "-" ("her name is", "her name's", "enw'r claf yw", "name: ..."). */
const LABEL_TAIL = /^(?:['’]s |(?: ?(?:(?:is|was|yw|ydy|oedd)(?![\p{L}'’]) ?[:=-]?|[:=-]) ?))/iu;
const CALLED = /(?<![\p{L}])(?:patient|pt|lady|gentleman|gent|man|woman|girl|boy|baby|child|toddler|client|resident|mum|mother|dad|father|son|daughter|husband|wife|partner|someone|somebody|chap|relative|sister|brother) (?:called|named|by the name of) |(?<![\p{L}])o['’]r enw /giu;

// A name straight after the person it names ("my patient Mary Evans has...", "the lady Siân", "fy nghlaf Dafydd"): only a
// lower-case noun (a heading's "Patient Information" is no name) and a word capitalised as a name is, never a word such
// things are called ("patient Safety", "patient Portal") nor an eponym ("the patient Lynch syndrome"...).
const PERSON = String.raw`patient|pt|client|resident|service user|lady|gentleman|gent|man|woman|girl|boy|baby|toddler|claf|nghlaf|glaf|dyn|menyw|dynes`;
/** A relative, whose name beside a patient's genetic result identifies the family ("her sister Carys Jones is also BRCA2+", "chwaer Catrin Puw"). */
const RELATIVE = String.raw`mum|mother|dad|father|son|daughter|sister|brother|husband|wife|partner|aunt|auntie|uncle|niece|nephew|cousin|grandmother|grandfather|grandson|granddaughter|nan|nana|gran|granny|grandad|grandpa|twin|mam|tad|mab|merch|chwaer|brawd|gŵr|gwr|gwraig|modryb|ewythr|nain|taid|mamgu|tadcu|cefnder|cyfnither|nai|nith|wyres|ŵyr`;
// After the person, the name may follow a colon, an "is" or a comma ("pt: M Jones", "pt is Gareth Williams", "y claf, Gwenllian
// Roberts, sydd...", "her son is Rhys Price").
// A comma only after the patient: "sister, Withybush chemotherapy suite" is a nursing sister and where she works.
/**
 * A name heading a referral, its identifiers straight after it ("Gwenllian Morgan, DOB 18/2/1948", "Pt Megan Hughes MRN 00123456",
 * "Tomos Rhys Jenkins, NHS No 4953381432"): two or three capitalised words before a date of birth, an NHS or a hospital number.
 */
const IDENTIFIER_LABEL = String.raw`d\.?o\.?b\b|date of birth|born\b|dg\b|dyddiad geni|mrn\b|hosp(?:ital)? ?(?:no|num|number|#)|nhs ?(?:no\b|num|number|\d)|rhif gig|\(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\)`;
const NAME_BEFORE_IDENTIFIER = new RegExp(String.raw`(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+(?: (?:(?:ap|ab|ferch|verch|van|von|de|la|le|ní|nic|mac|Ó|Uí) )?\p{Lu}[\p{Ll}'’-]+){1,2}),? ?-? ?\(?(?=(?:${IDENTIFIER_LABEL}))`, 'giu');
/** An identifier's label anywhere in the text, which NAME_BEFORE_IDENTIFIER needs after its name. */
const IDENTIFIER_NAMED = new RegExp(IDENTIFIER_LABEL, 'iu');
/**
 * A name the message marks as a patient's after it: "Fatima Begum (pt) is...", "Siân Evans (claf)". (Not the ward's "?" for a
 * query diagnosis after a name, "Ewa Wiśniewska ?Lynch": "Large Language Models ?what are they" is written the same way.)
 */
const NAME_THEN_PATIENT = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}) ?(?=\((?:pt|patient|claf|the patient|y claf)\))/gu;
// Capitalised, the patient is a label only before a colon ("Pt: SMITH John"): "Patient Information" is a heading.
const BESIDE = new RegExp(String.raw`(?<![\p{L}])(?:(?:Pt|PT|Patient|PATIENT|Claf|CLAF) ?[:=] |Pt |(?:${PERSON})(?:(?: ?[:=]| is| was| yw| ydy| oedd)? |, )|(?:${RELATIVE})(?: ?[:=]| is| was| yw| ydy| oedd)? )(?=\p{Lu}(?:\p{L}|['’]\p{Lu}|[ .]|$))`, 'gu');
const NOT_NAMED_BESIDE = new Set(
  (
    'information safety advice access portal leaflet leaflets reported experience record records notes summary group forum voice partner liaison choice care story stories app charter education consent pathway list lynch down huntington huntingtons marfan turner klinefelter crohn crohns parkinson parkinsons alzheimer alzheimers addison cushing graves hodgkin duchenne wilson fabry gaucher ai nhs gig ' +
    // What a person "is" that is capitalised and not a name ("the patient is Welsh-speaking", "mum is Polish", "pt is Type 2").
    'welsh english british irish scottish polish romanian portuguese spanish italian french german indian pakistani bangladeshi chinese filipino nigerian ghanaian somali syrian afghan ukrainian asian black white arab caribbean african european muslim jewish hindu sikh buddhist christian catholic jehovah jehovahs type stage grade gp cymraeg saesneg sais cymro cymraes ' +
    // What a partner is in NHS talk ("our partner Organisations"), and the days a relative visits on ("her son Monday").
    'organisation organisations organization organizations agency agencies trust trusts board boards monday tuesday wednesday thursday friday saturday sunday ' +
    // Conditions named after people, and groups a family history names, that staff write after "pt" ("pt Li-Fraumeni", "pt Ashkenazi Jewish").
    'li-fraumeni peutz-jeghers ehlers-danlos tay-sachs prader-willi angelman cowden noonan pompe bell guillain-barre stevens-johnson gillick fraser ' +
    'ashkenazi sephardi romani traveller travellers gypsy cypriot finnish icelandic amish ' +
    // The places and services of NHS Wales, and the mentors themselves.
    'velindre powys cardiff swansea cwm betsi hywel aneurin genomics hali nice south north east west all deprivation'
  ).split(' '),
);

// A possessive "'s" is left after the name ("Mr [name removed]'s insulin").
const CAPITALISED = /^\p{Lu}\p{L}*(?:['’-](?!s(?!\p{L}))\p{L}+)*/u;
// Not a letter before "&" or "-": "patient A&E", "the man X-ray".
// Nor before a digit: "A123456" is a hospital number, not an initial and digits.
const INITIAL = /^\p{Lu}(?:\.|(?![\p{L}\p{N}'’&-]))/u;
const LOWER = /^\p{Ll}+(?:['’-](?!s(?!\p{L}))\p{Ll}+)*/u;

/**
 * Inside a name, before its next capitalised part: "Dafydd ap Gwilym", "Ann ferch Dafydd" (or "verch"), "Ludwig van Beethoven"; and the
 * Irish and Gaelic particles, capitalised, with the article and the mutation after them: "Mac an tSaoir", "Nic Giolla Bhríde", "Ó
 * Súilleabháin", "Uí Bhriain" (the "t" of "tSaoir" or "h" of "hÉireann" stands before the capital).
 */
const PARTICLE = /^(?:(?:(?:ap|ab|ferch|verch|van|von|de|du|da|di|del|della|der|den|le|la|los|las|dos|das|ní|nic|mac|ó|uí|bin|ibn|al|el) ){1,2}(?=\p{Lu})|(?:Mac|Mhic|Nic|Ní|Uí|Ó) (?:(?:an|na|Giolla|Ghiolla|an Ghiolla) )?(?:[tnhmbdg]h?(?=\p{Lu}))?(?=\p{Lu}\p{Ll}))/u;
/** The words of PARTICLE, one by one. */
const PARTICLE_WORDS = new Set('ap ab ferch verch van von de du da di del della der den le la los las dos das ní nic mac ó uí mhic an na giolla bin ibn al el'.split(' '));
const ACRONYM = /^[\p{Lu}\d]{2,}$/u;

type Case = 'capitals' | 'one lower-case word' | 'any';

/**
 * Where the name that starts at `from` ends: up to three words, each an initial, a capitalised word or
 * (as `allowed` says) a lower-case one, none a function word; undefined when the first word is no name.
 */
/**
 * The words that end a name even capitalised straight after a title ("Mrs Can you..."): other everyday words are surnames there
 * ("Mr Down", "Mrs Little", "Mr Young").
 */
const NEVER_A_SURNAME = new Set('a an the and or but is are was were has have had do does did can could should would will i we you he she it they my our your his her their this that these those in on at to of for from with'.split(' '));
/** Where a patient is ("MR JONES BED 12", "Mrs Evans bay 3"): before a number, these end a name rather than continue it ("Mr John Ward" is one). */
const PLACES = new Set(['bed', 'bay', 'ward', 'room', 'cubicle', 'side', 'theatre', 'gwely', 'bae', 'ystafell']);

function nameEnd(text: string, from: number, allowed: Case, afterTitle = false): number | undefined {
  let end: number | undefined;
  let at = from;
  for (let words = 0; words < 3; words++) {
    // A word of a name is short: a bounded slice keeps a long message with many titles linear.
    const rest = text.slice(at, at + 64);
    const particle = PARTICLE.exec(rest)?.[0].length ?? 0;
    const initial = INITIAL.exec(rest.slice(particle))?.[0];
    const capital = initial ?? CAPITALISED.exec(rest.slice(particle))?.[0];
    // A lower-case word is a name only first after a title ("mrs jones"), or anywhere after a label ("name: mair jones").
    const lower = allowed === 'any' || (allowed === 'one lower-case word' && end === undefined);
    const word = capital ?? (lower && particle === 0 ? LOWER.exec(rest)?.[0] : undefined);
    const lowered = word?.toLowerCase() ?? '';
    const surname = afterTitle && end === undefined && capital !== undefined && !NEVER_A_SURNAME.has(lowered) && !PRODUCT_WORDS.has(lowered);
    if (!word || (!initial && !surname && NOT_A_NAME.has(lowered))) break;
    if (end !== undefined && PLACES.has(lowered) && /^ ?\d/.test(text.slice(at + particle + word.length, at + particle + word.length + 2))) break;
    // After a name, an acronym is something else ("Name: Jane Doe DOB ...", "Mr Smith BRCA carrier").
    if (end !== undefined && !initial && ACRONYM.test(word) && !ACRONYM.test(text.slice(from, end))) break;
    end = at + particle + word.length;
    // Initials run together before a surname ("D.J. Jones", "R.T.W. Evans") are one word of the name: the next starts straight after the dot.
    if (initial?.endsWith('.') && /^(?:\p{Lu}\.){1,3} \p{Lu}/u.test(text.slice(end, end + 10))) {
      at = end;
      words--;
      continue;
    }
    // Initials alone after a title are the whole name ("Mr D.W., 67", "Mrs K.E. heddiw"): all of them go, not the first.
    const moreInitials = initial?.endsWith('.') ? /^(?:\p{Lu}\.){0,2}\p{Lu}\.?(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 8))?.[0] : undefined;
    if (moreInitials) {
      end += moreInitials.length;
      break;
    }
    // After a title a lower-case word is a surname and stands alone ("mrs jones has..."); after a label it may run on.
    if ((!capital && allowed === 'one lower-case word') || text[end] !== ' ') break;
    at = end + 1;
  }
  return end;
}

/** Welsh particles a surname starts with in lower case too ("mrs ap gwilym", "iolo ap dafydd", "ann ferch dafydd"). */
const WELSH_PARTICLES = new Set(['ap', 'ab', 'ferch', 'verch']);
/** Initials a lower-case name may start with: not "a", "i", "o" or "y", which are words ("Miss a dose", "mr y claf"). */
const LOWER_INITIAL = /^[b-hj-np-xz]$/u;
/** A lower-case word that may be a surname: a listed one, or one no dictionary has ("llywelyn", "evans-pugh", "iorwerth"). */
function isLowerSurname(word: string): boolean {
  // "pt e coli", "claf c diff": a microbe's genus and species.
  if ([NOT_A_NAME, NEVER_A_SURNAME, PLACES, PRODUCT_WORDS, MICROBES].some((list) => list.has(word))) return false;
  return isListedName(word) || (word.length >= 4 && isNameLike(word));
}
const LOWER_NAME = /^(\p{Ll}[\p{Ll}'’-]*)(\.?) (?:(ap|ab|ferch|verch) )?(\p{Ll}[\p{Ll}'’-]*)(?![\p{L}\p{N}])/u;
/**
 * Where a name typed in lower case from `from` ends, when its shape says it is one: an initial and a surname ("mrs b evans-pugh",
 * "Miss m jones"), a listed given name and a surname ("mr dafydd llywelyn", "iolo ap dafydd"), or a Welsh particle and the name
 * after it ("mrs ap gwilym"). With `initialOnly`, only the first (after "Miss" or "Dr", whose lower-case word is no name alone).
 */
function lowerCaseNameEnd(text: string, from: number, initialOnly = false): number | undefined {
  const m = LOWER_NAME.exec(text.slice(from, from + 64));
  if (!m || !isLowerSurname(m[4].replace(/['’]s$/, ''))) return undefined;
  const [, first, dot, particle] = m;
  const initial = LOWER_INITIAL.test(first);
  // A given name that is also a word only before a listed surname or a particle's ("gwen price", "gwen ap hywel").
  const given = !dot && (GIVEN_NAMES.has(first) || (WORD_NAMES.has(first) && !isEverydayEnglish(first) && (particle !== undefined || isListedSurname(m[4]))));
  const welsh = !dot && WELSH_PARTICLES.has(first) && particle === undefined;
  if (initialOnly ? !initial : !(initial || given || welsh)) return undefined;
  return from + m[0].length - (/['’]s$/.test(m[4]) ? 2 : 0);
}

// A capitalised word starting a name with no label beside it: checked against the given names (given-names.ts).
const GIVEN = /(?<![\p{L}\p{N}@./'’&-])\p{Lu}\p{Ll}+(?= (?:(?:ap|ab|ferch|verch|van|von|de|la|le|ní|nic|mac|Ó|Uí) )?\p{Lu}[\p{Ll}'’])/gu;
/** What a given name and a capitalised word name when they are not a person: a place, a building, a body or a prize ("Mair Ward", "Rhys Building"). */
const NAMED_THINGS = new Set('ward wards unit wing suite house centre center building clinic theatre theatres hospital ysbyty uned canolfan university prifysgol institute college coleg school ysgol review principles principle award prize lecture fellowship foundation trust board bwrdd road street avenue lane close way park practice surgery meddygfa hospice hosbis criteria score scale'.split(' '));

/**
 * A given name and a surname with nothing to mark them ("saw Gareth Williams in clinic", "Priya Sharma - result back yet?"): the
 * first word a common given name, the rest capitalised words that are not function words, headings or eponyms. Not when the
 * pair names a health board, a review or a scientist ("Hywel Dda", "Aneurin Bevan", "Alan Turing"), or a place ("Mair Ward").
 */
function givenNamed(text: string): Found[] {
  return all(GIVEN, text, (m) => {
    const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
    const next = /^ ([\p{L}'’-]+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1] ?? '';
    const particled = PARTICLE.test(text.slice(m.index + m[0].length + 1, m.index + m[0].length + 64));
    if (!isGivenName(m[0], before, next, particled) || PLACE_BEFORE.has(before.toLowerCase())) return undefined;
    // Before a condition named after someone, a listed given name is a person asking about it ("Gareth Lynch syndrome?": the name
    // alone goes), and a given name that is also a word is the mentor asked ("Gwen Hughes syndrome?": nothing goes). Before a
    // result or a risk the surname is a person's ("Gwen Williams positive for BRCA"): namesACondition.
    const condition = /^ [\p{L}'’-]+ ([\p{L}]+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60))?.[1].toLowerCase() ?? '';
    if (namesACondition(next, condition)) return GIVEN_NAMES.has(m[0].toLowerCase()) ? { start: m.index, end: m.index + m[0].length, kind: 'name' } : undefined;
    const end = nameEnd(text, m.index + m[0].length + 1, 'capitals');
    if (end === undefined) {
      const pair = wordNamePair(m.index, m[0], next, condition);
      return pair === undefined ? undefined : { start: m.index, end: pair, kind: 'name' };
    }
    const rest = text.slice(m.index + m[0].length + 1, end).split(' ');
    let kept = 0;
    const after = /^ ([\p{L}'’-]+)/u.exec(text.slice(end, end + 24))?.[1].toLowerCase() ?? '';
    // A word after a particle is a surname whatever else it names ("Catrin ap Hywel": no health board).
    const afterParticle = (i: number) => i > 0 && PARTICLE_WORDS.has(rest[i - 1].toLowerCase());
    while (kept < rest.length && !ACRONYM.test(rest[kept]) && (![NOT_NAMED_BESIDE, HEADING_WORDS, NAMED_THINGS, SEXES].some((list) => list.has(rest[kept].toLowerCase().replace(/['’]s$/, ''))) || eponymAsSurname(rest, kept, after) || afterParticle(kept))) kept++;
    const pair = kept === 0 && rest[0] === next ? wordNamePair(m.index, m[0], next, condition) : undefined;
    if (pair !== undefined) return { start: m.index, end: pair, kind: 'name' };
    const surnames = rest.slice(0, kept).filter((w) => /^\p{Lu}/u.test(w));
    if (surnames.length === 0 || surnames.some((w) => namedAfter(m[0], w) || (MUTATING.has(before.toLowerCase()) && radicals(m[0].toLowerCase()).some((r) => namedAfter(r, w)))) || kept < rest.length && NAMED_THINGS.has(rest[kept].toLowerCase())) return undefined;
    if (NAMED_THINGS.has(/^ ([\p{L}]+)/u.exec(text.slice(end, end + 24))?.[1].toLowerCase() ?? '') && kept === rest.length) return undefined;
    const words = [m[0], ...rest.slice(0, kept)];
    return { start: m.index, end: m.index + words.join(' ').length, kind: 'name' };
  });
}

/** What follows a colour that is no surname: "White blood cells", "Grey matter", "White British", "Black patients". */
const COLOURED_THINGS = new Set('blood cell cells matter paper papers board coat coats noise light list patients people men women families british irish european african caribbean'.split(' '));
/**
 * The end of a given name that is also a word and a surname that is also one, which nameEnd leaves as words ("Regarding Faith
 * White, …"); not when the surname is a colour of something ("Will White blood cells rise?").
 */
function wordNamePair(at: number, given: string, surname: string, after: string): number | undefined {
  if (!WORD_NAMES.has(given.toLowerCase()) || !isListedSurname(surname) || NAMED_THINGS.has(surname.toLowerCase()) || COLOURED_THINGS.has(after)) return undefined;
  return at + given.length + 1 + surname.length;
}

/** What a capitalised word after the patient names when it is no person: a score, criteria, a tool or a service ("pt Manchester score 15"). */
const ASSESSED_THINGS = new Set('score scores criteria model models network risk tool calculator syndrome disease palsy guidelines guideline act competence competent and service services plan questionnaire'.split(' '));

/** Conditions named after people, which are surnames too ("Dafydd Marfan was admitted"; "Dafydd, Marfan syndrome" is the condition). */
const EPONYMS = new Set('lynch down huntington marfan turner klinefelter crohn parkinson alzheimer addison cushing graves hodgkin duchenne wilson fabry gaucher cowden noonan pompe'.split(' '));
/**
 * Conditions named after people whose names are among the commonest surnames in Wales ("Williams syndrome", "Edwards syndrome",
 * "Hughes syndrome", "Bell's palsy"): the condition only before "syndrome", "disease", "palsy" or "muscular". "Gwen Williams
 * positive for BRCA" is a person.
 */
const SURNAME_EPONYMS = new Set('williams edwards hughes gilbert becker stickler usher alport kallmann bell paget pendred waardenburg brugada rett fanconi'.split(' '));
const SURNAME_CONDITION_WORDS = new Set('syndrome syndromes disease diseases palsy muscular'.split(' '));
/** Whether `word` then `next` name a condition after someone ("Lynch syndrome", "Turner carrier", "Williams syndrome"). */
const namesACondition = (word: string, next: string) =>
  (EPONYMS.has(word.toLowerCase()) && CONDITION_WORDS.has(next.toLowerCase())) || (SURNAME_EPONYMS.has(word.toLowerCase()) && SURNAME_CONDITION_WORDS.has(next.toLowerCase()));
/** What follows an eponym when it names the condition: "Lynch syndrome", "Marfan's", "Turner carrier", "Huntington disease". */
const CONDITION_WORDS = new Set('syndrome syndromes disease diseases carrier carriers criteria variant variants gene genes test testing screening risk type positive negative'.split(' '));
/** Whether the eponym at `rest[i]`, the last word of a name after a given name, is the person's surname: nothing of a condition follows. */
function eponymAsSurname(rest: readonly string[], i: number, after: string): boolean {
  const word = rest[i].toLowerCase();
  if (!EPONYMS.has(word) || /['’]s$/.test(rest[i])) return false;
  const next = i + 1 < rest.length ? rest[i + 1].toLowerCase() : after;
  return !CONDITION_WORDS.has(next);
}

/**
 * A given name alone, where a ward's talk marks it as a person's: before what a person does or is ("Gareth is worried", "Carys has
 * a VUS", "Huw wedi cael prawf"), or after seeing, telling or ringing someone ("I saw Bethan today", "rang Iolo's mum"). Not a
 * given name that is also a word ("Will is…", "Grace was…"): WORD_NAMES are not GIVEN_NAMES.
 */
const LONE_GIVEN = /(?<![\p{L}\p{N}@./'’&-])(\p{Lu}\p{Ll}+)(?=['’]s |(?:['’]s)? (?:is|was|has|had|needs|wants|asked|asks|says|said|keeps|feels|felt|came|went|presented|gets|got|seems|looks|rang|phoned|wonders|worries|knows|does|did|doesn['’]t|didn['’]t|isn['’]t|wasn['’]t|can['’]t|will|would|should|might|yn|wedi|ddim|angen|eisiau|isio|mum|dad|sister|brother|mam|tad|chwaer|brawd)(?![\p{L}]))/gu;
const SEEN_GIVEN = /(?<![\p{L}])(?:saw|seen|seeing|visited|told|tell|asked|ask|rang|ring|phoned|phone|called|met|reviewed|admitted|discharged|spoke to|spoke with|talked to|gwelais|gweld|ffoniais|ffonio|siaradais â|siarad efo|dywedais wrth|dweud wrth) (\p{Lu}\p{Ll}+)(?![\p{L}'’-]| \p{Lu})/gu;
function loneGivenNames(text: string): Found[] {
  const found = (name: string, start: number): Found | undefined => {
    const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1] ?? '';
    // After a capitalised word it is a surname, the pair's to judge (givenNamed): "Dylan Thomas was a poet".
    if (/^\p{Lu}/u.test(before) && !NOT_A_NAME.has(before.toLowerCase()) && /\p{L} $/u.test(text.slice(Math.max(0, start - 2), start))) return undefined;
    return isGivenName(name, before) ? { start, end: start + name.length, kind: 'name' } : undefined;
  };
  // A possessive before a capitalised word names a place or a thing ("Noah's Ark Children's Hospital"), unless the word is a
  // condition named after someone ("Gareth's Lynch result").
  const possessivePlace = (m: RegExpExecArray) => {
    const next = /^['’]s (\p{Lu}\p{Ll}+)/u.exec(text.slice(m.index + m[1].length, m.index + m[1].length + 40))?.[1];
    return next !== undefined && !EPONYMS.has(next.toLowerCase());
  };
  return [...all(LONE_GIVEN, text, (m) => (possessivePlace(m) ? undefined : found(m[1], m.index))), ...all(SEEN_GIVEN, text, (m) => found(m[1], m.index + m[0].length - m[1].length))];
}

/** A word before a given name that makes the pair a place's name ("Ysbyty Bryn Beryl", "Ysgol Dewi Sant", "Heol Gwenllian"). */
const PLACE_BEFORE = new Set('ysbyty hospital canolfan uned meddygfa ysgol coleg prifysgol heol stryd ffordd lon lôn plas tŷ ty capel eglwys parc maes ward hosbis clinig'.split(' '));
/** The Welsh words after which a given name is mutated. */
const MUTATING = new Set('i gan am wrth at â a o dan heb hyd drwy trwy ar dros ei dy fy ein eich eu'.split(' '));
/**
 * A capitalised word that is a given name as written, or a mutated one after a word that mutates it; a given name that is also a word
 * only before a listed surname (`next`) or a particle's (`particled`: "Gwen ap Hywel").
 */
function isGivenName(word: string, before: string, next = '', particled = false): boolean {
  if (GIVEN_NAMES.has(word.toLowerCase())) return true;
  if (WORD_NAMES.has(word.toLowerCase()) && (isListedSurname(next) || particled)) return true;
  return MUTATING.has(before.toLowerCase()) && radicals(word.toLowerCase()).some((radical) => GIVEN_NAMES.has(radical));
}

/**
 * A given name straight after the patient or a relative, however the cue is written: capitalised ("Patient Huw Jones was told",
 * "PATIENT IESTYN BEVAN", "Nain Gwenllian", "Auntie Margaret") or in lower case with the name in lower case too ("patient
 * margaret probert", "pt john smith 84yo", "claf huw jones"). The given name must be one (given-names.ts): "Patient Information"
 * and "patient safety" are not names.
 */
const CUE = String.raw`patient|patients|pt|claf|cleifion|my patient|fy nghlaf|nain|taid|anti|auntie|aunty|aunt|uncle|yncl|wncwl|mamgu|tadcu|nan|nana|nanna|gran|granny|grandad|grandma|grandpa`;
const CUE_THEN_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${CUE})(?: ?[-:=,]| is| was| yw| ydy)? (?=\p{L})`, 'giu');
function cuedGivenNames(text: string): Found[] {
  return all(CUE_THEN_WORD, text, (m) => {
    const start = m.index + m[0].length;
    const first = /^[\p{L}'’-]+/u.exec(text.slice(start, start + 40))?.[0] ?? '';
    // After a relative any capitalised word but a heading's is a name ("Nain Bill", "Auntie Faith"); after the patient, a given name.
    const kin = !/^(?:patients?|pt|claf|cleifion|my patient|fy nghlaf)\b/iu.test(m[0]);
    // An initial and a surname in lower case ("pt g evans", "y claf b okafor", "the patient is d llywelyn").
    const initialled = /^\p{Ll}$/u.test(first) ? lowerCaseNameEnd(text, start, true) : undefined;
    if (initialled !== undefined) return { start, end: initialled, kind: 'name' };
    const word = first.toLowerCase().replace(/['’]s$/, '');
    const named = kin && /^\p{Lu}\p{Ll}/u.test(first) && ![NOT_A_NAME, NOT_NAMED_BESIDE, HEADING_WORDS, SEXES].some((list) => list.has(word));
    // After the patient, a given name that is also a Welsh word is the name ("pt wyn", "claf: eira", "patient: haf, 67F"); not one
    // English uses as a word ("pt will need"), nor after a Welsh cue the "beth" (what) of a question ("Gofynnodd y claf beth yw
    // BRCA1?") unless an age follows ("claf: beth, 67 oed").
    const welshQuestion = () => ASKING_WORDS.has(first.toLowerCase()) && /^(?:claf|cleifion|fy nghlaf)/iu.test(m[0]) && !/^,? ?\(?\d/u.test(text.slice(start + first.length, start + first.length + 4));
    const wordGiven = !kin && WORD_NAMES.has(first.toLowerCase()) && !isEverydayEnglish(first) && !welshQuestion();
    if (!named && !wordGiven && !GIVEN_NAMES.has(first.toLowerCase())) return undefined;
    const surname = /^ ([\p{L}'’-]+)/u.exec(text.slice(start + first.length, start + first.length + 40))?.[1] ?? '';
    if (namedAfter(first, surname)) return undefined;
    if (/^\p{Lu}/u.test(first)) return nameFrom(start, nameEnd(text, start, 'capitals') ?? start + first.length);
    const shaped = lowerCaseNameEnd(text, start);
    if (shaped !== undefined) return { start, end: shaped, kind: 'name' };
    // In lower case: the given name, and a surname after it that is no function word or number ("pt john smith 84yo").
    const next = /^ ([\p{Ll}'’-]+)(?![\p{L}\p{N}])/u.exec(text.slice(start + first.length, start + first.length + 40))?.[1];
    const lowerSurname = next !== undefined && !NEVER_A_SURNAME.has(next) && !NOT_A_NAME.has(next) && !PLACES.has(next);
    return { start, end: start + first.length + (lowerSurname ? next.length + 1 : 0), kind: 'name' };
  });
}

// A patient list's surname in capitals before a given name ("JONES, Mary"); a surname and initial before a title in brackets ("Jones M (Mrs)").
const CAPITALS_COMMA_GIVEN = /(?<![\p{L}\p{N}'’])(\p{Lu}['’]?\p{Lu}[\p{Lu}'’-]+), (\p{Lu}\p{Ll}+)(?![\p{L}])/gu;
/**
 * The same without the comma, as a ward list or a drug chart is copied ("LLYWELYN Dafydd 12/3/45", "POPESCU Mihai"): the capitals a
 * surname, not a heading's word ("URGENT Sian", "PLEASE Gareth") nor an acronym ("MRSA Gareth").
 */
const CAPITALS_THEN_GIVEN = /(?<![\p{L}\p{N}'’])(\p{Lu}['’]?\p{Lu}[\p{Lu}'’-]+) (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu;
const GREETINGS = new Set('hi hello helo hiya morning evening afternoon thanks thank diolch sorry note urgent update fyi please query re ps'.split(' '));
const SURNAME_INITIAL_TITLE = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)? \p{Lu})\.? ?(?=\((?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?\))/gu;
function listedNames(text: string): Found[] {
  const wordGiven = (given: string, surname: string) => WORD_NAMES.has(given.toLowerCase()) && !isEverydayEnglish(given) && isListedSurname(surname);
  const capitals = all(CAPITALS_COMMA_GIVEN, text, (m) =>
    (GIVEN_NAMES.has(m[2].toLowerCase()) || wordGiven(m[2], m[1])) && !GREETINGS.has(m[1].toLowerCase()) && !NOT_A_NAME.has(m[1].toLowerCase()) ? { start: m.index, end: m.index + m[0].length, kind: 'name' } : undefined,
  );
  const capitalsThenGiven = all(CAPITALS_THEN_GIVEN, text, (m) => {
    const surname = m[1].toLowerCase();
    if (!GIVEN_NAMES.has(m[2].toLowerCase()) || GREETINGS.has(surname) || namesNoOne(surname) || !(SURNAMES.has(surname) || (surname.length >= 5 && isNameLike(m[1])))) return undefined;
    return { start: m.index, end: m.index + m[0].length, kind: 'name' };
  });
  const titled = all(SURNAME_INITIAL_TITLE, text, (m) => ([NOT_A_NAME, HEADING_WORDS, NOT_NAMED_BESIDE].some((list) => list.has(m[1].split(' ')[0].toLowerCase())) ? undefined : { start: m.index, end: m.index + m[1].length, kind: 'name' }));
  return [...capitals, ...capitalsThenGiven, ...titled];
}

/** A nickname in quotes inside a name, and the surname after it: "Rose \"Mags\" Vaughan", "Dai 'Bread' Jones". */
const NICKNAME = /^ ["'‘“][\p{L}'’-]{1,20}["'’”](?: \p{Lu}[\p{L}'’-]+)?/u;
/** A surname with particles after a given name found alone ("gwelais Huw di Stefano", "saw Bethan van der Berg"): the name runs on. */
const PARTICLE_SURNAME = /^ (?:(?:ap|ab|ferch|verch|van|von|de|du|da|di|del|della|der|den|le|la|mac) ){1,2}\p{Lu}[\p{L}'’-]+/u;
function withNickname(text: string, name: Found): Found {
  const nickname = NICKNAME.exec(text.slice(name.end, name.end + 48))?.[0];
  const named = nickname ? { ...name, end: name.end + nickname.length } : name;
  const surname = PARTICLE_SURNAME.exec(text.slice(named.end, named.end + 48))?.[0];
  return surname && named.kind === 'name' ? { ...named, end: named.end + surname.length } : named;
}
/** A number in brackets straight after the patient is theirs: "patient (695850)", "pt (W496721)". */
const PATIENT_NUMBER = /(?<![\p{L}])(?:patient|pt|claf) \(([A-Z]{0,3}[ -]?\d{3}(?:[ -]?\d){2,7}[A-Z]?)\)/giu;

/**
 * "Miss" and "Ms" typed in lower case, which TITLE leaves ("if they miss the dose", "ms patients"): a name's shape after them
 * ("miss b evans", "ms bethan morgan"), or a listed surname that is no everyday word ("miss morgan in side room 2", "ms parry"); "miss
 * ward round" and "miss price" stay.
 */
const LOWER_MISS = /(?<![\p{L}\p{N}])(?:miss|ms)\.? (?=\p{Ll})/gu;
function missedName(text: string, start: number): Found | undefined {
  const shaped = lowerCaseNameEnd(text, start);
  if (shaped !== undefined) return { start, end: shaped, kind: 'name' };
  const word = /^\p{Ll}[\p{Ll}'’-]+?(?=(?:['’]s)?(?![\p{L}'’-]))/u.exec(text.slice(start, start + 40))?.[0] ?? '';
  // A double-barrelled surname whose parts are all listed is one, a part an English word or not ("ms price-davies").
  if (word.includes('-') && isListedName(word) && !NOT_A_NAME.has(word.split('-')[0])) return { start, end: start + word.length, kind: 'name' };
  // English only: "khan" and "ali" are in the Welsh dictionary, but after an English title they are surnames ("miss khan in side room 2").
  return SURNAMES.has(word) && !isEverydayEnglish(word) && !NOT_A_NAME.has(word) ? { start, end: start + word.length, kind: 'name' } : undefined;
}

/** The closing bracket of each opening one. */
const CLOSING_BRACKET: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
/**
 * A name in brackets after a title ("Mrs (Jones)", "Mr [O'Neill]", "Dr (A. Patel)"): the title makes the bracketed words a name, where
 * brackets alone are clinical ("(BRCA1)", "(NICE NG12)", "(Lynch)"). Not words a title's brackets hold that are no one: a role, a team,
 * a place or a language ("Dr (Registrar)", "Mr (GP)", "Dr (Velindre)", "Mrs (Welsh speaker)").
 */
function bracketedAfterTitle(text: string, open: number): Found | undefined {
  const end = nameEnd(text, open + 1, 'capitals');
  if (end === undefined || text[end] !== CLOSING_BRACKET[text[open]]) return undefined;
  const words = text.slice(open + 1, end).split(' ');
  if (SERVICES_IN_BRACKETS.has(words.join(' ').toLowerCase().replace(/’/g, "'"))) return undefined;
  // A place or a service beside a person is no name, unless it is a given name too ("Hywel") or a particle's surname ("ap Hywel").
  const noOne = (word: string, i: number) => namesNoOne(word) || (NOT_NAMED_BESIDE.has(word.toLowerCase()) && !GIVEN_NAMES.has(word.toLowerCase()) && !(i > 0 && PARTICLE_WORDS.has(words[i - 1].toLowerCase())));
  // Each part of "O'Neill" or "Price-Davies" could be a name; after a title, so could a given name that is also a word ("Mrs (Gwen) Davies").
  const couldBe = (word: string) => (WORD_NAMES.has(word.toLowerCase()) && !isEverydayEnglish(word)) || word.split(/['’-]/).every((part) => part.length < 2 || isNameLike(part) || isListedName(part));
  const nameWord = (word: string, i: number) => /^\p{Lu}\.?$/u.test(word) || PARTICLE_WORDS.has(word.toLowerCase()) || (couldBe(word) && !noOne(word, i));
  return words.every(nameWord) && words.some((word) => /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u.test(word)) ? { start: open + 1, end, kind: 'name' } : undefined;
}

/**
 * Charities and services a nurse or doctor works for, which a title's brackets may hold ("Dr (Macmillan)", "Sister (Marie Curie)", "Mrs
 * (Tŷ Hafan)"): where the person works, not who they are, as "(Velindre)" is. Only the whole bracket: "Mrs (Mary Macmillan)" is a name.
 */
const SERVICES_IN_BRACKETS = new Set([
  'macmillan', 'tenovus', 'tenovus cancer care', 'marie curie', 'sue ryder', 'paul sartori', "maggie's", 'maggies', "barnardo's", 'barnardos', 'clic sargent',
  'tŷ hafan', 'ty hafan', 'tŷ gobaith', 'ty gobaith', 'tŷ olwen', 'ty olwen',
]);

/**
 * A name straight after a title's bracket ("Mrs (Eleri) Jones", "Dr (Macmillan) Price", "Sister (on call) Evans"): the title's name,
 * whatever the bracket held. Only words that could be a name: "Dr (GP) Lynch syndrome" names none.
 */
function nameAfterBracket(text: string, open: number): Found | undefined {
  const close = text.indexOf(CLOSING_BRACKET[text[open]], open + 1);
  if (close < 0 || close - open > 64 || text[close + 1] !== ' ') return undefined;
  const end = nameEnd(text, close + 2, 'capitals');
  if (end === undefined) return undefined;
  const words = text.slice(close + 2, end).split(' ');
  const couldBe = (word: string) => (isNameLike(word) || isListedName(word)) && !namesNoOne(word) && !NOT_NAMED_BESIDE.has(word.toLowerCase());
  const nameWord = (word: string) => /^\p{Lu}\.?$/u.test(word) || PARTICLE_WORDS.has(word.toLowerCase()) || couldBe(word);
  return words.every(nameWord) && words.some((word) => /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u.test(word)) ? { start: close + 2, end, kind: 'name' } : undefined;
}

/** A name from `start` to where `nameEnd` finds it ends, if it finds one. */
const nameFrom = (start: number, end: number | undefined): Found | undefined => (end === undefined ? undefined : { start, end, kind: 'name' });
const after = (m: RegExpExecArray) => m.index + m[0].length;

export function names(text: string, layout = text): Found[] {
  // "Mrs Jones" and "mrs jones"; "Miss Price", never "miss the dose".
  const titled = all(TITLE, text, (m) => {
    const start = after(m) + (text[after(m)] === ' ' ? 1 : 0);
    if (CLOSING_BRACKET[text[start]] !== undefined) return m[3] === undefined ? bracketedAfterTitle(text, start) : undefined;
    if (m[3] !== undefined) {
      const word = /^[\p{L}'’-]+/u.exec(text.slice(start, start + 40))?.[0] ?? '';
      if (!/^\p{Lu}/u.test(word) || NOT_A_NAME_AFTER_CAPITALS.has(word.toLowerCase())) return undefined;
    }
    // "Mr scan booked", "mr imaging": what MR stands for, in lower case too.
    const first = /^[\p{L}'’-]+/u.exec(text.slice(start, start + 40))?.[0] ?? '';
    if (/^\p{Ll}/u.test(first) && NOT_A_NAME_AFTER_CAPITALS.has(first)) return undefined;
    // A Welsh title is also a degree or a teacher ("gradd Meistr Gwyddoniaeth", "Yr Athro Cymraeg"): a word is its name only when listed or no word.
    if (m[2] !== undefined && WELSH_TITLES.has(m[2]) && ((isEverydayWord(first) && !isListedName(first)) || NOT_NAMED_BESIDE.has(first.toLowerCase()))) return undefined;
    // After a title that takes a capital ("Dr", "Miss", "Meistr"), a listed surname in lower case is one too ("Dr patel", "Miss jones's").
    const lowerSurname = m[2] !== undefined ? missedName(text, start)?.end : undefined;
    const end = lowerCaseNameEnd(text, start, m[1] === undefined) ?? nameEnd(text, start, m[1] === undefined ? 'capitals' : 'one lower-case word', true) ?? lowerSurname;
    // A doctor or professor everyone knows stays ("Professor Sir John Burn", "Dr Ben Goldacre").
    const words = end === undefined ? [] : text.slice(start, end).split(' ');
    if (words.some((word, i) => i > 0 && namedAfter(words[i - 1], word))) return undefined;
    return nameFrom(start, end);
  });
  const afterBrackets = all(TITLE, text, (m) => {
    const start = after(m) + (text[after(m)] === ' ' ? 1 : 0);
    return CLOSING_BRACKET[text[start]] !== undefined && m[3] === undefined ? nameAfterBracket(text, start) : undefined;
  }, /[([{]/);
  const labelled = all(LABEL, text, (m) => {
    // A patient's name label needs nothing between it and the name ("pt name jones"); "her name means" is no label.
    const next = /^ ([\p{L}'’-]+)/u.exec(text.slice(after(m), after(m) + 40))?.[1].toLowerCase() ?? '';
    const tail = LABEL_TAIL.exec(text.slice(after(m), after(m) + 16))?.[0] ?? (PATIENT_NAME.test(m[0]) && next !== '' && !FORM_WORDS.has(next) ? ' ' : undefined);
    if (!tail) return undefined;
    const end = nameEnd(text, after(m) + tail.length, 'any');
    // A word run on to digits is a gene's or a code's ("name=MLH1", "name: BRCA1/2 screen"), not a name.
    if (end === undefined || /\d/.test(text[end] ?? '')) return undefined;
    // After a bare "name" or "enw", words that could be no one's name are a field's value ("enw=syndrom Lynch", "name: panel R210").
    const bare = /^\s*(?:name|enw)$/iu.test(m[0]);
    const words = text.slice(after(m) + tail.length, end).split(' ');
    const wordName = (word: string) => WORD_NAMES.has(word.toLowerCase()) && !isEverydayEnglish(word);
    if (bare && !words.every((word) => isNameLike(word) || isListedName(word) || wordName(word) || /^\p{Lu}\.?$/u.test(word) || PARTICLE_WORDS.has(word))) return undefined;
    return nameFrom(after(m) + tail.length, end);
  }, NAME_SAID);
  // In lower case, a name's shape (lowerCaseNameEnd) or a listed given name ("a lady called nesta ffransis", "pt called siân keeps…").
  const called = all(CALLED, text, (m) => {
    const given = /^\p{Ll}+(?![\p{L}'’-])/u.exec(text.slice(after(m), after(m) + 40))?.[0] ?? '';
    const lower = lowerCaseNameEnd(text, after(m)) ?? (GIVEN_NAMES.has(given) ? after(m) + given.length : undefined);
    return nameFrom(after(m), lower ?? nameEnd(text, after(m), 'capitals'));
  });
  const beside = all(BESIDE, text, (m) => {
    const first = /^[\p{L}'’-]+/u.exec(text.slice(after(m), after(m) + 40))?.[0].toLowerCase().replace(/['’]s$/, '') ?? '';
    // "the patient I saw", "the man I'm seeing": the pronoun is no initial.
    const pronoun = /^i(?:['’]\p{L}+)?$/u.test(first);
    // Initials that spell a label are the label ("pt D.O.B. 14/03/54", "pt N.H.S. no"), not the patient's initials.
    if (/^(?:d\.? ?o\.? ?b|n\.? ?h\.? ?s|m\.? ?r\.? ?n|g\.? ?i\.? ?g)\b/iu.test(text.slice(after(m), after(m) + 12))) return undefined;
    // "Welsh-speaking", "Type-2" are read by their first part.
    const part = first.split('-')[0];
    if (pronoun || [first, part].some((w) => NOT_NAMED_BESIDE.has(w) || SEXES.has(w) || HEADING_WORDS.has(w))) return undefined;
    // "the patient Simon Broome classifies as definite FH": criteria and people named after someone famous are no patient.
    const [given = '', surname = ''] = text.slice(after(m), after(m) + 60).split(/[^\p{L}'’-]+/u);
    if (namedAfter(given, surname)) return undefined;
    const end = nameEnd(text, after(m), 'capitals');
    if (end === undefined) return undefined;
    // In capitals a word after the person is an acronym ("the patient BMI", "pt: NBM", "patient NICE NG12"), unless a name runs on ("Pt: SMITH John").
    const spanWords = text.slice(after(m), end).split(' ');
    if (ACRONYM.test(spanWords[0]) && !(spanWords.length > 1 && /^\p{Lu}\p{Ll}/u.test(spanWords[1]))) return undefined;
    // A score, criteria, a model or a service is named, not a person ("pt Manchester score 15", "patient Bethesda criteria").
    const following = (/^((?: [\p{L}'’-]+){1,2})/u.exec(text.slice(end, end + 40))?.[1] ?? '').toLowerCase().split(' ').filter(Boolean);
    if ([...spanWords.map((w) => w.toLowerCase()), ...following].some((w) => NAMED_THINGS.has(w) || ASSESSED_THINGS.has(w))) return undefined;
    return nameFrom(after(m), end);
  });
  const surnameFirst = all(SURNAME_FIRST, text, (m) => ([NOT_A_NAME, NOT_NAMED_BESIDE, SEXES].some((words) => words.has(m[1].split(',')[0].toLowerCase())) ? undefined : { start: after(m) - m[1].length, end: after(m), kind: 'name' }));
  // A name an identifier or "(pt)" marks, when it is capitalised as a name is (the case-blind identifier labels let "lynch
  // syndrome, nhs number" through to here) and has no word headings and eponyms are made of ("Lynch Syndrome, NHS number").
  const marked = (m: RegExpExecArray): Found | undefined => {
    const words = m[1].split(' ');
    const named = /^\p{Lu}/u.test(words.at(-1)!) && !words.some((w) => [NOT_A_NAME, NOT_NAMED_BESIDE, HEADING_WORDS].some((list) => list.has(w.toLowerCase().replace(/['’]s$/, ''))));
    return named ? { start: m.index, end: m.index + m[1].length, kind: 'name' } : undefined;
  };
  const beforeIdentifier = all(NAME_BEFORE_IDENTIFIER, text, marked, IDENTIFIER_NAMED);
  const markedAfter = all(NAME_THEN_PATIENT, text, marked);
  const lowerMiss = all(LOWER_MISS, text, (m) => missedName(text, after(m)));
  // Surname first is the longer reading of a labelled name ("Name: Jones, Mary"): it goes first, as earlier spans win. A table's field
  // comes before the readings that run on across a line break ("Hosp<br>Parry, Tomasz | 6/8/61" is no "Hosp Parry").
  const found = [...referralNames(text, layout), ...recordNames(layout), ...surnameFirst, ...lowerRecordNames(text), ...tableRowNames(layout), ...recordHeaders(text), ...titled, ...afterBrackets, ...labelled, ...called, ...beside, ...beforeIdentifier, ...markedAfter, ...givenNamed(text), ...listedNames(text), ...cuedGivenNames(text), ...placedNames(text), ...loneGivenNames(text), ...markedNames(text), ...lowerMiss, ...namesByKin(text), ...handleNames(text), ...framedGivenNames(text)].map((name) => withNickname(text, name));
  // A date in brackets after a name is the person's date of birth ("Mrs Evans (3/4/56)"); a number straight after it is theirs ("Mrs Price 938197"),
  // after the bracket that holds the name too ("Mrs (Jones) 12/03/1956").
  const past = (name: Found) => (name.start > 0 && CLOSING_BRACKET[text[name.start - 1]] === text[name.end] ? name.end + 1 : name.end);
  const born = found.map((name) => bracketedDateAfter(text, past(name)) ?? numberAfterName(text, past(name))).filter((date): date is Found => date !== undefined);
  // A date straight after that number is theirs too ("Margaret Clarke 797 060 9635 18th November 1930").
  const bornAfterNumber = born.filter((span) => span.kind !== 'date-of-birth').map((span) => numberAfterName(text, span.end)).filter((date): date is Found => date?.kind === 'date-of-birth');
  return [...found, ...born, ...bornAfterNumber, ...all(PATIENT_NUMBER, text, (m) => ({ start: after(m) - m[1].length, end: after(m), kind: 'hospital-number' }))];
}

/**
 * A record's header as a system prints it: "EVANS, Mary (Mrs)", "Bird, Dawn (Mrs)", "POPESCU, Dmytro Ion (Mr)". The title in
 * brackets after "Surname, Given" marks a person whatever the words are.
 */
const RECORD_HEADER = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?= ?\((?:Mr|Mrs|Ms|Miss|Mx|Dr|Master|Mstr|MR|MRS|MS|MISS)\.?\))/gu;
function recordHeaders(text: string): Found[] {
  return all(RECORD_HEADER, text, (m) => (NOT_A_NAME.has(m[1].split(',')[0].toLowerCase()) ? undefined : { start: m.index, end: m.index + m[1].length, kind: 'name' }), /\((?:M|Dr)/);
}

/** Words that name no person wherever a name is looked for without a list: function words, headings, things, sexes, products, eponyms. */
const NAMES_NO_ONE: readonly ReadonlySet<string>[] = [NOT_A_NAME, HEADING_WORDS, NAMED_THINGS, SEXES, PRODUCT_WORDS, EPONYMS];
/** Whether `word` (any case, a possessive "'s" aside) is one of NAMES_NO_ONE, or of `more`. */
const namesNoOne = (word: string, ...more: readonly ReadonlySet<string>[]) => {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return NAMES_NO_ONE.some((list) => list.has(lower)) || more.some((list) => list.has(lower));
};

/** Words that could be a person's whole name: a listed name among them and the rest possible names, or two or more possible names. */
function couldBeName(words: readonly string[]): boolean {
  if (words.length === 0 || words.some((w) => namesNoOne(w))) return false;
  if (words.some((w, i) => i > 0 && namedAfter(words[i - 1], w.replace(/['’]s$/, '')))) return false;
  const nameWord = (w: string) => isNameLike(w) || WORD_NAMES.has(w.toLowerCase());
  return words.every(nameWord) && (words.length >= 2 || isListedName(words[0]));
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)?`;
/** `words` as a pattern that takes each with a capital or without ("Discussed", "discussed"). */
const eitherCase = (words: string) => words.split('|').map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|');
/**
 * What a ward does with a person, or a message's subject: after it, two or three capitalised words that could be a name are one
 * though no list has them ("just seen Xiaoling Huang in clinic", "referred Ionuț Kowalski for BRCA testing", "Re: Chiamaka Asante -
 * query Lynch syndrome", "msg from Nusrat Begum's wife"). One word is not enough: "referred Cardiff" is a place.
 */
const DONE_TO = String.raw`(?:[Jj]ust |i |I )?(?:${eitherCase('saw|seen|seeing|reviewed|visited|referred|referring|discussed|admitted|discharged|clerked|phoned|rang|called|messaged|texted|spoke to|spoke with|talked to|looked after|looking after|cared for|caring for|nursed|nursing')})|[Rr][Ee] ?:|(?:${eitherCase('message|msg|call|letter|email|e-mail|referral|text|note')}) from`;
const AFTER_DONE_TO = new RegExp(String.raw`(?<![\p{L}])(?:${DONE_TO}) (${NAME_WORD}(?: (?:ap |ab |van |de |le |la )?${NAME_WORD}){1,2})(?![\p{L}\p{N}])`, 'gu');
/** In lower case, a listed given name and a word that could be a surname after the same marks, or "for": "can u check bloods for robert walker pls", "wedi gweld branwen gruffydd". */
// The given name may be double-barrelled, its first part listed ("saw kayleigh-ann jones").
const LOWER_AFTER_DONE_TO = new RegExp(String.raw`(?<![\p{L}])(?:${DONE_TO}|for|gweld|gwelais|ffonio|efo|gyda|(pt|patient|claf)):? (\p{Ll}{2,}(?:-\p{Ll}{2,})? \p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}\p{N}])`, 'gu');
/** In lower case, a listed given name and a possible surname before a number: "derek fletcher 7387193827 sa65 5zt". */
const LOWER_BEFORE_NUMBER = /(?<![\p{L}\p{N}'’.-])(\p{Ll}{2,} \p{Ll}[\p{Ll}'’-]{2,}),? (?=\(?\d{3})/gu;
/**
 * In lower case with nothing to mark it, a listed given name and a listed surname that English has no other use for ("eleri jones
 * in bed 4", "is john smith's result back"), or a Welsh particle's surname ("dafydd ap gruffydd bed 2"): typed in a hurry, as a
 * capitalised pair is (givenNamed). Each word is tried as the given name, so "saw eleri jones" is read from "eleri".
 */
const LOWER_WORD = /(?<![\p{L}\p{N}'’.@\/_#-])\p{Ll}{2,}(?= )/gu;
const LOWER_SURNAME_AFTER = /^ (?:(ap|ab|ferch|verch) )?(\p{Ll}[\p{Ll}'’-]*?)(?=['’]s(?![\p{L}\p{N}])|(?![\p{L}\p{N}@_'’-]))/u;
function lowerPair(text: string, m: RegExpExecArray): Found | undefined {
  const given = m[0];
  if (!GIVEN_NAMES.has(given) || isEverydayEnglish(given)) return undefined;
  const pair = LOWER_SURNAME_AFTER.exec(text.slice(m.index + given.length, m.index + given.length + 48));
  if (!pair) return undefined;
  const [, particle, surname] = pair;
  const listed = isListedSurname(surname) && !surname.split('-').some((part) => isEverydayEnglish(part));
  const particled = particle !== undefined && surname.length >= 3 && (isListedName(surname) || isNameLike(surname)) && !NOT_A_NAME.has(surname);
  if (!(listed || particled) || namedAfter(given, surname)) return undefined;
  return { start: m.index, end: m.index + given.length + pair[0].length, kind: 'name' };
}
/**
 * A listed given name alone straight before a whole date, as a record or a handover gives a patient ("Eleri 12/03/1956 admitted",
 * "eleri (12.3.56)", "Ffion - 03-04-1990"): the date is then theirs (numberAfterName). In lower case only one English has no other use for.
 */
const GIVEN_BEFORE_DATE = /(?<![\p{L}\p{N}'’.@\/_#-])(\p{L}\p{Ll}+)(?=,? ?(?:- )?\(?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d))/gu;
function givenBeforeDate(text: string, m: RegExpExecArray): Found | undefined {
  const word = m[1].toLowerCase();
  const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
  // Capitalised, a given name that is also a word is a person's before a whole date too ("Dawn 12/03/1956 admitted", "Faith 03/04/1961").
  const wordName = WORD_NAMES.has(word) && /^\p{Lu}/u.test(m[1]);
  if (!(GIVEN_NAMES.has(word) || wordName) || (/^\p{Ll}/u.test(m[1]) && isEverydayEnglish(word)) || PLACE_BEFORE.has(before.toLowerCase())) return undefined;
  return { start: m.index, end: m.index + m[1].length, kind: 'name' };
}
/** In lower case, a surname alone after seeing someone: "saw harrison today", when the word is a surname and nothing else. */
const LOWER_SURNAME_SEEN = /(?<![\p{L}])(?:saw|seen|seeing|visited|reviewed|rang|phoned|gwelais|gweld) (\p{Ll}{3,})(?![\p{L}'’-])/gu;
/** After a Welsh possessive, a given name mutated: "mae ei Gatrin bach yn sâl", "fy Nghatrin". */
const POSSESSED_GIVEN = /(?<![\p{L}])(?:ei|fy|dy|ein|eich|eu) (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu;
const ASKING_WORDS = new Set('beth be pwy sut pa pam lle what who which whose'.split(' '));
/** A name said to be the surname or the name, after it: "Vaughan yw'r cyfenw", "Jones is the surname", "Catrin yw ei henw". */
const NAMED_AS = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?),? (?:yw|ydy|oedd)(?:['’]r | y | ei h?| )(?:cyfenw|enw|henw)(?![\p{L}]| (?:ar|o|y|yr) )|(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]+),? (?:is|was) (?:the|her|his|their) (?:sur|first |last |full )?name(?![\p{L}])/gu;
/** A name in capitals, surname or given name first, one of its words listed: "handover - JACKSON PETER - 3/7 post op". */
// A Welsh particle may stand between them ("ELERI AP HYWEL", "SIONED FERCH DAFYDD").
const CAPITALS_PAIR = /(?<![\p{L}\p{N}'’-])((?:\p{Lu}['’])?\p{Lu}{3,}(?:-\p{Lu}+)?) (?:(AP|AB|FERCH|VERCH) )?((?:\p{Lu}['’])?\p{Lu}{3,}(?:-\p{Lu}+)?)(?![\p{L}\p{N}'’-])/gu;
/** Surnames that end places' names too: "Nevill Hall", "Llandrindod Wells", "Haverfordwest Cross". */
const PLACE_ENDINGS = new Set('hall halls wells well green hill hills wood woods brook brooks cross bridge bridges field fields ford gate moor moore dale lea lee marsh banks bank heath hurst ley vale mount castle'.split(' '));
/** A word that could be a given name before a listed surname that is no everyday word: "gan Dderfel Roberts", "pt Trystan Parry ar ward 7". */
const BEFORE_SURNAME = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(${NAME_WORD}) (${NAME_WORD})(?![\p{L}\p{N}'’-])`, 'gu');
/** A relative's or someone's own words about a person: "Chiamaka's daughter rang", "Nusrat is worried about her result". */
const KIN = 'daughter|son|wife|husband|partner|mum|mother|dad|father|sister|brother|family|carer|children|kids|baby|grandson|granddaughter|niece|nephew|merch|mab|gwraig|gŵr|mam|tad|chwaer|brawd|teulu';
const POSSESSIVE_KIN = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(${NAME_WORD})['’]s (?:${KIN})(?![\p{L}])`, 'gu');
/**
 * In lower case, a listed given name that a relative or a name's telling marks as a person ("spoke to heledd's mum", "she's called
 * ffion", "he is called iolo"): only a listed one, as "the team's mum" and "she's called back" say nothing of a name.
 */
const LOWER_GIVEN_MARKED = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(\p{Ll}{2,})['’]s (?:${KIN})(?![\p{L}])|(?<![\p{L}])(?:she|he)(?:['’]s| is) called (\p{L}{2,})(?![\p{L}'’-])`, 'giu');
const FEELING = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(${NAME_WORD}) (?:(?:is|was) (?:worried|anxious|upset|scared|frightened|concerned|distressed|tearful|pregnant|asking)|asked|asks|rang|phoned|wants to know|wonders|worries)(?![\p{L}])`, 'gu');

/** Whether the word after `end` makes the words before it a place's or a body's name ("George Thomas Hospice", "Nevill Hall Hospital"). */
const namesAThing = (text: string, end: number) => NAMED_THINGS.has(/^ ([\p{L}]+)/u.exec(text.slice(end, end + 24))?.[1].toLowerCase() ?? '');

function markedNames(text: string): Found[] {
  const span = (start: number, words: string): Found => ({ start, end: start + words.length, kind: 'name' });
  const afterDoneTo = all(AFTER_DONE_TO, text, (m) => {
    const words = m[1].split(' ').filter((w) => !/^(?:ap|ab|van|de|le|la)$/.test(w));
    // Only the words that could be a name, up to the first that could not ("referred Xiaoling Huang Tuesday").
    let kept = words.length;
    while (kept >= 2 && !couldBeName(words.slice(0, kept))) kept--;
    if (kept < 2 || !couldBeName(words.slice(0, kept))) return undefined;
    const start = m.index + m[0].length - m[1].length;
    const end = text.indexOf(words[kept - 1], start) + words[kept - 1].replace(/['’]s$/, '').length;
    return namesAThing(text, end) ? undefined : { start, end, kind: 'name' };
  });
  // After the patient, two lower-case words that could both be names are one though the given name is unlisted ("pt andreea popescu").
  const lowerAfter = all(LOWER_AFTER_DONE_TO, text, (m) => {
    const [given, surname] = m[2].split(' ');
    const [firstPart, ...otherParts] = given.split('-');
    const unlisted = m[1] !== undefined && isNameLike(given) && !NOT_A_NAME.has(given) && !PRODUCT_WORDS.has(given);
    const listedGiven = GIVEN_NAMES.has(given) || (GIVEN_NAMES.has(firstPart) && otherParts.every((part) => isNameLike(part) || GIVEN_NAMES.has(part))) || (WORD_NAMES.has(given) && !isEverydayEnglish(given) && isListedSurname(surname));
    if (!(listedGiven || unlisted) || NOT_A_NAME.has(surname) || !(SURNAMES.has(surname) || isNameLike(surname))) return undefined;
    return span(m.index + m[0].length - m[2].length, m[2]);
  });
  const capitals = all(CAPITALS_PAIR, text, (m) => {
    const words = [m[1], m[3]];
    // A given name that is also a word, or short ("GWEN JONES"), only before a listed surname; before a particle's surname, any given name.
    const wordGiven = WORD_NAMES.has(m[1].toLowerCase()) && !isEverydayEnglish(m[1]) && (isListedSurname(m[3]) || m[2] !== undefined);
    const particled = m[2] !== undefined && GIVEN_NAMES.has(m[1].toLowerCase()) && isNameLike(m[3]);
    return (wordGiven || particled || (words.some(isListedName) && words.every(isNameLike))) && couldBeName(words) ? span(m.index, m[0]) : undefined;
  });
  // A word alone, where the talk marks it as a person: any that could be a name, or a given name that is also a word ("Joy's
  // daughter rang", "Bill is worried"); not after a capitalised word, where it is a surname ("Alan Turing asked whether…").
  const lone = (m: RegExpExecArray) => {
    const word = m[1].replace(/['’]s$/, '');
    const lower = word.toLowerCase();
    if (/\p{Lu}\p{Ll}* $/u.test(text.slice(Math.max(0, m.index - 24), m.index))) return undefined;
    if (namesNoOne(word) || !(isNameLike(word) || WORD_NAMES.has(lower)) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
    return span(m.index, word);
  };
  const beforeSurname = all(BEFORE_SURNAME, text, (m) => {
    const [given, surname] = [m[1], m[2].replace(/['’]s$/, '')];
    const lower = given.toLowerCase();
    // A surname that is also a word may be a place's ("Nevill Hall", "Llandrindod Wells"): only a surname that is nothing else.
    if (!SURNAMES.has(surname.toLowerCase()) || isEverydayWord(surname) || PLACE_ENDINGS.has(surname.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(given) || !isNameLike(given) || /\p{Lu}\p{Ll}* $/u.test(text.slice(Math.max(0, m.index - 24), m.index))) return undefined;
    if (namesNoOne(given, PLACE_BEFORE, GIVEN_NAMES) || namedAfter(given, surname)) return undefined;
    if (namesAThing(text, m.index + given.length + 1 + surname.length)) return undefined;
    return span(m.index, `${given} ${surname}`);
  });
  const lowerBeforeNumber = all(LOWER_BEFORE_NUMBER, text, (m) => {
    const [given, surname] = m[1].split(' ');
    return GIVEN_NAMES.has(given) && !NOT_A_NAME.has(surname) && isNameLike(surname) ? span(m.index, m[1]) : undefined;
  });
  const lowerSurnameSeen = all(LOWER_SURNAME_SEEN, text, (m) => (SURNAMES.has(m[1]) && !isEverydayWord(m[1]) ? span(m.index + m[0].length - m[1].length, m[1]) : undefined));
  const possessed = all(POSSESSED_GIVEN, text, (m) => (radicals(m[1].toLowerCase()).some((r) => GIVEN_NAMES.has(r)) ? span(m.index + m[0].length - m[1].length, m[1]) : undefined));
  const namedAs = all(NAMED_AS, text, (m) => {
    const name = m[1] ?? m[2];
    // "Beth yw'r enw?", "Pwy yw'r enw…": a question asking the name, not giving it.
    return namesNoOne(name, ASKING_WORDS) || ACRONYM.test(name) ? undefined : span(m.index, name);
  }, NAME_SAID);
  // Either reading needs "'s " or "called".
  const lowerMarked = all(LOWER_GIVEN_MARKED, text, (m) => {
    const given = m[1] ?? m[2];
    const start = m[1] !== undefined ? m.index : m.index + m[0].length - given.length;
    return GIVEN_NAMES.has(given.toLowerCase()) ? span(start, given) : undefined;
  }, /['’]s |called/i);
  const lowerPairs = all(LOWER_WORD, text, (m) => lowerPair(text, m));
  const beforeDate = all(GIVEN_BEFORE_DATE, text, (m) => givenBeforeDate(text, m), /\d[./-]\d/);
  return [...namedAs, ...afterDoneTo, ...lowerAfter, ...lowerPairs, ...beforeDate, ...lowerBeforeNumber, ...lowerSurnameSeen, ...possessed, ...capitals, ...beforeSurname, ...all(POSSESSIVE_KIN, text, lone), ...all(FEELING, text, lone), ...lowerMarked];
}

/**
 * A row pasted from a spreadsheet, a clinical system or a handover list, its fields split by tabs, bars, bare commas or slashes
 * ("Wood\tIvy\t25.5.79\t515 330 8901", "| Taylor | Susan | 84 | Ward 7 |", "Smith,Peter,F,67", "Ama Mwangi/4030975178/15th March
 * 1982"). A field of one to three capitalised words (or two in lower case) is a name when the words could be one; in the first two
 * fields of a row that also holds a number, it is a name even in everyday words ("Green\tFaith\t14-07-1936"), as rows start with
 * the patient. Header rows ("Surname | Forename | DOB") hold no number and only heading words.
 */
const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ion|chwe|maw|ebr|mai|meh|gorff|awst|medi|hyd|tach|rhag)\p{L}*\.?`;
const FIELD_DATE = new RegExp(String.raw`^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?:st|nd|rd|th)?(?: of)?[ -]${MONTH_WORD}[ -,]{1,2}\d{2,4}|${MONTH_WORD} \d{1,2}(?:st|nd|rd|th)?,? \d{2,4}|\d{1,2}${MONTH_WORD}\d{2,4})(?![\p{L}\p{N}/.-])`, 'iu');
// A slash splits fields, not a date's parts: "Niamh O'Sullivan/4959304901/25.2.54", but "28/1/05" stays one field.
// A slash after a word splits before a date too ("Jenkins/Gareth/14/02/1969/4213366561").
const FIELD_SEPARATORS: readonly RegExp[] = [/\t/, / ?\| ?/, /,(?! )/, /(?<!(?:^|[^\d])\d{1,2}) ?\/ ?(?!\d{1,2}\/)|(?<=\p{L}) ?\/ ?(?=\d{1,2}\/\d{1,2}\/\d{2,4}(?!\d))/u];
/**
 * Separators prose uses too ("Jones, Mary, 67F", "Sean Morgan - 1977-09-02 - 209 109 2509"): a row split by them is a patient's only
 * when it holds an identifier's shape (a whole date or six digits or more), and its name words could be a name.
 */
const PROSE_SEPARATORS: readonly RegExp[] = [/ ?; ?/, / [-–] /, /, /];
/** A whole date or six digits or more in a field: what makes a row split by prose's separators a record. */
const IDENTIFIER_FIELD = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$|\d(?:[ -]?\d){5,}/;
/** A field that is a patient's number in a named row: letters and digits as the health boards write them ("RT1 933458", "X59 21 360", "K975595A"). */
const NUMBER_FIELD = /^[A-Z]{0,4}\d{0,2}[ -]?\d(?:[ -]?\d){4,}[A-Z]?$/;
// Surname first with a comma is one field too ("| Vaughan, Rhodri | 25/4/47 |").
const NAME_FIELD = /^(?:(?:ap|ab|van|de|le|la|o['’]|mc) ?)?\p{L}[\p{L}'’-]*(?:,? (?:(?:ap|ab|van|de|le|la) )?\p{L}[\p{L}'’-]*){0,2}$/u;
const ROW_LIKE = /\t[^]*\t|\|[^]*\||,[^ ][^]*,[^ ]|\/[^]*\/|;[^]*;|, [^]*, | [-–] [^]* [-–] /;
function tableRowNames(text: string): Found[] {
  const found: Found[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    // Most messages are no table: a line with fewer than two of any separator is passed over.
    if (!ROW_LIKE.test(line)) {
      lineStart += line.length + 1;
      continue;
    }
    for (const separator of [...FIELD_SEPARATORS, ...PROSE_SEPARATORS]) {
      const prose = PROSE_SEPARATORS.includes(separator);
      const fields = splitFields(line, separator);
      // A patient's row holds a number (an age, a date, an NHS or bed number); a list of places or genes holds none.
      if (fields.length < 3 || !fields.some((f) => /\d/.test(f.text)) || (separator.source.includes('/') && !fields.some((f) => /\d{6,}|\d\d\d\d$/.test(f.text)))) continue;
      if (prose && !fields.some((f) => IDENTIFIER_FIELD.test(f.text))) continue;
      // Rows start with the patient, after a bed or a number when there is one ("Bed 4\tGreen\tFaith\t14-07-1936").
      const opening = Math.max(0, fields.findIndex((field) => !/\d/.test(field.text)));
      const named = fields.filter((field, at) => {
        const i = at - opening;
        if (i < 0 || i > 2 || !NAME_FIELD.test(field.text)) return false;
        const words = field.text.replace(/,/g, '').split(' ').filter((w) => !/^(?:ap|ab|van|de|le|la)$/i.test(w));
        const capitalised = words.every((w) => /^\p{Lu}/u.test(w) || /^(?:o['’]|mc)/i.test(w));
        if (!capitalised && !(words.length === 2 && GIVEN_NAMES.has(words[0].toLowerCase()))) return false;
        // A surname in capitals beside a given name ("LLEWELLYN Iolo") is no acronym; a short word alone is a lab's ("Hb", "K+").
        const given = words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && GIVEN_NAMES.has(w.toLowerCase()));
        if (words.some((w) => namesNoOne(w) || (ACRONYM.test(w) && !given))) return false;
        if (words.length === 1 && words[0].length <= 2 && !isListedName(words[0])) return false;
        return words.every((w) => isNameLike(w) || isListedName(w)) || (i < 2 && capitalised && !prose);
      });
      for (const field of named) found.push({ start: lineStart + field.start, end: lineStart + field.start + field.text.length, kind: 'name' });
      if (named.length === 0) continue;
      // Beside the name, a field that is or starts with a date is the person's date of birth ("| Thabo Eze | 28/1/05 |"); one of
      // letters and six digits or more is their number ("| RT1 933458 |").
      for (const field of fields) {
        const date = FIELD_DATE.exec(field.text)?.[0];
        if (date) found.push({ start: lineStart + field.start, end: lineStart + field.start + date.length, kind: 'date-of-birth' });
        else if (NUMBER_FIELD.test(field.text) && field.text.replace(/\D/g, '').length >= 6) found.push({ start: lineStart + field.start, end: lineStart + field.start + field.text.length, kind: 'hospital-number' });
      }
      break;
    }
    lineStart += line.length + 1;
  }
  return found;
}

const GLOBAL_SEPARATORS = new Map<RegExp, RegExp>();
/** The fields of `line` split by `separator`, each trimmed, with where it starts in the line. */
function splitFields(line: string, separator: RegExp): { text: string; start: number }[] {
  const fields: { text: string; start: number }[] = [];
  let global = GLOBAL_SEPARATORS.get(separator);
  if (!global) GLOBAL_SEPARATORS.set(separator, (global = new RegExp(separator.source, `${separator.flags}g`)));
  let at = 0;
  for (const m of line.matchAll(global)) {
    fields.push(trimmedField(line, at, m.index!));
    at = m.index! + m[0].length;
  }
  if (fields.length > 0) fields.push(trimmedField(line, at, line.length));
  return fields.filter((f) => f.text !== '');
}

function trimmedField(line: string, from: number, to: number): { text: string; start: number } {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim(), start: from + lead };
}
