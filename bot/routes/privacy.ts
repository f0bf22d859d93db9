import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { randomUUID } from 'node:crypto';
import { renderForgetConfirm, renderNotice } from '../../cards/render';
import { Verbs } from '../../cards/verbs';
import type { AppDeps } from '../deps';
import { changeLearner, type HaliTurnState } from '../state';
import { afterErasure, UNCONFIRMED_WITHDRAWAL_DELAY_MS, withdrawalsOfQueued } from '../reporting/erasure';
import { countsAsRecord, eraseLearnerData, exportLearnerData, locateLearnerDocuments, type LearnerScope } from '../store/privacy';
import { renderDataSummary } from '../../cards/render-privacy';
import { canTakeFiles, exportConsentCard, registerExportFile } from './privacy-file';
import { summariseLearnerData } from './privacy-summary';
import { onCardAction, sendCard } from './reply';
import { MY_DATA, FORGET_ME } from '../i18n/commands';
import type { MessageKey } from '../i18n/messages';

/** How long a "forget me" confirmation card stays valid. */
const CONFIRMATION_MINUTES = 15;
/** Characters of JSON per message: well under Teams' ~100 KB message limit. */
const EXPORT_CHUNK = 20_000;

/** Only a conversation Teams says is one-to-one: a missing or unknown type is treated as shared (fail closed). */
function isPersonal(context: TurnContext): boolean {
  return context.activity.conversation?.conversationType === 'personal';
}

function scopeOf(context: TurnContext, state: HaliTurnState): LearnerScope {
  const a = context.activity;
  const { learner } = state.temp;
  // These commands only run in the one-to-one chat, so this conversation is personal.
  const personal = new Set([a.conversation.id, ...(learner.conversationRef ? [learner.conversationRef.conversationId] : [])]);
  return {
    learnerId: learner.id,
    channelId: a.channelId,
    botId: a.recipient.id,
    userIds: [a.from.id],
    personalConversationIds: [...personal],
    sharedConversationIds: learner.conversations.filter((c) => !personal.has(c)),
  };
}

/**
 * "my data" sends the learner a summary of everything HALI stores about them, counted as "forget me"
 * counts, and the full export as a file (Teams) or as JSON messages (clients without files); "forget me" deletes it after a
 * confirmation whose button carries a one-time code, so a forged or replayed press deletes nothing.
 * Both only work in the one-to-one chat, where nobody else can see the data.
 */
export function registerPrivacy(app: Application<HaliTurnState>, deps: AppDeps): void {
  const { stores, clock, log, config } = deps;
  const exportJson = async (context: TurnContext, state: HaliTurnState) => {
    await Promise.all([stores.events.flush(), stores.aggregates.flush()]);
    return JSON.stringify(await exportLearnerData(stores.documents, scopeOf(context, state), clock()), null, 2);
  };

  app.message(MY_DATA, async (context, state) => {
    const { t, language, learner } = state.temp;
    if (!isPersonal(context)) {
      await context.sendActivity(t('privacy.personalOnly', { command: language === 'cy' ? 'fy nata' : 'my data' }));
      return;
    }
    await Promise.all([stores.events.flush(), stores.aggregates.flush()]);
    const scope = scopeOf(context, state);
    const located = await locateLearnerDocuments(stores.documents, scope, 'erase');
    // Only this turn's own activity marker is not "something HALI holds about you".
    if (!located.some(countsAsRecord)) {
      await context.sendActivity(t('privacy.exportNone'));
      return;
    }
    const files = canTakeFiles(context, deps);
    await sendCard(context, renderDataSummary(state.temp, summariseLearnerData(located, scope, learner), files ? 'file' : 'messages'));
    const json = await exportJson(context, state);
    if (files) {
      // The file is named in the learner's language, as the command they typed is ("my data", "fy nata").
      const name = `${state.temp.language === 'cy' ? 'hali-fy-nata' : 'hali-my-data'}-${clock().toISOString().slice(0, 10)}.json`;
      await context.sendActivity({ type: 'message', attachments: [exportConsentCard(context, learner.id, name, Buffer.byteLength(json), t('privacy.summaryTitle'))] });
      return;
    }
    const parts = Math.ceil(json.length / EXPORT_CHUNK);
    for (let part = 0; part < parts; part++) {
      const heading = parts > 1 ? `${t('privacy.exportPart', { part: part + 1, parts })}\n` : '';
      await context.sendActivity({ type: 'message', textFormat: 'markdown', text: `${heading}\`\`\`json\n${json.slice(part * EXPORT_CHUNK, (part + 1) * EXPORT_CHUNK)}\n\`\`\`` });
    }
  });

  registerExportFile(app, deps, exportJson);

  app.message(FORGET_ME, async (context, state) => {
    const { t, language } = state.temp;
    if (!isPersonal(context)) {
      await context.sendActivity(t('privacy.personalOnly', { command: language === 'cy' ? 'anghofia fi' : 'forget me' }));
      return;
    }
    const nonce = randomUUID();
    const expiresAt = new Date(clock().getTime() + CONFIRMATION_MINUTES * 60_000).toISOString();
    changeLearner(state, (learner) => ({ ...learner, pendingErasure: { nonce, expiresAt } }));
    const { xapi, viva } = config.reporting;
    const elsewhere: MessageKey[] = [...(viva ? (['privacy.forget.viva'] as const) : []), ...(xapi ? [xapi.voidOnErasure ? ('privacy.forget.lrsVoided' as const) : ('privacy.forget.lrsKept' as const)] : [])];
    await sendCard(context, renderForgetConfirm(state.temp, nonce, elsewhere));
  });

  const pendingMatches = (state: HaliTurnState, nonce: unknown): boolean => {
    const pending = state.temp.learner.pendingErasure;
    return !!pending && typeof nonce === 'string' && nonce === pending.nonce && new Date(pending.expiresAt) > clock();
  };

  /** Nothing is held about the learner now, and they were erased within a confirmation's lifetime. */
  const erasedJustNow = async (state: HaliTurnState): Promise<boolean> =>
    !state.temp.loaded.etag && (await stores.erasures.erasedSince(state.temp.learner.id, new Date(clock().getTime() - CONFIRMATION_MINUTES * 60_000)));

  onCardAction<{ nonce?: unknown }>(app, Verbs.confirmForget, async (context, state, data) => {
    const { t } = state.temp;
    if (!isPersonal(context) || !pendingMatches(state, data?.nonce)) {
      // The same press again (Teams redelivering it when the first answer failed, or pressed twice) after it deleted everything:
      // saying "nothing was deleted" would be untrue.
      if (isPersonal(context) && typeof data?.nonce === 'string' && (await erasedJustNow(state))) {
        return renderNotice(state.temp, t('privacy.forget.doneTitle'), t('privacy.forget.already'));
      }
      log.warn('privacy.erasure_refused', { activityId: context.activity.id, reason: isPersonal(context) ? 'nonce' : 'not_personal' });
      return renderNotice(state.temp, t('privacy.forget.title'), t('privacy.forget.expired'));
    }
    await Promise.all([stores.events.flush(), stores.aggregates.flush()]);
    const { learner } = state.temp;
    const sent = config.reporting.xapi?.voidOnErasure || config.reporting.viva ? await stores.reported.list(learner.id) : [];
    let deleted: number;
    try {
      deleted = await eraseLearnerData(stores.documents, scopeOf(context, state), clock(), stores.erasures);
    } catch (error) {
      // Part may be gone and part kept (the record, with their progress, goes last): never "deleted", nor the apology's "nothing
      // you have saved was lost". "Forget me" again finishes it.
      log.error('privacy.erasure_failed', { activityId: context.activity.id, error });
      return renderNotice(state.temp, t('privacy.forget.title'), t('privacy.forget.failed'));
    }
    // Queued records went with the learner's document; what the LRS already holds is voided, and Viva Learning's withdrawn:
    // what it accepted now, and any completion still queued for it (perhaps sent, the answer lost) once no request is open.
    const now = clock();
    await stores.outbox.addOrphans(afterErasure(config, sent, learner.tenantId, now), now);
    await stores.outbox.addOrphans(withdrawalsOfQueued(config, learner.outbox ?? [], now), new Date(now.getTime() + UNCONFIRMED_WITHDRAWAL_DELAY_MS));
    state.deleteConversationState();
    state.deleteUserState();
    state.temp.erased = true;
    log.info('privacy.erased', { activityId: context.activity.id, documents: deleted });
    return renderNotice(state.temp, t('privacy.forget.doneTitle'), t('privacy.forget.done', { count: deleted }));
  });

  onCardAction<{ nonce?: unknown }>(app, Verbs.cancelForget, async (context, state, data) => {
    const { t } = state.temp;
    if (pendingMatches(state, data?.nonce)) changeLearner(state, ({ pendingErasure: _dropped, ...learner }) => learner);
    return renderNotice(state.temp, t('privacy.forget.title'), t('privacy.forget.cancelled'));
  });
}
