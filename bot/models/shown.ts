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
/** HTML elements a model may write, and a script's or a style's contents with them. Clinical signs stay ("eGFR <30", "LDL > 4.9"). */
const HIDDEN_HTML = /<(script|style)\b[^>]{0,200}>[^]*?<\/\1\s*>/gi;
const HTML_TAG = /<\/?(?:a|abbr|b|blockquote|br|code|del|div|em|font|h[1-6]|hr|i|iframe|img|li|mark|object|embed|ol|p|pre|s|small|span|strike|strong|sub|sup|svg|table|tbody|td|th|thead|tr|u|ul|form|input|button|link|meta)\b[^<>]{0,500}\/?>/gi;
/** A script's address ("javascript:alert(1)", "data:text/html,…", "vbscript:…"), which is no link to anywhere either. */
const SCRIPT_URL = /\b(?:javascript|vbscript|data):[^\s<>"']*/gi;

function withoutAddresses(text: string): string {
  // HTML the model wrote ('<a href="…">here</a>') is shown as its words, not as tags escaped into view.
  return text.replace(HIDDEN_HTML, ' ').replace(HTML_TAG, '').replace(MARKDOWN_LINK, '$1').replace(BARE_URL, '').replace(SCRIPT_URL, '').replace(/[ \t]{2,}/g, ' ').replace(/ +([.,;:!?])/g, '$1');
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
