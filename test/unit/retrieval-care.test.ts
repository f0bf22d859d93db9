import { expect } from 'chai';
import { realFaculty } from '../helpers/app';

/**
 * Issue 17: "what's the treatment for cystic fibrosis" was answered with the newborn bloodspot screening content, which
 * names cystic fibrosis only as something screened for. How a condition is treated, managed or cured, its outlook or dose,
 * asked of a condition no passage is about, gets "I don't have that yet" (and the related explainer may be offered).
 */
describe('retrieval: care of a condition the content only names in passing', function () {
  // Hundreds of generated questions read through the whole retriever: seconds on a busy machine.
  this.timeout(60_000);
  const faculty = realFaculty();

  // Generated: each way of asking about care with each condition the screening content names in passing, English and Welsh.
  const forms = ["what's the treatment for {x}", 'how do you manage {x}', 'is there a cure for {x}', 'what is the prognosis for a child with {x}', 'life expectancy and outlook in {x}', 'what dose of medication is used for {x}', 'symptoms of {x} in adults'];
  const conditions = ['cystic fibrosis', 'congenital hypothyroidism', 'phenylketonuria', 'MSUD', 'hypothyroidism'];
  const ffurfiau = ['beth yw’r driniaeth ar gyfer {x}?', 'sut mae trin {x}?', 'sut mae rheoli {x}?', 'beth yw symptomau {x}?', 'oes gwellhad ar gyfer {x}?'];
  const cyflyrau = ['ffibrosis systig', 'isthyroidedd cynhenid'];
  const asked = [...forms.flatMap((f) => conditions.map((x) => f.replace('{x}', x))), ...ffurfiau.flatMap((f) => cyflyrau.map((x) => f.replace('{x}', x)))];

  it(`answers none of ${asked.length} care questions about a condition named only in passing`, () => {
    const answered = asked.map((q) => [q, faculty.choose(q).passages.map((p) => p.id).join(', ')]).filter(([, got]) => got !== '');
    expect(answered.map(([q, got]) => `${q} → ${got}`)).to.deep.equal([]);
  });

  // Generated: each AI tool asked the care of a condition the screening content names in passing. The tool's name is a
  // word HALI's passages are about, which once made Gwen's screening passage answer "what does the chatbot say is the cure
  // for cystic fibrosis".
  const tools = ['Copilot', 'ChatGPT', 'the chatbot', 'Gemini', 'the AI', 'yr AI'];
  const askedOfTool = ['can {t} tell me the treatment for phenylketonuria', 'what does {t} say is the cure for cystic fibrosis', 'ask {t} the prognosis for congenital hypothyroidism', 'is {t} right about the symptoms of cystic fibrosis in adults'];
  it(`answers none of ${tools.length * askedOfTool.length} care questions put to an AI tool about a condition named only in passing`, () => {
    const asked = tools.flatMap((t) => askedOfTool.map((f) => f.replace('{t}', t)));
    const answered = asked.map((q) => [q, faculty.choose(q).passages.map((p) => p.id).join(', ')]).filter(([, got]) => got !== '');
    expect(answered.map(([q, got]) => `${q} → ${got}`)).to.deep.equal([]);
  });

  it('may offer the related explainer instead', () => {
    expect(faculty.choose("what's the treatment for cystic fibrosis").offers.map((o) => o.id)).to.include('gwen-x-newborn-bloodspot-screening');
  });

  it('still answers care questions about what the content is about, and screening questions about those conditions', () => {
    const cases: [string, string][] = [
      ['does CYP2C19 affect clopidogrel treatment', 'gwen-cyp2c19-clopidogrel'],
      ['what dose of clopidogrel for a CYP2C19 poor metaboliser', 'gwen-cyp2c19-clopidogrel'],
      ['should we test DPYD before chemotherapy', 'gwen-dpyd-testing'],
      ['DPYD testing before chemotherapy', 'gwen-dpyd-testing'],
      ['how do genes affect how people respond to medicines', 'gwen-x-pharmacogenomics'],
      ['when does a symptom checker app count as a medical device', 'ai-as-a-medical-device'],
    ];
    for (const [q, id] of cases) expect(faculty.choose(q).passages[0]?.id, q).to.equal(id);
    // Hallucination's own explainer, or (since the decision model learned dev17, stop 56, and turns the first down by a hair)
    // its neighbour on the same topic, checking AI output, which says to check doses against the BNF: answered, not declined.
    expect(faculty.choose('the AI made up a drug dose, why does that happen').passages[0]?.id).to.be.oneOf(['hallucination', 'hali-x-checking-ai-output']);
    for (const q of ['what conditions does the heel prick test for', 'does the heel prick test for cystic fibrosis', 'ydy’r prawf sawdl yn chwilio am ffibrosis systig']) {
      expect(faculty.choose(q).passages.map((p) => p.id), q).to.include('gwen-x-newborn-bloodspot-screening');
    }
  });
});

describe('retrieval: something written about care asks about the writing', () => {
  // Stop 56: "Our team wants to use Copilot to draft patient leaflets about medicines. Any tips on asking it properly?" was
  // declined as a question on the care of medicines no passage is about.
  const faculty = realFaculty();
  const things = ['patient leaflets about medicines', 'a letter about treatment options', 'a poster on medication safety', 'an information sheet about side effects'];
  const asks = ['any tips on asking Copilot to draft {t}?', 'how do I get ChatGPT to write {t} without waffle', 'what should I put in my prompt for {t}'];
  const asked = asks.flatMap((a) => things.map((t) => a.replace('{t}', t)));
  // 4 of 12 before, 6 of 12 now: the rest are declined for other reasons (the decision model's call on "without waffle" and
  // "what should I put in my prompt for a letter…"), never answered with another topic.
  it(`answers at least half of ${asked.length} requests for help prompting an AI tool to write about care from the prompts passages, and none with another`, () => {
    const got = asked.map((q) => faculty.choose(q).passages[0]?.id);
    const misses = asked.filter((q, i) => !['hali-x-writing-prompts', 'hali-writing-prompts'].includes(got[i] ?? ''));
    expect(misses.length / asked.length, misses.join('\n')).to.be.at.most(0.5);
    expect(got.filter((id) => id !== undefined && !['hali-x-writing-prompts', 'hali-writing-prompts'].includes(id))).to.deep.equal([]);
  });
  it('still declines the care itself, asked of a chatbot or not', () => {
    for (const q of ['what does the chatbot say is the cure for cystic fibrosis', 'what is the treatment for cystic fibrosis']) expect(faculty.choose(q).passages[0]?.id, q).to.equal(undefined);
  });
});
