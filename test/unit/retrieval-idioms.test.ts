import { expect } from 'chai';
import { realFaculty } from '../helpers/app';

/**
 * Issue 17: "breaking news of a genetic diagnosis" was offered "What is WINGS?". Two causes: the terms table's "breaking
 * the news" was not recognised without its "the", so "breaking" was read as talk and "news" as a word no content has,
 * leaving "genetic diagnosis", which staff use to ask for WINGS ("a quick genetic diagnosis for a sick child"); and an
 * offer needed nothing of what the expression means. Now an expression is found by its subject words in a row, and a
 * mentor's offers have what its own expressions asked mean.
 */
describe('retrieval: a terms-table expression said loosely is what is asked', () => {
  const faculty = realFaculty();
  const forms = ['breaking news of a genetic diagnosis', 'how do I break news of a genetic diagnosis', 'tips for breaking news of a genetic diagnosis to parents', 'breaking news of a genetic condition', 'advice on breaking news of a genetic diagnosis to a patient', 'breaking news about a genetic diagnosis'];
  const ffurfiau = ['torri newyddion am ddiagnosis genetig', 'sut mae torri newyddion am ddiagnosis genetig i deulu?', 'torri newyddion drwg am gyflwr genetig'];

  it('reads the expression with its little words left out or changed, in English and Welsh', () => {
    expect(faculty.retriever.explain('breaking news of a genetic diagnosis').terms.map((t) => t.term)).to.include('breaking the news');
    expect(faculty.retriever.explain('how do I break news of a genetic diagnosis').terms.map((t) => t.term)).to.include('break the news');
    expect(faculty.retriever.explain('toss a coin chance of passing it on').terms.map((t) => t.term)).to.include('toss of coin');
  });

  it(`neither answers nor offers WINGS for ${forms.length + ffurfiau.length} ways of asking how to break news of a genetic diagnosis`, () => {
    const wings = [...forms, ...ffurfiau].filter((q) => {
      const { passages, offers } = faculty.choose(q);
      return [...passages.map((p) => p.id), ...offers.map((o) => o.id)].includes('gwen-wings');
    });
    // Two of them ("tips for breaking news of a genetic diagnosis to parents", "sut mae torri newyddion am ddiagnosis genetig
    // i deulu?") were answered with WINGS first from the decision's words model (decision-model.ts) until Gwen's explainer on
    // explaining a genetic result to a patient (gwen-x-explaining-results), which now answers all nine.
    expect(wings.length, wings.join('; ')).to.equal(0);
    expect([...forms, ...ffurfiau].filter((q) => faculty.choose(q).passages[0]?.id !== 'gwen-x-explaining-results')).to.deep.equal([]);
  });

  it('still answers a question that asks for WINGS and breaks news too, and offers HALI passages for HALI\'s own expressions', () => {
    expect(faculty.choose('breaking the news of a rapid genome result for a sick baby').passages.map((p) => p.id)).to.include('gwen-wings');
    // Gwen's passages on telling relatives, not HALI's accountability for the idiom "carries the can".
    const telling = faculty.nearestQuestions('who carries the can for telling relatives about a genetic result').map((n) => n.id);
    expect(telling.filter((id) => ['gwen-cascade-testing', 'gwen-x-explaining-results'].includes(id)), telling.join(', ')).to.not.be.empty;
    expect(telling.filter((id) => !id.startsWith('gwen'))).to.deep.equal([]);
  });
});

describe('retrieval: an expression\'s words far apart are two things said, not the expression', () => {
  // Stop 56: "how do I know if the summary the AI wrote is right before I put it in the notes" was read as "write the notes"
  // (the AI scribe) by its subject words "write … notes", six words apart, where every dev set's writers expect checking AI
  // output. A phrase said loosely now has at most three little words between two of its words.
  const faculty = realFaculty();
  const terms = (q: string) => faculty.retriever.explain(q).terms.map((t) => t.term);
  it('reads the scribe\'s "write the notes" close up, not across a sentence', () => {
    for (const q of ['the AI that writes the notes', 'an app that writes my notes for me', 'AI for note writing in clinic']) expect(terms(q).some((t) => /note/.test(t) && /writ/.test(t)), q).to.equal(true);
    for (const q of ['how do I check what the AI wrote is right before I put it in the notes', 'the summary the AI wrote, is it ok to put in the notes', 'how shud i chek what the ai wrote b4 it goes in the notes']) {
      expect(terms(q).filter((t) => /note/.test(t) && /writ|wrote/.test(t)), q).to.deep.equal([]);
      expect(faculty.choose(q).passages[0]?.id, q).to.be.oneOf(['hali-x-checking-ai-output', 'hali-checking-ai-output', 'hallucination']);
    }
  });
});

describe('retrieval: an expression said in the negative is not said in the positive', () => {
  // The lemmatiser reads "weren't" as "be", so Gwen's "weren't looking for" (findings nobody looked for) was said by "what am
  // I meant to be looking for" (checking a Copilot draft) and "the lab was looking for". A negative contraction is read as
  // "not"; "nobody was looking for" is one of the table's own expressions.
  const faculty = realFaculty();
  const read = (q: string) => faculty.retriever.explain(q).terms.map((t) => t.term);
  const negatives = ['we weren’t looking for it', "the lab wasn't looking for that variant", 'a finding they were not looking for', 'nobody was looking for a BRCA variant', 'no one looked for it'];
  const positives = ['what am I meant to be looking for when I check it', 'the lab was looking for a BRCA variant', 'we were looking for guidance on AI', "I'm looking for the consent form"];

  it(`reads ${negatives.length} negatives as the expression and ${positives.length} positives as none`, () => {
    const expression = (q: string) => read(q).some((t) => /look(?:ing|ed)? for/.test(t));
    expect(negatives.filter((q) => !expression(q))).to.deep.equal([]);
    expect(positives.filter(expression)).to.deep.equal([]);
  });
});

describe('retrieval: an expression is found in any form of its words', () => {
  const faculty = realFaculty();
  const read = (q: string) => faculty.retriever.explain(q).terms.map((t) => t.term);

  it('reads "making stuff up", "got my knuckles rapped" and "took it as gospel" as the expressions they are, once each', () => {
    expect(read('chatgpt making stuff up')).to.include('make stuff up');
    expect(read('chatgpt making stuff up')).not.to.include('making');
    // Several listed forms of one expression ("carry the can", "carries the can") are one term, not one each.
    expect(read('who carries the can for an AI error').filter((t) => t.includes('can'))).to.have.length(1);
    expect(read('will I get my knuckles rapped for using ChatGPT at work')).to.include('knuckle rapped');
  });

  it('answers each form as the content means it', () => {
    for (const [q, id] of [
      ['chatgpt making stuff up', 'hallucination'],
      ['why does copilot keep making things up', 'hallucination'],
      ['Will I get my knuckles rapped for using ChatGPT at work?', 'hali-x-safe-use-policy'],
      ["Can I take the sepsis software's word as gospel?", 'automation-bias'],
      ['how do I stop myself nodding along with whatever the AI says', 'automation-bias'],
    ]) expect(faculty.choose(q).passages[0]?.id, q).to.equal(id);
  });
});

describe('retrieval: a word that says which tool is context, not a subject the mentor lacks', () => {
  const faculty = realFaculty();
  const answer = (q: string) => faculty.choose(q).passages[0]?.id;

  it('answers what is asked of "the sepsis software" or "our dermatology app" as of any AI tool', () => {
    expect(answer("Can I take the sepsis software's word as gospel?")).to.equal('automation-bias');
    expect(answer("Can I take the AI software's word as gospel?")).to.equal('automation-bias');
    const weight = (q: string, term: string) => faculty.retriever.explain(q).terms.find((t) => t.term === term)!.w;
    expect(weight('the sepsis software keeps alerting', 'sepsis')).to.be.below(weight('what is sepsis', 'sepsis') / 2);
    // Welsh names the tool first.
    expect(weight("ydi'r meddalwedd sepsis yn gywir", 'sepsis')).to.be.below(weight('beth yw sepsis', 'sepsis') / 2);
  });

  it('still abstains on the subject itself, asked without a tool', () => {
    for (const q of ['what is sepsis', 'how do I treat sepsis', 'what are the signs of sepsis in children']) expect(answer(q), q).to.equal(undefined);
  });
});

/**
 * A terms table's everyday expressions, from the dev10 sets' misses: each of `cases` gets the passage meant, and each of
 * `alone` (a word of an expression, said of something else) gets nothing.
 */
function expressions(title: string, note: string, cases: readonly [string, string[]][], alone: { what: string; asked: readonly string[] }): void {
  describe(title, () => {
    const faculty = realFaculty();
    it(`answers all ${cases.length} with the passage meant${note}`, () => {
      for (const [q, meant] of cases) expect(faculty.choose(q).passages[0]?.id, q).to.be.oneOf(meant);
    });
    it(`leaves ${alone.what} that is not the expression alone`, () => {
      for (const q of alone.asked) expect(faculty.choose(q).passages, q).to.deep.equal([]);
    });
  });
}

// From the dev10 sets: "a very clever parrot", "kick the tyres", "a free-for-all ... the green light", "the note-writing AI".
// HALI's terms table reads each as what the content calls it. Before, 5 of these 14 got the passage meant; since, 14.
const HALI_EXPRESSIONS: [string, string[]][] = [
  ['is ChatGPT just a parrot?', ['what-is-an-llm', 'hali-llms-and-hallucination']],
  ['stochastic parrot - what does that mean for chatbots', ['what-is-an-llm', 'hali-llms-and-hallucination']],
  ['people say LLMs are clever parrots, are they?', ['what-is-an-llm', 'hali-llms-and-hallucination']],
  ['does copilot understand or is it a parrot', ['what-is-an-llm', 'hali-llms-and-hallucination']],
  ['how do I kick the tyres on a new AI tool?', ['hali-x-evaluating-an-ai-tool', 'hali-evaluating-an-ai-tool']],
  ['we want to road test an AI app before buying it - where do we start?', ['hali-x-evaluating-an-ai-tool', 'hali-evaluating-an-ai-tool']],
  ['kicking the tires on an AI product for the ward', ['hali-x-evaluating-an-ai-tool', 'hali-evaluating-an-ai-tool']],
  ['do I need the green light before using Copilot at work?', ['hali-x-safe-use-policy', 'hali-safe-use-policy']],
  ['is ChatGPT a free for all at work or are there rules?', ['hali-x-safe-use-policy', 'hali-safe-use-policy']],
  ['who gives the green light for AI tools in our health board?', ['hali-x-safe-use-policy', 'hali-safe-use-policy', 'hali-x-dpia', 'hali-x-evaluating-an-ai-tool', 'hali-evaluating-an-ai-tool']],
  ['the note writing AI in clinic - is it allowed in Wales?', ['ai-scribes-in-wales', 'hali-ai-scribes']],
  ['can I use the thing that writes the notes during consultations?', ['ai-scribes-in-wales', 'hali-ai-scribes']],
  ["ydy'r AI sy'n sgwennu nodiadau yn iawn i'w ddefnyddio?", ['ai-scribes-in-wales', 'hali-ai-scribes']],
  ['oes angen golau gwyrdd cyn defnyddio Copilot?', ['hali-x-safe-use-policy', 'hali-safe-use-policy']],
];

expressions('retrieval: everyday expressions for an LLM, trying a tool out, permission and AI scribes', ', in English and Welsh', HALI_EXPRESSIONS, {
  what: 'a parrot, a tyre or a light',
  asked: ['my parrot is unwell', 'how do I change a tyre', 'the green light on the monitor keeps flashing'],
});

// From the dev10 sets: "DPYD before cape", "FH cholesterol cut offs", cholesterol "through the roof", "pethau doedd neb yn
// chwilio amdanyn nhw". Gwen's terms table reads each as the content says it. Before, 4 of these 10; since, 10.
const GWEN_EXPRESSIONS: [string, string[]][] = [
  ['DPYD before cape - why?', ['gwen-dpyd-testing', 'gwen-pharmacogenomics']],
  ['is cape safe with DPYD deficiency', ['gwen-dpyd-testing', 'gwen-pharmacogenomics']],
  ['why test DPYD before CAPOX', ['gwen-dpyd-testing', 'gwen-pharmacogenomics']],
  ['FH cholesterol cut offs', ['gwen-familial-hypercholesterolaemia']],
  ['what are the cut offs for referring FH', ['gwen-familial-hypercholesterolaemia']],
  ['cholesterol cutoff for possible FH?', ['gwen-familial-hypercholesterolaemia']],
  ['young patient with cholesterol through the roof - could it be genetic?', ['gwen-familial-hypercholesterolaemia']],
  ['sky high cholesterol running in the family', ['gwen-familial-hypercholesterolaemia']],
  ['Ydy prawf genom yn gallu ffeindio pethau doedd neb yn chwilio amdanyn nhw?', ['gwen-additional-findings', 'gwen-consent-additional-findings']],
  ["beth os ydy'r prawf yn dod o hyd i rywbeth doedd neb yn chwilio amdano?", ['gwen-additional-findings', 'gwen-consent-additional-findings']],
];

expressions("retrieval: Gwen's everyday words for a drug, a level and what nobody looked for", '', GWEN_EXPRESSIONS, {
  what: 'a cape, a roof or a cut',
  asked: ['where can I buy a cape for the Christmas party', 'the roof on ward 3 is leaking', 'how do I dress a cut on my finger'],
});

// From the dev11 sets: a risk score "with no reasons given", "the computer hasn't flagged anything so we're in the clear",
// and "ChatGPT checks its facts before it answers". HALI's terms table reads each as what the content calls it
// (explainability; automation bias; hallucination).
const DEV11_HALI_EXPRESSIONS: [string, string[]][] = [
  ['The AI gave a risk score with no reasons given - should I trust it?', ['hali-x-explainability', 'hali-explainability']],
  ["the sepsis tool gives a score but doesn't say why, is that a problem?", ['hali-x-explainability', 'hali-explainability']],
  ["The system hasn't flagged anything so we're fine, right?", ['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop']],
  ["the early warning software didn't flag it so it must be ok?", ['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop']],
  // Whether a chatbot checks its own facts: it does not, it writes likely text (the hallucination explainer).
  ['does ChatGPT check its facts?', ['hallucination', 'hali-llms-and-hallucination', 'what-is-an-llm']],
  ['Ydy ChatGPT yn gwirio ei ffeithiau?', ['hallucination', 'hali-llms-and-hallucination', 'what-is-an-llm']],
];

expressions('retrieval: everyday expressions for an unexplained score and trusting the silence of a system', '', DEV11_HALI_EXPRESSIONS, {
  what: 'a reason or a flag',
  asked: ['the flag outside the hospital is at half mast', 'no reasons given for the car park closure'],
});

describe('retrieval: an unexplained flag on a scan (a known miss since the words model)', () => {
  // The decision's words model (decision-model.ts) learned "scan" from the evaluation sets' out-of-scope questions (scans to
  // book, read or explain): this question, answered with explainability before, is now turned down. It is not answered with
  // another topic, and the passage meant is one tap away.
  it('abstains rather than answer another topic, and offers the explainability passage', () => {
    const { passages, offers } = realFaculty().choose('AI flagged the scan as urgent with no explanation given, what should I do?');
    expect(passages).to.deep.equal([]);
    expect(offers.map((o) => o.id)).to.include.oneOf(['hali-x-explainability', 'hali-explainability']);
  });
});

// From the dev12 sets: going along with "whatever the computer suggests", trusting it "too much" ("trystio'r cyfrifiadur
// gormod"), an LLM as "glorified autocomplete", and a chatbot that "spouts nonsense" or "siarad drwy'i het" / "malu awyr"
// (talks through its hat). HALI's terms table reads each as what the content calls it (automation bias; an LLM; hallucination).
const DEV12_HALI_EXPRESSIONS: [string, string[]][] = [
  ['is it bad to go along with whatever the computer says?', ['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop']],
  ['staff just do whatever the AI suggests, is that a problem', ['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop']],
  ['we trust it too much on nights, is that a thing?', ['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop']],
  ["Ydan ni'n trystio gormod ar yr AI?", ['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop']],
  ["Dwi'n poeni bo ni'n trystio'r cyfrifiadur", ['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop']],
  ['is copilot just fancy autocomplete?', ['what-is-an-llm', 'hali-llms-and-hallucination']],
  ['ChatGPT is glorified autocomplete, discuss', ['what-is-an-llm', 'hali-llms-and-hallucination']],
  ["Mae'r chatbot yn malu awyr weithiau, pam?", ['hallucination', 'hali-llms-and-hallucination', 'what-is-an-llm']],
  ["Pam bod ChatGPT yn siarad drwy'i het?", ['hallucination', 'hali-llms-and-hallucination', 'what-is-an-llm']],
  ['why does the chatbot spout nonsense sometimes', ['hallucination', 'hali-llms-and-hallucination', 'what-is-an-llm']],
];

expressions('retrieval: everyday expressions for going along with the computer, autocomplete and talking nonsense', ', in English and Welsh', DEV12_HALI_EXPRESSIONS, {
  what: 'a manager, autocomplete or nonsense',
  asked: ['I tend to go along with whatever my manager says', 'my son spouts nonsense', "autocomplete isn't working in Outlook", 'paid a malu awyr'],
});

// From the dev9 and dev13 sets: "the why-did-it-decide-that thing" and "the computer explaining why it said what it said".
// HALI's terms table reads asking why an AI tool decided or said something as explainability.
const WHY_IT_DECIDED: [string, string[]][] = [
  ['the why-did-it-decide-that thing with AI', ['hali-x-explainability', 'hali-explainability']],
  ['that thing about the computer explaining why it said what it said', ['hali-x-explainability', 'hali-explainability']],
  ['the sepsis tool flagged him but why did it decide that?', ['hali-x-explainability', 'hali-explainability']],
  ['how did it reach that score, the AI risk tool?', ['hali-x-explainability', 'hali-explainability']],
  ["Pam wnaeth o benderfynu hynny, yr AI?", ['hali-x-explainability', 'hali-explainability']],
  ["Yr ap AI - pam penderfynodd o hynny?", ['hali-x-explainability', 'hali-explainability']],
];

expressions('retrieval: asking why an AI tool decided or said something', ', in English and Welsh', WHY_IT_DECIDED, {
  what: 'why a person or a panel decided',
  asked: ['why did my manager decide to close the ward?', 'how did it reach the car park, the bus?'],
});
