import { expect } from 'chai';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allCases } from '../../bot/cases/choose';
import { assertsAny, matchConcepts, mentionsAny, normalise } from '../../bot/cases/match';
import { isEnglishWord } from '../../bot/mentors/terms';
import { judgeReply, replyCoverageGaps, replyProblem, stageReplies } from '../../bot/cases/replies';
import { checkContent } from '../../scripts/content-check';
import { MENTORS_DIR, realFaculty } from '../helpers/app';
import { tempDir } from '../helpers/temp-dir';

const faculty = realFaculty();

describe('cases: every authored reply of every stage (mentors/*/cases.json "replies")', () => {
  for (const { study } of allCases(faculty.mentors)) {
    for (const stage of study.stages) {
      describe(`${study.id} / ${stage.id}`, () => {
        it('covers every concept in both languages and every misconception both ways', () => {
          expect(replyCoverageGaps(stage)).to.deep.equal([]);
        });
        for (const { kind, reply } of stageReplies(stage)) {
          it(`${kind} (${reply.lang}): "${reply.text}"`, () => {
            expect(replyProblem(stage, kind, reply)).to.equal(undefined);
          });
        }
      });
    }
  }
});

describe('cases: negation-aware misconceptions', () => {
  const gwen = faculty.named('Gwen')!;
  const stage = (id: string) => gwen.cases.flatMap((c) => c.stages).find((s) => s.id === id)!;

  it('credits a right answer the reviewer found corrected, in English and Welsh', () => {
    const eligibility = stage('gwen-case-fbc-eligibility');
    expect(judgeReply(eligibility, 'a negative test doesn’t rule it out')).to.deep.equal({ concepts: ['uninformative-negative'], misconceptions: [] });
    expect(judgeReply(eligibility, 'Nid yw canlyniad negyddol yn diystyru’r risg').misconceptions).to.deep.equal([]);
    expect(judgeReply(stage('gwen-case-fbc-result-family'), 'Not only women: her brother may carry it').misconceptions).to.deep.equal([]);
  });

  it('gives no credit for a bare gene name or the word "threshold"', () => {
    const eligibility = stage('gwen-case-fbc-eligibility');
    for (const reply of ['BRCA1', 'BRCA2', 'threshold', 'trothwy']) expect(judgeReply(eligibility, reply).concepts, reply).to.deep.equal([]);
  });

  it('reads negation in the same clause only, and Welsh "ni" and "dim ond" as the words they are', () => {
    const said = (text: string, phrase: string) => assertsAny(normalise(text), [phrase]);
    expect(said('test her first', 'test her first')).to.equal(true);
    expect(said("we shouldn't test her first", 'test her first')).to.equal(false);
    expect(said('we dont test her first', 'test her first')).to.equal(false);
    expect(said('rather than test her first, test her mother', 'test her first')).to.equal(false);
    expect(said('no, test her first', 'test her first')).to.equal(true);
    expect(said('not the mother but test her first', 'test her first')).to.equal(true);
    expect(said('Gadewch i ni ei phrofi hi yn gyntaf', 'ei phrofi hi yn gyntaf')).to.equal(true);
    expect(said('Ni ddylid ei phrofi hi yn gyntaf', 'ei phrofi hi yn gyntaf')).to.equal(false);
    expect(said('Dim ond ei phrofi hi yn gyntaf', 'ei phrofi hi yn gyntaf')).to.equal(true);
    expect(said('Does dim angen ei phrofi hi yn gyntaf', 'ei phrofi hi yn gyntaf')).to.equal(false);
    expect(said('Nid yw prawf negyddol yn diystyru', 'yn diystyru')).to.equal(false);
    expect(said('not now. A negative result rules it out', 'a negative result rules it out')).to.equal(true);
  });
});

describe('content:check on case replies', () => {
  function withCases(edit: (cases: any[]) => void): string {
    const dir = tempDir('hali-cases-');
    cpSync(MENTORS_DIR, dir, { recursive: true });
    const file = join(dir, 'gwen', 'cases.json');
    const cases = JSON.parse(readFileSync(file, 'utf8'));
    edit(cases);
    writeFileSync(file, JSON.stringify(cases));
    return checkContent(dir).errors.join('\n');
  }
  const stageOf = (cases: any[], id: string) => cases.flatMap((c: any) => c.stages).find((s: any) => s.id === id);

  it('fails on a reply the matcher mishandles, naming the stage, the reply and what went wrong', () => {
    const errors = withCases((cases) => stageOf(cases, 'gwen-case-fbc-eligibility').replies.mustCredit.push({ lang: 'en', text: 'no idea', concepts: ['ten-percent'] }));
    expect(errors).to.include('stage gwen-case-fbc-eligibility: field "replies.mustCredit" has "no idea" earns no credit for ten-percent');
  });

  it('fails on a concept or misconception left untested, and on a reply naming an unknown id', () => {
    const errors = withCases((cases) => {
      const stage = stageOf(cases, 'gwen-case-cyp-testing');
      stage.replies.mustNotCredit = stage.replies.mustNotCredit.filter((r: any) => r.lang !== 'cy');
      stage.replies.mustCredit.push({ lang: 'en', text: 'lab test', concepts: ['lab-test'] });
      stage.replies.mustTrigger.push({ lang: 'fr', text: 'attendre le résultat', misconceptions: ['wait-for-result'] });
    });
    expect(errors).to.include('misconception "wait-for-result" has no negated "cy" reply in replies.mustNotCredit');
    expect(errors).to.include('names "lab-test", which is not one of this stage\'s concepts');
    expect(errors).to.include('field "replies.mustTrigger[2].lang" must be "en" or "cy"');
  });

  it('fails on a bare gene name as a concept phrase, and on a misconception phrase inside a concept phrase', () => {
    const errors = withCases((cases) => {
      const stage = stageOf(cases, 'gwen-case-fbc-eligibility');
      stage.concepts[0].synonyms.push('BRCA2');
      stage.concepts[2].synonyms.push('ddim yn diystyru’r risg');
    });
    expect(errors).to.include('field "concepts.ten-percent.synonyms" has the bare gene name "BRCA2"');
    expect(errors).to.include('concept "uninformative-negative" phrase "ddim yn diystyru’r risg" contains a phrase of misconception "test-her-first"');
  });
});

describe('cases: Welsh mutations of a synonym are forgiven, English look-alikes are not', () => {
  const gwen = faculty.named('Gwen')!;
  const MUTATE: [RegExp, string[]][] = [[/^c(?!h)/, ['g', 'ngh', 'ch']], [/^p(?!h)/, ['b', 'mh', 'ph']], [/^t(?!h)/, ['d', 'nh', 'th']], [/^b/, ['f', 'm']], [/^m/, ['f']], [/^d(?!d)/, ['dd', 'n']]];
  // Welsh synonyms: those written in the concept's own Welsh label or probe, four letters or more.
  const welsh = gwen.cases.flatMap((c) => c.stages).flatMap((stage) =>
    stage.concepts.flatMap((concept) => {
      const cy = normalise(`${concept.label.cy} ${concept.probe?.cy ?? ''}`);
      return concept.synonyms.filter((w) => w.length >= 4 && /^[a-z]/.test(normalise(w)) && cy.includes(normalise(w))).map((synonym) => ({ stage, concept, synonym }));
    }),
  );

  it('finds Welsh synonyms to test', () => expect(welsh.length).to.be.greaterThan(20));

  it('credits a concept whose Welsh synonym is written with a soft, nasal or aspirate mutation', () => {
    let tried = 0;
    for (const { stage, concept, synonym } of welsh) {
      const [first, ...rest] = normalise(synonym).split(' ');
      for (const [initial, replacements] of MUTATE) {
        if (!initial.test(first)) continue;
        for (const to of replacements) {
          const mutated = [first.replace(initial, to), ...rest].join(' ');
          if (isEnglishWord(mutated.split(' ')[0])) continue;
          tried++;
          const found = matchConcepts(stage, `Rwy’n meddwl am ${mutated}.`).map((c) => c.id);
          expect(found, `${synonym} → ${mutated}`).to.include(concept.id);
        }
      }
    }
    expect(tried).to.be.greaterThan(20);
  });

  it('forgives "i bawb" and "i bob claf" as it does "pawb" and "pob claf"', () => {
    expect(mentionsAny(normalise('Dylid cynnig y prawf i bawb'), ['pawb'])).to.equal(true);
    expect(mentionsAny(normalise('i bob claf â chanser'), ['pob claf'])).to.equal(true);
    expect(mentionsAny(normalise('yn ei nghanser hi'), ['canser'])).to.equal(true);
  });

  it('never takes an English word for a mutated one: "nose" is not "dose", "met" not "bet", "gut" not "cut", "old" not "gold"', () => {
    expect(mentionsAny(normalise('her nose was fine'), ['dose'])).to.equal(false);
    expect(mentionsAny(normalise('we met the family'), ['bet'])).to.equal(false);
    expect(mentionsAny(normalise('a gut feeling'), ['cut'])).to.equal(false);
    expect(mentionsAny(normalise('an old result'), ['gold standard', 'gold'])).to.equal(false);
    expect(mentionsAny(normalise('more testing'), ['bore'])).to.equal(false);
  });
});
