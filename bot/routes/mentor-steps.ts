import type { TurnContext } from 'botbuilder';
import type { AppDeps } from '../deps';
import { midSentence, translator, type Language } from '../i18n';
import { detectLanguage, hasWelshFunctionWords } from '../i18n/detect';
import { isWelsh } from '../mentors/terms';
import { describeLearning } from '../learning/context';
import { beginModelTurn, tokensUsedIn } from '../models/turn';
import { localDate } from '../learning/streak';
import { asksSimply } from '../mentors/answer-manner';
import type { Passage } from '../mentors/retrieval';
import { topicName, type Mentor } from '../mentors/types';
import { isDecisionForOnePatient, isPatientSpecificRequest } from '../safety/patient-specific';
import { noteUnanswered } from '../analytics/questions';
import { withoutMarkup } from '../safety/markup';
import { redact } from '../safety/redact';
import { answerIn, changeLearner, recordEvent, rememberWritingIn, writeAfterTurn, type HaliTurnState } from '../state';

/** Longest question HALI reads; longer text gets a polite request to shorten it. */
export const MAX_QUESTION_LENGTH = 2000;
/**
 * Longest message text read at all (twice a question, for the markup and mentions Teams sends round one): a longer message
 * gets the same request to shorten it before any command, case or question is read from it (bot/turn.ts). Reading patterns
 * over 120,000 "!" followed by a letter took 25 to 50 seconds of the server's one thread.
 */
export const MAX_MESSAGE_CHARS = 2 * MAX_QUESTION_LENGTH;

const LANGUAGE_NAMES = { en: 'English', cy: 'Welsh (Cymraeg)' } as const;

/** Step 1: the question as text HALI will read, or undefined after telling the learner why not. */
export async function readableQuestion(context: TurnContext, state: HaliTurnState, raw: unknown, from: 'message' | 'card'): Promise<string | undefined> {
  // Markup pasted or typed round a question (HTML, Markdown) is not part of what is asked.
  const question = typeof raw === 'string' ? withoutMarkup(raw).trim() : '';
  const { t } = state.temp;
  if (!question) {
    // A message of markup alone ("<script>…</script>", "<b></b>") had text, just no words: not "I can only read text".
    const onlyMarkup = from === 'message' && typeof raw === 'string' && raw.trim() !== '';
    await context.sendActivity(t(from === 'card' ? 'input.noQuestion' : onlyMarkup ? 'input.onlyMarkup' : 'input.unsupported'));
    return undefined;
  }
  if (question.length > MAX_QUESTION_LENGTH) {
    await context.sendActivity(t('input.tooLong', { length: question.length, max: MAX_QUESTION_LENGTH }));
    return undefined;
  }
  return question;
}

/**
 * The language a question is written in (i18n/detect.ts). Read as Welsh by its letters alone, with no Welsh word in it, it
 * is English whose letters look Welsh ("lynch syndrome??", "exome vs genome", "black box AI"), and the learner's language
 * stands. "ai" is left out of the Welsh words: it is Welsh ("whether"), but staff type it as AI.
 */
function writtenIn(question: string): Language | undefined {
  const detected = detectLanguage(question);
  if (detected !== 'cy' || hasWelshFunctionWords(question)) return detected;
  // "AI" and "I" are English words that Welsh spells the same ("ai", "i"): "I need DPYD info" has no Welsh word in it. Nor
  // has "Hi, I am off sick next week": "am" after "I" is English (in Welsh "am" is "for" or "about", never after "i"), and so is
  // "hi" opening a message with a comma or "!" (Welsh "hi", "she", is followed by what she does).
  const typed = question.toLowerCase().replace(/\bi am\b/g, 'i').replace(/^\s*hi\s*[,!]/, '').split(/[^\p{L}]+/u).filter((word) => word.length > 0 && word !== 'ai' && word !== 'i');
  return typed.some(isWelsh) ? 'cy' : undefined;
}

/**
 * Step 1b: a learner who has not chosen a language is answered in the language the question is
 * written in (a Welsh question from a Teams set to English gets a Welsh answer); one who has chosen keeps it.
 */
export function answerInQuestionLanguage(state: HaliTurnState, question: string): void {
  if (state.temp.learner.language) return;
  const written = writtenIn(question);
  answerIn(state, written);
  if (written) rememberWritingIn(state, written);
}

/**
 * Step 2: patient identifiers removed (nothing after this sees them), then the mentor chosen: by
 * name or their own button, else by topic, else the conversation's mentor. The learner is told about
 * a redaction, a patient-specific request and a handover.
 */
export async function chooseMentor(context: TurnContext, state: HaliTurnState, question: string, namedMentor: unknown, { faculty }: AppDeps) {
  const { t, language } = state.temp;
  const redaction = redact(question);
  if (redaction.found.length > 0) {
    await context.sendActivity(t('safety.redacted', { kinds: redaction.found.map((kind) => t(`identifier.${kind}`)).join(', ') }));
  }
  const addressed = faculty.addressed(redaction.text);
  const asked = addressed?.question ?? redaction.text;
  const previous = faculty.get(state.conversation.mentorId ?? '');
  const named = addressed?.mentor ?? (typeof namedMentor === 'string' ? faculty.get(namedMentor) : undefined);
  const { mentor, passages, byTopic, offers } = faculty.choose(asked, { named, fallback: previous });
  state.temp.offers = offers;
  // About one identified patient, the mentor gives no content (faculty.choose), so it does not promise general learning.
  if (isPatientSpecificRequest(asked)) await context.sendActivity(t(isDecisionForOnePatient(asked) ? 'safety.patientSpecificOnly' : 'safety.patientSpecific'));
  if (byTopic && previous && previous.id !== mentor.id) {
    await context.sendActivity(t('mentor.handover', { name: mentor.name, role: midSentence(mentor.role[language]) }));
  }
  state.conversation.mentorId = mentor.id;
  if (state.temp.learner.currentMentor !== mentor.id) changeLearner(state, (l) => ({ ...l, currentMentor: mentor.id }));
  return { asked, mentor, passages };
}

/** Step 3: what the planner and model see: the question, the grounding, and the prompt variables. */
export function groundTurn(state: HaliTurnState, asked: string, mentor: Mentor, passages: readonly Passage[], { faculty, model, clock }: AppDeps): void {
  const { t, language, learner } = state.temp;
  state.temp.input = asked;
  state.temp.mentorId = mentor.id;
  state.temp.languageName = LANGUAGE_NAMES[language];
  state.temp.role = learner.profile.role ? translator('en')(`role.${learner.profile.role}`).toLowerCase() : 'member of health and care staff';
  // Only a language model reads the learner context; the offline mentor answers from content alone.
  state.temp.learnerContext = model.offline ? '' : describeLearning(learner, faculty.mentors, mentor, clock(), language);
  state.temp.sources = passages.map((p, i) => `[${i + 1}] ${p.title[language]}: ${p.answer[language]} (${p.sources.map((s) => s.title).join('; ')})`).join('\n');
  // Asked for it simply ("in a nutshell", "ELI5", "yn syml"), the offline mentor gives the simpler version its authors
  // wrote; a model reads the ask in the question itself, and is grounded in the full answer.
  const simply = model.offline && asksSimply(asked);
  state.temp.grounding = {
    question: true,
    language,
    passages: passages.map((p) => {
      const simpler = simply ? p.simpler : undefined;
      return { answer: (simpler ?? p.answer)[language], simplified: simpler !== undefined, sources: p.sources, review: p.review, from: { mentorId: p.mentorId, kind: p.kind, id: p.id }, ...(p.secondTopic ? { secondTopic: true } : {}) };
    }),
    // A decision about one patient gets no content by design, not for want of it: the card says what it can teach instead.
    noAnswer: t(isDecisionForOnePatient(asked) ? 'answer.onePatient' : 'answer.noAnswer', {
      topics: mentor.topics.slice(0, 4).map((topic) => midSentence(topicName(mentor, topic, language))).join(', '),
    }),
  };
}

/** Step 4: the learner's daily token budget; returns their local day, to record this turn's use against. */
export function applyTokenBudget(state: HaliTurnState, { model, clock, config }: AppDeps): string {
  const { learner } = state.temp;
  const usesModel = !model.offline;
  const today = usesModel ? localDate(clock(), learner.preferences.timeZone) : '';
  const usedToday = learner.tokens?.day === today ? learner.tokens.used : 0;
  beginModelTurn(state, usesModel && usedToday >= config.dailyTokenBudget);
  return today;
}

/** Adds the model tokens this turn used (set by the model) to the learner's day; returns them. */
export function chargeTokens(state: HaliTurnState, today: string): number {
  const tokens = tokensUsedIn(state);
  if (tokens > 0) changeLearner(state, (l) => ({ ...l, tokens: { day: today, used: (l.tokens?.day === today ? l.tokens.used : 0) + tokens } }));
  return tokens;
}

/**
 * Step 5: after the answer: tokens used, a learning event (ids, never text), and a question the
 * mentor's content could not answer kept for educators, redacted and without identity.
 */
export async function recordTurn(context: TurnContext, state: HaliTurnState, today: string, mentor: Mentor, passages: readonly Passage[], { stores, clock }: AppDeps, asked?: string): Promise<void> {
  chargeTokens(state, today);
  recordEvent(state, state.temp.learner.id, {
    type: 'question.answered',
    at: clock().toISOString(),
    mentorId: mentor.id,
    contentIds: passages.map((p) => p.id),
    answered: passages.length > 0,
    language: state.temp.language,
    conversationType: context.activity.conversation?.conversationType ?? 'personal',
  });
  if (passages.length === 0 && asked) {
    const { language, learner } = state.temp;
    const now = clock();
    writeAfterTurn(state, () => noteUnanswered(stores.aggregates, mentor.id, asked, language, now, learner.id));
  }
}
