import { expect } from 'chai';
import { realFaculty } from '../helpers/app';

/**
 * "How do I talk to the family about a gene test result?": staff say they talk or speak to a family, where the content says
 * it communicates results. Gwen's terms table reads talking to the family, relatives or parents, or about the result
 * ("siarad â'r teulu", "siarad am ganlyniad") as communicating, as it already read "share", "discuss", "break the news" and
 * "dweud"; not "talk" alone, which staff say of anything ("can I talk to HR"). Generated below: 45 questions, English and
 * Welsh; 6 got the lesson on communicating results or the cascade testing explainer before (the rest abstained or went
 * elsewhere), 36 since.
 */
describe('retrieval: talking to a family about a genetic result', function () {
  // Hundreds of generated questions read through the whole retriever: seconds on a busy machine.
  this.timeout(60_000);
  const faculty = realFaculty();
  const english = ['how do I talk to {who} about {what}', 'tips for talking to {who} about {what}', 'how should I speak to {who} about {what}'];
  const who = ['the family', 'the parents', 'a patient', 'relatives'];
  const what = ['a genetic test result', 'their gene test result', 'a genomic result'];
  const welsh = ['sut ydw i’n siarad â’r teulu am {x}?', 'sut mae siarad gyda rhieni am {x}?', 'shwt ydw i’n siarad â’r claf am {x}?'];
  const results = ['ganlyniad genetig', 'ganlyniad prawf genetig', 'ganlyniad genomig'];
  const asked = [...english.flatMap((t) => who.flatMap((w) => what.map((y) => t.replace('{who}', w).replace('{what}', y)))), ...welsh.flatMap((t) => results.map((y) => t.replace('{x}', y)))];
  const meant = ['gwen-communicating-results', 'gwen-cascade-testing'];

  it(`answers at least 70% of ${asked.length} such questions with communicating results or cascade testing, and none with HALI`, () => {
    const got = asked.map((q) => faculty.choose(q).passages[0]);
    expect(got.filter((p) => p && meant.includes(p.id)).length / asked.length).to.be.at.least(0.7);
    expect(got.filter((p) => p?.mentorId === 'hali').map((p) => p!.id)).to.deep.equal([]);
  });

  // Explaining, giving or delivering the result, written as a phrase ("explain the result", "esbonio canlyniad"): "explain"
  // alone stays the talk around what is asked ("explain what a VUS is").
  const explaining = [
    ...['how do I explain the result to {who}', 'tips to explain results to {who}', 'best way to give the result to {who}', 'who should deliver the result to {who}', 'how should I explain to {who} what the genetic result means'].flatMap((t) => who.map((w) => t.replace('{who}', w))),
    ...['sut mae esbonio canlyniad genetig i’r teulu?', 'sut dw i’n egluro’r canlyniad i’r rhieni?', 'sut mae rhoi canlyniad prawf genetig i glaf?', 'shwt ydw i’n esbonio canlyniadau i deulu heb jargon?', 'pwy sy’n rhannu’r canlyniad gyda’r claf?'],
  ];
  it(`answers at least 70% of ${explaining.length} questions about explaining or giving a result with communicating results or cascade testing`, () => {
    const got = explaining.map((q) => faculty.choose(q).passages[0]);
    expect(got.filter((p) => p && meant.includes(p.id)).length / explaining.length).to.be.at.least(0.7);
    expect(got.filter((p) => p?.mentorId === 'hali').map((p) => p!.id)).to.deep.equal([]);
  });

  it('answers the plain question in both languages with the lesson on communicating results', () => {
    expect(faculty.choose('how do I talk to the family about a genetic test result?').passages[0]?.id).to.equal('gwen-communicating-results');
    expect(faculty.choose('sut ydw i’n siarad â’r teulu am ganlyniad prawf genynnau?').passages[0]?.id).to.equal('gwen-communicating-results');
  });
});
