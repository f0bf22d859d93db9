import { expect } from 'chai';
import { allCases, chooseCase, parseCaseCommand } from '../../bot/cases/choose';
import { creditCase, suggestedLessons } from '../../bot/learning/case-credit';
import { facilitate } from '../../bot/cases/feedback';
import { caseRequest, matchConcepts, matchMisconceptions, mentionsAny, normalise } from '../../bot/cases/match';
import { addContribution, MAX_CONTRIBUTION_CHARS, MAX_CONTRIBUTIONS_KEPT } from '../../bot/cases/participant';
import { finish, recordContribution, reveal, startThread } from '../../bot/cases/thread';
import { translator } from '../../bot/i18n';
import { newLearner } from '../../bot/learning/learner';
import { realFaculty } from '../helpers/app';

const faculty = realFaculty();
const gwen = faculty.named('Gwen')!;
const byId = (id: string) => gwen.cases.find((c) => c.id === id)!;
const lynch = byId('gwen-case-lynch-syndrome');
const cyp = byId('gwen-case-cyp2c19-clopidogrel');
const at = new Date('2026-11-27T09:00:00Z');
const en = translator('en');
const cy = translator('cy');

describe('cases: concept matching', () => {
  it('matches whole words only, ignoring case, accents, curly apostrophes and dashes', () => {
    expect(mentionsAny(normalise('We should ask the MEN in the family'), ['men'])).to.equal(true);
    expect(mentionsAny(normalise('as I mentioned before'), ['men'])).to.equal(false);
    expect(mentionsAny(normalise('Roedd caniatad yn bwysig'), ['caniatâd'])).to.equal(true);
    expect(mentionsAny(normalise('her father’s side'), ["father's side"])).to.equal(true);
    expect(mentionsAny(normalise('a three–generation tree'), ['three-generation'])).to.equal(true);
    expect(mentionsAny(normalise('a chance of 10% or more'), ['10%'])).to.equal(true);
    expect(mentionsAny(normalise('a chance of 100%'), ['10%'])).to.equal(false);
  });

  it('finds the stage concepts a reply names, in English and in Welsh', () => {
    const stage = lynch.stages[0];
    expect(matchConcepts(stage, 'Universal testing: IHC on the tumour sample').map((c) => c.id)).to.deep.equal(['everyone', 'ihc']);
    // "i bawb" is "pawb" (everyone) after "i": a mutated form is the same word.
    expect(matchConcepts(stage, 'Dylid cynnig profion i bawb, a chwilio am syndrom Lynch').map((c) => c.id)).to.deep.equal(['everyone', 'lynch-inherited']);
    expect(matchConcepts(stage, 'no idea')).to.deep.equal([]);
  });

  it('recognises requests for a hint or the model answer, in both languages', () => {
    expect(caseRequest('Gwen, any hint?')).to.equal('hint');
    expect(caseRequest('Ga i awgrym?')).to.equal('hint');
    // A sentence that uses the word is an answer, not a request.
    expect(caseRequest('there is a hint of a family history of bowel cancer - her dad had it at 50')).to.equal(undefined);
    expect(caseRequest('hint of Lynch if MSH2 lost')).to.equal(undefined);
    expect(caseRequest('I think the model answer is IHC on the tumour for everyone')).to.equal(undefined);
    expect(caseRequest("mae 'na gliw yn hanes y teulu")).to.equal(undefined);
    expect(caseRequest('please show us the answer')).to.equal('model-answer');
    expect(caseRequest('Dangoswch yr ateb enghreifftiol')).to.equal('model-answer');
    expect(caseRequest('hinterland')).to.equal(undefined);
  });

  it('content: every concept and misconception can be matched by its own phrases, and a misconception is never credited as a concept', () => {
    for (const study of allCases(faculty.mentors).map((p) => p.study)) {
      for (const stage of study.stages) {
        for (const concept of stage.concepts) expect(matchConcepts(stage, concept.synonyms[0]).map((c) => c.id), `${stage.id}/${concept.id}`).to.include(concept.id);
        for (const m of stage.misconceptions) {
          for (const phrase of m.synonyms) {
            const { found, rest } = matchMisconceptions(stage, phrase);
            expect(found.map((x) => x.id), `${stage.id}/${m.id}: "${phrase}"`).to.include(m.id);
            expect(matchConcepts(stage, rest), `${stage.id}/${m.id}: "${phrase}" credited as a concept`).to.deep.equal([]);
          }
        }
      }
    }
  });
});

describe('cases: Gwen\'s authored feedback', () => {
  it('acknowledges by concept, probes what is missing, and never gives the model answer unasked', () => {
    const stage = lynch.stages[0];
    const reply = facilitate(stage, [], 'IHC on the tumour', 'en', en, 0);
    expect(reply.reply).to.equal(`Good, you have raised a key point: immunohistochemistry (IHC) on the tumour. ${stage.concepts[0].probe!.en}`);
    expect(reply.missing.map((c) => c.id)).to.deep.equal(['everyone', 'mmr', 'lynch-inherited']);
    // A concept without an authored probe: Gwen points back to the stage's questions, in turn.
    const next = lynch.stages[1];
    expect(facilitate(next, [], 'it is sporadic', 'en', en, 1).reply).to.equal(`Good, you have raised a key point: hypermethylation points to a sporadic, not inherited, cause. This stage expects 2 more points that nobody has raised yet. Think again about the question: ${next.questions.en[1]}`);
    expect(reply.reply).to.not.include(stage.modelAnswer.en.slice(0, 40));
    const done = facilitate(stage, ['everyone', 'ihc', 'mmr'], 'it is inherited', 'en', en, 1);
    expect(done.reply).to.include('you have covered everything this stage expects');
  });

  it('corrects an authored misconception with the authored, sourced correction, in Welsh too', () => {
    const stage = lynch.stages[1];
    const wrong = facilitate(stage, [], 'Loss of MLH1 confirms Lynch', 'en', en, 0);
    expect(wrong.misconceptions).to.deep.equal(['mlh1-loss-means-lynch']);
    expect(wrong.reply).to.include(stage.misconceptions[0].correction.en);
    const welsh = facilitate(cyp.stages[1], [], 'Dylid aros am y canlyniad cyn dechrau', 'cy', cy, 0);
    expect(welsh.reply).to.include(cyp.stages[1].misconceptions[0].correction.cy);
    expect(welsh.reply).to.include('Mae’r cam hwn yn disgwyl');
    const men = facilitate(byId('gwen-case-familial-breast-ovarian-cancer').stages[3], [], "Men can't carry BRCA2, so only women need testing", 'en', en, 0);
    expect(men.misconceptions).to.deep.equal(['only-women']);
    expect(men.matched).to.deep.equal([]);
    expect(men.reply).to.include('men can carry BRCA2 variants and pass them on');
  });

  it('answers a hint or model-answer request from the content, recording no contribution', () => {
    const stage = lynch.stages[2];
    expect(facilitate(stage, [], 'hint please', 'en', en, 0)).to.deep.include({ request: 'hint', reply: `Hint: ${stage.hint.en}` });
    expect(facilitate(stage, [], 'ateb enghreifftiol os gwelwch yn dda', 'cy', cy, 0)).to.deep.include({ request: 'model-answer', reply: `Ateb enghreifftiol: ${stage.modelAnswer.cy}` });
  });
});

describe('cases: commands and choosing a case', () => {
  it('parses English and Welsh case commands, and leaves sentences about cases alone', () => {
    expect(parseCaseCommand('case')).to.deep.equal({ kind: 'start', topic: undefined, mentorName: undefined });
    expect(parseCaseCommand('case lynch!')).to.deep.include({ kind: 'start', topic: 'lynch' });
    expect(parseCaseCommand('Ask Gwen for a case about clopidogrel')).to.deep.include({ kind: 'start', topic: 'clopidogrel', mentorName: 'Gwen' });
    expect(parseCaseCommand('achos')).to.deep.include({ kind: 'start', topic: undefined });
    expect(parseCaseCommand('gofyn i Gwen am achos')).to.deep.include({ kind: 'start', mentorName: 'Gwen' });
    expect(parseCaseCommand('case end')).to.deep.include({ kind: 'end' });
    expect(parseCaseCommand('gorffen achos')).to.equal(undefined);
    expect(parseCaseCommand('achos gorffen')).to.deep.include({ kind: 'end' });
    expect(parseCaseCommand('case studies where AI went wrong in a hospital ward')).to.equal(undefined);
    expect(parseCaseCommand('what is a case-control study?')).to.equal(undefined);
    expect(parseCaseCommand('case studies about AI?')).to.equal(undefined);
    expect(parseCaseCommand('case?')).to.deep.include({ kind: 'start', topic: undefined });
  });

  it('chooses by id, title or stage keywords, undoes Welsh mutations, and finds nothing for an unknown topic', () => {
    const cases = allCases(faculty.mentors);
    expect(chooseCase(cases, 'lynch', undefined, 's')!.study.id).to.equal(lynch.id);
    expect(chooseCase(cases, 'FH', undefined, 's')!.study.id).to.equal('gwen-case-familial-hypercholesterolaemia');
    expect(chooseCase(cases, 'golesterol', undefined, 's')!.study.id).to.equal('gwen-case-familial-hypercholesterolaemia');
    expect(chooseCase(cases, 'breast cancer', undefined, 's')!.study.id).to.equal('gwen-case-familial-breast-ovarian-cancer');
    expect(chooseCase(cases, 'astrophysics', undefined, 's')).to.equal(undefined);
    const picked = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((seed) => chooseCase(cases, undefined, undefined, seed)!.study.id));
    expect(picked.size).to.be.greaterThan(1);
  });
});

describe('cases: the thread state machine', () => {
  it('reveals once per stage, then finishes; a stale press or a press after the end changes nothing', () => {
    let thread = startThread(lynch, gwen.id, at);
    const first = reveal(thread, 0, at);
    expect(first).to.deep.include({ advanced: true });
    expect(first.thread).to.deep.include({ stage: 1, version: 2 });
    expect(reveal(first.thread, 0, at)).to.deep.equal({ thread: first.thread, advanced: false });
    thread = [1, 2].reduce((t, stage) => reveal(t, stage, at).thread, first.thread);
    const last = reveal(thread, 3, at);
    expect(last.thread.finishedAt).to.equal(at.toISOString());
    expect(last.thread.stage).to.equal(3);
    expect(reveal(last.thread, 3, at).advanced).to.equal(false);
    expect(finish(last.thread, at).advanced).to.equal(false);
  });

  it('adds each contribution\'s concepts to its stage without losing earlier ones', () => {
    let thread = startThread(lynch, gwen.id, at);
    thread = recordContribution(thread, 0, ['ihc'], at);
    thread = recordContribution(thread, 0, ['ihc', 'mmr'], at);
    expect(thread.covered[0]).to.deep.equal(['ihc', 'mmr']);
    expect(thread.contributions).to.deep.equal([2, 0, 0, 0]);
    expect(recordContribution(thread, 9, ['x'], at)).to.equal(thread);
  });

  it('bounds what a participant\'s document keeps', () => {
    const who = { learnerId: 'L', name: 'N'.repeat(500), threadId: 'T', caseId: lynch.id, run: 'r1' };
    let person = addContribution(undefined, who, { stage: 0, text: 'x'.repeat(5000), concepts: [], at: at.toISOString() });
    expect(person.contributions[0].text.length).to.equal(MAX_CONTRIBUTION_CHARS);
    expect(person.name.length).to.equal(80);
    for (let i = 0; i < 50; i++) person = addContribution(person, who, { stage: 0, text: `c${i}`, concepts: [], at: at.toISOString() });
    expect(person.contributions).to.have.length(MAX_CONTRIBUTIONS_KEPT);
    expect(person.contributions.at(-1)!.text).to.equal('c49');
    expect(addContribution(person, { ...who, run: 'r2' }, { stage: 0, text: 'new run', concepts: [], at: at.toISOString() }).contributions).to.have.length(1);
  });
});

describe('cases: credit on the learner record', () => {
  const entry = { caseId: lynch.id, mentorId: gwen.id, thread: 'c#t', finishedAt: at.toISOString(), contributions: 2, conceptsCovered: ['ihc'], conceptsMissed: ['mmr'] };

  it('records the case and saves the related lessons not yet done, once only', () => {
    const learner = { ...newLearner('L', undefined, at), progress: { lessonsDone: { gwen: ['gwen-cancer-genomics'] }, saved: ['gwen-germline-somatic'] } };
    const credit = creditCase(gwen, lynch, entry);
    const once = credit(learner);
    expect(once.cases).to.have.length(1);
    expect(once.cases![0].lessonsSuggested).to.deep.equal(['gwen-germline-somatic', 'gwen-consent-additional-findings']);
    expect(once.progress.saved).to.deep.equal(['gwen-germline-somatic', 'gwen-consent-additional-findings']);
    expect(credit(once)).to.equal(once);
  });

  it('suggests only lessons suited to the learner\'s role', () => {
    const learner = { ...newLearner('L', undefined, at), profile: { role: 'admin-management' as const } };
    for (const lesson of suggestedLessons(gwen, cyp, learner)) expect(lesson.roles.includes('admin-management') || lesson.roles.includes('all')).to.equal(true);
  });
});
