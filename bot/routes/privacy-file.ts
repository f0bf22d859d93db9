import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppDeps } from '../deps';
import type { HaliTurnState } from '../state';

/** Teams' file flow in personal chat: the bot offers a file, the user allows it, the bot uploads it. */
export const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';

/** What the consent card carries back: whose export it is and in which chat it was offered. */
interface ExportContext {
  readonly learnerId: string;
  readonly conversationId: string;
}

interface FileConsentValue {
  readonly context?: Partial<ExportContext>;
  readonly uploadInfo?: { readonly name?: string; readonly uploadUrl?: string; readonly contentUrl?: string; readonly uniqueId?: string; readonly fileType?: string };
}

/**
 * Only Teams with an authenticated connection takes files (the file goes to the user's OneDrive);
 * the Agents Playground (local mode, no token) shows a consent card as unsupported.
 */
export function canTakeFiles(context: TurnContext, { config }: AppDeps): boolean {
  return context.activity.channelId === 'msteams' && !config.localMode;
}

/** The FileConsentCard offering the export as `name`. */
export function exportConsentCard(context: TurnContext, learnerId: string, name: string, bytes: number, description: string) {
  const owner: ExportContext = { learnerId, conversationId: context.activity.conversation.id };
  return { contentType: FILE_CONSENT_CARD, name, content: { description, sizeInBytes: bytes, acceptContext: owner, declineContext: owner } };
}

/**
 * Accept: upload the learner's export (built afresh by `exportJson`) and show the file card;
 * decline: a polite note. Only the learner the file was offered to, in their one-to-one chat where
 * it was offered, is served: a forged or replayed invoke from anyone else uploads nothing.
 */
export function registerExportFile(app: Application<HaliTurnState>, deps: AppDeps, exportJson: (context: TurnContext, state: HaliTurnState) => Promise<string>): void {
  const owned = (context: TurnContext, state: HaliTurnState, value: FileConsentValue) =>
    context.activity.conversation?.conversationType === 'personal' &&
    value?.context?.learnerId === state.temp.learner.id &&
    value.context.conversationId === context.activity.conversation.id;

  app.fileConsentAccept(async (context, state, response) => {
    const value = response as unknown as FileConsentValue;
    const { t } = state.temp;
    const target = uploadTarget(value, deps);
    if (!owned(context, state, value) || !target) {
      deps.log.warn('privacy.file_refused', { activityId: context.activity.id, reason: target ? 'not_owner' : 'upload_url' });
      await context.sendActivity(t('privacy.fileRefused'));
      return;
    }
    const body = Buffer.from(await exportJson(context, state), 'utf8');
    const put = await fetch(target, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length), 'Content-Range': `bytes 0-${body.length - 1}/${body.length}` },
      body,
    }).catch((error: Error) => ({ ok: false, status: error.name }));
    if (!put.ok) {
      deps.log.warn('privacy.file_upload_failed', { activityId: context.activity.id, status: put.status });
      await context.sendActivity(t('privacy.fileFailed'));
      return;
    }
    const info = value.uploadInfo!;
    await context.sendActivity({
      type: 'message',
      text: t('privacy.fileSent'),
      attachments: [{ contentType: FILE_INFO_CARD, contentUrl: info.contentUrl, name: info.name, content: { uniqueId: info.uniqueId, fileType: info.fileType } }],
    });
  });

  app.fileConsentDecline(async (context, state) => {
    await context.sendActivity(state.temp.t('privacy.fileDeclined'));
  });
}

/** The upload URL Teams gave: https (http only outside production, for loopback stand-ins). */
function uploadTarget(value: FileConsentValue, { config }: AppDeps): string | undefined {
  const raw = value?.uploadInfo?.uploadUrl;
  if (typeof raw !== 'string') return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || (url.protocol === 'http:' && !config.production) ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}
