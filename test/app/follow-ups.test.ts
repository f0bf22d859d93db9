import { expect } from 'chai';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Verbs } from '../../cards/verbs';
import { ContentError, loadMentors } from '../../bot/mentors/load';
import { roleExample } from '../../bot/mentors/follow-ups';
import { ROLES } from '../../bot/mentors/types';
import { cardExecute, cardSubmit, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, MENTORS_DIR, realFaculty, testApp } from '../helpers/app';
import { mentorsCopyWith } from '../helpers/mentors-copy';
import { removeTempDir, tempDir } from '../helpers/temp-dir';

const hali = realFaculty().get('hali')!;
const followUps = (card: Record<string, any>) => (card.actions as any[]).filter((a) => String(a.data?.verb).startsWith('followup.'));
const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

async function askAs(question: string, settings: Record<string, unknown> = {}) {
  const app = testApp();
  await app.send(personalMessage('hi'));
  if (Object.keys(settings).length > 0) await app.send(cardExecute(Verbs.saveSettings, settings));
  const card = firstCard(await app.send(personalMessage(question)))!;
  return { app, card };
}

describe('app: follow-ups on an answer (offline, from authored content)', () => {
  it('offers "Explain more simply", "An example from my role" and "What should I read next" on the answer, for the explainer it cites', async () => {
    const { card } = await askAs('What is AI?');
    const buttons = followUps(card);
    expect(buttons.map((b) => b.title)).to.deep.equal(['Explain more simply', 'An example from my role', 'What should I read next?']);
    expect(buttons.map((b) => b.data.explainerId)).to.deep.equal(['what-is-ai', 'what-is-ai', 'what-is-ai']);
  });

  it('"more simply" gives the authored simpler version, in Welsh too', async () => {
    const { app, card } = await askAs('What is AI?');
    const simpler = texts(await app.send(cardSubmit(followUps(card)[0].data)));
    expect(simpler).to.include('More simply');
    expect(simpler).to.include(hali.explainers.find((e) => e.id === 'what-is-ai')!.simpler!.en);
    await app.send(cardExecute(Verbs.saveSettings, { language: 'cy' }));
    expect(texts(await app.send(cardSubmit(followUps(card)[0].data)))).to.include('Yn symlach');
  });

  it('says honestly when there is no simpler version, and offers the lesson on the topic', async () => {
    // Every explainer has one now: content without one for the DPIA explainer (a new explainer would be like it).
    const without = hali.explainers.find((e) => e.id === 'hali-x-dpia')!;
    const mentorsDir = mentorsCopyWith('hali/explainers.json', (explainers: { id: string; simpler?: unknown }[]) => {
      delete explainers.find((e) => e.id === without.id)!.simpler;
    });
    const app = testApp({ mentorsDir });
    await app.send(personalMessage('hi'));
    const replies = await app.send(cardSubmit({ verb: Verbs.followUpSimpler, mentorId: 'hali', explainerId: without.id }));
    expect(texts(replies)).to.include("I don't have a simpler version of this answer yet. Here is the two-minute lesson that covers it.");
    const lesson = firstCard(replies)!;
    const topicLessons = hali.lessons.filter((l) => l.topic === without.topic).map((l) => l.title.en);
    expect(topicLessons.some((title) => cardTexts(lesson).join('\n').includes(title))).to.equal(true);
  });

  it('"an example from my role" uses the related lesson\'s "try this at work" when no role example is authored', async () => {
    const authored = hali.explainers.find((e) => e.id === 'what-is-ai')!.roleExamples?.map((x) => x.role) ?? [];
    const role = ROLES.find((r) => !authored.includes(r))!;
    const { app, card } = await askAs('What is AI?', { role });
    const lesson = hali.lessons.filter((l) => l.topic === 'artificial intelligence' && (l.roles.includes('all') || l.roles.includes(role))).sort((a, b) => a.order - b.order)[0];
    const example = texts(await app.send(cardSubmit(followUps(card)[1].data)));
    expect(example).to.include(`From the lesson "${lesson.title.en}", try this at work:`);
    expect(example).to.include(lesson.tryThis.en);
  });

  it('an authored example for the learner\'s role comes before the lesson\'s "try this at work"', () => {
    const explainer = { ...hali.explainers[0], roleExamples: [{ role: 'midwife' as const, text: { en: 'On a labour ward ...', cy: 'Ar ward esgor ...' } }] };
    expect(roleExample(hali, explainer, 'midwife')).to.deep.equal({ kind: 'authored', text: { en: 'On a labour ward ...', cy: 'Ar ward esgor ...' } });
    expect(roleExample(hali, explainer, 'nurse').kind).to.equal('tryThis');
    expect(roleExample({ ...hali, lessons: [] }, explainer, 'nurse').kind).to.equal('none');
  });

  it('"what should I read next" lists related lessons, related questions and the sources', async () => {
    const { app, card } = await askAs('What is AI?');
    const next = texts(await app.send(cardSubmit(followUps(card)[2].data)));
    expect(next).to.include('What to read next');
    expect(next).to.include('Lessons');
    expect(next).to.include(hali.explainers.find((e) => e.id === 'what-is-ai')!.sources[0].url);
    for (const related of hali.explainers.filter((e) => e.topic === 'artificial intelligence' && e.id !== 'what-is-ai').slice(0, 3)) expect(next).to.include(related.question.en);
  });

  it('an unknown explainer gets a clear answer and nothing else', async () => {
    const { app } = await askAs('hi');
    const replies = await app.send(cardSubmit({ verb: Verbs.followUpReadNext, mentorId: 'hali', explainerId: 'no-such-thing' }));
    expect(texts(replies)).to.equal('I could not find that answer any more. Ask your question again.');
  });
});

describe('explainers\' optional simpler version and role examples are validated at load', () => {
  const withExplainer = (change: (e: Record<string, any>) => void): ContentError => {
    const dir = tempDir('hali-mentors-');
    cpSync(MENTORS_DIR, dir, { recursive: true });
    const file = join(dir, 'hali', 'explainers.json');
    const explainers = JSON.parse(readFileSync(file, 'utf8'));
    change(explainers[1]);
    writeFileSync(file, JSON.stringify(explainers));
    try {
      loadMentors(dir);
    } catch (error) {
      return error as ContentError;
    } finally {
      removeTempDir(dir);
    }
    throw new Error('expected the content to be rejected');
  };

  it('a simpler version needs both languages', () => {
    expect(withExplainer((e) => (e.simpler = { en: 'Short.' })).message).to.match(/explainers.*simpler/s);
  });

  it('role examples need a known role, both languages, one per role', () => {
    expect(withExplainer((e) => (e.roleExamples = [{ role: 'surgeon', text: { en: 'x', cy: 'y' } }])).message).to.include('surgeon');
    expect(withExplainer((e) => (e.roleExamples = [{ role: 'nurse', text: { en: 'x' } }])).message).to.match(/roleExamples\[0\]/);
    expect(withExplainer((e) => (e.roleExamples = [{ role: 'nurse', text: { en: 'x', cy: 'y' } }, { role: 'nurse', text: { en: 'x', cy: 'y' } }])).message).to.include('twice');
    expect(withExplainer((e) => (e.roleExamples = 'nurses')).message).to.include('must be a list');
  });
});
