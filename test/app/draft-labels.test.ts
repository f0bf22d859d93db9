import { expect } from 'chai';
import { TestAdapter, type Activity } from 'botbuilder';
import { createApp } from '../../bot/app';
import type { ContentGovernance } from '../../bot/content/governance';
import { channelMessage, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, testDeps } from '../helpers/app';

const THREAD = '1765000000077';
const QUESTION = 'What is a large language model?';

/** The governed app outside production (drafts served and labelled), as bot/index.ts builds it. */
function governedApp() {
  const { deps, governance } = testDeps({ governed: true });
  const adapter = new TestAdapter(createApp(deps).handleTurn);
  const send = async (activity: Partial<Activity>) => {
    adapter.activeQueue.splice(0);
    await adapter.processActivity(activity);
    return cardTexts(firstCard(adapter.activeQueue.splice(0))).join('\n');
  };
  return { send, governance: governance! };
}

async function approve(governance: ContentGovernance, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    const item = governance.item(key)!;
    for (const role of ['educator', 'welsh-reviewer'] as const) {
      await governance.decide(item, { decision: 'approve', role, reviewer: { id: role, name: `Dr ${role}` }, at: '2026-11-28T10:00:00.000Z', comment: '' });
    }
  }
}

describe('app: draft labels on case cards and offline answers outside production', () => {
  it('labels a draft case in English and Welsh, and drops the label once every stage is approved', async () => {
    const { send, governance } = governedApp();
    const lynch = governance.faculty.mentors.flatMap((m) => m.cases).find((c) => c.id === 'gwen-case-lynch-syndrome')!;
    expect(lynch.review.status).to.equal('draft');
    const started = await send(channelMessage('case lynch', { threadId: THREAD, newPost: true }));
    expect(started).to.include('Draft case, awaiting review by an educator.');
    const summary = await send(channelMessage('summary please', { threadId: THREAD }));
    expect(summary).to.include('So far:');
    expect(summary).to.include('Draft case, awaiting review by an educator.');
    const welsh = await send(channelMessage('achos lynch', { threadId: `${THREAD}9`, newPost: true, locale: 'cy-GB' }));
    expect(welsh).to.include('Achos drafft, yn aros i addysgwr ei adolygu.');

    await approve(governance, lynch.stages.map((s) => `case-stage:${lynch.id}/${s.id}`));
    const approved = await send(channelMessage('case lynch', { threadId: `${THREAD}8`, newPost: true }));
    expect(approved).to.include('Stage 1 of 4');
    expect(approved).to.not.include('Draft case');
  });

  it('says an offline answer comes from draft content until its explainer is approved, then from reviewed content', async () => {
    const { send, governance } = governedApp();
    const passage = governance.faculty.choose(QUESTION).passages[0];
    expect(passage.review).to.equal('draft');
    const draft = await send(personalMessage(QUESTION));
    expect(draft).to.include('From HALI’s draft content');
    expect(draft).to.not.include('content, reviewed by an educator');
    await approve(governance, [`${passage.kind}:${passage.id}`]);
    const reviewed = await send(personalMessage(QUESTION));
    expect(reviewed).to.include('From HALI’s content, reviewed by an educator');
    expect(reviewed).to.not.include('draft content');
  });
});
