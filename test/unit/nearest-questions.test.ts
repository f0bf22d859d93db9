import { expect } from 'chai';
import { SETS as DECISION_SETS } from '../../scripts/train-decision';
import { realFaculty } from '../helpers/app';
import { evaluate, MENTOR_IDS } from '../helpers/evaluation';

/**
 * When the offline mentor abstains it offers the questions it can answer nearest to what was asked
 * ("did you mean…"): explainers and lessons, at most three, from any mentor, none for a request about
 * one patient, and none when nothing is near (an off-topic question gets the mentor's usual suggestions).
 */
describe('the nearest questions an abstention offers', function () {
  // Hundreds of generated questions read through the whole retriever: seconds on a busy machine.
  this.timeout(60_000);
  const faculty = realFaculty();
  const titles = new Map(faculty.mentors.flatMap((m) => [...m.explainers.map((e) => [`${m.id}/${e.id}`, e.question] as const), ...m.lessons.map((l) => [`${m.id}/${l.id}`, l.title] as const)]));
  const topics = new Map(faculty.mentors.flatMap((m) => [...m.explainers, ...m.lessons].map((c) => [`${m.id}/${c.id}`, `${m.id}/${c.topic}`] as const)));

  it('finds the explainer a garbled or roundabout question is about, in either language, whichever mentor has it', () => {
    const cases: [string, string][] = [
      ['chatgpt gave me a reference that doesnt exist', 'hallucination'],
      ['automaton bias??', 'automation-bias'],
      ['gogwydd awtomeiddio - beth ydi o??', 'automation-bias'],
      ['lynch syndrom family', 'gwen-lynch-syndrome'],
    ];
    for (const [question, id] of cases) {
      const offered = faculty.nearestQuestions(question);
      expect(offered.map((o) => o.id), question).to.include(id);
      const mentor = faculty.mentors.find((m) => m.explainers.some((e) => e.id === id))!;
      expect(offered.find((o) => o.id === id)!.mentorId, question).to.equal(mentor.id);
    }
  });

  it('offers at most three, each by its question or title in English and Welsh, no lesson after an explainer of its topic', () => {
    const isLesson = (o: { mentorId: string; id: string }) => faculty.get(o.mentorId)!.lessons.some((l) => l.id === o.id);
    for (const mentorId of MENTOR_IDS) {
      for (const r of evaluate(faculty, mentorId, 'heldout')) {
        const offered = faculty.nearestQuestions(r.q.question);
        expect(offered.length, r.q.question).to.be.at.most(3);
        offered.forEach((o, i) => {
          const repeated = isLesson(o) && offered.slice(0, i).some((e) => !isLesson(e) && topics.get(`${e.mentorId}/${e.id}`) === topics.get(`${o.mentorId}/${o.id}`));
          expect(repeated, `${r.q.question}: ${o.id}`).to.equal(false);
        });
        for (const o of offered) expect(o.question, o.id).to.deep.equal(titles.get(`${o.mentorId}/${o.id}`));
      }
    }
  });

  it('offers what answers "breaking the news", and every lesson by a title the mentor answers on that topic', () => {
    // Staff ask "breaking the news" of communicating results, a topic Gwen taught in a lesson and, for explaining a result,
    // no explainer until gwen-x-explaining-results (2026-12-02); the lesson is not offered after an explainer on its topic.
    expect(faculty.nearestQuestions('breaking news of a genetic diagnosis').map((o) => o.id)).to.include('gwen-x-explaining-results');
    // Pressing an offer asks its title: every lesson title, in either language, is answered on the lesson's topic.
    for (const mentor of faculty.mentors) {
      for (const lesson of mentor.lessons) {
        for (const language of ['en', 'cy'] as const) {
          const first = faculty.choose(lesson.title[language], { named: mentor }).passages[0];
          expect(first && topics.get(`${mentor.id}/${first.id}`), lesson.title[language]).to.equal(`${mentor.id}/${lesson.topic}`);
        }
      }
    }
  });

  it('offers nothing for a request about one patient, or when nothing it knows is near', () => {
    for (const question of [
      'can you tell me what is wrong with the patient in bed 6',
      'should I stop clopidogrel for my patient with the CYP2C19 result',
      'Mrs Jones has a BRCA variant, should I refer her',
      'a ddylwn i roi clopidogrel i fy nghlaf',
      'what time does the canteen close',
      'where is the car park',
      'Beth yw’r tywydd heddiw?',
      'how do I connect to the hospital wifi',
    ]) {
      expect(faculty.nearestQuestions(question), question).to.deep.equal([]);
    }
  });

  it('rarely offers anything for questions outside what the mentors teach', () => {
    const outOfScope = MENTOR_IDS.flatMap((mentorId) => evaluate(faculty, mentorId, 'tuned').filter((r) => r.expected.length === 0));
    const offered = outOfScope.filter((r) => faculty.nearestQuestions(r.q.question).length > 0);
    expect(outOfScope.length).to.be.above(40);
    expect(offered.length / outOfScope.length, offered.map((r) => r.q.question).join('; ')).to.be.below(0.1);
  });

  it('has the question meant among what it offers for most in-scope questions it does not answer', function () {
    // Every training set, answered and offered: about 12 s in CI, over mocha's 10 s default.
    this.timeout(60_000);
    // Every set the decision model learns from (scripts/train-decision.ts): since it learns from the dev sets too and reads the
    // question's words, the tuned, held-out and blind sets alone leave too few in-scope abstentions (6) to measure.
    const abstained = MENTOR_IDS.flatMap((mentorId) => DECISION_SETS.flatMap((set) => evaluate(faculty, mentorId, set)))
      .filter((r) => r.expected.length > 0 && r.answeredWith === undefined);
    const found = abstained.filter((r) => r.offered.some((id) => r.expected.includes(id)));
    expect(abstained.length).to.be.above(10);
    // Since slice 17j the explainers' askedAs phrasings answer many questions it used to abstain on and offer (59
    // abstentions, 39 offering the one meant; now 34 and 17): the share falls, but fewer questions dead-end (20 -> 17).
    // Offering what the decision model gives a 5% chance rather than 15% (retrieval.ts): 37 abstentions, 20 -> 25 offering it.
    // Since slice 17m three of those abstentions, each offering the one meant, are answered (two right; "I'm a ward nurse, what
    // actually counts as AI?", read without the role, with the medical-device passage): 25 of 37 -> 22 of 34, the same 12 dead ends.
    // Since slice 17t (the chat around a question read as chat, chat-clauses.ts) two more of those abstentions, each
    // offering the one meant, are answered right (held-out HALI): 22 of 34 -> 20 of 32, the same 12 dead ends.
    // After slices 17r and 17s (staff vocabulary, errands offered nothing): 20 of 30. Offering lessons too
    // (faculty.ts): 24 of 30, the dead ends 10 -> 6.
    // Over the tuned, held-out, blind and dev sets, with the words model: 33 of 49 offer the one meant, 16 dead ends (offers now
    // need a 25% chance, not 5%: retrieval.ts NEAREST_PROBABILITY says why).
    // Since dev16 is learned from too (its brief asked for every passage to be asked about) and the threshold is the most
    // careful within reach of the best (scripts/decision-learn.ts NEAR_BEST): 36 of 54 offer the one meant, 18 dead ends.
    // With dev17 learned from too and stop 56's retrieval changes: 34 of 52, the same 18 dead ends.
    // With dev18 learned from too (stop 57, about 200 more questions, the threshold 0.523 -> 0.551): 40 of 59, 19 dead ends.
    // With dev19 learned from (stop 58): 39 of 55, 16 dead ends. With dev20 (stop 59, 199 more questions): 41 of 61, 20.
    // With dev21 (stop 60, 202 more questions): 45 of 67, 22. With "dose the…" opening a question read as "does" and the
    // models retrained: 45 of 68, 23. With dev22 (stop 61, 200 more questions; the threshold 0.555 -> 0.575 turns more down):
    // 25 dead ends.
    expect(found.length / abstained.length).to.be.at.least(0.65);
    expect(abstained.length - found.length, 'in-scope questions neither answered nor offered').to.be.at.most(25);
  });
});
