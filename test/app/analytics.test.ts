import { expect } from 'chai';
import { Verbs } from '../../cards/verbs';
import { buildReport } from '../../bot/analytics/service';
import { monthOf } from '../../bot/analytics/contribution';
import { questionsScope } from '../../bot/analytics/questions';
import { cardExecute, personalMessage } from '../helpers/activities';
import { firstCard, realFaculty, storedLearner, testApp } from '../helpers/app';
import { runScriptedCohort } from '../helpers/cohort';

function testClock(start = '2026-11-02T09:00:00Z') {
  let now = new Date(start);
  return { now: () => now, advanceDays: (days: number) => (now = new Date(now.getTime() + days * 86_400_000)) };
}

describe('app: cohort analytics from scripted learners', function () {
  this.timeout(120_000);
  const clock = testClock();
  const app = testApp({ now: clock.now });
  const hali = realFaculty().get('hali')!;
  let run: Awaited<ReturnType<typeof runScriptedCohort>>;
  // Figures count learning to the end of the last full week (bot/analytics/release.ts): the educator looks a week on.
  const weekLater = () => new Date(clock.now().getTime() + 7 * 86_400_000);
  const report = (filters: { period?: string; role?: string; language?: string } = {}) =>
    buildReport(app.stores.aggregates, hali, { mentorId: 'hali', period: filters.period ?? 'all', role: filters.role, language: filters.language }, 10, 'en', weekLater());

  before(async () => {
    run = await runScriptedCohort(app.send, clock);
    await app.stores.aggregates.flush();
  });

  /** The figures of the groups of at least 10 (nurses and doctors): the two pharmacists are in no figure, so no views can be subtracted to them. */
  const shownRoles = () => Promise.all(['nurse', 'doctor'].map((role) => report({ role })));

  it('counts every first answer, the proportion right, and flags the question everyone got right and the one everyone got wrong', async () => {
    const { items, cohortSize } = await report();
    expect(cohortSize).to.equal(38);
    const answered = items.filter((r) => !r.suppressed);
    expect(answered.length).to.be.at.least(4);
    const byRole = await shownRoles();
    const learnersOf = (r: { items: typeof items }) => r.items.reduce((sum, row) => sum + (row.learners ?? 0), 0);
    expect(answered.reduce((sum, r) => sum + r.learners!, 0)).to.equal(learnersOf(byRole[0]) + learnersOf(byRole[1]));
    expect(answered.reduce((sum, r) => sum + r.learners!, 0)).to.be.within(run.itemsAnswered - 2 * answered.length, run.itemsAnswered - 1);
    const easy = answered.find((r) => r.pCorrect === 1)!;
    expect(easy.learners).to.equal(38);
    expect(easy.flags).to.include.members(['too_easy', 'non_discriminating']);
    expect(easy.sureButWrong).to.equal(0);
    const hard = answered.find((r) => r.pCorrect === 0)!;
    expect(hard.flags).to.include('too_hard');
    // Wrong answers all chose the same option: the others are distractors nobody picks.
    expect(hard.flags).to.include('unused_distractor');
    // Mixed items: the stronger learners (right on their other answers too) got them right.
    const mixed = answered.filter((r) => r.pCorrect! > 0 && r.pCorrect! < 1);
    expect(mixed.length).to.be.at.least(2);
    // Against their OTHER answers (earlier and later): a stronger learner's rest score on a mixed question is
    // (k-2)/(k-1), a weaker one's 1/(k-1), and the answers split exactly so: every mixed question has r = 1,
    // the second too (against earlier answers only, everyone's score before it was the same, so it had none).
    for (const row of mixed) expect(row.discrimination).to.be.closeTo(1, 1e-9);
    expect(mixed[0].flags).to.not.include('non_discriminating');
  });

  it('ranks misconceptions by how often their wrong option is chosen, with the items and lessons that address them', async () => {
    const misconceptions = (await report()).misconceptions.filter((m) => !m.suppressed);
    expect(misconceptions.length).to.be.greaterThan(0);
    expect(misconceptions[0].prevalence).to.be.at.least(misconceptions.at(-1)!.prevalence!);
    const top = misconceptions[0];
    expect(top.chosen).to.be.greaterThan(0);
    expect(top.items[0].stem).to.be.a('string');
    expect(hali.lessons.map((l) => l.title.en)).to.include(top.lessons[0].title);
  });

  it('reports retention from the day-7 probes, which left every probed item\'s schedule as it was', async () => {
    const { retention } = await report();
    const seven = retention.filter((r) => r.intervalDays === 7);
    expect(seven.length).to.be.greaterThan(0);
    const shown = seven.filter((r) => !r.suppressed);
    expect(shown.length, JSON.stringify(seven)).to.be.greaterThan(0);
    for (const row of shown) {
      expect(row.probes).to.be.at.least(10);
      // 13 of 20 retained: the 7 who forgot are a small group, so the rate and its range are hidden with them.
      if (row.rate === undefined) expect(row).to.not.have.any.keys('retained', 'low', 'high');
      else expect(row.low!).to.be.at.most(row.rate).and.to.be.at.most(row.high!);
    }
    // A probed learner: the item asked as a probe keeps the review state it had.
    for (let i = 0; i < 40; i++) {
      const learner = (await storedLearner(app.stores, `aad-29:cohort-${i}`))!;
      if (!learner.analytics?.lastProbeAt) continue;
      const probed = (await app.stores.events.list(learner.id)).find((e) => e.type === 'quiz.probed')!;
      expect(learner.reviews[probed.itemId as string].lastReview).to.equal('2026-11-02T09:00:00.000Z');
      return;
    }
    throw new Error('no learner was probed');
  });

  it('gives confidence against accuracy per topic, engagement, and by-role figures, leaving the two pharmacists out of every figure', async () => {
    const full = await report();
    // A topic where fewer than 10 answered "unsure" and "fairly sure" together hides those with the next smallest ("sure").
    const topic = full.calibration.find((c) => c.points?.some((p) => p.confidence === 'sure' && p.answers !== undefined))!;
    expect(topic.points!.find((p) => p.confidence === 'sure')!.answers).to.be.greaterThan(0);
    for (const point of topic.points!) expect(point.answers === undefined || point.answers === 0 || point.answers >= 10, JSON.stringify(point)).to.equal(true);
    const [nurses, doctors] = await shownRoles();
    expect(full.engagement.answers).to.equal(nurses.engagement.answers! + doctors.engagement.answers!);
    expect(full.engagement.answers).to.be.below(run.itemsAnswered + run.probesAnswered);
    expect(full.engagement.weeklyActive!.length).to.be.greaterThan(0);
    const byRole = Object.fromEntries(full.byRole.map((r) => [r.role, r]));
    expect(byRole.nurse.learners).to.equal(28);
    expect(byRole.pharmacist.suppressed).to.equal(true);
    // The total leaves the pharmacists out, so it minus nurses and doctors reveals nobody: the doctors need not be hidden.
    expect(byRole.doctor.learners).to.equal(10);
    const pharmacists = await report({ role: 'pharmacist' });
    expect(pharmacists.cohortSize).to.equal(null);
    expect(pharmacists.items.every((r) => r.suppressed)).to.equal(true);
    expect(pharmacists.engagement.suppressed).to.equal(true);
    expect((await report({ role: 'doctor' })).cohortSize).to.equal(10);
  });

  it('a month with the same learners as all time is shown; a month with nobody is hidden', async () => {
    expect((await report({ period: monthOf(clock.now()) })).cohortSize).to.equal(38);
    expect((await report({ period: '2026-01' })).cohortSize).to.equal(null);
  });

  it('keeps no learner id or name in any figure', async () => {
    const json = JSON.stringify(await report());
    expect(json).to.not.match(/cohort-\d|aad-|Sam Nurse/);
  });

  it('keeps out of an unanswered question what the asker said about themself (name, ward, hospital), in English and Welsh', async () => {
    await app.send(personalMessage('Dr Gareth Price here from ward 7 at Glan Clwyd, how do I configure kubernetes pods?', { userId: '29:cohort-1' }));
    await app.send(personalMessage("Dw i'n nyrs ar ward 3 yn Ysbyty Gwynedd, Sioned ydw i. Sut mae pobi bara surdoes?", { userId: '29:cohort-2' }));
    await app.stores.aggregates.flush();
    const examples = ((await report()).questions ?? []).flatMap((g) => [g.example, ...g.others]);
    expect(examples).to.include('how do I configure kubernetes pods?');
    // No Welsh-speaking learners were active that week, let alone 10: the Welsh question waits (release.ts), as stored.
    expect(examples).to.not.include('Sut mae pobi bara surdoes?');
    const stored = (await app.stores.aggregates.readNotes(questionsScope('hali', monthOf(clock.now())))).map((n) => n.text);
    expect(stored).to.include('Sut mae pobi bara surdoes?');
    expect([...examples, ...stored].join('\n')).to.not.match(/Gareth|Price|Glan Clwyd|ward 7|Ysbyty Gwynedd|Sioned|ward 3/);
  });

  it('keeps an unanswered question redacted and without identity, and "forget me" removes it but leaves the counts', async () => {
    const userId = '29:cohort-0';
    await app.send(personalMessage('HALI: what is the airspeed velocity of a swallow? call me on 07700 900123', { userId }));
    await app.stores.aggregates.flush();
    const groups = (await report()).questions!;
    const asked = groups.find((g) => g.example.includes('airspeed'))!;
    expect(asked.example).to.not.include('07700');
    expect(asked.example).to.include('[phone number removed]');
    const forget = firstCard(await app.send(personalMessage('forget me', { userId })))!;
    await app.send(cardExecute(Verbs.confirmForget, { nonce: forget.actions[0].data.nonce }, { userId }));
    expect(await storedLearner(app.stores, `aad-${userId}`)).to.equal(undefined);
    const after = await report();
    expect((after.questions ?? []).some((g) => g.example.includes('airspeed'))).to.equal(false);
    expect(after.cohortSize).to.equal(38);
  });
});
