import type { Activity } from 'botbuilder';

/** Builders for Teams-shaped inbound activities, as Teams (and the Agents Playground) send them. */
export const BOT = { id: '28:hali-bot', name: 'HALI' };
export const TENANT = '72f988bf-0000-4000-8000-000000000001';

let counter = 0;
const nextId = () => `act-${++counter}-${Date.now()}`;

export interface ActivityOptions {
  userId?: string;
  aadObjectId?: string;
  tenantId?: string;
  locale?: string;
  serviceUrl?: string;
  conversationId?: string;
  /** The member's display name, as Teams sends it. */
  userName?: string;
}

function base(options: ActivityOptions, conversation: Record<string, unknown>): Partial<Activity> {
  const tenantId = options.tenantId ?? TENANT;
  const userId = options.userId ?? '29:user-1';
  return {
    id: nextId(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl ?? 'https://smba.trafficmanager.net/uk/',
    timestamp: new Date(),
    locale: options.locale ?? 'en-GB',
    from: { id: userId, name: options.userName ?? 'Sam Nurse', aadObjectId: options.aadObjectId ?? `aad-${userId}` } as Activity['from'],
    recipient: { ...BOT },
    conversation: { tenantId, ...conversation } as Activity['conversation'],
    channelData: { tenant: { id: tenantId } },
  };
}

/** A message in the one-to-one chat with HALI. */
export function personalMessage(text: string, options: ActivityOptions = {}): Partial<Activity> {
  return { ...base(options, { id: options.conversationId ?? `a:personal-${options.userId ?? '29:user-1'}`, conversationType: 'personal' }), type: 'message', text, textFormat: 'plain' };
}

/** A message in a group chat that @mentions HALI, as Teams delivers it. */
export function groupChatMessage(text: string, options: ActivityOptions = {}): Partial<Activity> {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base(options, { id: options.conversationId ?? '19:group-chat@thread.v2', conversationType: 'groupChat', isGroup: true }),
    type: 'message',
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: { ...BOT } }],
  };
}

export interface ChannelOptions extends ActivityOptions {
  /** The id of the thread's root message; a new top-level post is its own root. */
  threadId?: string;
  /** The channel (default "19:channel@thread.tacv2") and team. */
  channel?: string;
  team?: string;
}

/** The conversation of a channel thread, as Teams names it: `<channel>;messageid=<root>`. */
function channelConversation(options: ChannelOptions) {
  const channel = options.channel ?? '19:channel@thread.tacv2';
  return { id: `${channel};messageid=${options.threadId ?? '1700000000000'}`, conversationType: 'channel', isGroup: true };
}

function channelData(options: ChannelOptions, tenantId: string) {
  const channel = options.channel ?? '19:channel@thread.tacv2';
  const team = options.team ?? '19:team@thread.tacv2';
  return { tenant: { id: tenantId }, teamsChannelId: channel, teamsTeamId: team, team: { id: team }, channel: { id: channel } };
}

/**
 * A message in a team channel thread that @mentions HALI. A reply in a thread carries `replyToId`
 * (the root); a new top-level post (`newPost`) is the root itself, so its id is the thread id.
 */
export function channelMessage(text: string, options: ChannelOptions & { newPost?: boolean } = {}): Partial<Activity> {
  const mention = `<at>${BOT.name}</at>`;
  const activity = {
    ...base(options, channelConversation(options)),
    type: 'message',
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: { ...BOT } }],
  };
  activity.channelData = channelData(options, options.tenantId ?? TENANT);
  if (options.newPost) activity.id = options.threadId ?? '1700000000000';
  else activity.replyToId = options.threadId ?? '1700000000000';
  return activity;
}

/** An Action.Execute press on a card in a channel thread. */
export function channelCardExecute(verb: string, data: Record<string, unknown>, options: ChannelOptions = {}): Partial<Activity> {
  return {
    ...base(options, channelConversation(options)),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    channelData: channelData(options, options.tenantId ?? TENANT),
  };
}

/** An Action.Submit press on a card in a channel thread (clients without universal actions). */
export function channelCardSubmit(data: Record<string, unknown>, options: ChannelOptions = {}): Partial<Activity> {
  return { ...base(options, channelConversation(options)), type: 'message', value: data, channelData: channelData(options, options.tenantId ?? TENANT) };
}

/** An Action.Submit press: Teams sends a message whose value carries the card's data. */
export function cardSubmit(data: Record<string, unknown>, options: ActivityOptions = {}): Partial<Activity> {
  return { ...personalMessage('', options), text: undefined, value: data };
}

/** An Action.Execute press (universal actions): an adaptiveCard/action invoke. */
export function cardExecute(verb: string, data: Record<string, unknown>, options: ActivityOptions = {}): Partial<Activity> {
  return {
    ...base(options, { id: options.conversationId ?? `a:personal-${options.userId ?? '29:user-1'}`, conversationType: 'personal' }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** HALI installed into a personal chat. */
export function botInstalled(options: ActivityOptions = {}): Partial<Activity> {
  return {
    ...base(options, { id: options.conversationId ?? `a:personal-${options.userId ?? '29:user-1'}`, conversationType: 'personal' }),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id, name: BOT.name }],
  };
}

/** HALI added to a team (Teams names the channel it was added from) or to a group chat. */
export function botAddedTo(kind: 'channel' | 'groupChat', options: ChannelOptions = {}): Partial<Activity> {
  const conversation = kind === 'channel'
    ? { id: options.channel ?? '19:channel@thread.tacv2', conversationType: 'channel', isGroup: true }
    : { id: options.conversationId ?? '19:group-chat@thread.v2', conversationType: 'groupChat', isGroup: true };
  return {
    ...base(options, conversation),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id, name: BOT.name }],
    ...(kind === 'channel' ? { channelData: { ...channelData(options, options.tenantId ?? TENANT), eventType: 'teamMemberAdded' } } : {}),
  };
}
