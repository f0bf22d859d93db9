import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { caseKeyOf } from '../../bot/routes/cases';
import { CaseRepository } from '../../bot/cases/repository';
import { BOT, channelCardExecute, channelMessage } from '../helpers/activities';
import { cardTexts, testApp } from '../helpers/app';

const T = '1765000400001';
const FH = 'gwen-case-familial-hypercholesterolaemia';
const [ana, ben, cai] = ['ana', 'ben', 'cai'].map((n) => ({ userId: `29:${n}`, userName: `${n[0].toUpperCase()}${n.slice(1)} Nurse`, aadObjectId: `aad-${n}` }));
const texts = (acts: Partial<Activity>[]) => acts.map((a) => [a.text ?? '', ...(a.attachments ?? []).map((x) => cardTexts(x.content).join(' | '))].join(' ')).join('\n');
const threadOf = (app: ReturnType<typeof testApp>) => new CaseRepository(app.stores.documents, 30).thread(caseKeyOf(channelMessage('', { threadId: T })));

async function started(topic: string) {
  const app = testApp();
  await app.send(channelMessage(`case ${topic}`, { ...ana, threadId: T, newPost: true }));
  return app;
}

/** What an outside probe of team case discussions found a ward team running into. */
describe('app: a team case discussion as a ward team has it', () => {
  it('reads a question that names the case\'s own terms as a contribution: "should we stop the statin?" does not end the FH case', async () => {
    const app = await started('cholesterol');
    for (const stage of [0, 1]) await app.send(channelCardExecute(Verbs.caseReveal, { caseId: FH, stage }, { ...ana, threadId: T }));
    for (const q of ['stop the statin?', 'should we stop the statin?', 'hold the statin?']) await app.send(channelMessage(q, { ...ben, threadId: T }));
    const thread = (await threadOf(app))!;
    expect(thread.finishedAt).to.equal(undefined);
    expect(thread.contributions[2]).to.equal(3);
  });

  it('scores "I would offer IHC next" as an answer, not a reveal', async () => {
    const app = await started('lynch');
    await app.send(channelMessage('I would offer IHC next', { ...ben, threadId: T }));
    const thread = (await threadOf(app))!;
    expect(thread.stage).to.equal(0);
    expect(thread.covered[0]).to.include('ihc');
  });

  for (const [text, locale] of [['wrap it up', 'en-GB'], ['gorffennwch yr achos', 'cy-GB'], ['dyna ni am heddiw', 'cy-GB'], ["that's enough for today", 'en-GB']] as const) {
    it(`ends the case on "${text}"`, async () => {
      const app = await started('lynch');
      const out = texts(await app.send(channelMessage(text, { ...ben, threadId: T, locale })));
      expect((await threadOf(app))!.finishedAt, text).to.be.a('string');
      expect(out).to.match(/Case summary|Crynodeb o’r achos/);
    });
  }

  it('moves on for "awn ni \'mlaen" and "symud \'mlaen"', async () => {
    const app = await started('lynch');
    await app.send(channelMessage("awn ni 'mlaen", { ...ben, threadId: T, locale: 'cy-GB' }));
    expect((await threadOf(app))!.stage).to.equal(1);
    await app.send(channelMessage("symud 'mlaen", { ...ben, threadId: T, locale: 'cy-GB' }));
    expect((await threadOf(app))!.stage).to.equal(2);
  });

  it('posts one summary when two members end the case at the same moment; the other hears it has ended', async () => {
    const app = await started('lynch');
    await app.send(channelMessage('IHC for everyone', { ...ben, threadId: T }));
    app.adapter.activeQueue.splice(0);
    await Promise.all([channelMessage('end the case', { ...ben, threadId: T }), channelMessage('end the case', { ...cai, threadId: T })].map((a) => app.adapter.processActivity(a)));
    const out = app.adapter.activeQueue.splice(0).map((a) => texts([a]));
    expect(out.filter((t) => t.includes('Case summary'))).to.have.length(1);
    expect(out.filter((t) => t.includes('That case has ended'))).to.have.length(1);
  });

  it('scores a Teams reply by what the member typed, not the message it quotes', async () => {
    const app = await started('lynch');
    const quoted = channelMessage('', { ...cai, threadId: T });
    quoted.text = '<blockquote itemscope="" itemtype="http://schema.skype.com/Reply" itemid="1765000400050"><strong itemprop="mri" itemid="28:hali-bot">HALI</strong><p itemprop="preview">Offer IHC on the tumour to everyone with endometrial cancer; loss of MLH1 points to Lynch syndrome, inherited</p></blockquote><p><at>HALI</at> agreed</p>';
    await app.send(quoted);
    expect((await threadOf(app))!.covered[0]).to.deep.equal([]);
    expect(JSON.stringify(await app.stores.documents.listPartition('cases', '19:channel@thread.tacv2'))).to.not.include('MLH1');
  });

  it('keeps a colleague\'s @mentioned name out of what is stored', async () => {
    const app = await started('lynch');
    const m = channelMessage('', { ...ben, threadId: T });
    m.text = '<at>Ana Nurse</at> I agree with you, IHC on the tumour first <at>HALI</at>';
    m.entities = [{ type: 'mention', text: '<at>Ana Nurse</at>', mentioned: { id: '29:ana', name: 'Ana Nurse' } }, { type: 'mention', text: '<at>HALI</at>', mentioned: { ...BOT } }];
    await app.send(m);
    expect((await threadOf(app))!.covered[0]).to.include('ihc');
    const stored = JSON.stringify(await app.stores.documents.listPartition('cases', '19:channel@thread.tacv2'));
    expect(stored).to.include('IHC on the tumour first').and.not.include('Ana Nurse');
  });

  it('after the case ends, says so to a request or a thanks in its thread, and shows the summary again when asked, in either language', async () => {
    const app = await started('lynch');
    await app.send(channelMessage('IHC for everyone', { ...ben, threadId: T }));
    await app.send(channelMessage('end the case', { ...ana, threadId: T }));
    const said = async (text: string, locale = 'en-GB') => texts(await app.send(channelMessage(text, { ...ben, threadId: T, locale })));
    expect(await said('thanks Gwen')).to.include('That case has ended').and.not.include('trusted content');
    expect(await said('diolch Gwen', 'cy-GB')).to.include('Mae’r achos hwnnw wedi dod i ben');
    for (const text of ['next', 'hint']) expect(await said(text), text).to.include('That case has ended');
    for (const text of ['summary', 'can we see the summary again?']) expect(await said(text), text).to.include('Case summary').and.not.include('AI literacy');
    expect(await said('crynodeb', 'cy-GB')).to.include('Crynodeb o’r achos');
  });
});
