import { expect } from 'chai';
import { answerProbability, committedDecisionModel } from '../../bot/mentors/decision-model';
import { featuresOf, type ReadQuestion } from '../../bot/mentors/retrieval-features';
import { isMutatedStopWord, subjectTerms, words } from '../../bot/mentors/terms';
import { isDecisionForOnePatient, isPatientSpecificRequest } from '../../bot/safety/patient-specific';
import { realFaculty } from '../helpers/app';

/** Issue 17 (slice 17e): answer unseen staff questions with the right explainer, or abstain honestly. */
describe('retrieval: chatty questions, close rivals and patient-specific requests', () => {
  const faculty = realFaculty();
  const top = (q: string) => faculty.retriever.search(q)[0]?.id;

  it('never answers with a runner-up that covers less of the question than the passage the model turned down (generated)', () => {
    // The rarest word asked ("recessive", however it is spelt) is in the inheritance passages, not in autosomal dominant's.
    const spelt = ['recessive', 'recesive', 'recessiv', 'reccessive', 'recesiv'];
    const frames = ['autosomal {r} chance of baby being afected', 'autosomal {r} - whats the chance of the baby being efected', 'autosomal {r} inheritance?'];
    const answered = spelt.flatMap((r) => frames.map((f) => f.replace('{r}', r))).map((q) => `${q}: ${top(q)}`);
    expect(answered.filter((a) => a.endsWith('gwen-autosomal-dominant'))).to.deep.equal([]);
  });

  describe('everyday filler in a long question', () => {
    it('finds the subject of a long, chatty question whose other words are everyday chat', () => {
      expect(top("Sorry to bother you, I've been on nights all week and I'm shattered, but what is automation bias when it's at home?")).to.equal('automation-bias');
      expect(top("Sorry, I have been run off my feet all morning and honestly I'm confused, so what is a DPIA for?")).to.equal('hali-x-dpia');
    });

    it('still abstains on a short question whose everyday word is its subject', () => {
      expect(faculty.retriever.search('what is a good diet for my cholesterol')).to.deep.equal([]);
      expect(faculty.retriever.search('tell me a funny joke')).to.deep.equal([]);
    });

    it('still abstains on a long question about something the content lacks', () => {
      expect(faculty.retriever.search('Sorry to bother you, we have been so busy all week, but how do I book annual leave on the rota system for next month?')).to.deep.equal([]);
    });
  });

  describe('a question left with only everyday words', () => {
    // Generated: each everyday errand in several phrasings, English and Welsh (the Welsh with the soft mutation after "i").
    const english = ['how do I {x}', 'can I {x}', 'quick question, can I {x}?', 'is it ok to {x}', 'where do I go to {x}', '{x}?'];
    const errands = ['work from home', 'apply for a new job', 'get some lunch', 'take a day off', 'change my hours', 'find a free room', 'call my manager', 'leave early today', 'go home early', 'get paid for extra hours', 'park my car', 'find the canteen', 'reset my password', 'swap a shift on the rota', 'book annual leave', 'get a new phone', 'pay for food'];
    const welsh = ['sut mae {x}', 'sut ydw i’n {x}', 'alla i {m}?', 'ydy hi’n iawn i {m}'];
    const negeseuon: [string, string][] = [
      ['gweithio o adref', 'weithio o adref'], ['gwneud cais am swydd newydd', 'wneud cais am swydd newydd'], ['cael cinio', 'gael cinio'],
      ['cael diwrnod i ffwrdd', 'gael diwrnod i ffwrdd'], ['newid fy oriau', 'newid fy oriau'], ['ffonio fy rheolwr', 'ffonio fy rheolwr'],
      ['mynd adref yn gynnar', 'fynd adref yn gynnar'], ['talu am fwyd', 'dalu am fwyd'], ['parcio’r car', 'barcio’r car'],
      ['newid fy nghyfrinair', 'newid fy nghyfrinair'], ['archebu gwyliau blynyddol', 'archebu gwyliau blynyddol'], ['cael ffôn newydd', 'gael ffôn newydd'],
    ];
    const outOfScope = [
      ...english.flatMap((t) => errands.map((x) => t.replace('{x}', x))),
      ...welsh.flatMap((t) => negeseuon.map(([radical, mutated]) => t.replace('{x}', radical).replace('{m}', mutated))),
    ];

    it('abstains on everyday errands (HR, rota, parking, IT, canteen) in English and Welsh, however they are phrased', () => {
      const answered = outOfScope.filter((q) => faculty.retriever.search(q).length > 0);
      expect(answered, answered.map((q) => `${q} → ${top(q)}`).join('\n')).to.deep.equal([]);
    });

    it('abstains when the one word left is everyday and found only in passing, by a typo reading, or in how a question is asked', () => {
      // "home" is only in "what's an LLM when it's at home"; "lunch" is one letter from "Lynch"; "cais" (request) is in a longer synonym.
      for (const q of ['can I work from home', 'what’s for lunch today', 'lunch?', 'sut dw i’n gwneud cais am swydd newydd']) expect(faculty.retriever.search(q), q).to.deep.equal([]);
    });

    it('offers such a question only explainers that have each of its naming words in what they are about', () => {
      // "stroke" is only in passing in the clopidogrel lesson, "lunch" only a typo reading of "Lynch".
      for (const q of ['what are the signs of a stroke', 'lunch?', 'what’s for lunch today']) expect(faculty.retriever.nearest(q), q).to.deep.equal([]);
      expect(faculty.retriever.nearest('safety?').map((p) => p.id)).to.include('hali-x-evaluating-an-ai-tool');
      expect(faculty.retriever.nearest('the computer said so, so...').map((p) => p.id)).to.include('automation-bias');
    });

    it('says whose field a question is in by the best passage, however unlikely it is to be what was meant', () => {
      // The faculty sends a decision about one patient to that mentor's deflection (faculty.ts), with no passage answering it.
      const fields = {
        'Does Mrs [name removed] on ward 7 need a BRCA test?': 'gwen',
        'Ydy [name removed] ar ward 7 angen prawf BRCA?': 'gwen',
        'shall I give my patient the statin the cascade test found?': 'gwen',
        'can I paste bed 4’s notes into ChatGPT to write the discharge letter?': 'hali',
        'a ddylwn i ddefnyddio’r ap AI i benderfynu ar driniaeth y claf yn gwely 3?': 'hali',
      };
      for (const [q, field] of Object.entries(fields)) expect(faculty.retriever.fieldOf(q), q).to.equal(field);
      expect(faculty.retriever.fieldOf('zzqx plover?')).to.equal(undefined);
    });

    it('still answers short questions whose one word names a passage, everyday or not, in English and Welsh', () => {
      const short = ['AI?', 'VUS?', 'consent?', 'hallucinations', 'bias?', 'data?', 'privacy?', 'cancer?', 'genes?', 'screening?', 'carrier?', 'prompts?', 'LLM?', 'scribes?', 'DNA?', 'BRCA?', 'Lynch?', 'pharmacogenomics?', 'confidentiality?', 'accountability?', 'what is AI', 'explain consent', 'the black box problem'];
      const byr = ['cludydd?', 'deallusrwydd artiffisial?', 'caniatâd?', 'rhagfarn?', 'canser?', 'genynnau?', 'sgrinio?', 'rhithwelediadau?', 'preifatrwydd?', 'cyfrinachedd?', 'etifeddiad?'];
      const unanswered = [...short, ...byr].filter((q) => faculty.retriever.search(q).length === 0);
      expect(unanswered).to.deep.equal([]);
      expect([top('AI?'), top('VUS?'), top('hallucinations'), top('data?')]).to.deep.equal(['what-is-ai', 'gwen-variant-classification-vus', 'hallucination', 'hali-patient-data-and-ai']);
    });
  });

  describe('Welsh stop words after a mutation', () => {
    it('drops "pham" (pam) and "phryd" (pryd) as it drops the words themselves', () => {
      expect(isMutatedStopWord('pham')).to.equal(true);
      expect(isMutatedStopWord('phryd')).to.equal(true);
      expect(subjectTerms('Beth yw syndrom Lynch a pham mae’n bwysig?')).to.not.include('pham');
    });

    it('keeps English words that only look mutated ("brain", "draw") and Welsh words that are subjects', () => {
      for (const word of ['brain', 'draw', 'bias', 'theatre', 'ngenynnau']) expect(isMutatedStopWord(word), word).to.equal(false);
    });

    it('keeps Welsh words that look like a mutated stop word but are words of their own ("naw" is nine, not "daw" after a nasal mutation)', () => {
      // naw (nine) ~ daw (comes), nes (until) ~ des (came), del (pretty) ~ "tel" (an English stop word: English never mutates),
      // hyna ~ yna, hof ~ "of", mut ~ "but", han ~ "an", hac ~ ac, heu ~ eu, hmi ~ mi.
      for (const word of ['naw', 'nes', 'del', 'hyna', 'hof', 'mut', 'han', 'hac', 'heu', 'hmi']) expect(isMutatedStopWord(word), word).to.equal(false);
      expect(subjectTerms('Beth yw’r naw cyflwr yn y prawf pigo sawdl?')).to.include('naw');
      expect(subjectTerms('Pam naw diwrnod?')).to.include('naw');
    });

    it('still drops real mutations of Welsh stop words the list does not spell out', () => {
      // a pham (pam), a phryd (pryd), i bwy (pwy), a phwy, a phob (pob), a chyn (cyn), a thros (dros)
      for (const word of ['pham', 'phryd', 'bwy', 'phwy', 'phob', 'chyn']) expect(isMutatedStopWord(word), word).to.equal(true);
      // and the mutated stop words the Welsh dictionary also lists ("fy mod i", "i fewn", "byth" as "fyth")
      const terms = subjectTerms('Ydy hi’n iawn fy mod i’n rhoi’r data i fewn i’r ap, neu fyth?');
      expect(terms).to.include.members(['data', 'ap']);
      for (const word of ['mod', 'fewn', 'fyth']) expect(terms).to.not.include(word);
    });

    it('answers a Welsh question with "a pham" from its subject, not from the mutated "pam"', () => {
      expect(['gwen-lynch-syndrome', 'gwen-cancer-genomics']).to.include(top('Beth yw syndrom Lynch a pham mae’n bwysig i’r teulu?'));
    });
  });

  describe('the Welsh "gen i" (I have)', () => {
    it('reads "gen" before a person as the Welsh stop word, and still as "genetic" shorthand in English', () => {
      for (const q of ['Mae gen i gwestiwn am ddeallusrwydd artiffisial', 'Oes gen ti amser i esbonio rhagfarn?', 'Does gen i ddim syniad beth yw LLM', 'Mae gen ni glaf sydd eisiau gwybod am AI', 'Oes gennych chi neu gen nhw gwestiwn?']) {
        expect(subjectTerms(q), q).to.not.include('genetic');
      }
      expect(subjectTerms('gen testing for cancer?')).to.include('genetic');
      expect(top('Mae gen i gwestiwn: beth yw deallusrwydd artiffisial?')).to.equal('what-is-ai');
    });
  });

  describe('Welsh clitics', () => {
    it('splits "\'r", "\'n" and "\'w" off the word they lean on, so "defnyddio\'r ap" reads "defnyddio" and "ap"', () => {
      // ("cyn" and "newydd" are stop words, as "before" and "new" are: the words as read keep them.)
      expect(words('cyn defnyddio’r ap newydd')).to.include.members(['cyn', 'defnyddio', 'ap', 'newydd']);
      expect(subjectTerms('cyn defnyddio’r ap newydd')).to.not.include('defnyddior');
      expect(subjectTerms("rwy'n poeni am y babi")).to.not.include('rwyn');
    });

    it('leaves English contractions and possessives as they were', () => {
      expect(subjectTerms("the AI's answer isn't right")).to.deep.equal(['ai', 'answer']);
    });
  });

  describe('text-speak', () => {
    it('reads "b4" as "before", a word that says nothing of the subject', () => {
      expect(subjectTerms('check it b4 u send it')).to.deep.equal(['check', 'send']);
    });
  });

  describe('a close rival on another topic (the committed decision model)', () => {
    const question: ReadQuestion = { terms: [{ w: 1, found: ['x'] }, { w: 1, found: ['y'] }], chatty: false, unknownScale: 2, words: ['x', 'y', 'x_y'] };
    const passage = (topic: string, score: number) => ({ doc: { topic }, score, coverage: 0.5, subjectCoverage: 0.5, answers: [0.5, 0.5], named: true, precision: 0.5, pairs: 0 });
    const p = (candidates: ReturnType<typeof passage>[]) => answerProbability(committedDecisionModel(), featuresOf(question, candidates), question.words);

    it('is less sure of the best passage when one on another topic scores nearly as well', () => {
      expect(p([passage('hali/hallucination', 3), passage('gwen/referral', 2.9)])).to.be.below(p([passage('hali/hallucination', 3), passage('gwen/referral', 1)]));
    });

    it('takes a runner-up on the same topic as a related answer, not a rival', () => {
      const sameTopic = p([passage('hali/hallucination', 3), passage('hali/hallucination', 2.99), passage('gwen/referral', 1)]);
      expect(sameTopic).to.equal(p([passage('hali/hallucination', 3), passage('gwen/referral', 1)]));
    });
  });

  describe('a decision about one patient', () => {
    it('gets no content, so the mentor gives the patient-specific deflection alone', () => {
      for (const question of ['the AI flagged my patient in bed 6 as low risk, should I stop her antibiotics?', 'should I refer Mrs Evans for BRCA testing, her sister had ovarian cancer?']) {
        expect(isPatientSpecificRequest(question), question).to.equal(true);
        expect(faculty.choose(question).passages, question).to.deep.equal([]);
      }
    });

    it('still answers a general question that mentions "a patient"', () => {
      const question = 'how do I refer a patient to the genetics service';
      expect(isPatientSpecificRequest(question)).to.equal(true);
      expect(isDecisionForOnePatient(question)).to.equal(false);
      expect(faculty.choose(question).passages[0]?.id).to.equal('gwen-x-when-to-refer');
    });
  });
});
