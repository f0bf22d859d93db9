import type { TurnContext } from 'botbuilder';
import type { AppDeps } from '../deps';
import type { HaliTurnState } from '../state';

/**
 * HALI's one introduction when it is added to a team or a group chat: who the mentors are, how to
 * start a case, and where help is. Posted once per team (whichever channel the event names) or chat:
 * duplicate deliveries and later installs find the place already claimed.
 */
export async function introduceToTeam(context: TurnContext, state: HaliTurnState, { faculty, stores, log }: AppDeps): Promise<void> {
  const place = placeOf(context);
  if (!place || !(await stores.introductions.claim(place))) return;
  const { t, language } = state.temp;
  const withCases = faculty.mentors.filter((m) => m.cases.length > 0).map((m) => m.name);
  const text = t('intro.team', {
    mentors: faculty.mentors.map((m) => `${m.name} (${m.role[language]})`).join(', '),
    caseMentors: withCases.length > 0 ? withCases.join(', ') : faculty.defaultMentor.name,
  });
  try {
    await context.sendActivity(text);
  } catch (error) {
    // Not posted (throttled, or the bot was removed at once): free the claim so Teams' retry posts it.
    await stores.introductions.release(place);
    log.warn('intro.not_delivered', { activityId: context.activity.id, status: (error as { statusCode?: number }).statusCode ?? null, error: (error as Error).name });
  }
}

/** The team (for a channel) or the group chat HALI was added to; undefined anywhere else. */
function placeOf(context: TurnContext): string | undefined {
  const { conversation, channelData } = context.activity;
  if (conversation?.conversationType === 'channel') {
    const team = (channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
    return typeof team === 'string' && team ? `team:${team}` : conversation.id ? `channel:${conversation.id.split(';')[0]}` : undefined;
  }
  if (conversation?.conversationType === 'groupChat' && conversation.id) return `chat:${conversation.id}`;
  return undefined;
}
