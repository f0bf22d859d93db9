import { expect } from 'chai';
import { decide } from '../../bot/mentors/retrieval-decide';
import type { ScoredPassage } from '../../bot/mentors/retrieval-features';
import { DECISION_TEXT_FEATURES, type DecisionModel } from '../../bot/mentors/decision-model';
import { findPhrases, phraseOf } from '../../bot/mentors/retrieval-index';
import { subjectTerms, words } from '../../bot/mentors/terms';
import { talkTerms } from '../../bot/mentors/word-class';
import { ContentError, loadMentors } from '../../bot/mentors/load';
import { mentorsCopyWith } from '../helpers/mentors-copy';
import { realFaculty } from '../helpers/app';

/** Issue 17 (slice 17g): unseen English questions, chatty ones and everyday idioms. */
describe('retrieval: chatty talk, idioms and contractions on unseen English questions', () => {
  const faculty = realFaculty();
  const top = (q: string) => faculty.retriever.search(q)[0]?.id;

  describe('the talk around a question (part of speech)', () => {
    it('reads everyday verbs and adverbs as talk, and nouns, adjectives and rarer verbs as what is asked', () => {
      const talk = [...talkTerms('heard the AI notes thing is coming to our practice, honestly')];
      expect(talk).to.include.members(['heard', 'coming', 'honestly']);
      expect(talk).to.not.include.members(['note', 'practice', 'ai']);
      expect([...talkTerms('tell me a joke')]).to.not.include('joke');
      expect([...talkTerms('is a tumour mutation inherited')]).to.not.include('inherited');
      expect([...talkTerms('which AI companies should I invest in')]).to.not.include('invest');
    });

    it('never reads a Welsh word as English talk', () => {
      for (const q of ['Sut mae genynnau yn effeithio ar feddyginiaethau?', 'Pam mae’r chatbot yn dyfeisio cyfeiriadau sydd ddim yn bod?']) expect([...talkTerms(q)], q).to.deep.equal([]);
    });

    it('answers a chatty question whose naming words one passage covers far ahead of any other topic', () => {
      expect(top('Bit of a silly one, I was sitting in a meeting and people kept talking about germline and somatic variants and I just nodded, what is the difference really?')).to.equal('gwen-germline-vs-somatic');
    });

    it('still abstains on a chatty question whose naming words the content lacks', () => {
      expect(faculty.retriever.search('I was chatting to a colleague earlier and she kept saying we should all be eating a ketogenic diet, is that right?')).to.deep.equal([]);
      expect(faculty.retriever.search('my friend keeps telling me about her holiday plans and asking which flights are cheapest, any idea')).to.deep.equal([]);
    });

    it('answers with the best passage and related ones the model also accepts, and with nothing when it says no', () => {
      const scored = (topic: string, score: number, coverage: number): ScoredPassage => ({ doc: { topic }, score, coverage, subjectCoverage: coverage, answers: [coverage], named: true, precision: 0, pairs: 0 });
      const question = { terms: [{ w: 1, found: ['x'] }], chatty: false, unknownScale: 1, words: ['what', 'is', 'what_is', 'x'] };
      // A model that reads coverage alone: sure at 0.9, unsure at 0.3.
      const byCoverage = (threshold: number): DecisionModel => ({ features: [], means: new Array(12).fill(0), scales: new Array(12).fill(1), weights: [10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], bias: -5, textFeatures: DECISION_TEXT_FEATURES, textWeights: {}, textBias: 0, threshold, training: {} });
      const candidates = [scored('gwen/a', 3, 0.9), scored('gwen/a', 2.9, 0.9), scored('gwen/b', 1, 0.3)];
      expect(decide(candidates, 1, question, byCoverage(0.5)).passages.map((s) => s.score)).to.deep.equal([3, 2.9]);
      expect(decide(candidates, 1, question, byCoverage(0.999)).passages).to.deep.equal([]);
      expect(decide([], 1, question, byCoverage(0.5)).passages).to.deep.equal([]);
    });
  });

  describe('everyday idioms (terms.json "phrases")', () => {
    it('reads an idiom as the content word it means, in any form the stemmer folds', () => {
      expect(top('who carries the can if the AI gets it wrong')).to.equal('accountability');
      expect(top('is it a coin toss whether the children get it')).to.equal('gwen-autosomal-dominant');
      expect(top('is there a gene test for blood thinners')).to.equal('gwen-cyp2c19-clopidogrel');
    });

    it('matches an idiom word for word only, and keeps a word the question also asks outside it', () => {
      const phrases = [phraseOf('double check', ['check'], 'hali')];
      expect(findPhrases(words('can AI check it or should I double check'), phrases).rest).to.include('check');
      expect(findPhrases(words('check it twice, double the dose'), phrases).found).to.deep.equal([]);
      expect(faculty.retriever.search('can the carrier of a can carry it')[0]?.id).to.not.equal('accountability');
    });

    it('loads phrases of two to five words, and refuses a single word or a sentence with a clear fix', () => {
      const hali = loadMentors(mentorsCopyWith('hali/terms.json', (json) => json)).find((m) => m.id === 'hali')!;
      expect(hali.terms!.some((g) => g.phrases?.includes('carry the can'))).to.equal(true);
      const one = mentorsCopyWith('hali/terms.json', (json) => json.push({ means: ['tool'], phrases: ['widget'] }));
      expect(() => loadMentors(one)).to.throw(ContentError, /"widget" must be two to five words/);
      const long = mentorsCopyWith('hali/terms.json', (json) => json.push({ means: ['tool'], phrases: ['this is far too long a phrase'] }));
      expect(() => loadMentors(long)).to.throw(ContentError, /must be two to five words/);
    });
  });

  it('drops negative contractions as it drops their stop words ("weren\'t" is "werent")', () => {
    expect(subjectTerms("they weren't looking, she wasn't sure and we shouldn't guess")).to.deep.equal(['looking', 'guess']);
  });

  it('drops the other contractions typed without the apostrophe and speech run together ("itll", "shouldve", "dunno", "gonna")', () => {
    expect(subjectTerms('itll be wrong, shouldve checked, dunno, gonna trust it, kinda biased innit, wholl check it, whod know')).to.deep.equal(['wrong', 'checked', 'trust', 'biased', 'check']);
  });

  // dev21: "how we'd know" weighed "wed" as a rare subject, "a proper family history" weighed "proper", and "what am i ment
  // to ask" read "ment" as a prefix of "mention"; all three turned questions down.
  it('drops "we\'d" and "he\'d", "meant" (and "ment"), and "proper" as staff say it of how well, not what', () => {
    expect(subjectTerms("how we'd know, what he'd say, what am i meant to ask, what am i ment to ask, a proper family history done properly")).to.deep.equal(['say', 'ask', 'ask', 'family', 'history']);
    for (const q of ['how do you take a proper family history', 'how do u take a proper family histroy, what am i ment to ask about', 'what am i meant to ask when i take a family history?', 'how would we know if we\'d done a family history properly'])
      expect(['gwen-family-history', 'gwen-three-generation-family-history'], q).to.include(top(q));
  });

  it('drops the possessive and reflexive pronouns and the conjunctions that join clauses ("patients like ours", "whether", "unless")', () => {
    expect(subjectTerms('is it biased against patients like ours, or is that just yourselves talking, unless the tool itself was tested because of whether it works')).to.deep.equal(['biased', 'against', 'patient', 'talking', 'tool', 'tested']);
    // Read as unknown words, they weighed as much as the rarest subject and the mentor turned the question down.
    expect(faculty.retriever.search('was the tool tested on patients like ours?').map((p) => p.id)).to.include.oneOf(['hali-x-bias-in-ai', 'hali-x-evaluating-an-ai-tool']);
  });

  it('answers "patient info" with AI as the patient data explainer, not the DPIA explainer one of whose phrasings said it (generated)', () => {
    const asked = ['ai and patient info??', 'AI and patient info - what is allowed?', 'copilot and patient info', 'can i put patient info into an AI tool', 'patient info and AI tools', 'the AI stuff and patient info.. what is allowed'];
    expect(asked.map((q) => `${q}: ${top(q)}`)).to.deep.equal(asked.map((q) => `${q}: patient-data-and-ai-tools`));
    // The paperwork is still the DPIA's.
    expect(top('what paperwork is needed before a new AI system goes live')).to.equal('hali-x-dpia');
    expect(top('who does the DPIA for an AI tool using patient info')).to.equal('hali-x-dpia');
  });

  it('answers a question framed with them as it answers the question alone (generated)', () => {
    const asked = ['what is a large language model', 'can I put patient information into an AI tool', 'what does autosomal recessive mean', 'what is Lynch syndrome', 'what is automation bias', 'does a new AI tool need a DPIA', 'what is a variant of uncertain significance', 'what is pharmacogenomics', 'ydy AI yn gallu bod yn rhagfarnllyd'];
    const frames = ['asking because {q}?', '{q}, although I may have it wrong', 'not sure whether {q}', '{q} - asking for ourselves', '{q}? I keep asking myself', '{q}, unless I have misunderstood', '{q}? the team themselves want to know', 'whether or not {q}, asking for yourselves'];
    const moved = asked.flatMap((q) => frames.map((f) => f.replace('{q}', q)).filter((v) => top(v) !== top(q)).map((v) => `${v}: ${top(v)} not ${top(q)}`));
    expect(moved).to.deep.equal([]);
  });

  it('drops the Welsh prepositions with a person in them ("ynddo", "drosto", "hebddo", "ohonom", "imi"), as it drops "arno" and "iddi"', () => {
    expect(subjectTerms('polisi AI: be sy ynddo fo, be sy drosto, be sy hebddo, rhai ohonom ni, dywedwch wrthyf, rhowch imi')).to.deep.equal(['polisi', 'ai', 'dywedwch', 'rhowch']);
    // "in it" is not a subject HALI lacks: the policy question is answered with the policy.
    expect(faculty.choose('polisi AI - be sy fod ynddo fo?').passages[0]?.id).to.equal('hali-x-safe-use-policy');
  });

  it('drops "did" and "that" as they are said in Welsh ("nath o", "naethon nhw", "bo ni\'n"), as it drops "wnaeth" and "bod"', () => {
    expect(subjectTerms("nath o sgwennu, naethon nhw ddeud, neith o weithio, bo ni'n poeni")).to.deep.equal(['sgwennu', 'ddeud', 'poeni']);
  });

  it('drops "I am" as said in the south ("wy\'n gwitho"), and weighs "gweddill" (the rest) and "llawdriniaeth" (an operation) as the everyday words they are', () => {
    expect(subjectTerms("wy'n gwitho yn y tîm")).to.deep.equal(['tim']);
    const weights = faculty.retriever.explain('gweddill y teulu ar ôl llawdriniaeth').terms;
    // An unlisted Welsh word weighs as a subject the content lacks (4.19 here); these weigh as their English meanings (2.51, 2.09).
    for (const word of ['gweddill', 'llawdriniaeth']) expect(weights.find((t) => t.term === word)?.w ?? 0, word).to.be.below(3);
  });

  it('drops "exactly", "in order to" and "things" as they are said in Welsh ("yn gwmws", "er mwyn", "pethe")', () => {
    expect(subjectTerms("beth yn gwmws yw LLM? er mwyn i fi ddeall. pethe fel Copilot, petha fel ChatGPT")).to.deep.equal(['llm', 'ddeall', 'copilot', 'chatgpt']);
    expect(faculty.choose("Ma un o'r ODPs yn gofyn beth yn gwmws yw'r LLM 'ma. Allwch chi egluro er mwyn i fi weud wrthi?").passages[0]?.id).to.be.oneOf(['what-is-an-llm', 'hali-llms-and-hallucination']);
  });
});
