import { expect } from 'chai';
import { expectKept } from '../helpers/variants';
import { realFaculty } from '../helpers/app';
import { evaluationSet, MENTOR_IDS } from '../helpers/evaluation';
import { CLAIMED, claimVariants, ON_BEHALF, onBehalfVariants } from '../helpers/on-behalf';
import { withoutReporter } from '../../bot/mentors/reported-question';

/**
 * Questions passed on from someone else. Before bot/mentors/reported-question.ts, seed 7: 81.6% English and 79.5%
 * Welsh got the answer asked directly, the rest nearly all abstaining ("student", "HCAs", "mentee" read as a subject
 * the mentor lacks). With it: 99.1% and 98.7%; the three Welsh misses are "roedd fy nghlaf yn holi pryd ddylwn i
 * atgyfeirio...", a question about one patient, which is deflected.
 */
describe('a question asked on someone else\'s behalf gets the answer it gets asked directly', function () {
  // Hundreds of generated questions read through the whole retriever: seconds on a busy machine (it timed out in CI at 10 s).
  this.timeout(60_000);
  const faculty = realFaculty();
  const answer = (text: string) => faculty.choose(text).passages[0]?.id;

  for (const seed of [7, 11]) {
    it(`answers ~470 generated questions (seed ${seed}) as asked directly: at least 97% in each language, under 2% another topic`, () => {
      const results = onBehalfVariants(faculty, { seed });
      expect(results.length).to.be.above(400);
      expectKept(results, 0.97, 0.02, 'directly');
    });
  }

  it('still abstains on an out-of-scope question passed on', () => {
    const questions = MENTOR_IDS.flatMap((m) => (['tuned', 'heldout', 'blind'] as const).flatMap((set) => evaluationSet(m, set)))
      .filter((q) => q.expected === 'abstain' && answer(q.question) === undefined);
    const passedOn = questions.flatMap((q) => ON_BEHALF[q.language].map((wrap) => wrap(q.question)));
    expect(passedOn.length).to.be.above(300);
    const answered = passedOn.filter((message) => answer(message) !== undefined);
    expect(answered.length / passedOn.length, answered.join('\n')).to.be.below(0.02);
  });

  it('takes out only who asked: the question, a role asked about, and "asked" in a question stay', () => {
    expect(withoutReporter('my student asked me how ChatGPT works').trim()).to.equal('how ChatGPT works');
    expect(withoutReporter('mae’r teulu eisiau gwybod beth yw Lynch').trim()).to.equal('beth yw Lynch');
    for (const question of ['what should a nurse ask before using an AI scribe?', 'the patient asked for a genetic test, who can order it?', 'can AI do what a radiologist does?', 'a ofynnodd y claf am brawf?']) {
      expect(withoutReporter(question), question).to.satisfy((rest: string) => rest.includes('ask') || rest.includes('radiologist') || rest.includes('ofynnodd'));
    }
  });
});

/**
 * A claim heard from someone and brought to be checked. Before the claim frames of bot/mentors/reported-question.ts,
 * seeds 3 and 8: 88.0-91.5% English and 80.3-82.1% Welsh got the answer asked directly, with 2-4 on another topic
 * ("true", "fact" and "myth" read as subjects). With them: 94.0-96.2% English and 91.9-94.9% Welsh, at most one on another topic; the
 * misses are the frames worded apart from the reader's lists ("my manager is adamant", "heard on the grapevine",
 * "mae'r cofrestrydd yn taeru"), which abstain rather than guess.
 */
describe('a claim brought to be checked gets the answer its subject gets asked directly', function () {
  // Hundreds of generated questions read through the whole retriever: seconds on a busy machine.
  this.timeout(60_000);
  const faculty = realFaculty();
  const answer = (text: string) => faculty.choose(text).passages[0]?.id;

  for (const seed of [3, 8]) {
    it(`answers ~470 generated claims (seed ${seed}) as asked directly: at least 90% in each language, under 1% another topic`, () => {
      const results = claimVariants(faculty, { seed });
      expect(results.length).to.be.above(400);
      expectKept(results, 0.9, 0.01, 'directly');
    });
  }

  it('checks the claims staff bring, in English and Welsh', () => {
    const claims: [string, string][] = [
      ['a physio on my team thinks ChatGPT looks things up on the internet', 'what-is-an-llm'],
      ['my colleague reckons a VUS means the patient has the condition - is that true?', 'gwen-variant-classification-vus'],
      ['someone told me AI is always right, true or false?', 'automation-bias'],
      ['I read that AI scribes are approved in Wales, is that right', 'ai-scribes-in-wales'],
      ['my colleague said the AI is biased against darker skin, is that true', 'hali-x-bias-in-ai'],
      ['apparently FH is rare', 'gwen-familial-hypercholesterolaemia'],
      ['clywais i fod VUS yn golygu bod gennych y cyflwr, ydy hynny’n wir?', 'gwen-variant-classification-vus'],
      ['mae fy nghydweithiwr yn meddwl bod ChatGPT yn chwilio’r we', 'what-is-an-llm'],
    ];
    for (const [claim, id] of claims) expect(answer(claim), claim).to.equal(id);
  });

  it('still abstains on an out-of-scope question brought as a claim', () => {
    const questions = MENTOR_IDS.flatMap((m) => (['tuned', 'heldout', 'blind'] as const).flatMap((set) => evaluationSet(m, set)))
      .filter((q) => q.expected === 'abstain' && answer(q.question) === undefined);
    const claimed = questions.flatMap((q) => CLAIMED[q.language].map((wrap) => wrap(q.question.replace(/\?+$/, ''))));
    expect(claimed.length).to.be.above(300);
    const answered = claimed.filter((message) => answer(message) !== undefined);
    expect(answered.length / claimed.length, answered.join('\n')).to.be.below(0.02);
  });

  it('takes out who said it and the ask to check it, and leaves the claim', () => {
    const claim = (text: string) => withoutReporter(text).replace(/\s+/g, ' ').trim();
    expect(claim('my colleague reckons AI is always right - is that true?')).to.equal('AI is always right - ?');
    expect(claim('the reg swears ChatGPT checks its facts')).to.equal('ChatGPT checks its facts');
    expect(claim('dywedodd rhywun wrtha i fod AI bob amser yn gywir - ydy hynny’n wir?')).to.equal('AI bob amser yn gywir - ?');
    // Family and friends bring claims home too.
    expect(claim("my other half keeps saying ChatGPT is intelligent")).to.equal('ChatGPT is intelligent');
    expect(claim('my sister reckons genetic tests tell you everything')).to.equal('genetic tests tell you everything');
    // The ask to check it, however put: "is that so?", "surely that's not right?", "that can't be true", a leading "heard that".
    expect(claim('my colleague says a VUS means you definitely have a higher cancer risk. Is that so?')).to.equal('a VUS means you definitely have a higher cancer risk. ?');
    expect(claim("AI scribes never make mistakes. Surely that's not right?")).to.equal('AI scribes never make mistakes. ?');
    expect(claim("the AI is never wrong - that can't be true")).to.equal('the AI is never wrong -');
    expect(claim("Heard that if there's no family history then it can't be genetic")).to.equal("if there's no family history then it can't be genetic");
    for (const question of ['is it so that AI learns from my chats?', 'how can that be right', 'I heard a talk on genomics, what is WGS?']) expect(claim(question), question).to.equal(question);
    // What a person says as the subject, or "true" and "right" as what is asked, stay.
    for (const question of ['what did NICE say about CYP2C19 testing?', 'is the AI right more often than a doctor?', 'what is the right way to consent for a genomic test']) {
      expect(claim(question), question).to.equal(question);
    }
  });
});
