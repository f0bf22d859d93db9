import { ActivityTypes, type TurnContext } from 'botbuilder';
import { AI, type Application, type PredictedSayCommand } from '@microsoft/teams-ai';
import { renderAnswer } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { changeLearner, type HaliTurnState } from '../state';
import { translator } from '../i18n';
import { describeLearning } from '../learning/context';
import { localDate } from '../learning/streak';
import { isPatientSpecificRequest } from '../safety/patient-specific';
import { redact } from '../safety/redact';
import { sendCard } from './reply';

/** Longest question HALI reads; longer text gets a polite request to shorten it. */
export const MAX_QUESTION_LENGTH = 2000;

const LANGUAGE_NAMES = { en: 'English', cy: 'Welsh (Cymraeg)' } as const;

/** The AI-generated content label Teams shows on a message. */
const AI_LABEL = {
  type: 'https://schema.org/Message',
  '@type': 'Message',
  '@context': 'https://schema.org',
  '@id': '',
  additionalType: ['AIGeneratedContent'],
};

/**
 * Free-text questions (and the "ask" card button) go to one mentor of the faculty, which answers
 * through the Teams AI planner with the retrieved content as its grounding.
 */
export function registerMentor(app: Application<HaliTurnState>, deps: AppDeps): void {
  const { faculty, stores, clock } = deps;

  const ask = async (context: TurnContext, state: HaliTurnState, rawQuestion: unknown, from: 'message' | 'card', namedMentor?: unknown): Promise<void> => {
    const question = typeof rawQuestion === 'string' ? rawQuestion.trim() : '';
    const { t, language } = state.temp;
    if (!question) {
      await context.sendActivity(t(from === 'card' ? 'input.noQuestion' : 'input.unsupported'));
      return;
    }
    if (question.length > MAX_QUESTION_LENGTH) {
      await context.sendActivity(t('input.tooLong', { length: question.length, max: MAX_QUESTION_LENGTH }));
      return;
    }
    // Patient identifiers go before anything else happens: nothing below sees them.
    const redaction = redact(question);
    if (redaction.found.length > 0) {
      await context.sendActivity(t('safety.redacted', { kinds: redaction.found.map((kind) => t(`identifier.${kind}`)).join(', ') }));
    }
    const addressed = faculty.addressed(redaction.text);
    const asked = addressed?.question ?? redaction.text;
    const previous = faculty.get(state.conversation.mentorId ?? '');
    // A mentor's own button, or their name at the start, chooses them; otherwise the topic decides.
    const named = addressed?.mentor ?? (typeof namedMentor === 'string' ? faculty.get(namedMentor) : undefined);
    const { mentor, passages, byTopic } = faculty.choose(asked, { named, fallback: previous });
    if (isPatientSpecificRequest(asked)) await context.sendActivity(t('safety.patientSpecific'));
    if (byTopic && previous && previous.id !== mentor.id) {
      await context.sendActivity(t('mentor.handover', { name: mentor.name, role: mentor.role[language].replace(/^\p{Lu}/u, (c) => c.toLowerCase()) }));
    }
    state.conversation.mentorId = mentor.id;
    if (state.temp.learner.currentMentor !== mentor.id) changeLearner(state, (l) => ({ ...l, currentMentor: mentor.id }));
    state.temp.input = asked;
    state.temp.mentorId = mentor.id;
    state.temp.languageName = LANGUAGE_NAMES[language];
    const { learner } = state.temp;
    state.temp.role = learner.profile.role ? translator('en')(`role.${learner.profile.role}`).toLowerCase() : 'member of health and care staff';
    // Only a language model reads the learner context; the offline mentor answers from content alone.
    state.temp.learnerContext = deps.model.kind === 'offline' ? '' : describeLearning(learner, faculty.mentors, mentor, clock());
    state.temp.sources = passages
      .map((p, i) => `[${i + 1}] ${p.title[language]}: ${p.answer[language]} (${p.sources.map((s) => s.title).join('; ')})`)
      .join('\n');
    state.temp.grounding = {
      language,
      passages: passages.map((p) => ({ answer: p.answer[language], sources: p.sources })),
      noAnswer: t('answer.noAnswer', { topics: mentor.topics.slice(0, 4).join(', ') }),
    };
    const usesModel = deps.model.kind !== 'offline';
    const today = usesModel ? localDate(clock(), learner.preferences.timeZone) : '';
    const usedToday = learner.tokens?.day === today ? learner.tokens.used : 0;
    state.temp.offlineOnly = usesModel && usedToday >= deps.config.dailyTokenBudget;
    state.temp.tokensUsed = 0;
    await app.ai.run(context, state);
    const tokens = state.temp.tokensUsed ?? 0;
    if (tokens > 0) {
      changeLearner(state, (l) => ({ ...l, tokens: { day: today, used: (l.tokens?.day === today ? l.tokens.used : 0) + tokens } }));
    }
    await stores.events.append(state.temp.learner.id, {
      type: 'question.answered',
      at: clock().toISOString(),
      mentorId: mentor.id,
      contentIds: passages.map((p) => p.id),
      answered: passages.length > 0,
      language,
      conversationType: context.activity.conversation?.conversationType ?? 'personal',
    });
  };

  app.adaptiveCards.actionSubmit<{ question?: unknown; mentorId?: unknown }>(Verbs.ask, (context, state, data) => ask(context, state, data?.question, 'card', data?.mentorId));
  app.activity(ActivityTypes.Message, (context, state) => ask(context, state, context.activity.text, 'message'));

  // The planner's SAY command becomes the mentor's answer card, naming the sources of the passages it cites.
  app.ai.action<PredictedSayCommand>(AI.SayCommandActionName, async (context, state, data) => {
    const mentor = faculty.get(state.temp.mentorId ?? '') ?? faculty.defaultMentor;
    // Model output is untrusted: an answer that repeats the mentor's instructions is not shown.
    const raw = data.response.content ?? '';
    const leaks = mentor.promptLines.some((line) => raw.toLowerCase().includes(line.slice(0, 60).toLowerCase()));
    if (leaks) deps.log.warn('model.output_refused', { activityId: context.activity.id, reason: 'prompt_leak' });
    const content = leaks ? state.temp.t('safety.promptLeak') : raw;
    const passages = state.temp.grounding?.passages ?? [];
    const numbers = [...new Set([...content.matchAll(/\[(\d{1,2})\]/g)].map((m) => Number(m[1])))].filter((n) => n >= 1 && n <= passages.length);
    // An answer that cites nothing was still grounded in what it was given: show all of it.
    const cited = leaks ? [] : (numbers.length > 0 ? numbers : passages.map((_, i) => i + 1)).map((number) => ({ number, sources: passages[number - 1].sources }));
    const card = renderAnswer(state.temp, mentor, content, cited);
    const label = {
      ...AI_LABEL,
      citation: cited.map(({ number }) => ({
        '@type': 'Claim',
        position: number,
        appearance: { '@type': 'DigitalDocument', name: passages[number - 1].sources[0]?.title ?? mentor.name, url: passages[number - 1].sources[0]?.url, abstract: passages[number - 1].answer.slice(0, 157) + (passages[number - 1].answer.length > 157 ? '...' : '') },
      })),
    };
    // Teams shows thumbs up/down on the answer; the reaction comes back as a feedback invoke.
    await sendCard(context, card, { entities: [label], channelData: context.activity.channelId === 'msteams' ? { feedbackLoopEnabled: true } : undefined });
    return '';
  });

  // Feedback on an answer is a learning event; any comment is redacted before it is stored.
  app.feedbackLoop(async (context, state, feedback) => {
    let comment = '';
    try {
      const parsed = typeof feedback.actionValue.feedback === 'string' ? JSON.parse(feedback.actionValue.feedback) : feedback.actionValue.feedback;
      comment = typeof parsed?.feedbackText === 'string' ? parsed.feedbackText : '';
    } catch {
      comment = typeof feedback.actionValue.feedback === 'string' ? feedback.actionValue.feedback : '';
    }
    await stores.events.append(state.temp.learner.id, {
      type: 'answer.feedback',
      at: clock().toISOString(),
      reaction: feedback.actionValue.reaction === 'like' ? 'like' : 'dislike',
      comment: redact(comment.slice(0, 500)).text,
      replyToId: feedback.replyToId ?? null,
    });
  });
}
