import { expect } from 'chai';
import { realFaculty } from '../helpers/app';
import { clausesOf } from '../../bot/mentors/chat-clauses';
import { withoutReporter } from '../../bot/mentors/reported-question';
import { subjectTerms } from '../../bot/mentors/terms';
import { welshSingular } from '../../bot/mentors/welsh';
import { FEATURE_NAMES } from '../../bot/mentors/retrieval-features';

/**
 * Readings learned from the dev9 sets (test/fixtures/evaluation/dev9-<mentor>.json), each general: the phrasings do
 * not overturn a passage whose title is asked whole; apologies end a message as thanks do; parents pass questions on;
 * "hynna" is the north's "that"; "explaining" is no more a subject than "explain".
 */
describe('retrieval: readings learned from the dev9 sets', () => {
  const faculty = realFaculty();
  const answer = (q: string) => faculty.choose(q).passages[0]?.id;

  it('keeps the passage whose title is asked whole above one the phrasings prefer ("bias in AI", not "automation bias")', () => {
    for (const q of ['Where does bias in an AI system actually come from?', 'where does bias in AI come from', 'bias in an AI system - where from?']) expect(answer(q), q).to.equal('hali-x-bias-in-ai');
    // A title asked whole still loses to nothing when the phrasings agree with the words.
    expect(answer('what is automation bias')).to.equal('automation-bias');
    // An alert that never came is the lesson's error of omission ("treat a missing alert as no information"), since stop 56
    // moved "no alert" and "didn't flag" from the explainer, as the dev sets' writers expect; or the human-in-the-loop explainer,
    // which says it too ("treat a missing alert as no information, not as reassurance"), first since stop 61 counts "computer
    // says no" once.
    expect(answer('the computer says no alert so we assume the patient is fine')).to.be.oneOf(['automation-bias', 'hali-automation-bias', 'hali-x-human-in-the-loop']);
  });

  it('reads an apology typed on after the question as the end of the message, as thanks are', () => {
    const terms = (text: string) => clausesOf(text).map((c) => c.terms.join(' '));
    expect(terms('is chatgpt just predicting the next word sorry for the essay!')).to.deep.equal(['chatgpt predicting next word', 'sorry essay']);
    expect(terms('beth yw AI sori am y neges hir')).to.deep.equal(['ai', 'sori neges hir']);
    expect(answer('not sure who else to ask, so We had a really busy shift today. is chatgpt just predicting the next word sorry for the essay!')).to.equal('what-is-an-llm');
  });

  it('takes parents, partners and family passing a question on for who asked, not what is asked', () => {
    const asked = (text: string) => withoutReporter(text).replace(/\s+/g, ' ').trim();
    expect(asked("The parents keep asking what 'trio testing' means")).to.equal("what 'trio testing' means");
    expect(asked('my mum asked me whether AI can read her scans')).to.equal('AI can read her scans');
    expect(asked('my husband wants to know how ChatGPT works')).to.equal('how ChatGPT works');
  });

  it('reads the north Walian "hynna" as "that": no subject, and "ydi hynna\'n wir?" is the ask to check a claim', () => {
    for (const word of ['hynna', 'hwnna', 'honna']) expect(subjectTerms(word), word).to.deep.equal([]);
    expect(withoutReporter("Glywais i fod AI bob amser yn iawn. Ydi hynna'n wir?").replace(/\s+/g, ' ').trim()).to.equal('AI bob amser yn iawn. ?');
  });

  it('reads "explaining" and "explains" as it reads "explain": how the question is put, not explainability', () => {
    for (const word of ['explaining', 'explains']) expect(subjectTerms(word), word).to.deep.equal([]);
    expect(faculty.retriever.explain("I'm not sure I'm explaining it well. What is trio testing?").terms.map((t) => t.term)).not.to.include('explaining');
  });

  it('reads "info" as "information"', () => {
    expect(faculty.retriever.explain('can I put patient info in copilot').terms.find((t) => t.term === 'information')!.found).to.include('information');
  });
});

describe('retrieval: Welsh read as fairly as English', () => {
  const faculty = realFaculty();
  const answer = (q: string) => faculty.choose(q).passages[0]?.id;

  it('folds an agent noun\'s plural in -wyr to its singular, as English folds "carriers" to "carrier"', () => {
    expect(['cludwyr', 'ymchwilwyr', 'cyfieithwyr', 'gweithwyr'].map(welshSingular)).to.deep.equal(['cludydd', 'ymchwilydd', 'cyfieithydd', 'gweithiwr']);
  });

  it('answers a one-word Welsh question as its English twin is answered', () => {
    for (const [cy, en] of [['genynnau?', 'genes?'], ['beth yw rhithwelediad?', 'what is a hallucination?'], ['preifatrwydd?', 'privacy?']]) expect(answer(cy), cy).to.equal(answer(en)).and.to.not.equal(undefined);
  });

  // A known miss from stop 57 to 58: "cludydd?" and "beth yw cludydd?" were turned down (0.530 at a threshold of 0.551) where
  // "carrier?" was answered (0.575), and with dev19 learned (threshold 0.564 at first) "carrier?" and "what is a carrier?" were
  // turned down too, offering the BRCA testing explainer. A carrier is now read as inheritance as well as recessive (Gwen's
  // terms), which the inheritance lesson is about: all are answered with it, in both languages.
  it('answers what a carrier is with the inheritance lesson, in English and in Welsh', () => {
    for (const q of ['carrier?', 'what is a carrier?', 'cludydd?', 'beth yw cludydd?', 'what does it mean to be a carrier?', 'be ydi bod yn gludydd?']) {
      expect(answer(q), q).to.equal('gwen-inheritance-patterns');
    }
  });

  it('learns nothing from the language a question is written in: the decision model has no Welsh feature', () => {
    expect(FEATURE_NAMES as readonly string[]).to.not.include('welsh');
  });

  it('reads "byddwn i\'n ddiolchgar", "dim brys" and "I\'d be grateful" as the end of the message', () => {
    const terms = (text: string) => clausesOf(text).map((c) => c.terms.join(' '));
    expect(terms('beth yw pwrpas y prawf DPD byddwn i\'n ddiolchgar iawn')).to.deep.equal(['pwrpas prawf dpd', 'ddiolchgar']);
    expect(terms("what is a VUS I'd be really grateful")).to.deep.equal(['vus', 'grateful']);
    expect(answer("Soniodd un o'r meddygon am y peth yn y cyfarfod trosglwyddo. beth yw pwrpas y prawf DPD Byddwn i'n ddiolchgar iawn.")).to.equal('gwen-dpyd-testing');
  });
});

describe('retrieval: a question of talk only names nothing', () => {
  const faculty = realFaculty();
  const answer = (q: string) => faculty.choose(q).passages[0]?.id;

  it('abstains when every weighed word is talk, once the rest is read as the chat around it', () => {
    for (const q of ['my manager is adamant where is the car park - can you check?', 'my manager is adamant what time does the canteen close - can you check?']) expect(answer(q), q).to.equal(undefined);
  });

  it('reads words asked together as the content names them as the subject, though the tagger takes them for verbs', () => {
    const read = faculty.retriever.explain('quick one - what even is machine learning').terms;
    expect(read.filter((t) => t.term === 'machine' || t.term === 'learning').map((t) => t.talk)).to.deep.equal([false, false]);
    expect(answer('quick one - what even is machine learning')).to.be.oneOf(['what-is-ai', 'hali-what-is-ai']);
  });
});
