/**
 * The chat around a question. Busy staff wrap what they ask in an opener ("sorry if this is a daft question but"),
 * a sentence about the shift ("the ward was short-staffed last night", "roedd hi'n ddiwrnod prysur heddiw") and a
 * closer ("cheers", "diolch!"). Read word by word, that chat outweighs the question: its rarer words ("staffed",
 * "huddle", most Welsh words) look like a subject the mentor lacks, and the mentor abstains. So a message is read
 * clause by clause: when some clause names what the content is about, the words of the clauses that name nothing
 * are the chat around it. A message none of whose clauses names anything is left as it is: then its words may name
 * a subject the mentor lacks ("we had a patient with shingles, what is the vaccine schedule?").
 */
import { subjectTerms } from './terms';

/**
 * Where a message breaks into clauses: the end of a sentence, a dash, colon or semicolon, a comma, a line break, an emoji
 * (typed where a full stop would be: "I sort of waffled my way through it 🙈 can you…"), and
 * before "but", "so" and their Welsh ("ond", "felly"), which join a question to what came before it. Not before a
 * question word inside a sentence: "1 in 4 chance when both parents are carriers" is one question.
 */
const CLAUSE_BREAK = /[.?!;:]+(?=\s|$)|\s[-–—]+\s|,|\n|\s(?=(?:but|so|ond|felly)\s)|\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic}|[\ufe0f\p{Emoji_Modifier}])*/giu;

/**
 * Where a sentence typed without its full stop runs on into the next: a capitalised word that is no name, after a
 * word ("how does AI work We had…", "sut mae AI yn gweithio Dw i…"). A name ("Copilot", "Lynch") is asked about, so
 * it never starts a clause; nor does "I", which is as often inside the question ("which AI companies should I invest in").
 */
const RUN_ON = /(?<=[\p{L}\p{N}]\s+)(?=\p{Lu}\p{Ll}+\b)/gu;
/**
 * Thanks, apologies and "no rush" end a message, typed on after the question or not ("…work thanks so much", "…gweithio
 * diolch o flaen llaw", "…next word sorry for the essay!", "…sori am y neges hir", "…y prawf DPD byddwn i'n ddiolchgar iawn").
 */
const CLOSING = String.raw`thanks|thank\s+you|cheers|diolch|sorry|apologies|sori|i['’]?d\s+be\s+(?:very\s+|really\s+|so\s+)?grateful|byddwn\s+i['’]?n\s+ddiolchgar|no\s+rush|no\s+hurry|dim\s+brys`;
const CLOSERS = new RegExp(String.raw`\s(?=(?:${CLOSING})\b)`, 'giu');

const SAID_IN_PASSING = new RegExp(String.raw`^(?:(?:${CLOSING})\b|(?:dw\s+i|dwi|rydw\s+i|rwy|rwy['’]n|i['’]m|i\s+am)(?:['’]n|\s+yn)?\s+(?:dysgu\s+cymraeg|learning\s+welsh|dysgwr|ddysgwr|a\s+welsh\s+learner)\b|dysgwr\s+(?:dw\s+i|ydw\s+i|ydy\s+fi)\b)`, 'iu');

// A clause asked as a question: a question mark, or a question word or verb first ("what's the risk", "can I",
// "beth yw", "oes angen", "a yw"), after any "but", "so" or "and" that joins it on. Never chat, though it names nothing.
const ENGLISH_QUESTION_WORDS = 'what whats how why when where which who whose is are am was were can could should shall do does did will would may might must has have';
const WELSH_QUESTION_WORDS = 'beth sut pam pryd ble pwy faint pa ydy ydi yw oes ydw ydych ydyn fydd fyddai alla allaf allwn allech ga gaf gawn dylwn ddylwn dylai ddylai';
const QUESTION_START = new RegExp(
  // Not the Welsh "does neb", "does dim" (there is nobody, nothing).
  String.raw`^(?!does\s+(?:neb|dim)\b)(?:(?:but|so|and|ond|felly|a|ac)\s+)?(?:${`${ENGLISH_QUESTION_WORDS} ${WELSH_QUESTION_WORDS}`.split(' ').join('|')})\b`,
  'iu',
);
const isQuestion = (clause: string) => /\?\s*$/.test(clause) || QUESTION_START.test(clause.trim().replace(/['’]/g, ''));
/**
 * A clause that sets up the question after it ("if a patient asks whether a computer decided, what do I say?", "os
 * ydy'r AI yn anghywir, pwy sy'n gyfrifol?"): what it names is what is asked, though the question clause names nothing.
 */
const CONDITION_START = /^(?:(?:but|so|and|ond|felly|a|ac)\s+)?(?:if|when|whenever|once|whether|unless|say|suppose|os|pan|petai|pe)\b/iu;

/** The clauses of `text`, each with its subject terms (as terms.ts reads them); clauses without any are left out. */
export function clausesOf(text: string): { text: string; terms: string[]; question: boolean }[] {
  const pieces: string[] = [];
  let from = 0;
  // Split after each break, keeping a sentence's own mark with it: "what's the risk?" is asked.
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    pieces.push(text.slice(from, match.index + match[0].length));
    from = match.index + match[0].length;
  }
  pieces.push(text.slice(from));
  return pieces
    .flatMap((piece) => piece.split(CLOSERS))
    .flatMap(runOns)
    .map((piece) => ({ text: piece, terms: subjectTerms(piece), question: isQuestion(piece.replace(/[\s\-–—,:;]+$/u, '')) }))
    .filter((c) => c.terms.length > 0);
}

/** `piece` split where a sentence runs on into the next: before a capitalised word that says nothing (terms.ts). */
function runOns(piece: string): string[] {
  const parts = piece.split(RUN_ON);
  const out = [parts[0]];
  for (const part of parts.slice(1)) {
    if (subjectTerms(part.split(/\s/)[0]).length === 0) out.push(part);
    else out[out.length - 1] += part;
  }
  return out;
}

/**
 * The chat around the question in `text`: the terms only in clauses that name nothing and ask nothing, when another
 * clause names something, and what is left of the text without those clauses (the question as asked). `names` says
 * whether one clause's terms name some passage. No chat when no clause names anything.
 */
export function chatAround(text: string, names: (clause: readonly string[]) => boolean): { chat: Set<string>; asked: string } {
  const clauses = clausesOf(text);
  const none = { chat: new Set<string>(), asked: text };
  if (clauses.length < 2) return none;
  const naming = clauses.map((c) => names(c.terms));
  if (!naming.some(Boolean)) return none;
  // In the same sentence: "if I'm honest it's been a long shift. What is AI?" sets up nothing.
  const setsUp = (i: number) => CONDITION_START.test(clauses[i].text.trim()) && /[,–—-]\s*$/u.test(clauses[i].text) && clauses[i + 1]?.question === true;
  // Thanks and apologies, and a learner saying they are learning Welsh, are chat whatever words they use ("diolch yn fawr"
  // is no "model iaith mawr"; "dw i'n dysgu Cymraeg" is no machine learning).
  const isChat = clauses.map((c, i) => !c.question && ((!naming[i] && !setsUp(i)) || SAID_IN_PASSING.test(c.text.trim())));
  const kept = new Set(clauses.filter((_, i) => !isChat[i]).flatMap((c) => c.terms));
  return {
    chat: new Set(clauses.filter((_, i) => isChat[i]).flatMap((c) => c.terms).filter((term) => !kept.has(term))),
    asked: clauses.filter((_, i) => !isChat[i]).map((c) => c.text).join(' '),
  };
}
