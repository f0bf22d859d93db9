/**
 * What a member asks of the facilitator in a case thread, in English or Welsh, recognised before a
 * message is scored as an answer: "@HALI summary", "can we have the summary please", "we're stuck, any
 * pointers?", "ready for the next bit", "gawn ni grynodeb?" are requests, not weak contributions. A message
 * is a request only when every word in it is one of that request's words or the talk around any request,
 * so "next is MLH1 testing" and "there's a hint of a family history of bowel cancer" are answers.
 */
import { commandOf } from '../i18n/command-phrasing';
import { BYE, OKAY, THANKS } from '../i18n/commands';
import { requestWords, saysOnly, wordSet as set, type RequestWords } from '../i18n/request-words';
import { unstretched, withoutTeamsFormatting } from '../i18n/typed-text';
import { isEnglishWord, isMutatedStopWord, isWelshStopWordOnly, specificity, subjectTerms } from '../mentors/terms';
import type { CaseStudy } from '../mentors/types';

export type CaseThreadRequest = 'summary' | 'hint' | 'next' | 'end' | 'thanks';

// The talk around any request, English and Welsh: address, politeness, "can we have", "gawn ni", "so far".
const TALK = set(
  'hali gwen please pls plz plis plîs kindly can could would will we i you u us me have get give see show let lets the a an now for this case stage again ' +
    'go to on our some any just quick quickly ok okay so right then mind do did is be please thanks thank team everyone all guys ' +
    'yn y yr r os gwelwch dda gawn ni ga gaf allwn allwch allech allet chi ti rho rhowch roi dangos dangoswch ar cael gael achos cam plis i fi mi sydyn dwi dw n awn byr bach',
);

interface Words extends RequestWords {
  readonly request: CaseThreadRequest;
}

// In the order they are tried: "finish the case and show the summary" ends the case (whose summary follows).
const REQUESTS: readonly Words[] = [
  {
    request: 'end',
    needs: [set('end enf stop finish finsh finished done close closing conclude terminate wrap gorffen orffen gorffennwch gorffenwch diwedd stopio stopiwch stopia cwpla cau call')],
    also: set('it here there that thats us were are we well out of time day today for and summary summarise summarize finish ended wrap up think session dyna wedi di da fan hyn hynny achosr ni na rwan nawr heddiw sesiwn'),
  },
  // "that's enough for today", "dyna ni am heddiw", "dyna ddigon am heddiw": a day's end, with the day named.
  { request: 'end', needs: [set('enough dyna digon ddigon'), set('today heddiw now nawr rwan')], also: set('thats that is for it ni am i fi chi') },
  {
    request: 'summary',
    needs: [set('summary sumary summery summarise summarize summarising summarizing summarised recap tldr tl dr sum crynodeb grynodeb chrynodeb crynhoi grynhoi chrynhoi crynhowch grynhowch covered trafod drafod')],
    also: set('up it where are r we weve got to what have has been so far key points of discussion those who joined late wrap hyd yma hyn beth be ydan ydyn da ydym wedi wedii di ble rydyn ryn arni hyd or o trafodaeth drafodaeth'),
  },
  { request: 'summary', needs: [set('where ble'), set('we r ni')], also: set('are r up to at got now ydan ydyn rydyn ryn da arni wedi cyrraedd') },
  {
    request: 'next',
    needs: [set('next nxt nesa nesaf move moving onwards ymlaen mlaen mlân mlan reveal datgelu carry continue advance progress proceed')],
    also: set('on to bit part step stage section ready for were are now happens what whats s then go shall happen be sy beth digwydd barod am symud nesaf nesa cam rhan please 2 3 4 two three four'),
  },
  { request: 'next', needs: [set('stage cam'), set('2 3 4 two three four dau tri pedwar')], also: set('to on show us go ready for') },
  {
    request: 'hint',
    needs: [set('hint hints hitn hnt clue clues help tip tips pointer pointers nudge stuck styc awgrym awgrymiadau cliw cliwiau helpwch helpa llaw')],
    also: set('any a little we were are in the right direction us little bit unrhyw dw dwi n ni bach'),
  },
  // Not knowing, or the facilitator asked what it thinks ("I don't know", "no idea", "not sure tbh", "what do you think Gwen?",
  // "dim syniad", "dw i ddim yn gwybod"): a hint, not a weak contribution (stop 54's probe: "say a little more about how that bears").
  {
    request: 'hint',
    needs: [set('idea ideas know sure think thoughts reckon syniad gwybod wybod gwbod gwbo siwr siŵr meddwl feddwl')],
    also: set('no not dont don t do does you what whats your gwen hali any have got i im am really honestly totally tbh clue one of us anyone anybody dim ddim dw dwi sai sain so yn ti chi be beth ydy wyt mae ma gen gyda neb ohonan ohonom ni'),
  },
];

/** Most words a request has: anything longer is a contribution, however it starts. */
const MAX_WORDS = 14;
const MAX_ASKED_WORDS = 20;

// The words that say which request a longer message makes ("could you recap the main points so far for the students").
const ASKED: readonly (readonly [CaseThreadRequest, ReadonlySet<string>])[] = [
  ['end', set('end enf finish close conclude terminate wrap stop stopia stopio gorffen orffen gorffennwch cau diwedd')],
  ['summary', set('summary sumary summarise summarize summarising recap sum overview synopsis roundup crynodeb grynodeb crynhoi grynhoi')],
  ['next', set('next nxt move onwards reveal continue advance progress proceed nesa nesaf ymlaen mlaen datgelu')],
  ['hint', set('hint hints hnit hitn clue clues pointer pointers nudge steer tip tips direction awgrym awgrymiadau cliw gliw')],
];
// The words of talking about the discussion itself, which name nothing the case is about ("now that everyone has had a say").
const DISCUSSION = set('say said saying says part parts point points everyone everybody discussion discussed thread chat conversation group students student learners bit far now time here there question questions answer answers session section today offer able need gentle prompt right direction quiet gone sgwrs trafodaeth drafodaeth pwyntiau pwynt rhan pawb sesiwn heddiw');
// Every word of the short requests above: none of them names the case's subject in a longer one.
const OWN_WORDS = new Set(REQUESTS.flatMap(({ needs, also }) => [...needs.flatMap((need) => [...need]), ...(also ?? [])]));
// How a request is put: to the facilitator, as a question or with "please".
const ASKING = set('can could would will please pls plz plis plîs give let lets shall mind gawn ga gaf alli allwch allech allet fedri fedrwch sa rho rhowch any unrhyw');

// A word a request is made of, or any English word: a letter held down in it ("summaryyyy", "nextttt") is read as the word.
const isRequestWord = (word: string) => OWN_WORDS.has(word) || TALK.has(word) || isEnglishWord(word);

/**
 * The request `text` makes of the facilitator, or undefined when it is a contribution to score. `namesSubject` (the
 * mentors' retrieval: a word that names a passage, such as "lynch", "testing", "family"; and the running case's own
 * terms, such as "statin" or "IHC") keeps a longer message that names what the case is about a contribution ("should we
 * stop the statin?", "I would offer IHC next"); without it only the short requests above are read.
 */
export function caseThreadRequest(text: string, namesSubject?: (word: string) => boolean): CaseThreadRequest | undefined {
  const unaddressed = unstretched(withoutTeamsFormatting(text).replace(/@?\b(?:hali|gwen)\b|@/giu, ' ').replace(/\s+/g, ' ').trim(), isRequestWord);
  if (unaddressed === '') return undefined;
  // A thanks, an "ok" or a goodbye to the facilitator ("thanks Gwen", "makes sense", "diolch", a thumbs-up) is not an answer to
  // score: read as personal-chat small talk is (command-phrasing.ts sets emoji and politeness aside; a thumbs-up alone is "ok").
  const words = requestWords(unaddressed);
  const short = words.length > 0 && words.length <= MAX_WORDS ? REQUESTS.find((request) => saysOnly(words, request, TALK))?.request : undefined;
  // "that's enough for today" ends the case, though it reads like an "ok".
  if (short === 'end') return short;
  const spoken = commandOf(unaddressed) ?? unaddressed;
  if ([THANKS, OKAY, BYE].some((pattern) => pattern.test(spoken))) return 'thanks';
  if (words.length === 0 || words.length > MAX_ASKED_WORDS) return undefined;
  if (short || !namesSubject) return short;
  // A longer request ("just joined late - can you sum up the thread so far?", "Gwen, alli di roi cliw bach i ni?"): one
  // request's word, put as a request (a question, "please", "can you", "gawn ni"), naming nothing the case is about.
  const asked = ASKED.filter(([, named]) => words.some((w) => named.has(w)));
  if (asked.length !== 1) return undefined;
  const put = /\?[\s\p{Extended_Pictographic}\ufe0f]*$/u.test(unaddressed) || words.some((w) => ASKING.has(w));
  const named = words.filter((w) => !TALK.has(w) && !DISCUSSION.has(w) && !OWN_WORDS.has(w) && !asked[0][1].has(w)).some((w) => subjectTerms(w).some(namesSubject));
  return put && !named ? asked[0][0] : undefined;
}

// What asks for the stage's hint or its model answer outright, rather than contributing to the discussion (cases/match.ts).
const OUTRIGHT: Readonly<Record<'hint' | 'model-answer', RequestWords>> = {
  hint: { needs: [set('hint hints clue clues awgrym cliw')], also: set('tell') },
  'model-answer': { needs: [set('answer answers ateb')], also: set('model tell enghreifftiol') },
};

/**
 * "hint please", "give us a clue", "show us the model answer", "dangoswch yr ateb" said whole: asked outright. A sentence
 * that uses the word is an answer ("there's a hint of a family history", "I think the model answer is IHC").
 */
export function asksOutright(text: string, kind: 'hint' | 'model-answer'): boolean {
  return saysOnly(requestWords(text.replace(/<at>[^<]*<\/at>/g, ' ')), OUTRIGHT[kind], TALK);
}

const caseVocabulary = new WeakMap<CaseStudy, ReadonlySet<string>>();
/** Words of a case's phrases rarer than everyday talk ("statin", "IHC", "cascade"; not "without", "one", "family", "angen"). */
const SPECIFIC = 0.85;
const CONTRACTIONS = set('doesnt dont isnt arent wasnt werent cant wont shouldnt wouldnt couldnt didnt mustnt neednt shes hes its thats whats theres ive youre theyre weve');
const specific = (word: string) =>
  word.length >= 3 && specificity(word) >= SPECIFIC && !isWelshStopWordOnly(word) && !isMutatedStopWord(word) && !CONTRACTIONS.has(word) && !TALK.has(word) && !OWN_WORDS.has(word) && !DISCUSSION.has(word);

/**
 * The words a case's own teaching names (its concepts' and misconceptions' phrases, such as "statin", "IHC", "cascade"),
 * lower-cased as requestWords reads them: a longer message using one is about the case, not a request of the facilitator.
 */
export function caseWords(study: CaseStudy): ReadonlySet<string> {
  let words = caseVocabulary.get(study);
  if (!words) {
    const phrases = study.stages.flatMap((stage) => [...stage.concepts.flatMap((c) => c.synonyms), ...(stage.misconceptions ?? []).flatMap((m) => m.synonyms)]);
    words = new Set(phrases.flatMap((phrase) => requestWords(phrase)).filter(specific));
    caseVocabulary.set(study, words);
  }
  return words;
}
