import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEARNED_PHRASINGS_FILE, LearnedPhrasingsError, loadLearnedPhrasings, type LearnedPhrasings } from '../../bot/mentors/learned-phrasings';
import { createRetriever } from '../../bot/mentors/retrieval';
import { key, phrasingsJson, trainLearnedPhrasings } from '../../scripts/train-phrasings';
import { realFaculty } from '../helpers/app';
import { evaluationSet, expectedFor, MENTOR_IDS, UNSEEN_SETS, type EvaluationSetName } from '../helpers/evaluation';
import { tempDir } from '../helpers/temp-dir';

/**
 * How staff asked for each passage (mentors/learned-phrasings.ts), read by the phrasing classifier beside the content's own
 * phrasings. Measured when it was added (2026-12-03): across the unseen sets, never learned from, 2,756 -> 2,759 right of
 * 3,144 (wrong topics 149 -> 146, out of scope answered 23 as before, Welsh 721 -> 720).
 */
describe('learned phrasings (how staff asked for each passage)', function () {
  this.timeout(120_000);
  const committed = readFileSync(LEARNED_PHRASINGS_FILE, 'utf8');
  const learned = JSON.parse(committed) as LearnedPhrasings;
  const faculty = realFaculty();

  it('are what the evaluation sets give now: re-run `npm run train:phrasings` after changing them or the content ids', () => {
    expect(phrasingsJson(trainLearnedPhrasings()), 'mentors/learned-phrasings.json is stale: run npm run train:phrasings').to.equal(committed);
  });

  it('hold no question of the unseen sets (blind3 to blind24) or the blind set, no out-of-scope question, and only passages that exist', () => {
    const unseen = new Set([...UNSEEN_SETS, 'blind' as const].flatMap((set) => MENTOR_IDS.flatMap((m) => evaluationSet(m, set).map((q) => key(q.question)))));
    const texts = Object.values(learned.phrasings).flat();
    expect(texts.length).to.be.above(1500);
    expect(texts.filter((t) => unseen.has(key(t)))).to.deep.equal([]);
    const ids = new Set(faculty.mentors.flatMap((m) => [...m.explainers, ...m.lessons].map((p) => p.id)));
    expect(Object.keys(learned.phrasings).filter((id) => !ids.has(id))).to.deep.equal([]);
    const outOfScope = new Set(['tuned', 'heldout', 'blind', 'dev16'].flatMap((set) => MENTOR_IDS.flatMap((m) => evaluationSet(m, set as EvaluationSetName).filter((q) => q.expected === 'abstain').map((q) => key(q.question)))));
    expect(texts.filter((t) => outOfScope.has(key(t)))).to.deep.equal([]);
    // Welsh as well as English: a Welsh question learns the Welsh phrasings.
    expect(texts.filter((t) => /\b(?:beth|sut|pam|ydy|oes|mae)\b/i.test(t)).length).to.be.above(250);
  });

  it('order a set never learned from no worse than the content alone does (each of five sets left out in turn)', () => {
    const mentors = faculty.mentors;
    let alone = 0;
    let withOthers = 0;
    for (const held of ['blind', 'dev13', 'dev14', 'dev15', 'dev16'] as const) {
      const questions = MENTOR_IDS.flatMap((m) => evaluationSet(m, held)).filter((q) => q.expected !== 'abstain');
      const heldOut = new Set(questions.map((q) => key(q.question)));
      const others: LearnedPhrasings = { about: '', phrasings: Object.fromEntries(Object.entries(learned.phrasings).map(([id, texts]) => [id, texts.filter((t) => !heldOut.has(key(t)))])) };
      const first = (retriever: ReturnType<typeof createRetriever>) => questions.filter((q) => expectedFor(faculty, q).includes(retriever.explain(q.question).ranked[0] ?? '')).length;
      alone += first(createRetriever(mentors, undefined, { learned: { about: '', phrasings: {} } }));
      withOthers += first(createRetriever(mentors, undefined, { learned: others }));
    }
    // On 2026-12-03: 778 -> 783 of 836 with the right passage first.
    expect(withOthers, `${alone} with the content's phrasings alone`).to.be.at.least(alone);
  });

  it('leave out a passage these mentors do not have (a removed explainer, or another deployment\'s content)', () => {
    // HALI alone: Gwen's passages, and one nobody has, are in the phrasings but not in the content.
    const hali = faculty.mentors.filter((m) => m.id === 'hali');
    const retriever = createRetriever(hali, undefined, { learned: { about: '', phrasings: { 'no-such-passage': ['why does the chatbot make things up'], ...learned.phrasings } } });
    expect(retriever.search('why does the chatbot make things up').map((p) => p.id)[0]).to.be.oneOf(['hallucination', 'hali-llms-and-hallucination']);
    expect(retriever.nearest('what is a VUS').map((p) => p.mentorId)).to.not.include('gwen');
  });

  describe('the loader', () => {
    const dir = tempDir('hali-phrasings-');
    const write = (name: string, text: string) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    };

    it('reads the committed file', () => {
      expect(Object.keys(loadLearnedPhrasings().phrasings).length).to.be.above(40);
    });

    for (const [name, text, problem] of [
      ['missing.json', undefined, 'cannot be read'],
      ['not-json.json', '{"about": ', 'is not valid JSON'],
      ['array.json', '[]', 'is not a JSON object'],
      ['no-about.json', '{"phrasings": {}}', '"about" must be a text'],
      ['list.json', '{"about": "x", "phrasings": []}', '"phrasings" must be an object'],
      ['empty-text.json', '{"about": "x", "phrasings": {"hallucination": ["  "]}}', 'must be a list of non-empty texts'],
      ['number.json', '{"about": "x", "phrasings": {"hallucination": [3]}}', 'must be a list of non-empty texts'],
    ] as const) {
      it(`refuses a file that ${problem}, naming it and the command that re-creates it`, () => {
        const file = text === undefined ? join(dir, name) : write(name, text);
        expect(() => loadLearnedPhrasings(file))
          .to.throw(LearnedPhrasingsError, problem)
          .and.satisfy((e: Error) => e.message.includes(file) && e.message.includes('npm run train:phrasings'));
      });
    }
  });
});
