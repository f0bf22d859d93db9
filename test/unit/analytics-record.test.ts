import { expect } from 'chai';
import { isoWeekOf, resolveContribution } from '../../bot/analytics/contribution';
import { contentWords, groupQuestions, jaccard, noteUnanswered } from '../../bot/analytics/questions';
import { answerContribution, countedChange, lessonContribution, probeContribution, record } from '../../bot/analytics/record';
import { isSliceScope } from '../../bot/analytics/release';
import { toCsv } from '../../bot/analytics/tables';
import { scheduleReview } from '../../bot/learning/review';
import { inSample, pickProbe, probeAllowed } from '../../bot/learning/probes';
import { newLearner, type Learner } from '../../bot/learning/learner';
import { realFaculty } from '../helpers/app';

const NOW = new Date('2026-11-10T09:00:00Z');
const cell = { mentorId: 'hali', role: 'nurse', language: 'en' };
const facts = { itemId: 'q1', optionId: 'b', topic: 'llm', correct: false, confidence: 'sure' as const, streakAfter: 1, viaNudge: false };

function learner(overrides: Partial<Learner> = {}): Learner {
  return { ...newLearner('aad-1', 't', NOW), profile: { role: 'nurse' }, ...overrides };
}

describe('analytics: what one learner adds', () => {
  it('a first answer adds the item figures, its option, "sure but wrong", and moves the discrimination sums', () => {
    const before = learner();
    const contribution = answerContribution(before, facts);
    expect(contribution.counts).to.include({ 'i:q1:att': 1, 'i:q1:n': 1, 'i:q1:c': 0, 'i:q1:o:b': 1, 'i:q1:sure': 1, 'i:q1:sw': 1 });
    expect(contribution.counts).to.include({ 't:llm:sure:a': 1, 't:llm:sure:c': 0, 'e:answers': 1 });
    expect(contribution.firstAnswer).to.deep.equal({ itemId: 'q1', correct: false });
  });

  it('a review (the item answered before) counts as an attempt only; a first-ever answer has no earlier score to pair', () => {
    const reviewed = learner({ reviews: { q1: scheduleReview(undefined, true, 'sure', NOW) } });
    const { counts } = answerContribution(reviewed, facts);
    expect(counts['i:q1:att']).to.equal(1);
    expect(counts['i:q1:n']).to.equal(undefined);
    expect(answerContribution(reviewed, facts).firstAnswer).to.equal(undefined);
    expect(resolveContribution(learner(), cell, answerContribution(learner(), facts), NOW).all['i:q1:rn']).to.equal(undefined);
  });

  it('counts a learner once a month and once ever in "learners" figures, and once per ISO week as active', () => {
    // The month's and all time's additions, in that order (the week slice's are tested below).
    const added: Record<string, number>[] = [];
    const sink = { add: (scope: string, _cell: string, counters: Record<string, number>) => void (isSliceScope(scope) || added.push({ ...counters })) };
    let l = learner();
    l = record(sink, l, cell, answerContribution(l, facts), NOW)(l);
    expect(added[0]).to.include({ learners: 1, 't:llm:learners': 1, [`w:${isoWeekOf(NOW)}`]: 1 });
    expect(added[1]).to.include({ learners: 1 });
    added.length = 0;
    l = record(sink, l, cell, answerContribution(l, facts), new Date('2026-11-11T09:00:00Z'))(l);
    expect(added[0].learners).to.equal(undefined);
    expect(added[0][`w:${isoWeekOf(NOW)}`]).to.equal(undefined);
    added.length = 0;
    // December: counted again for the month, not for all time.
    const december = new Date('2026-12-01T09:00:00Z');
    record(sink, l, cell, answerContribution(l, facts), december)(l);
    expect(added[0]).to.include({ learners: 1 });
    expect(added[1].learners).to.equal(undefined);
  });

  it('ISO weeks: 2026-01-01 is in 2026-W01, 2027-01-01 in 2026-W53', () => {
    expect(isoWeekOf(new Date('2026-01-01T12:00:00Z'))).to.equal('2026-W01');
    expect(isoWeekOf(new Date('2027-01-01T12:00:00Z'))).to.equal('2026-W53');
    expect(isoWeekOf(new Date('2026-11-30T12:00:00Z'))).to.equal('2026-W49');
  });

  it('a probe adds retention counts only, never item or calibration figures', () => {
    const { counts } = probeContribution('llm', 7, true, 2, true);
    expect(counts).to.deep.equal({ 'e:answers': 1, 'r:llm:7:n': 1, 'r:llm:7:c': 1, 'n:answered': 1, 'n:opened': 1 });
    const resolved = resolveContribution(learner(), cell, probeContribution('llm', 30, false, 0, false), NOW);
    expect(resolved.month).to.include({ 'r:llm:30:learners': 1, 'r:llm:30:c': 0 });
  });
});

describe('analytics: counted with the learner\'s save (countedChange)', () => {
  const sink = () => {
    const added: { scope: string; counters: Record<string, number> }[] = [];
    return { added, add: (scope: string, _cell: string, counters: Record<string, number>) => void added.push({ scope, counters: { ...counters } }) };
  };
  const allTime = (added: { scope: string; counters: Record<string, number> }[]) => added.filter((a) => a.scope === 'hali|all').map((a) => a.counters);

  it('adds nothing until asked, then what the last application counted (the version saved), and only once', () => {
    const counted = countedChange('hali', 'en', NOW, (l) => ({ learner: l, contribution: lessonContribution('finished', 'l1') }));
    const fresh = learner();
    const saved = counted.change(fresh);
    // A conflicting write: re-applied to a stored version that already counts the learner (another turn of theirs).
    counted.change({ ...fresh, analytics: saved.analytics });
    const into = sink();
    counted.addTo(into);
    counted.addTo(into);
    expect(allTime(into.added)).to.have.length(1);
    expect(allTime(into.added)[0]).to.include({ 'e:lessonsDone': 1 });
    expect(allTime(into.added)[0].learners).to.equal(undefined);
  });

  it('counts nothing when the step finds the thing already done in the version it is applied to', () => {
    const counted = countedChange('hali', 'en', NOW, (l) => (l.pendingQuiz ? { learner: l, contribution: lessonContribution('finished', 'l1') } : { learner: l }));
    counted.change(learner({ pendingQuiz: { nonce: 'n', itemId: 'q1', mentorId: 'hali', issuedAt: NOW.toISOString() } as Learner['pendingQuiz'] }));
    counted.change(learner());
    const into = sink();
    counted.addTo(into);
    expect(into.added).to.deep.equal([]);
  });

  it('a lesson started counts once for each learner and lesson, in the month and all time, however often shown', () => {
    const into = sink();
    let l = learner();
    for (const lessonId of ['l1', 'l1', 'l2', 'l1']) {
      const counted = countedChange('hali', 'en', NOW, (x) => ({ learner: x, contribution: lessonContribution('started', lessonId) }));
      l = counted.change(l);
      counted.addTo(into);
    }
    const started = (scope: string) => into.added.filter((a) => a.scope === scope).reduce((n, a) => n + (a.counters['e:lessonsStarted'] ?? 0), 0);
    expect(started('hali|all')).to.equal(2);
    expect(started('hali|2026-11')).to.equal(2);
  });

  it('a lesson done that no showing counted (read from a nudge) counts as started too, once, so done never exceeds started', () => {
    const into = sink();
    let l = learner();
    const steps: [kind: 'started' | 'finished', lessonId: string, viaNudge: boolean][] = [['finished', 'l1', true], ['started', 'l1', false], ['started', 'l2', false], ['finished', 'l2', false], ['finished', 'l3', true]];
    for (const [kind, lessonId, viaNudge] of steps) {
      const counted = countedChange('hali', 'en', NOW, (x) => ({ learner: x, contribution: lessonContribution(kind, lessonId, 0, viaNudge) }));
      l = counted.change(l);
      counted.addTo(into);
    }
    const total = (scope: string, counter: string) => into.added.filter((a) => a.scope === scope).reduce((n, a) => n + (a.counters[counter] ?? 0), 0);
    for (const scope of ['hali|all', 'hali|2026-11']) {
      expect(total(scope, 'e:lessonsStarted'), scope).to.equal(3);
      expect(total(scope, 'e:lessonsDone'), scope).to.equal(3);
      expect(total(scope, 'n:opened'), scope).to.equal(2);
    }
  });
});

describe('retention probes', () => {
  const hali = realFaculty().get('hali')!;
  const mastered = (learnerId: string, lastReview: Date) => {
    const reviews: Learner['reviews'] = Object.fromEntries(hali.quiz.slice(0, 6).map((q) => [q.id, scheduleReview(undefined, true, 'sure', lastReview)]));
    return learner({ id: learnerId, reviews });
  };

  it('samples about half of learner-item pairs, the same way every time', () => {
    const picks = Array.from({ length: 1000 }, (_, i) => inSample(`l${i}`, 'q', 7));
    const share = picks.filter(Boolean).length / picks.length;
    expect(share).to.be.within(0.44, 0.56);
    expect(inSample('l1', 'q', 7)).to.equal(inSample('l1', 'q', 7));
  });

  it('picks a mastered, not-yet-due item last answered 7 to 10 days ago; none before 7 days or in a week after a probe', () => {
    const day0 = new Date('2026-11-02T09:00:00Z');
    const at = (days: number) => new Date(day0.getTime() + days * 86_400_000);
    const l = mastered('aad-probe', day0);
    const pick = pickProbe(realFaculty().mentors, l, at(7), 1);
    expect(pick?.intervalDays).to.equal(7);
    expect(pickProbe(realFaculty().mentors, l, at(6), 1)).to.equal(undefined);
    // Due on day 8 (FSRS "easy"): then it is a normal review, not a probe.
    expect(pickProbe(realFaculty().mentors, l, at(8.5), 1)).to.equal(undefined);
    const probed = { ...l, analytics: { month: '2026-11', seen: [], ever: [], lastProbeAt: at(7).toISOString() } };
    expect(probeAllowed(probed, at(13))).to.equal(false);
    expect(probeAllowed(probed, at(14))).to.equal(true);
    expect(pickProbe(realFaculty().mentors, l, at(7), 0)).to.equal(undefined);
  });
});

describe('unanswered questions', () => {
  it('keeps the redacted text with month, ISO week and language only, and never a patient-specific request', () => {
    const notes: unknown[][] = [];
    const sink = { addNote: (...args: unknown[]) => void notes.push(args) };
    expect(noteUnanswered(sink, 'hali', 'Can AI  read my rota? ring 07700 900123', 'en', NOW, 'aad-1')).to.equal(true);
    expect(notes[0]).to.deep.equal(['hali|questions|2026-11', { text: 'Can AI read my rota? ring [phone number removed]', language: 'en', month: '2026-11', week: '2026-W46' }, 'aad-1']);
    expect(noteUnanswered(sink, 'hali', 'my patient has a rash, should I give her penicillin?', 'en', NOW, 'aad-1')).to.equal(false);
    expect(notes).to.have.length(1);
  });

  it('groups questions sharing most of their content words, largest group first', () => {
    expect(jaccard(contentWords('How do I audit an AI tool?'), contentWords('how to audit AI tools'))).to.equal(1);
    const groups = groupQuestions(['How do I audit an AI tool?', 'what is a token', 'how to audit AI tools', 'Audit of an AI tool?']);
    expect(groups.map((g) => g.count)).to.deep.equal([3, 1]);
    expect(groups[0].example).to.equal('How do I audit an AI tool?');
    expect(groupQuestions([])).to.deep.equal([]);
  });
});

describe('CSV of a report table', () => {
  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const csv = toCsv({ name: 'x', title: 'x', head: ['a', 'b'], rows: [['1, 2', 'say "hi"'], ['=HYPERLINK("x")', 'line\nbreak'], ['-3', '+1']] });
    expect(csv).to.equal('a,b\r\n"1, 2","say ""hi"""\r\n"\'=HYPERLINK(""x"")","line\nbreak"\r\n\'-3,\'+1\r\n');
  });
});
