import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './log';
import { reportingOn } from './reporting/outbox';
import { changeLearner, type HaliTurnState } from './state';

/** A plausible email address (Teams gives the UPN, which is usually the work email). */
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

/**
 * Where the organisation names learners by work email in learning records (XAPI_ACTOR=mbox), HALI
 * asks Teams for it once, in the one-to-one chat, and keeps it on the learner's record. Teams and
 * Bot Framework stay here at the edge; a failed look-up is retried on a later turn.
 */
export async function captureWorkEmail(context: TurnContext, state: HaliTurnState, config: Config, log: Logger): Promise<void> {
  const { learner } = state.temp;
  const personal = (context.activity.conversation?.conversationType ?? 'personal') === 'personal';
  if (config.reporting.xapi?.actor !== 'mbox' || !personal || learner.profile.email || !reportingOn(learner) || !context.activity.from?.id) return;
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    const email = (member.email ?? member.userPrincipalName ?? '').trim().toLowerCase();
    if (EMAIL.test(email)) changeLearner(state, (l) => ({ ...l, profile: { ...l.profile, email } }));
  } catch (error) {
    log.warn('teams.member_lookup_failed', { activityId: context.activity.id, error: (error as Error).message?.slice(0, 200) });
  }
}
