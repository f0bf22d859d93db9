import type { Activity, TurnContext } from 'botbuilder';
import type { CaseKey } from '../cases/repository';
import type { CaseThread } from '../cases/thread';
import type { Faculty } from '../mentors/faculty';

/**
 * Where a case lives. In a channel, Teams puts the thread's root message id in the conversation id
 * (`<channel>;messageid=<root>`) and a reply to that conversation lands in the thread, so the case
 * started by "@HALI case" in a new post runs in that post's thread. A group chat has no threads:
 * the chat is the key.
 */
export function caseKeyOf(activity: Partial<Activity>): CaseKey {
  const id = activity.conversation?.id ?? '';
  if (activity.conversation?.conversationType === 'channel') {
    const match = /^(.+);messageid=(.+)$/.exec(id);
    if (match) return { conversationId: match[1], threadId: match[2] };
    return { conversationId: id, threadId: activity.replyToId ?? activity.id ?? 'channel' };
  }
  return { conversationId: id, threadId: 'chat' };
}

/** Group chats and channels: where teams work through cases together. */
export const isShared = (context: TurnContext) => (context.activity.conversation?.conversationType ?? 'personal') !== 'personal';

/** The mentor and case a thread runs, if the faculty still has them. */
export function caseStudyOf(faculty: Faculty, thread: CaseThread) {
  const mentor = faculty.get(thread.mentorId);
  const study = mentor?.cases.find((c) => c.id === thread.caseId);
  return mentor && study ? { mentor, study } : undefined;
}
