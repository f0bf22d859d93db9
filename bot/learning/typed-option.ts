/**
 * A quiz answer typed in the option's own words ("check it against the BNF", "autosomal dominant", "gwirio yn erbyn y BNF")
 * with a question open, instead of its letter. Taken for an answer only when what was typed is that option, nearly word for word:
 * a wrong match would record an answer and move the learner's spaced repetition. Typed words that point to one option and no
 * other are asked about ("Did you mean B…?"), which records nothing. Anything else (a question, words of several options, words of
 * none) is not an answer, and is read as a question.
 */
import type { QuizItem, QuizOption } from '../mentors/types';

export type TypedOption =
  /** What was typed is this option, nearly word for word: answered with it. */
  | { readonly kind: 'answer'; readonly optionId: string }
  /** What was typed points to this option and no other: asked whether it was meant. */
  | { readonly kind: 'ask'; readonly optionId: string };

/** How an answer is introduced ("I think it's", "the answer is", "I'd go with", "dw i'n meddwl mai", "yr ateb yw"). */
const PREAMBLE = new RegExp(
  String.raw`^(?:(?:ok|okay|right|hmm+|erm+|um+|so|well|i\s+guess|guess|iawn|wel|reit|ym+)[\s,.!]+)*` +
    String.raw`(?:(?:i\s+)?(?:think|reckon|guess|believe|(?:would|['’]d)\s+(?:say|go\s+with|pick|choose)|(?:will|['’]ll)\s+(?:go\s+with|say|pick))\s+(?:it\s+(?:is|['’]s|would\s+be)\s+|it['’]?s\s+|that\s+|the\s+answer\s+is\s+)?` +
    String.raw`|(?:my\s+answer(?:\s+is)?|the\s+answer\s+is|answer\s+is|answer|is\s+it|it['’]?s|it\s+is|going\s+with|go\s+with|i\s+choose|i\s+pick|i\s+go\s+for|(?:dw\s*i|dwi|rydw\s+i|rwy)\s*['’]?n\s+meddwl\s+(?:mai|taw|ma)|yr\s+ateb\s+(?:yw|ydy|ydi)|ateb|mai|taw)\s*[:,-]?\s*)*`,
  'iu',
);

/** An option pointed to: "the one about example data", "the one that says check the BNF", "yr un am y BNF". */
const THE_ONE = /^(?:(?:the|that)\s+one|the\s+option|yr\s+un|yr\s+opsiwn)\s+(?:about|with|that\s+says|saying|where|which\s+says|that\s+mentions|mentioning|am|efo|gyda|sy['’]n\s+dweud|sy\s+['’]n\s+dweud)\b/iu;

/** A question about something, not an answer: "what is…", "how do I…", "beth yw…". "is it…?" is how an answer is offered, so not that. */
const QUESTION = /^(?:what|whats|what['’]s|how|why|when|where|who|which|can|could|should|shall|does|do|did|would|will|is|are|was|were|has|have|am|tell|explain|beth|be|sut|shwt|pam|pryd|ble|pwy|pa|oes|ydy|ydi|alla|ga|gaf|esbonia|esboniwch)\b/iu;

/** Asked what something is, anywhere in the message: "automation bias - what is it", "cascade testing meaning", "FH = ?". */
const ASKS_WHAT = /\b(?:what|whats|what['’]s|meaning|means?|explain|explained|define|definition|beth|ystyr|golygu|esbonio)\b|=/iu;

/** A question word anywhere: words of an option inside a question are not offered as an answer. */
const QUESTION_WORD = /\b(?:what|whats|how|why|when|where|who|which|does|do|did|should|can|could|would|is|are|beth|sut|pam|pryd|ble|pwy|ydy|ydi|oes|ddylwn|ddylai)\b/iu;

const STOP = new Set(
  (
    'a an the is are was were be been being do does did i me my we our you your it its this that to of in on for with about and or ' +
    'if so at by from as not no any some there their they them he she her his one ones option answer ' +
    'yn y yr ac a o ar am mae ydy yw bod sy sydd ddim na ond os i ei eu hi fe fo efo gyda ni chi nhw fy ein eich'
  ).split(' '),
);

/** A light fold, so "flags", "flagged" and "flagging" meet: a longer word without its commonest English ending. */
const fold = (word: string) => (word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/u, '') : word);

function contentWords(text: string): string[] {
  return (text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [])
    .map((w) => w.replace(/['’].*$/u, ''))
    .filter((w) => (w.length > 1 || /\d/u.test(w)) && !STOP.has(w))
    .map(fold);
}

/** Share of an option's own words the learner typed, at or above which the option was typed out (the rest are small words). */
const TYPED_OUT = 0.75;
/** Share of the typed words that must be the option's: more, and the learner was saying something else too. */
const ALL_OURS = 0.8;
/** Share of the typed words one option must have to be asked about. */
const MOSTLY_OURS = 0.6;
/** An option typed out leads the next one by this share of its own words. */
const CLEAR_MARGIN = 0.25;
/** A question typed is taken for an option only when it is that option word for word, near enough. */
const WHOLE = 0.9;
/** Typed this many words more than the option has, it is no answer typed but a message about it. */
const WORDS_OVER = 4;

interface ReadItem {
  readonly options: readonly { option: QuizOption; en: Set<string>; cy: Set<string>; enTelling: number; cyTelling: number }[];
  readonly stem: ReadonlySet<string>;
  /** Whether a word tells options apart: one every option has says nothing of which was meant. */
  readonly telling: (word: string) => boolean;
}

const read = new WeakMap<QuizItem, ReadItem>();
function readItem(item: QuizItem): ReadItem {
  const known = read.get(item);
  if (known) return known;
  const words = item.options.map((option) => ({ option, en: new Set(contentWords(option.text.en)), cy: new Set(contentWords(option.text.cy)) }));
  const telling = (word: string) => words.some((o) => !o.en.has(word) && !o.cy.has(word));
  const options = words.map((o) => ({ ...o, enTelling: [...o.en].filter(telling).length, cyTelling: [...o.cy].filter(telling).length }));
  const made = { options, stem: new Set([...contentWords(item.stem.en), ...contentWords(item.stem.cy)]), telling };
  read.set(item, made);
  return made;
}

/**
 * Whether `typed` answers `item` in an option's own words (English or Welsh), and with which; undefined when it does not point
 * to one option alone.
 */
export function typedOption(typed: string, item: QuizItem): TypedOption | undefined {
  const said = typed.trim();
  const tentative = /\?\s*$/u.test(said) || /^is\s+it\b/iu.test(said);
  const unpunctuated = said.replace(/[\s?!.]+$/u, '').replace(PREAMBLE, '').trim();
  const pointed = THE_ONE.test(unpunctuated);
  const rest = unpunctuated.replace(THE_ONE, '').trim();
  if (rest.length === 0) return undefined;
  const { options, stem, telling } = readItem(item);
  const words = [...new Set(contentWords(rest))].filter(telling);
  if (words.length === 0) return undefined;
  const scored = options
    .map(({ option, en, cy, enTelling, cyTelling }) => {
      const mine = words.filter((w) => en.has(w) || cy.has(w));
      // The share of the option's telling words typed, in the language that has more of them typed.
      const ofOption = Math.max(...[[en, enTelling], [cy, cyTelling]].map(([own, ownTelling]) => (ownTelling === 0 ? 0 : words.filter((w) => (own as Set<string>).has(w)).length / (ownTelling as number))));
      // Words of the question's own stem name its subject, not an option.
      const pointing = mine.filter((w) => !stem.has(w)).length;
      return { option, matched: mine.length, pointing, ofTyped: mine.length / words.length, ofOption, longest: Math.max(en.size, cy.size) };
    })
    .sort((a, b) => b.matched - a.matched || b.ofOption - a.ofOption);
  const [best, second] = scored;
  if (best.matched === 0 || (second && second.matched >= best.matched)) return undefined;
  if (words.length > best.longest + WORDS_OVER) return undefined;
  const typedOut = best.ofTyped >= ALL_OURS && best.ofOption >= TYPED_OUT && (!second || second.ofOption <= best.ofOption - CLEAR_MARGIN);
  // A question ("what is automation bias", "is a tumour variant inherited?") is asked, unless it is an option typed out whole.
  if ((QUESTION.test(rest) || ASKS_WHAT.test(rest)) && !(typedOut && best.ofOption >= WHOLE)) return undefined;
  if (typedOut && !tentative && !pointed) return { kind: 'answer', optionId: best.option.id };
  if (typedOut) return { kind: 'ask', optionId: best.option.id };
  // Words of an option inside a question ("germline vs somatic, and does a tumour finding need a referral?") are asked about.
  if (QUESTION_WORD.test(rest)) return undefined;
  // Another option sharing half of what was typed: the words do not tell them apart.
  if (second && second.matched / words.length >= 0.5) return undefined;
  if (best.ofTyped < MOSTLY_OURS) return undefined;
  if (best.pointing >= 2 || (best.pointing >= 1 && (pointed || best.ofOption >= 0.5))) return { kind: 'ask', optionId: best.option.id };
  return undefined;
}
