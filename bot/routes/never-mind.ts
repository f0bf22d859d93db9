import type { Application } from '@microsoft/teams-ai';
import type { AppDeps } from '../deps';
import { changeLearner, type HaliTurnState } from '../state';
import { isShared } from './case-context';
import { NEVER_MIND } from '../i18n/commands';

/**
 * "never mind", "cancel", "forget it", "anghofia fo", "dim ots" typed alone in personal chat: a "forget me" still waiting for its
 * confirmation is called off (as its Cancel button does); otherwise there is nothing to cancel, and HALI says so kindly, with
 * what to do next, rather than searching the content for "cancel". ("forget me" / "anghofia fi" is erasure: privacy.ts.)
 */
export function registerNeverMind(app: Application<HaliTurnState>, { clock }: AppDeps): void {
  app.message(
    async (context) => !isShared(context) && NEVER_MIND.test((context.activity.text ?? '').trim()),
    async (context, state) => {
      const { t, learner } = state.temp;
      const erasure = learner.pendingErasure;
      if (erasure && Date.parse(erasure.expiresAt) > clock().getTime()) {
        changeLearner(state, ({ pendingErasure: _dropped, ...rest }) => rest);
        await context.sendActivity(t('privacy.forget.cancelled'));
        return;
      }
      await context.sendActivity(t('smallTalk.neverMind'));
    },
  );
}
