import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECISION_MODEL_FILE, DecisionModelError, loadDecisionModel } from '../../bot/mentors/decision-model';
import { createFaculty } from '../../bot/mentors/faculty';
import { loadMentors } from '../../bot/mentors/load';
import { FEATURE_NAMES } from '../../bot/mentors/retrieval-features';
import { chooseThreshold, fitLogistic, probability } from '../../scripts/decision-learn';
import { examples, modelJson, readingFaculty, trainDecisionModel } from '../../scripts/train-decision';
import { MENTORS_DIR, realFaculty } from '../helpers/app';
import { tempDir } from '../helpers/temp-dir';

/** Issue 17 (slice 17i): the offline mentor's answer-or-abstain model, learned from the evaluation sets. */
describe('the decision model (answer or abstain)', () => {
  const committed = readFileSync(DECISION_MODEL_FILE, 'utf8');

  it('is the model the evaluation sets give now: re-run `npm run train:decision` after changing content, ranker or sets', function () {
    this.timeout(120_000);
    expect(modelJson(trainDecisionModel()), 'mentors/decision-model.json is stale: run npm run train:decision').to.equal(committed);
  });

  it('holds up on a set it was not trained on (cross-set validation): no worse than now, and at most one out-of-scope answer a set', () => {
    type Figures = { rightShare: number; wrongTopic: number; outOfScopeAnswered: number };
    const cv = (JSON.parse(committed) as { training: { crossSetValidation: Record<string, Record<string, Figures>> } }).training.crossSetValidation;
    // Right shares reached now when each set is left out of training (tuned, held-out, blind; HALI then Gwen).
    // Since slice 17j (askedAs phrasings): held-out 87->94 and 94->97 right, blind 56->66 and 72->74, fewer blind
    // out-of-scope answers (2->1); the tuned set, left out, gives up a little (192->191, 186->182 of 199 and 192).
    // Since slice 17m (a learner's own role word is no longer read as a subject): the training questions that name a
    // role ("as a physio…", "I'm a pharmacist…") no longer carry a word no content has while being right, so a model
    // trained without the blind set is stricter with unknown words: blind HALI 66->60 (blind Gwen 73->75, tuned HALI
    // 195->193, held-out 93 and 96->97). The committed model, trained on every set, loses nothing (npm run bench -- evaluation).
    // Since slice 17o (spelling read as meant): held-out HALI 94->93 of 103 (0.903) with the tuned set 191->193/195.
    // Since claims are read without who made them (reported-question.ts): held-out Gwen 0.898 -> 0.889 (one question).
    // Since an expression is read in any form of its words (retrieval-index.ts) and the session's other readings: blind Gwen
    // 75 -> 73 of 84 (0.893 -> 0.869), blind HALI 61 -> 62, tuned Gwen 185 -> 186; the committed model's own figures moved
    // as little (npm run bench -- evaluation).
    const floors: Record<string, [number, number]> = { tuned: [0.955, 0.945], heldout: [0.9, 0.885], blind: [0.69, 0.865] };
    for (const [set, [hali, gwen]] of Object.entries(floors)) {
      const figures = Object.entries(cv).find(([name]) => name.startsWith(`${set} `))![1];
      expect(figures.hali.rightShare, `${set} hali`).to.be.at.least(hali);
      expect(figures.gwen.rightShare, `${set} gwen`).to.be.at.least(gwen);
      // One a set: since the explainers' everyday phrasings were doubled, the held-out set left out answers one too.
      expect(figures.hali.outOfScopeAnswered + figures.gwen.outOfScopeAnswered, set).to.be.at.most(1);
    }
  });

  describe('the loader', () => {
    const dir = tempDir('hali-decision-');
    const write = (name: string, text: string) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    const changed = (edit: (model: Record<string, unknown>) => void) => {
      const model = JSON.parse(committed) as Record<string, unknown>;
      edit(model);
      return write('model.json', JSON.stringify(model));
    };

    it('reads the committed model', () => {
      expect(loadDecisionModel().features).to.deep.equal([...FEATURE_NAMES]);
    });

    it('refuses a missing or broken file, naming it and the command that re-creates it', () => {
      expect(() => loadDecisionModel(join(dir, 'absent.json'))).to.throw(DecisionModelError, /absent\.json: cannot be read.*npm run train:decision/);
      expect(() => loadDecisionModel(write('broken.json', '{"features": ['))).to.throw(DecisionModelError, /broken\.json: is not valid JSON/);
    });

    it('refuses features the code does not compute, wrong lengths, non-numbers and a threshold outside 0..1', () => {
      expect(() => loadDecisionModel(changed((m) => (m.features = [...FEATURE_NAMES].reverse())))).to.throw(DecisionModelError, /"features" must be coverage, subjectCoverage/);
      expect(() => loadDecisionModel(changed((m) => (m.weights = [1, 2])))).to.throw(DecisionModelError, new RegExp(`"weights" must be ${FEATURE_NAMES.length} finite numbers`));
      expect(() => loadDecisionModel(changed((m) => ((m.means as unknown[])[0] = 'x')))).to.throw(DecisionModelError, /"means"/);
      expect(() => loadDecisionModel(changed((m) => ((m.scales as number[])[0] = 0)))).to.throw(DecisionModelError, /"scales" must all be above 0/);
      expect(() => loadDecisionModel(changed((m) => (m.threshold = 1.5)))).to.throw(DecisionModelError, /"threshold"/);
      expect(() => loadDecisionModel(changed((m) => delete m.bias))).to.throw(DecisionModelError, /"bias"/);
    });

    it('is read when the faculty is built, so a broken model stops start-up rather than the first question', () => {
      const mentors = loadMentors(MENTORS_DIR);
      expect(() => createFaculty(mentors, loadDecisionModel(write('empty.json', '{}')))).to.throw(DecisionModelError);
      expect(createFaculty(mentors).retriever.search('what is automation bias')[0]?.id).to.equal('automation-bias');
    });
  });

  describe('the learning', () => {
    it('fits the same weights from the same examples, and a larger probability to what looks like the right answers', () => {
      const rows = [[0.9], [0.8], [0.7], [0.3], [0.2], [0.1]];
      const outcomes = ['right', 'right', 'right', 'wrong', 'outOfScope', 'outOfScope'] as const;
      const a = fitLogistic(rows, [...outcomes]);
      expect(fitLogistic(rows, [...outcomes])).to.deep.equal(a);
      expect(a.weights[0]).to.be.above(0);
      expect(probability(a, [0.9])).to.be.above(probability(a, [0.1]));
    });

    it('sets the threshold above every out-of-scope question when it costs few right answers', () => {
      const cases = [
        { outcome: 'right' as const, forced: false, p: 0.9 },
        { outcome: 'right' as const, forced: false, p: 0.8 },
        { outcome: 'outOfScope' as const, forced: false, p: 0.7 },
        { outcome: 'right' as const, forced: false, p: 0.6 },
      ];
      const threshold = chooseThreshold(cases);
      expect(threshold).to.be.above(0.7).and.below(0.8);
    });

    it('counts nothing against a threshold for a question retrieval turns down whatever the model says', () => {
      // "the treatment for cystic fibrosis" asks an aspect its passage never covers: however likely the model finds its passage,
      // the mentor does not answer it, so keeping the threshold above it would only cost right answers.
      const cases = [
        { outcome: 'right' as const, forced: false, p: 0.9 },
        { outcome: 'right' as const, forced: false, p: 0.8 },
        { outcome: 'outOfScope' as const, forced: true, p: 0.7 },
        { outcome: 'right' as const, forced: false, p: 0.6 },
      ];
      expect(chooseThreshold(cases)).to.be.below(0.6);
      const all = examples(readingFaculty());
      const turnedDown = all.filter((e) => e.turnedDown);
      expect(turnedDown.length).to.be.above(10);
      expect(turnedDown.filter((e) => e.outcome === 'outOfScope').length / turnedDown.length).to.be.above(0.8);
    });
  });

  describe('on the questions of the issue', () => {
    const faculty = realFaculty();
    const top = (q: string) => faculty.choose(q).passages[0]?.id;

    it('answers with the subject asked, not the generic words around it', () => {
      expect(top("What does Lynch syndrome mean for my patient's family?")).to.equal('gwen-lynch-syndrome');
      expect(top('what does autosomal recessive mean')).to.equal('gwen-inheritance-patterns');
      expect(top('What do patients need to know before consenting to a genomic test')).to.equal('gwen-consent-for-genomic-testing');
      expect(['hali-x-evaluating-an-ai-tool', 'hali-evaluating-an-ai-tool']).to.include(top('how do I know if an AI tool is safe to use on my ward'));
      expect(top('what is the newborn heel prick test')).to.equal('gwen-x-newborn-bloodspot-screening');
    });

    it('abstains on questions out of scope, in English and Welsh', () => {
      for (const q of ['treatment for sickle cell crisis', 'tell me a joke', 'best diet for cholesterol', "Sut ydw i'n trin gwaedu ar ôl geni?", 'how do I book annual leave on ESR']) {
        expect(faculty.choose(q).passages, q).to.deep.equal([]);
      }
    });

    it('answers a Welsh question from its Welsh subject', () => {
      expect(top('Beth yw syndrom Lynch?')).to.equal('gwen-lynch-syndrome');
    });
  });
});
