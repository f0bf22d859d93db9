import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { CardJson } from '../../cards/render';

/** Sends one Adaptive Card as a message. */
export async function sendCard(context: TurnContext, card: CardJson, extra: { entities?: unknown[] } = {}): Promise<void> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (extra.entities) activity.entities = extra.entities as never;
  await context.sendActivity(activity);
}
