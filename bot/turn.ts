import type { TurnContext } from 'botbuilder';
import type { AppDeps } from './deps';
import { pickLanguage, translator } from './i18n';
import type { HaliTurnState } from './state';
import { newLearner } from './store/learners';

/** The tenant an activity comes from, wherever Teams put it. */
export function tenantOf(context: TurnContext): string | undefined {
  const activity = context.activity;
  return (activity.conversation?.tenantId ?? activity.channelData?.tenant?.id)?.toLowerCase();
}

/** The stable learner id: the Entra object id in Teams, else the channel user id (playground, tests). */
export function learnerIdOf(context: TurnContext): string {
  const from = context.activity.from;
  return from?.aadObjectId ?? from?.id ?? 'anonymous';
}

/**
 * beforeTurn: drop activities from tenants that are not allowed, then load (or create) the learner
 * and choose the language for this turn. Returns false to stop the turn.
 */
export function createBeforeTurn({ config, learners, log, clock }: AppDeps) {
  return async function beforeTurn(context: TurnContext, state: HaliTurnState): Promise<boolean> {
    const tenant = tenantOf(context);
    if (config.allowedTenants.length > 0 && (!tenant || !config.allowedTenants.includes(tenant))) {
      log.warn('turn.tenant_rejected', { activityId: context.activity.id, tenant: tenant ?? null });
      return false;
    }
    const id = learnerIdOf(context);
    const existing = await learners.get(id);
    state.temp.learner = existing ?? newLearner(id, tenant, clock());
    state.temp.learnerChanged = !existing;
    state.temp.language = pickLanguage(state.temp.learner.language, context.activity.locale);
    state.temp.t = translator(state.temp.language);
    return true;
  };
}

/** afterTurn: one write of the learner, only when the turn changed it. */
export function createAfterTurn({ learners, clock }: AppDeps) {
  return async function afterTurn(_context: TurnContext, state: HaliTurnState): Promise<boolean> {
    if (state.temp.learnerChanged && state.temp.learner) {
      await learners.save({ ...state.temp.learner, updatedAt: clock().toISOString() });
    }
    return true;
  };
}
