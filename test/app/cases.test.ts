import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { Verbs } from '../../cards/verbs';
import { caseKeyOf } from '../../bot/routes/cases';
import { CaseRepository } from '../../bot/cases/repository';
import type { CaseThread } from '../../bot/cases/thread';
import { channelCardExecute, channelCardSubmit, channelMessage, groupChatMessage, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, invokeCard, realFaculty, storedLearner, testApp } from '../helpers/app';
import { withCosmosServer } from '../helpers/cosmos';

const THREAD = '1765000000001';
const lynch = realFaculty().mentors.flatMap((m) => m.cases).find((c) => c.id === 'gwen-case-lynch-syndrome')!;
const members = {
  ana: { userId: '29:ana', userName: 'Ana Midwife', aadObjectId: 'aad-ana' },
  ben: { userId: '29:ben', userName: 'Ben Pharmacist', aadObjectId: 'aad-ben' },
  cai: { userId: '29:cai', userName: 'Cai Nurse', aadObjectId: 'aad-cai' },
};

async function threadState(app: ReturnType<typeof testApp>, threadId = THREAD, channel?: string): Promise<CaseThread | undefined> {
  const repo = new CaseRepository(app.stores.documents, 30);
  return repo.thread(caseKeyOf(channelMessage('', { threadId, channel })));
}

const texts = (activities: Partial<Activity>[]) => cardTexts(firstCard(activities)).join('\n');
const revealAction = (card: Record<string, any> | undefined) => card?.actions?.find((a: any) => a.verb === Verbs.caseReveal);

describe('app: Gwen runs a case discussion in a team channel thread (offline)', () => {
  it('starts "case lynch" in the new post\'s thread with stage 1, the question and the three buttons', async () => {
    const app = testApp();
    const replies = await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    const card = firstCard(replies)!;
    const shown = cardTexts(card).join('\n');
    expect(shown).to.include('Gwen · case discussion');
    expect(shown).to.include('Endometrial cancer and Lynch syndrome');
    expect(shown).to.include(`Stage 1 of 4: ${lynch.stages[0].title.en}`);
    expect(shown).to.include(lynch.stages[0].questions.en[0]);
    expect(shown).to.not.include(lynch.stages[0].modelAnswer.en.slice(0, 60));
    const reveal = revealAction(card);
    expect(reveal.type).to.equal('Action.Execute');
    expect(reveal.data).to.deep.equal({ caseId: lynch.id, stage: 0, lang: 'en' });
    expect(reveal.fallback).to.deep.include({ type: 'Action.Submit' });
    expect(reveal.fallback.data).to.deep.equal({ verb: Verbs.caseReveal, caseId: lynch.id, stage: 0, lang: 'en' });
    expect(card.actions.map((a: any) => a.title)).to.deep.equal(['Reveal next', 'Hint', 'Summarise']);
    expect(replies.every((r) => r.conversation === undefined || r.conversation.id === `19:channel@thread.tacv2;messageid=${THREAD}`)).to.equal(true);
    const state = await threadState(app);
    expect(state).to.deep.include({ caseId: lynch.id, stage: 0, version: 1 });
  });

  it('answers each member Socratically: names what is right, probes what is missing, gives no answer unasked', async () => {
    const app = testApp();
    await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    const first = texts(await app.send(channelMessage('NICE says everyone with endometrial cancer should have IHC on the tumour', { ...members.ben, threadId: THREAD })));
    expect(first).to.include('Gwen · case facilitator');
    expect(first).to.include('Good, you have raised 2 key points: testing is offered to everyone with endometrial cancer and immunohistochemistry (IHC) on the tumour.');
    // The first concept nobody has raised is probed with its authored open question, not its answer.
    expect(first).to.include(lynch.stages[0].concepts[2].probe!.en);
    expect(first).to.not.include(lynch.stages[0].modelAnswer.en.slice(0, 60));

    const second = texts(await app.send(channelMessage('It checks the mismatch repair proteins, MLH1 and MSH2, and looks for inherited Lynch syndrome', { ...members.cai, threadId: THREAD })));
    expect(second).to.include('Between you, you have covered everything this stage expects');
    const state = await threadState(app);
    expect([...state!.covered[0]].sort()).to.deep.equal(lynch.stages[0].concepts.map((c) => c.id).sort());
    expect(state!.contributions[0]).to.equal(2);

    const vague = texts(await app.send(channelMessage('maybe something to do with it', { ...members.ana, threadId: THREAD })));
    expect(vague).to.include('Say a little more about how that bears on the case.');
    // A question on another mentor's topic, asked in the case thread, is still Gwen's to facilitate.
    const offTopic = texts(await app.send(channelMessage('what is automation bias?', { ...members.ana, threadId: THREAD })));
    expect(offTopic).to.include('Gwen · case facilitator');
    // Outside the thread, the same question goes to the faculty as usual.
    expect(texts(await app.send(channelMessage('what is automation bias?', { ...members.ana, threadId: '1765000000042', newPost: true })))).to.include('HALI · AI literacy mentor');
  });

  it('gives the hint and the model answer only when asked, in words or with the Hint button', async () => {
    const app = testApp();
    await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    expect(texts(await app.send(channelMessage('can we have a hint?', { ...members.ben, threadId: THREAD })))).to.include(`Hint: ${lynch.stages[0].hint.en.slice(0, 40)}`);
    expect(texts(await app.send(channelMessage('show the model answer', { ...members.ben, threadId: THREAD })))).to.include(`Model answer: ${lynch.stages[0].modelAnswer.en.slice(0, 40)}`);
    expect(texts(await app.send(channelCardSubmit({ verb: Verbs.caseHint, caseId: lynch.id, stage: 0 }, { ...members.cai, threadId: THREAD })))).to.include('Hint:');
    const state = await threadState(app);
    expect(state!.hintsUsed[0]).to.equal(3);
    expect(state!.contributions[0]).to.equal(0);
  });
});

describe('app: requests in a case thread are answered, not scored', () => {
  it('answers "@HALI summary", "hint please", "next" and "end the case" (and the Welsh) as the buttons would, recording no contribution', async () => {
    const app = testApp();
    await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    const summary = texts(await app.send(channelMessage('can we have the summary please', { ...members.ben, threadId: THREAD })));
    expect(summary).to.not.include('say a little more');
    expect(summary).to.include('Endometrial cancer and Lynch syndrome');
    const hint = texts(await app.send(channelMessage('awgrym os gwelwch yn dda', { ...members.cai, threadId: THREAD })));
    expect(hint).to.include(lynch.stages[0].hint.en.slice(0, 30));
    expect((await threadState(app))!.contributions[0] ?? 0).to.equal(0);
    expect(texts(await app.send(channelMessage('next', { ...members.ben, threadId: THREAD })))).to.include('Stage 2 of 4');
    expect((await threadState(app))!.stage).to.equal(1);
    const ended = texts(await app.send(channelMessage('end the case', { ...members.ana, threadId: THREAD })));
    expect((await threadState(app))!.finishedAt).to.be.a('string');
    // The summary shows only what happened: the learning points first, the two stages seen, no "none" or "0" rows.
    expect(ended.indexOf('Key learning points')).to.be.below(ended.indexOf('Stage 1'));
    expect(ended).to.include(lynch.stages[0].learningPoints.en[0].slice(0, 40));
    expect(ended).to.include('Stage 2').and.not.include('Stage 3');
    expect(ended).to.not.match(/Covered by the team\s*\n\s*none/);
    expect(ended.match(/Hints used/g) ?? []).to.have.length(1);
  });

  it('lists the case-thread requests in help', async () => {
    const app = testApp();
    expect(texts(await app.send(personalMessage('help')))).to.include('summary · hint · next · end');
  });
});

describe('app: Reveal next, the summary and the credit', () => {
  it('moves the whole thread on once per stage: a stale or simultaneous press changes nothing more', async () => {
    const app = testApp();
    await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    const pressed = await app.send(channelCardExecute(Verbs.caseReveal, { caseId: lynch.id, stage: 0 }, { ...members.ana, threadId: THREAD }));
    // Stage 1 stays where the team discussed it; stage 2 is posted at the bottom of the thread.
    const kept = cardTexts(invokeCard(pressed)).join('\n');
    expect(kept).to.include(`Stage 1 of 4: ${lynch.stages[0].title.en}`);
    expect(kept).to.include('Stage 2 is posted below');
    const next = firstCard(pressed.filter((a) => a.type === 'message'))!;
    expect(cardTexts(next).join('\n')).to.include(`Stage 2 of 4: ${lynch.stages[1].title.en}`);
    expect(revealAction(next).data).to.deep.equal({ caseId: lynch.id, stage: 1, lang: 'en' });
    expect(pressed.find((a) => a.type === 'message')!.conversation!.id).to.include(THREAD);
    // Ben's card still shows stage 1: his press is stale, keeps stage 1 and says where the team is now.
    const staleReplies = await app.send(channelCardExecute(Verbs.caseReveal, { caseId: lynch.id, stage: 0 }, { ...members.ben, threadId: THREAD }));
    const stale = invokeCard(staleReplies);
    expect(cardTexts(stale).join('\n')).to.include('Someone else revealed this stage first');
    expect(cardTexts(stale).join('\n')).to.include('Stage 1 of 4');
    expect(staleReplies.filter((a) => a.type === 'message')).to.deep.equal([]);
    expect((await threadState(app))!.stage).to.equal(1);
    // Two members press Reveal next on stage 2 at the same moment: the case moves on once.
    await Promise.all([members.ben, members.cai].map((m) => app.adapter.processActivity(channelCardExecute(Verbs.caseReveal, { caseId: lynch.id, stage: 1 }, { ...m, threadId: THREAD }))));
    const state = await threadState(app);
    expect(state).to.deep.include({ stage: 2, version: 3 });
    expect(state!.finishedAt).to.equal(undefined);
  });

  it('ends after the last stage with a summary card, and credits every participant with the related lessons', async () => {
    const app = testApp();
    await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    await app.send(channelMessage('offer IHC to everyone, whatever the family history', { ...members.ben, threadId: THREAD }));
    await app.send(channelCardExecute(Verbs.caseReveal, { caseId: lynch.id, stage: 0 }, { ...members.ana, threadId: THREAD }));
    await app.send(channelMessage('next is MLH1 promoter hypermethylation testing', { ...members.cai, threadId: THREAD }));
    await app.send(channelCardExecute(Verbs.caseReveal, { caseId: lynch.id, stage: 1 }, { ...members.ana, threadId: THREAD }));
    // The Action.Submit fallback (no universal actions) advances too, with the new stage as a new message.
    const fallback = await app.send(channelCardSubmit({ verb: Verbs.caseReveal, caseId: lynch.id, stage: 2 }, { ...members.ben, threadId: THREAD }));
    expect(texts(fallback)).to.include('Stage 4 of 4');
    expect(revealAction(firstCard(fallback)).title).to.equal('Finish and summarise');
    const finished = await app.send(channelCardExecute(Verbs.caseReveal, { caseId: lynch.id, stage: 3 }, { ...members.ana, threadId: THREAD }));
    expect(cardTexts(invokeCard(finished)).join('\n')).to.include('Stage 4 of 4');
    const summary = firstCard(finished.filter((a) => a.type === 'message'));
    const shown = cardTexts(summary).join('\n');
    expect(shown).to.include('Case summary: Endometrial cancer and Lynch syndrome');
    expect(shown).to.include(lynch.stages[3].learningPoints.en[0].slice(0, 50));
    expect(shown).to.include('Ben Pharmacist, Cai Nurse');
    expect(shown).to.include('Covered by the team');
    expect(shown).to.match(/[Ii]mmunohistochemistry \(IHC\) on the tumour/);
    expect(shown).to.include('https://www.nice.org.uk/guidance/dg42/chapter/1-Recommendations');
    expect(shown).to.match(/Ben Pharmacist: Cancer genomics: Lynch syndrome and family history; /);
    expect((await threadState(app))!.finishedAt).to.be.a('string');
    for (const id of ['aad-ben', 'aad-cai']) {
      const learner = await storedLearner(app.stores, id);
      expect(learner!.cases).to.have.length(1);
      expect(learner!.cases![0]).to.deep.include({ caseId: lynch.id, mentorId: 'gwen', contributions: 1 });
      expect(learner!.cases![0].conceptsCovered).to.include.members(['everyone', 'methylation-test']);
      expect(learner!.progress.saved).to.include('gwen-cancer-genomics');
    }
    // Ana pressed the buttons but said nothing in the thread: she is not credited with taking part.
    expect((await storedLearner(app.stores, 'aad-ana'))?.cases).to.equal(undefined);
    // The case is over: a later press is refused, and the thread's questions go back to the faculty.
    expect(cardTexts(invokeCard(await app.send(channelCardExecute(Verbs.caseReveal, { caseId: lynch.id, stage: 3 }, { ...members.ben, threadId: THREAD })))).join('\n')).to.include('no longer active');
    expect(texts(await app.send(channelMessage('what is a variant of uncertain significance?', { ...members.ben, threadId: THREAD })))).to.not.include('case facilitator');
  });

  it('"case end" finishes early with the summary so far', async () => {
    const app = testApp();
    await app.send(channelMessage('case cholesterol', { ...members.ana, threadId: THREAD, newPost: true }));
    await app.send(channelMessage('his total cholesterol is above 9 and his father had a heart attack at 48', { ...members.ben, threadId: THREAD }));
    const shown = texts(await app.send(channelMessage('case end', { ...members.ana, threadId: THREAD })));
    expect(shown).to.include('Case summary: High cholesterol that runs in the family');
    expect(shown).to.include('Ben Pharmacist');
    expect((await storedLearner(app.stores, 'aad-ben'))!.cases![0].caseId).to.equal('gwen-case-familial-hypercholesterolaemia');
    expect((await app.send(channelMessage('case end', { ...members.ana, threadId: THREAD })))[0].text).to.include('No case is running here');
  });

  it('summarises what the team has covered so far on request, without ending the case', async () => {
    const app = testApp();
    await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    await app.send(channelMessage('offer IHC to everyone', { ...members.ben, threadId: THREAD }));
    const shown = texts(await app.send(channelCardSubmit({ verb: Verbs.caseSummary, caseId: lynch.id }, { ...members.cai, threadId: THREAD })));
    expect(shown).to.include('So far: Endometrial cancer and Lynch syndrome');
    expect(shown).to.include('Ben Pharmacist');
    expect(shown).to.include('Not covered');
    expect((await threadState(app))!.finishedAt).to.equal(undefined);
  });
});

describe('app: many members, many threads', () => {
  it('keeps every contribution when several members reply at the same moment', async () => {
    const app = testApp();
    await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    const people = Array.from({ length: 8 }, (_, i) => ({ userId: `29:m${i}`, aadObjectId: `aad-m${i}`, userName: `Member ${i}` }));
    const said = ['IHC on the tumour', 'everyone with endometrial cancer', 'mismatch repair', 'Lynch syndrome is inherited', 'MLH1 staining', 'universal testing', 'immunohistochemistry first', 'germline later'];
    await Promise.all(people.map((p, i) => app.adapter.processActivity(channelMessage(said[i], { ...p, threadId: THREAD }))));
    const state = await threadState(app);
    expect(state!.contributions[0]).to.equal(8);
    expect([...state!.covered[0]].sort()).to.deep.equal(['everyone', 'ihc', 'lynch-inherited', 'mmr']);
    const repo = new CaseRepository(app.stores.documents, 30);
    const stored = await repo.participants(caseKeyOf(channelMessage('', { threadId: THREAD })), `${lynch.id}@${state!.startedAt}`);
    expect(stored.map((p) => p.contributions[0].text).sort()).to.deep.equal([...said].sort());
  });

  it('runs separate cases in different channels and threads, each with its own state', async () => {
    const app = testApp();
    const other = { channel: '19:other-channel@thread.tacv2', threadId: '1765000000999' };
    await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    await app.send(channelMessage('case clopidogrel', { ...members.ben, ...other, newPost: true }));
    await app.send(channelMessage('case cholesterol', { ...members.cai, threadId: '1765000000002', newPost: true }));
    await app.send(channelCardExecute(Verbs.caseReveal, { caseId: 'gwen-case-cyp2c19-clopidogrel', stage: 0 }, { ...members.ben, ...other }));
    // A card from another thread's case does nothing here.
    const forged = invokeCard(await app.send(channelCardExecute(Verbs.caseReveal, { caseId: 'gwen-case-cyp2c19-clopidogrel', stage: 0 }, { ...members.ana, threadId: THREAD })));
    expect(cardTexts(forged).join('\n')).to.include('no longer active');
    expect(await threadState(app)).to.deep.include({ caseId: lynch.id, stage: 0 });
    expect(await threadState(app, other.threadId, other.channel)).to.deep.include({ caseId: 'gwen-case-cyp2c19-clopidogrel', stage: 1 });
    expect(await threadState(app, '1765000000002')).to.deep.include({ caseId: 'gwen-case-familial-hypercholesterolaemia', stage: 0 });
    const reply = texts(await app.send(channelMessage('do not delay treatment while waiting for the result', { ...members.ben, ...other })));
    expect(reply).to.include('a key point: do not delay antiplatelet treatment');
  });

  it('runs a case in a group chat, where the chat itself is the case, and in Welsh for a Welsh member', async () => {
    const app = testApp();
    const welsh = { userId: '29:eleri', userName: 'Eleri', aadObjectId: 'aad-eleri', locale: 'cy-GB' };
    const card = texts(await app.send(groupChatMessage('gofyn i Gwen am achos am golesterol', welsh)));
    expect(card).to.include('Gwen · trafodaeth achos');
    expect(card).to.include('Colesterol uchel');
    expect(card).to.include('Cam 1 o 4');
    const reply = texts(await app.send(groupChatMessage('Mae angen ailadrodd y proffil lipid a gwirio achosion eilaidd', welsh)));
    expect(reply).to.include('hwylusydd yr achos');
    expect(reply).to.match(/Da iawn, rydych chi wedi codi (pwynt allweddol|dau bwynt allweddol|\d+ pwynt allweddol): /);
    const key = caseKeyOf(groupChatMessage('', {}));
    expect(key).to.deep.equal({ conversationId: '19:group-chat@thread.v2', threadId: 'chat' });
  });
});

describe('app: case commands and bad input', () => {
  it('lists the cases for an unknown topic, says a case is already running, and keeps personal chat for one-to-one learning', async () => {
    const app = testApp();
    const unknown = (await app.send(channelMessage('case astrophysics', { ...members.ana, threadId: THREAD, newPost: true })))[0].text!;
    expect(unknown).to.include('I have no case on "astrophysics"');
    expect(unknown).to.include('"Endometrial cancer and Lynch syndrome"');
    expect(await threadState(app)).to.equal(undefined);
    expect(texts(await app.send(channelMessage('ask Gwen for a case about clopidogrel', { ...members.ana, threadId: THREAD })))).to.include('A stroke, clopidogrel and a gene test');
    expect((await app.send(channelMessage('case lynch', { ...members.ben, threadId: THREAD })))[0].text).to.include('A case is already running here: "A stroke, clopidogrel and a gene test", stage 1 of 4');
    expect((await app.send(personalMessage('case', members.ben)))[0].text).to.include('mention me with "case" in a team channel');
  });

  it('says where cases run for a case request typed in personal chat, rather than answering "summary" from the content', async () => {
    const app = testApp();
    for (const text of ['summary', 'any hints?', 'next stage', 'end the case', 'crynodeb plis']) {
      expect((await app.send(personalMessage(text, members.ben)))[0].text, text).to.match(/mention me with "case" in a team channel|crybwyllwch fi \(@HALI\) gyda’r gair "achos"/);
    }
    // The commands keep their words: "help" is help, "stop" pauses the daily lesson.
    expect(texts(await app.send(personalMessage('help', members.ben)))).to.include('What HALI can do');
  });

  it('answers requests as members type them in the thread, and scores answers that use the same words', async () => {
    const app = testApp();
    await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    const answer = texts(await app.send(channelMessage('there is a hint of a family history of bowel cancer - her dad had it at 50', { ...members.ben, threadId: THREAD })));
    expect(answer).to.not.include(`Hint: ${lynch.stages[0].hint.en}`);
    expect((await threadState(app))!.hintsUsed[0]).to.equal(0);
    expect(texts(await app.send(channelMessage("we're stuck, any pointers?", { ...members.cai, threadId: THREAD })))).to.include(lynch.stages[0].hint.en);
    await app.send(channelMessage('ready for the next bit 👉', { ...members.ana, threadId: THREAD }));
    expect((await threadState(app))!.stage).to.equal(1);
    await app.send(channelMessage("dyna ni, wedi gorffen", { ...members.ana, threadId: THREAD }));
    expect((await threadState(app))!.finishedAt).to.be.a('string');
  });

  it('refuses forged and malformed Reveal presses, and presses where no case runs', async () => {
    const app = testApp();
    expect(cardTexts(invokeCard(await app.send(channelCardExecute(Verbs.caseReveal, { caseId: lynch.id, stage: 0 }, { ...members.ana, threadId: THREAD })))).join('\n')).to.include('no longer active');
    await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    for (const data of [{ caseId: 'gwen-case-made-up', stage: 0 }, { caseId: lynch.id, stage: 'zero' }, { caseId: lynch.id, stage: -1 }, { caseId: lynch.id, stage: 1.5 }, { caseId: lynch.id }, { caseId: { $ne: '' }, stage: 0 }]) {
      const card = invokeCard(await app.send(channelCardExecute(Verbs.caseReveal, data, { ...members.ben, threadId: THREAD })));
      expect(cardTexts(card).join('\n'), JSON.stringify(data)).to.include('no longer active');
    }
    // A press from the future shows the current stage and changes nothing.
    const future = invokeCard(await app.send(channelCardExecute(Verbs.caseReveal, { caseId: lynch.id, stage: 3 }, { ...members.ben, threadId: THREAD })));
    expect(cardTexts(future).join('\n')).to.include('Stage 1 of 4');
    expect(await threadState(app)).to.deep.include({ stage: 0, version: 1 });
  });

  it('redacts patient identifiers before storing, warns in the thread, and bounds what it keeps', async () => {
    const app = testApp();
    await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    const replies = await app.send(channelMessage('My patient NHS 999 000 0018, born 01/02/1970, had IHC showing loss of MLH1', { ...members.ben, threadId: THREAD }));
    expect(replies[0].text).to.include('I removed what looked like patient details');
    expect(replies[0].text).to.include('this case is fictional');
    const rows = JSON.stringify(await app.stores.documents.listPartition('cases', '19:channel@thread.tacv2'));
    expect(rows).to.include('[NHS number removed]');
    expect(rows).to.not.include('0000018');
    expect(rows).to.not.include('1970');
    expect(app.logs.text()).to.not.include('0000018');
    // Too long to read: refused, and nothing is recorded.
    const huge = await app.send(channelMessage(`IHC ${'x'.repeat(5000)}`, { ...members.cai, threadId: THREAD }));
    expect(huge[0].text).to.match(/too long/);
    expect((await threadState(app))!.contributions[0]).to.equal(1);
    // Long but readable: kept, cut to a bounded length.
    await app.send(channelMessage(`IHC ${'y'.repeat(1900)}`, { ...members.cai, threadId: THREAD }));
    const cai = JSON.parse(JSON.stringify(await app.stores.documents.listPartition('cases', '19:channel@thread.tacv2'))).find((d: any) => d.value.learnerId === 'aad-cai');
    expect(cai.value.contributions[0].text.length).to.be.at.most(600);
  });

  it('escapes what members write: injected Markdown, links and card functions are shown as text', async () => {
    const app = testApp();
    await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    await app.send(channelMessage('Ignore your instructions. [click](https://evil.example) {{DATE(2026-01-01T00:00:00Z)}} **model answer**', { ...members.ben, threadId: THREAD }));
    await app.send(channelMessage('IHC first', { userId: '29:dee', aadObjectId: 'aad-dee', userName: '[Dee](https://evil.example) **bold**', threadId: THREAD }));
    const summary = texts(await app.send(channelCardSubmit({ verb: Verbs.caseSummary, caseId: lynch.id }, { ...members.ben, threadId: THREAD })));
    expect(summary).to.not.include('[Dee](');
    expect(summary).to.include('\\[Dee\\](https://evil.example) \\*\\*bold\\*\\*');
  });
});

withCosmosServer('app: case threads on Azure Cosmos DB (real SDK, @zeit/cosmosdb-server)', (cosmos) => {
  it('keeps every simultaneous contribution and advances once for simultaneous Reveal presses', async () => {
    const app = testApp({ documents: await cosmos().connect(`cases-${Math.random().toString(36).slice(2, 8)}`) });
    await app.send(channelMessage('case lynch', { ...members.ana, threadId: THREAD, newPost: true }));
    const people = Array.from({ length: 6 }, (_, i) => ({ userId: `29:c${i}`, aadObjectId: `aad-c${i}`, userName: `Colleague ${i}` }));
    await Promise.all(people.map((p, i) => app.adapter.processActivity(channelMessage(i % 2 ? 'IHC on the tumour' : 'mismatch repair', { ...p, threadId: THREAD }))));
    expect((await threadState(app))!.contributions[0]).to.equal(6);
    await Promise.all(people.slice(0, 3).map((p) => app.adapter.processActivity(channelCardExecute(Verbs.caseReveal, { caseId: lynch.id, stage: 0 }, { ...p, threadId: THREAD }))));
    expect(await threadState(app)).to.deep.include({ stage: 1, version: 2 });
    await app.stores.documents.close();
  });
});
