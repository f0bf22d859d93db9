/**
 * A language model's answer as the learner may see it: what the model wrote is checked like anything a learner types before it
 * is shown, kept in the conversation history or sent back to the model on the next turn.
 */
import { redact } from '../safety/redact';

/** The longest model answer shown: far above the answer prompt's 400 tokens, far below Teams' 100 KB message limit. */
export const MAX_ANSWER_CHARS = 4_000;
/** A web address as Teams would link it: with a scheme, or starting www. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()\[\]"']+/gi;
/** A Markdown link: its words are kept, its address is not. */
const MARKDOWN_LINK = /\[([^\]\n]{1,200})\]\((?:[^()\s]|\([^()\s]*\))*\)/g;

/**
 * The model's text without the web addresses it wrote (outside testing: "https://nhs-wales-ai.evil.example/login", which
 * Teams makes a link): HALI's sources are shown from the mentor's content, never from the model. A link's words stay.
 */
function withoutAddresses(text: string): string {
  return text.replace(MARKDOWN_LINK, '$1').replace(BARE_URL, '').replace(/[ \t]{2,}/g, ' ').replace(/ +([.,;:!?])/g, '$1');
}

/**
 * A model's answer as it may be shown, stored in the conversation history and sent back to the model: no patient identifier
 * (a model can write one, or repeat one from its grounding), and no longer than MAX_ANSWER_CHARS, cut at a word.
 */
export function answerAsShown(content: string): string {
  // Redacting a runaway answer whole would cost time for text that is cut anyway; identifiers are far shorter than the margin.
  // A web address the model wrote is no source of HALI's (those are shown from the mentor's content): Teams would make it a link.
  const clean = redact(withoutAddresses(content.slice(0, MAX_ANSWER_CHARS + 400))).text;
  if (clean.length <= MAX_ANSWER_CHARS) return clean;
  const cut = clean.lastIndexOf(' ', MAX_ANSWER_CHARS - 1);
  return `${clean.slice(0, cut > 0 ? cut : MAX_ANSWER_CHARS - 1)}…`;
}
