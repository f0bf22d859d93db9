import { expect } from 'chai';
import { realFaculty } from '../helpers/app';

/**
 * A mentor greeted by name in the question ("hey gwen what does it mean when both parents are carriers…", "Diolch HALI, …")
 * is who is asked, not what: "gwen" was read as a word no content has (near the Welsh "gwenwyndra", toxicity), so a question
 * Gwen answers was turned down (dev11). Generated from every mentor's own questions, with its name or the other's in greetings
 * staff type, in English and Welsh: each keeps the answer it gets without the greeting (381 of 390 before, one another topic;
 * since, 388 and none).
 */
describe('retrieval: a mentor greeted by name is who is asked, not what', function () {
  this.timeout(60_000);
  const faculty = realFaculty();
  const answer = (text: string) => faculty.choose(text).passages[0]?.id;
  const GREETINGS = {
    en: [(name: string, q: string) => `hey ${name.toLowerCase()} ${q}`, (name: string, q: string) => `Hi ${name}, ${q}`, (name: string, q: string) => `${q} thanks ${name}`],
    cy: [(name: string, q: string) => `Haia ${name}, ${q}`, (name: string, q: string) => `${q} diolch ${name.toLowerCase()}`],
  };
  const names = faculty.mentors.map((m) => m.name);
  const cases = faculty.mentors.flatMap((m) =>
    m.explainers.flatMap((e) =>
      (['en', 'cy'] as const).flatMap((language) => {
        const q = e.question[language];
        if (answer(q) === undefined) return [];
        const lower = q.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase());
        return names.flatMap((name) => GREETINGS[language].map((greet) => ({ q, asked: greet(name, lower) })));
      }),
    ),
  );

  it(`keeps the answer of at least 98% of ${cases.length} questions with a mentor greeted by name`, () => {
    expect(cases.length).to.be.above(300);
    const kept = cases.filter((c) => answer(c.asked) === answer(c.q));
    expect(kept.length / cases.length, cases.filter((c) => !kept.includes(c)).map((c) => `${c.asked} → ${answer(c.asked) ?? 'abstain'}`).join('\n')).to.be.at.least(0.98);
  });

  it('answers the dev11 question that greeted Gwen, and still turns down a greeting alone', () => {
    expect(answer('hey gwen what does it mean when they say both parents are carriers for a recessive condition what are the chances for there kids')).to.equal('gwen-inheritance-patterns');
    for (const greeting of ['hey gwen', 'Hi HALI!', 'diolch Gwen']) expect(answer(greeting), greeting).to.equal(undefined);
  });
});
