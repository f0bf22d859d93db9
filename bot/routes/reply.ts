import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { CardJson } from '../../cards/render';
import type { HaliTurnState } from '../state';
import { isShared } from './case-context';

/** Sends one Adaptive Card as a message. */
export async function sendCard(context: TurnContext, card: CardJson, extra: { entities?: unknown[]; channelData?: object } = {}): Promise<void> {
  await sendCardWithId(context, card, extra);
}

/** Sends one Adaptive Card as a message; resolves with the id the channel gave it, when it gave one. */
export async function sendCardWithId(context: TurnContext, card: CardJson, extra: { entities?: unknown[]; channelData?: object } = {}): Promise<string | undefined> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (extra.entities) activity.entities = extra.entities as never;
  if (extra.channelData) activity.channelData = extra.channelData;
  return (await context.sendActivity(activity))?.id;
}

/**
 * Registers a card action that answers with a card. Teams clients with universal actions send
 * Action.Execute and the card is replaced in place; older clients use the action's fallback
 * Action.Submit, and then the same card arrives as a new message.
 */
export function onCardAction<TData extends Record<string, any>>(
  app: Application<HaliTurnState>,
  verb: string,
  handler: (context: TurnContext, state: HaliTurnState, data: TData | undefined) => Promise<CardJson>,
): void {
  app.adaptiveCards.actionExecute<TData>(verb, (context, state, data) => handler(context, state, data));
  app.adaptiveCards.actionSubmit<TData>(verb, async (context, state, data) => {
    await sendCard(context, await handler(context, state, data));
  });
}

/**
 * In a channel or group chat, says that `command` is answered in the one-to-one chat only, and returns true: what it shows or
 * changes (records, settings, progress) is the learner's own, and would be posted to everyone there. ("my data" and "forget me"
 * are stricter, privacy.ts: a conversation Teams does not say is one-to-one is refused.)
 */
export async function refusedOutsidePersonalChat(context: TurnContext, state: HaliTurnState, command: { en: string; cy: string }): Promise<boolean> {
  if (!isShared(context)) return false;
  await context.sendActivity(state.temp.t('privacy.personalOnly', { command: command[state.temp.language] }));
  return true;
}
