/**
 * How a request in personal chat is put, read before its words are (command-phrasing.ts): asked not to be done ("don't stop the
 * lessons", "paid â dileu"), which is no command; or an English command word typed with a Welsh "plis" ("help plis"), which is
 * that command in Welsh, so it is answered in Welsh (bot/turn.ts).
 */

/**
 * What is asked not to be done ("don't stop the lessons", "do not forget me", "paid â dileu", "peidiwch ag oedi", "don't quiz me
 * yet"): no command, and never the one named. ("Don't send me any more lessons" asks for a stop: not sending is its request.)
 */
const NOT = String.raw`don['’]?t|do\s+not|dont|never|please\s+don['’]?t|paid|peidiwch|peidio`;
// Between the "don't" and what is not to be done: "paid â dileu", "don't you ever stop", "don't want to pause my lessons".
const BETWEEN = String.raw`(?:(?:â|a|ag|you|u|ever|yet|want\s+to|wanna|i|me|my|the|ddim)\s+)*`;
// What no one asks for by saying not to do it (unlike "send": "don't send me any more lessons" is a stop).
const DONE_TO_THEM = [
  'stop stopio stopia stopiwch pause paws oedi saib cancel end unsubscribe unsub diffodd turn\\s+off switch\\s+off',
  'delete dileu dilea dilëwch dilewch ddileu forget anghofio anghofia anghofiwch erase wipe remove clear',
  'quiz test cwis holi lesson gwers teach dysgu',
].join(' ').split(' ').join('|');
const NEGATED = new RegExp(String.raw`(?:^|\s)(?:${NOT})\s+${BETWEEN}(?:${DONE_TO_THEM})(?:$|\s|['’])`, 'u');
export const negated = (plain: string) => NEGATED.test(plain);

// The help card's English words a Welsh speaker types with "plis" ("help plis", "quiz plis", "HALI cynnydd plîs"), in Welsh.
const WELSH_PLEASE = /(?:^|\s)(?:plis|plîs|os\s+gwelwch\s+yn\s+dda|os\s+gweli\s+di['’]?n\s+dda)(?:$|\s|,)/u;
const IN_WELSH: Readonly<Record<string, string>> = {
  help: 'cymorth', 'help me': 'cymorth', quiz: 'cwis', 'quiz me': 'cwis', lesson: 'gwers', 'next lesson': 'gwers nesaf', progress: 'cynnydd', 'my progress': 'cynnydd',
  settings: 'gosodiadau', pause: 'saib', stop: 'stopio', resume: 'ailddechrau', snooze: 'gohirio', next: 'nesaf', 'my data': 'fy nata', 'forget me': 'anghofia fi',
  'my record': 'fy nghofnod', cpd: 'dpp', hi: 'helo', unsubscribe: 'stopio',
};
const WELSH_COURTESY = /(?:^|\s)(?:plis|plîs|os\s+gwelwch\s+yn\s+dda|os\s+gweli\s+di['’]?n\s+dda|diolch(?:\s+yn\s+fawr(?:\s+iawn)?)?|x+)(?=$|\s)/gu;
/**
 * The Welsh of a command typed as its English words alone with a Welsh "please" ("help plis", "helo HALI quiz plîs" are "cymorth"
 * and "cwis"), so it is answered in Welsh; a request in English words ("give me a lesson plis") is left as it is read.
 * `afterGreeting` is what follows a greeting ("helo help plis"), as command-phrasing.ts reads it.
 */
export function inWelshAsked(plain: string, afterGreeting: (said: string) => string | undefined): string | undefined {
  if (!WELSH_PLEASE.test(plain)) return undefined;
  const typed = plain.replace(/,/g, ' ').replace(WELSH_COURTESY, ' ').replace(/\s+/g, ' ').trim();
  return IN_WELSH[(afterGreeting(typed) ?? typed).replace(/^@?\s*hali\s+|\s+hali$/g, '')];
}
