/**
 * What a member asks of the facilitator in a case thread, in English or Welsh, recognised before a
 * message is scored as an answer: "@HALI summary" or "can we have the summary please" is a request,
 * not a weak contribution. Only a short message is a request: "next is MLH1 testing" is an answer.
 */
import { OKAY, THANKS } from '../i18n/commands';

export type CaseThreadRequest = 'summary' | 'hint' | 'next' | 'end' | 'thanks';

// Politeness and address around a request ("can we have the … please", "gawn ni … os gwelwch yn dda").
const FILLER =
  /\b(?:hali|gwen|please|pls|plz|thanks|thank you|can|could|would|we|i|you|us|me|have|get|give|see|show|let'?s|lets|the|a|an|now|for|this|case|stage|go|to|on|yn|y|yr|plis|plîs|os gwelwch yn dda|gawn ni|gaf i|allwn ni|allech chi|rho|rhowch|dangos|dangoswch|i|ni|ar|cael|achos|cam)\b/giu;

const REQUESTS: readonly [CaseThreadRequest, RegExp][] = [
  ['summary', /^(?:summary|summarise|summarize|sum up|sum it up|recap|wrap up|where are we|crynodeb|crynhoi|crynhowch|ble rydyn ni)$/u],
  ['hint', /^(?:hint|clue|a clue|help|tip|awgrym|cliw|help llaw)$/u],
  ['next', /^(?:next|next stage|next step|next part|reveal next|reveal|move on|carry on|what happens next|nesaf|cam nesaf|datgelu|datgelu’r nesaf|datgelu'r nesaf|symud ymlaen|beth sy’n digwydd nesaf)$/u],
  ['end', /^(?:end|stop|finish|end it|finish it|we are done|were done|we're done|done|gorffen|diwedd|stopio|dyna ni)$/u],
];

/** Most words a request keeps once the politeness is taken away. */
const MAX_WORDS = 3;

/** The request `text` makes of the facilitator, or undefined when it is a contribution to score. */
export function caseThreadRequest(text: string): CaseThreadRequest | undefined {
  const plain = text.toLowerCase().replace(/<at>[^<]*<\/at>/g, ' ').replace(/[@?!.,:;]+/g, ' ').replace(/\s+/g, ' ').trim();
  // A thanks or an "ok" to the facilitator ("thanks Gwen", "diolch", a thumbs-up) is not an answer to score.
  const addressed = plain.replace(/\b(?:hali|gwen)\b/gu, ' ').replace(/\s+/g, ' ').trim();
  if (addressed && (THANKS.test(addressed) || OKAY.test(addressed))) return 'thanks';
  const core = plain.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  if (!core || core.split(' ').length > MAX_WORDS) return undefined;
  // The request with its politeness removed, or as said when the politeness was part of it ("move on", "we are done").
  const polite = plain.replace(/\b(?:hali|gwen|please|pls|plz|let'?s|lets|plis|plîs|os gwelwch yn dda)\b/gu, ' ').replace(/\s+/g, ' ').trim();
  return REQUESTS.find(([, pattern]) => pattern.test(core) || pattern.test(polite))?.[0];
}
