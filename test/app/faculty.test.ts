import { expect } from 'chai';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { Verbs } from '../../cards/verbs';
import { loadMentors } from '../../bot/mentors/load';
import { cardSubmit, personalMessage } from '../helpers/activities';
import { cardTexts, firstCard, MENTORS_DIR, storedLearner, testApp } from '../helpers/app';
import { tempDir } from '../helpers/temp-dir';

const FIXTURE = join(__dirname, '..', 'fixtures', 'mentors', 'nova');

/** The real faculty plus the fixture mentor, as if someone had added its folder. */
function facultyWithNova(): string {
  const dir = tempDir('hali-faculty-');
  cpSync(MENTORS_DIR, dir, { recursive: true });
  cpSync(FIXTURE, join(dir, 'nova'), { recursive: true });
  return dir;
}

describe('app: a new mentor is a folder of data', () => {
  it('loads the fixture mentor with no code change, and lists it in the faculty', async () => {
    const { send } = testApp({ mentorsDir: facultyWithNova() });
    expect(cardTexts(firstCard(await send(personalMessage('help')))).join('\n')).to.include('Test fixture mentor');
  });

  it('routes a question about its content to it, in its voice, with its source', async () => {
    const { send } = testApp({ mentorsDir: facultyWithNova() });
    const texts = cardTexts(firstCard(await send(personalMessage('what is the zzfixture framework?')))).join('\n');
    expect(texts).to.include('Nova · Test fixture mentor');
    expect(texts).to.include('Nova fixture answer about the zzfixture framework.');
    expect(texts).to.include('https://www.nice.org.uk/corporate/ecd7/chapter/introduction');
  });

  it('serves its lessons in pathway order, then the next one when the first is done', async () => {
    const { send, stores } = testApp({ mentorsDir: facultyWithNova() });
    const first = firstCard(await send(personalMessage('lesson Nova')))!;
    const texts = cardTexts(first).join('\n');
    expect(texts).to.include('Nova fixture lesson one');
    expect(texts).to.include('Lesson 1 of 2 · about two minutes');
    expect(texts).to.include('First paragraph of the fixture lesson.');
    expect(texts).to.include('Fixture point two.');
    const done = first.actions.find((a: { data?: { verb?: string } }) => a.data?.verb === Verbs.lessonDone).data;
    // First the "lesson complete" moment, then the next lesson as a card of its own.
    const [complete, next] = await send(cardSubmit(done));
    expect(cardTexts(firstCard([complete])).join('\n')).to.include('Lessons done: 1 of 2');
    const second = cardTexts(firstCard([next])).join('\n');
    expect(second).to.include('Nova fixture lesson two');
    expect(second).to.include('Draft content, awaiting review');
    const learner = await storedLearner(stores, 'aad-29:user-1');
    expect(learner!.progress.lessonsDone).to.deep.equal({ nova: ['nova-first'] });
    expect(learner!.currentMentor).to.equal('nova');
    // "lesson" alone now continues with Nova.
    expect(cardTexts(firstCard(await send(personalMessage('lesson')))).join('\n')).to.include('Nova fixture lesson two');
  });

  it('skips lessons written for other roles once the learner\'s role is known', async () => {
    const { send, stores } = testApp({ mentorsDir: facultyWithNova() });
    await send(personalMessage('hi'));
    await stores.learners.update('aad-29:user-1', [(l) => ({ ...l, profile: { role: 'nurse' }, progress: { ...l.progress, lessonsDone: { nova: ['nova-first'] } } })]);
    expect((await send(personalMessage('lesson nova')))[0].text).to.match(/You have finished all of Nova's lessons/);
    // Typed in Welsh, answered in Welsh (the learner has chosen no language).
    expect((await send(personalMessage('gwers nova')))[0].text).to.match(/^Rydych wedi gorffen holl wersi Nova/);
  });

  it('withholds draft content when drafts are not served', () => {
    const nova = loadMentors(facultyWithNova(), { serveDrafts: false }).find((m) => m.id === 'nova')!;
    expect(nova.lessons.map((l) => l.id)).to.deep.equal(['nova-first']);
    expect(nova.quiz).to.deep.equal([]);
    expect(nova.explainers).to.deep.equal([]);
  });

  it('refuses a forged "done" for a lesson that does not exist, recording nothing', async () => {
    const { send, stores } = testApp({ mentorsDir: facultyWithNova() });
    await send(personalMessage('hi'));
    const before = await storedLearner(stores, 'aad-29:user-1');
    for (const data of [{ verb: Verbs.lessonDone, mentorId: 'nova', lessonId: 'nova-999' }, { verb: Verbs.lessonDone, mentorId: 'nobody', lessonId: 'nova-first' }, { verb: Verbs.lessonDone }]) {
      expect((await send(cardSubmit(data)))[0].text).to.equal('I could not find that lesson. Say "lesson" for your next one.');
    }
    expect((await storedLearner(stores, 'aad-29:user-1'))!.progress).to.deep.equal(before!.progress);
  });
});
