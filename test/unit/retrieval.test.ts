import { expect } from 'chai';
import { realFaculty } from '../helpers/app';

describe('retrieval over mentor content', () => {
  const faculty = realFaculty();
  const top = (q: string) => faculty.retriever.search(q)[0]?.id;

  const cases: [string, string][] = [
    ['what is a large language model?', 'what-is-an-llm'],
    ['How does ChatGPT work', 'what-is-an-llm'],
    ['Beth yw model iaith mawr?', 'what-is-an-llm'],
    ['why does AI hallucinate references', 'hallucination'],
    ['what is automation bias', 'automation-bias'],
    ['can I paste patient notes into a chatbot?', 'patient-data-and-ai-tools'],
    // A patient's initials, which staff take for anonymous (the terms table's "identifiable"), in either language.
    ['is it ok to put patient initials and dob into copilot', 'patient-data-and-ai-tools'],
    ['can I just use the patients initials in ChatGPT?', 'patient-data-and-ai-tools'],
    ["ga i ddefnyddio blaenlythrennau'r claf yn Copilot?", 'patient-data-and-ai-tools'],
    ['is this software a medical device under MHRA rules', 'ai-as-a-medical-device'],
    ['can we use an ambient scribe in clinic', 'ai-scribes-in-wales'],
    ['Alla i ddefnyddio ysgrifennydd AI?', 'ai-scribes-in-wales'],
    ['who is accountable if the AI is wrong', 'accountability'],
  ];
  for (const [question, expected] of cases) {
    it(`answers "${question}" from ${expected}`, () => {
      expect(top(question)).to.equal(expected);
    });
  }

  describe("a lesson's answer", () => {
    const answered = (q: string) => faculty.retriever.search(q)[0];
    const opening = (id: string) => faculty.mentors.flatMap((m) => m.lessons).find((l) => l.id === id)!.body;

    it('adds to the opening paragraph the one that says what is asked, in both languages', () => {
      const asked: [string, string, RegExp, RegExp][] = [
        ['what is a VUS?', 'gwen-variant-classification-vus', /A variant of uncertain significance \(VUS\) is/, /Amrywiolyn o arwyddocâd ansicr \(VUS\) yw/],
        ['VUS meaning', 'gwen-variant-classification-vus', /A variant of uncertain significance \(VUS\) is/, /Amrywiolyn o arwyddocâd ansicr \(VUS\) yw/],
        ['what does autosomal recessive mean', 'gwen-inheritance-patterns', /^Autosomal recessive:/m, /^Awtosomaidd enciliol:/m],
        ['beth mae awtosomaidd enciliol yn ei olygu', 'gwen-inheritance-patterns', /^Autosomal recessive:/m, /^Awtosomaidd enciliol:/m],
        ['both parents are carriers - whats the chance for the baby', 'gwen-inheritance-patterns', /^Autosomal recessive:/m, /^Awtosomaidd enciliol:/m],
      ];
      for (const [q, id, en, cy] of asked) {
        const p = answered(q);
        expect(p?.id, q).to.equal(id);
        const body = opening(id);
        expect(p!.answer.en.startsWith(body.en.split(/\n\s*\n/)[0]), q).to.equal(true);
        expect(p!.answer.cy.startsWith(body.cy.split(/\n\s*\n/)[0]), q).to.equal(true);
        expect(p!.answer.en, q).to.match(en);
        expect(p!.answer.cy, q).to.match(cy);
        expect(p!.answer.en.split(/\n\s*\n/), q).to.have.length(2);
      }
    });

    it('keeps to the opening when no later paragraph says clearly more: a checklist item is not an answer on its own', () => {
      // Each is answered by a checklist lesson, whose items share the question's everyday words ("check", "tool").
      for (const [q, id] of [['how do we check an AI tool for bias before we buy it', 'hali-evaluating-an-ai-tool'], ['lesson on checking AI output', 'hali-checking-ai-output']]) {
        const p = answered(q);
        expect(p?.id, q).to.equal(id);
        expect(p!.answer.en, q).to.equal(opening(id).en.split(/\n\s*\n/)[0]);
        expect(p!.answer.cy, q).to.equal(opening(id).cy.split(/\n\s*\n/)[0]);
      }
    });
  });

  describe('a learner saying who they are', () => {
    // Each role as staff describe themselves, English and Welsh (Welsh roles soft-mutated after "yn", as "feddyg").
    const roles = [
      "I'm a midwife", 'I am a nurse', 'As a pharmacist', "I'm a GP", "I'm a physio", "I'm an HCA", 'I work as a healthcare assistant',
      "I'm a student nurse", "I'm a doctor", "I'm a community midwife", 'Midwife here', "We're nurses", "I'm a paramedic", 'I am a band 5 nurse',
    ];
    // (and as typed on a phone, the apostrophe left off: "dwin nyrs")
    const rolau = ['Fel bydwraig', "Dw i'n nyrs", "Rwy'n fferyllydd", "Dwi'n feddyg teulu", "Rydw i'n ffisiotherapydd", 'Fel meddyg', 'Bydwraig ydw i', 'Rwy’n fydwraig', "Dw i'n fyfyriwr", 'Fel gweithiwr cymorth gofal iechyd', 'dwin nyrs', 'rwyn fydwraig'];
    const questions: [string, string][] = [
      ['what is AI really?', 'what-is-ai'], ['what is a hallucination?', 'hallucination'], ['who is accountable if the AI is wrong?', 'accountability'],
      ['can we use an ambient scribe in clinic?', 'ai-scribes-in-wales'], ['what is Lynch syndrome?', 'gwen-lynch-syndrome'], ['what is pharmacogenomics?', 'gwen-x-pharmacogenomics'],
    ];
    const cwestiynau: [string, string][] = [
      ['beth yw deallusrwydd artiffisial?', 'what-is-ai'], ['beth yw model iaith mawr?', 'what-is-an-llm'], ['alla i ddefnyddio ysgrifennydd AI?', 'ai-scribes-in-wales'],
      ['beth yw syndrom Lynch?', 'gwen-lynch-syndrome'], ["pwy sy'n atebol os yw'r AI yn anghywir?", 'accountability'],
    ];

    it('answers as if the role were not said: the role is who asks, not what is asked about', () => {
      const asked = [...roles.flatMap((r) => questions.map(([q, id]) => [`${r}, ${q}`, id])), ...rolau.flatMap((r) => cwestiynau.map(([q, id]) => [`${r}, ${q}`, id]))];
      const wrong = asked.filter(([q, id]) => top(q) !== id).map(([q, id]) => `${q} → ${top(q)} (not ${id})`);
      expect(wrong).to.deep.equal([]);
    });

    it('still reads a role that is the subject of the question ("when does the midwife do the heel test")', () => {
      expect(top('when does the midwife do the heel test')).to.equal('gwen-x-newborn-bloodspot-screening');
      expect(faculty.retriever.explain('what should a midwife tell parents about AI?').terms.map((t) => t.term)).to.include('midwife');
      // A relation is no role: the sister is who may be at risk.
      expect(faculty.retriever.explain("I'm a sister of someone with a BRCA variant, should I be tested?").terms.map((t) => t.term)).to.include('sister');
    });
  });

  it('finds nothing for questions the content does not cover, so the mentor does not guess', () => {
    for (const question of ['what is the weather in Cardiff', 'book me annual leave', 'the', '???', '']) {
      expect(faculty.retriever.search(question), question).to.deep.equal([]);
    }
  });

  // The questions a nurse, a GP and a midwife asked in the playground (issue 17), each once answered from the wrong topic.
  const subjectOverGenericWords: [string, string][] = [
    ["What does Lynch syndrome mean for my patient's family?", 'gwen-lynch-syndrome'],
    ['What do patients need to know before consenting to a genomic test', 'gwen-consent-for-genomic-testing'],
    ['what does autosomal recessive mean', 'gwen-inheritance-patterns'],
    ['how do I know if an AI tool is safe to use on my ward', 'hali-x-evaluating-an-ai-tool'],
  ];
  for (const [question, expected] of subjectOverGenericWords) {
    it(`weighs the subject of "${question}" over its generic words: ${expected}`, () => {
      expect(faculty.choose(question).passages[0]?.id).to.equal(expected);
    });
  }

  it('abstains on a subject it has no content for, however many generic words match ("newborn heel prick test")', () => {
    const covered = faculty.mentors.some((m) => m.lessons.some((l) => /heel|bloodspot|blood spot/i.test(l.title.en)) || m.explainers.some((e) => /heel|bloodspot/i.test(e.question.en)));
    const found = faculty.retriever.search('what is the newborn heel prick test');
    if (covered) expect(found[0]?.id).to.match(/bloodspot|heel/);
    else expect(found).to.deep.equal([]);
    expect(faculty.retriever.search('what are the signs of a stroke')).to.deep.equal([]);
  });

  it('answers a two-topic question from both topics', () => {
    const ids = faculty.retriever.search("what's an LLM and how do I prompt it well").map((p) => p.id);
    expect(ids.some((id) => /llm/.test(id))).to.equal(true);
    expect(ids.some((id) => /prompt/.test(id))).to.equal(true);
  });

  it('of two passages scoring alike, answers with the one whose own title is asked whole', () => {
    // The cancer genomics lesson ("Cancer genomics: Lynch syndrome and family history") names Lynch among other things; it
    // scored within a hair of the Lynch explainer and, listed first, answered these.
    for (const asked of ['lynch syndrome cancers', 'what cancers does Lynch syndrome cause', 'hi gwen right what is the lynch syndrome and which cancers does it raise the risk off']) {
      expect(top(asked), asked).to.equal('gwen-lynch-syndrome');
    }
    // Asked as the lesson's own title is, the lesson.
    expect(top('cancer genomics and family history')).to.equal('gwen-cancer-genomics');
  });

  it('routes to the default mentor when nothing matches', () => {
    expect(faculty.choose('where is the car park').mentor.id).to.equal(faculty.defaultMentor.id);
  });
});
