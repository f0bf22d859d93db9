import { expect } from 'chai';
import { realFaculty } from '../helpers/app';

/**
 * Issue 17: an everyday errand gets no content and no "did you mean" either. Generated: each errand in several
 * phrasings, English and Welsh (the Welsh with the soft mutation after "i"). Before, 36 of these English phrasings
 * and 12 Welsh ones were offered an unrelated explainer ("can I work from home" → "What is an LLM?", because staff
 * ask for it "when it's at home"), and "quick question, can I buy a coffee?" was answered with evaluating an AI tool.
 */
describe('retrieval: everyday errands get no answer and no offer', () => {
  const faculty = realFaculty();
  const english = ['how do I {x}', 'can I {x}', 'quick question, can I {x}?', 'is it ok to {x}', 'where do I go to {x}', '{x}?'];
  const errands = [
    'work from home', 'get some lunch', 'call my manager', 'leave early today', 'go home early', 'park my car', 'find the canteen', 'reset my password',
    'book annual leave', 'get a new phone', 'pay for food', 'print a document', 'buy a coffee', 'claim my mileage', 'find my payslip', 'book a meeting room',
    'fix the printer', 'count my hours', 'talk to HR', 'find the lift', 'make a cup of tea', 'report a broken chair', 'order new uniform',
  ];
  const welsh = ['sut mae {x}', 'sut ydw i’n {x}', 'alla i {m}?', 'ydy hi’n iawn i {m}'];
  const negeseuon: [string, string][] = [
    ['gweithio o adref', 'weithio o adref'], ['cael cinio', 'gael cinio'], ['ffonio fy rheolwr', 'ffonio fy rheolwr'], ['mynd adref yn gynnar', 'fynd adref yn gynnar'],
    ['talu am fwyd', 'dalu am fwyd'], ['parcio’r car', 'barcio’r car'], ['prynu coffi', 'brynu coffi'], ['argraffu dogfen', 'argraffu dogfen'],
    ['cyfri fy oriau', 'gyfri fy oriau'], ['archebu gwyliau blynyddol', 'archebu gwyliau blynyddol'], ['newid fy nghyfrinair', 'newid fy nghyfrinair'],
  ];
  const asked = [
    ...english.flatMap((t) => errands.map((x) => t.replace('{x}', x))),
    ...welsh.flatMap((t) => negeseuon.map(([radical, mutated]) => t.replace('{x}', radical).replace('{m}', mutated))),
  ];

  it(`answers none of ${asked.length} errands and offers none of them an explainer`, () => {
    const got = asked
      .map((q) => ({ q, answered: faculty.choose(q).passages.map((p) => p.id), offered: faculty.nearestQuestions(q).map((n) => n.id) }))
      .filter((r) => r.answered.length > 0 || r.offered.length > 0);
    // From the decision model that learned dev16 (2026-12-02) to Gwen's explainer on explaining a genetic result, "talk to
    // HR?" was offered the Wales AI-scribe guidance (its only content word, "talk", is there; a 27% chance against the offer
    // line of 25%). Retrained with that explainer's phrasings ("how to talk to a patient about their genetic test result"),
    // "talk" is no longer read as a sign of what is taught: nothing is offered, as for every other errand.
    expect(got.map((r) => `${r.q} → answered ${r.answered.join(', ') || '-'}, offered ${r.offered.join(', ') || '-'}`)).to.deep.equal([]);
  });

  it('still offers a related explainer for an everyday question its content is about, and answers real ones', () => {
    expect(faculty.nearestQuestions('the computer said so, so...').map((n) => n.id)).to.include('automation-bias');
    expect(faculty.nearestQuestions('safety?').map((n) => n.id)).to.include('hali-x-evaluating-an-ai-tool');
    expect(faculty.choose('should we buy this AI tool for the ward').passages[0]?.id).to.equal('hali-x-evaluating-an-ai-tool');
    expect(faculty.choose('can I use an AI scribe when working from home').passages[0]?.id).to.equal('ai-scribes-in-wales');
  });
});
