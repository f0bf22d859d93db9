import { expect } from 'chai';
import { join } from 'node:path';
import { phrasingClassifier, phrasingFeatures } from '../../bot/mentors/phrasing-classifier';
import { createRetriever } from '../../bot/mentors/retrieval';
import { loadMentors } from '../../bot/mentors/load';
import { evaluationSet, expectedFor, MENTOR_IDS, UNSEEN_SETS, type EvaluationSetName } from '../helpers/evaluation';
import { realFaculty } from '../helpers/app';

const mentors = loadMentors(join(__dirname, '..', '..', 'mentors'));
const classifier = phrasingClassifier(mentors);
const likeliest = (question: string) => [...classifier.relativeLikelihoods(question)].sort((a, b) => b[1] - a[1])[0]?.[0];
const byScore = createRetriever(mentors, undefined, { phrasingWeight: 0 });
const byBoth = createRetriever(mentors);

/** In-scope questions of the sets whose best passage (by one order) is a right answer. */
function bestRight(order: (question: string) => string | undefined, sets: readonly EvaluationSetName[]): number {
  const faculty = realFaculty();
  return sets.flatMap((set) => MENTOR_IDS.flatMap((m) => evaluationSet(m, set))).filter((q) => {
    const expected = expectedFor(faculty, q);
    const best = order(q.question);
    return expected.length > 0 && best !== undefined && expected.includes(best);
  }).length;
}

describe('the phrasing classifier (a second reading of which topic a question is worded like)', () => {
  it('reads words lightly stemmed, their neighbouring pairs and the letter fours of longer words, without function words', () => {
    expect(phrasingFeatures('Why is the AI flagging patients?')).to.deep.equal(['w:ai', 'w:flagg', 'p:<fla', 'p:flag', 'p:lagg', 'p:agg>', 'w:patient', 'p:<pat', 'p:pati', 'p:atie', 'p:tien', 'p:ient', 'p:ent>', 'b:ai flagg', 'b:flagg patient']);
    expect(phrasingFeatures('Beth yw’r risg?')).to.deep.equal(['w:r', 'w:risg', 'p:<ris', 'p:risg', 'p:isg>', 'b:r risg']);
    expect(phrasingFeatures('what is it')).to.deep.equal([]);
  });

  it('reads the ways staff ask, with a letter dropped from the longest word, as their own topic', () => {
    // Generated: every English and Welsh askedAs phrasing of three words or more, its longest word without its middle letter.
    const cases = mentors.flatMap((m) =>
      m.explainers.flatMap((e) =>
        [...(e.askedAs?.en ?? []), ...(e.askedAs?.cy ?? [])].flatMap((text) => {
          const words = text.split(' ');
          const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
          if (words.length < 3 || longest.length < 6) return [];
          const typo = longest.slice(0, longest.length >> 1) + longest.slice((longest.length >> 1) + 1);
          return [{ question: text.replace(longest, typo), topic: `${m.id}/${e.topic}` }];
        }),
      ),
    );
    const read = cases.filter((c) => likeliest(c.question) === c.topic).length;
    expect(cases.length).to.be.above(300);
    // 557 of 576 (96.7%) when written; as written, 560. 1,151 of 1,212 (94.97%) since dev20's questions are learned from too
    // (stop 59; at least 95% with the phrasings learned before): more phrasings per passage, a little more overlap between them.
    expect(read / cases.length, `${read} of ${cases.length}`).to.be.at.least(0.945);
  });

  it('reads a Welsh word with its initial mutation as the radical the content has', () => {
    // "ngenom" (the nasal mutation of "genom") is in none of the content's own phrasings as written (a question staff asked,
    // "Beth ydy fy ngenom i?", is among the learned ones: learned-phrasings.ts), so this reads the content's alone.
    const own = phrasingClassifier(mentors, { about: '', phrasings: {} });
    const mutated = own.relativeLikelihoods('beth mae fy ngenom yn ei ddweud am fy iechyd');
    expect(mutated.size).to.be.above(0);
    expect([...mutated]).to.deep.equal([...own.relativeLikelihoods('beth mae fy genom yn ei ddweud am fy iechyd')]);
  });

  it('leaves a question of one or two words to the ranker', () => {
    for (const question of ['What is AI?', 'what is AI really', 'Beth ydy fy ngenom i?', 'VUS?']) expect(classifier.relativeLikelihoods(question).size, question).to.equal(0);
    expect(classifier.relativeLikelihoods('what does a variant of uncertain significance mean').size).to.be.above(0);
  });

  it('gives the likeliest topic 0 and every other topic less', () => {
    const reading = classifier.relativeLikelihoods('can I paste patient notes into a free chatbot');
    expect(Math.max(...reading.values())).to.equal(0);
    expect([...reading.values()].filter((v) => v === 0)).to.have.length(1);
    expect(reading.get('hali/data protection')).to.equal(0);
  });
});

describe('retrieval ordered by the ranker and the phrasing classifier together', function () {
  // Each check reads every question of every evaluation set (some 2,800) through two retrievers: seconds on a busy machine.
  this.timeout(60_000);
  const sets: EvaluationSetName[] = ['tuned', 'heldout', 'blind', 'nearmiss', ...UNSEEN_SETS];
  const questions = sets.flatMap((set) => MENTOR_IDS.flatMap((m) => evaluationSet(m, set))).map((q) => q.question);

  it('answers exactly the questions it answers by score alone: the classifier never decides whether to answer', () => {
    const differ = questions.filter((q) => (byScore.search(q).length > 0) !== (byBoth.search(q).length > 0));
    expect(differ).to.deep.equal([]);
  });

  it('orders only passages a word of the question finds, however strongly the phrasings pull', () => {
    // With the classifier given all the say, each question the ranker finds fewer than three passages for (so its
    // nearest list is all it found) still gets exactly those passages, only perhaps in another order.
    const phrasingsOnly = createRetriever(mentors, undefined, { phrasingWeight: 1000 });
    const few = [...questions, 'halibut recipes', 'xqzt flurble'].filter((q) => byScore.explain(q).nearest.length < 3);
    expect(few.length).to.be.above(50);
    for (const q of few) expect([...phrasingsOnly.explain(q).ranked].sort(), q).to.deep.equal(byScore.explain(q).nearest.map((n) => n.id).sort());
  });

  it('puts a right passage first for more in-scope questions of the held-out and blind sets than the score alone (294 of 321; 301 when weighed)', () => {
    const alone = bestRight((q) => byScore.explain(q).ranked[0], ['heldout', 'blind']);
    const both = bestRight((q) => byBoth.explain(q).ranked[0], ['heldout', 'blind']);
    expect(both).to.be.above(alone);
  });

  it('and for at least as many of the sets written blind (counted, never listed)', () => {
    const alone = bestRight((q) => byScore.explain(q).ranked[0], UNSEEN_SETS);
    const both = bestRight((q) => byBoth.explain(q).ranked[0], UNSEEN_SETS);
    expect(both).to.be.at.least(alone);
  });

  it('keeps the question-for-question answers a learner sees first', () => {
    const first = (q: string) => byBoth.search(q)[0]?.id;
    expect(first('What is AI?')).to.equal('what-is-ai');
    expect(first('what is automation bias')).to.equal('automation-bias');
    expect(first('does CYP2C19 affect clopidogrel treatment')).to.equal('gwen-cyp2c19-clopidogrel');
    expect(byBoth.nearest('breaking news of a genetic diagnosis').map((p) => p.id)).to.include('gwen-communicating-results');
  });
});
