import { expect } from 'chai';
import { ContentGovernance } from '../../bot/content/governance';
import { contentHash, explainerItem, lessonItem, reviewItems } from '../../bot/content/review-items';
import { reviewState } from '../../bot/content/review-state';
import { servedMentors } from '../../bot/content/served';
import type { Mentor } from '../../bot/mentors/types';
import { DecisionLog, type DecisionRecord } from '../../bot/store/decisions';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { eraseLearnerData } from '../../bot/store/privacy';
import { realFaculty } from '../helpers/app';
import { renderLesson, renderQuizQuestion } from '../../cards/render-learning';
import { translator } from '../../bot/i18n';

const hali = () => realFaculty().get('hali')!;
const decision = (over: Partial<DecisionRecord> & Pick<DecisionRecord, 'itemKey' | 'hash' | 'role'>): DecisionRecord => ({
  mentorId: 'hali', decision: 'approve', reviewer: { id: 'r1', name: 'Dr Rees' }, at: '2026-11-28T10:00:00.000Z', comment: '', ...over,
});

describe('review governance: content hashes and review states', () => {
  it('hashes content, not formatting or key order, and leaves the review field out', () => {
    expect(contentHash({ a: 1, b: [1, { c: 'x' }] })).to.equal(contentHash({ b: [1, { c: 'x' }], a: 1 }));
    const lesson = hali().lessons[0];
    const item = lessonItem('hali', lesson);
    expect(lessonItem('hali', { ...lesson, review: { status: 'reviewed', reviewer: 'X', date: '2026-01-01' } }).hash).to.equal(item.hash);
    expect(lessonItem('hali', { ...lesson, body: { ...lesson.body, en: `${lesson.body.en} More.` } }).hash).to.not.equal(item.hash);
    expect(lessonItem('hali', { ...lesson, sources: [...lesson.sources, { title: 'Another', url: 'https://www.nice.org.uk/' }] }).hash).to.not.equal(item.hash);
  });

  it('shows reviewers every text an explainer\'s hash covers: the simpler version and each role example too', () => {
    const explainer = hali().explainers.find((e) => e.simpler && (e.roleExamples?.length ?? 0) > 0)!;
    const { text, hash } = explainerItem('hali', explainer);
    expect(text.simpler).to.deep.equal(explainer.simpler);
    for (const example of explainer.roleExamples!) expect(text[`example:${example.role}`]).to.deep.equal(example.text);
    const edited = { ...explainer, simpler: { ...explainer.simpler!, cy: `${explainer.simpler!.cy} Mwy.` } };
    expect(explainerItem('hali', edited).hash).to.not.equal(hash);
  });

  it('lists every lesson, quiz item, explainer and case stage once, with unique keys', () => {
    const mentors = realFaculty().mentors;
    const items = reviewItems(mentors);
    const expected = mentors.reduce((n, m) => n + m.lessons.length + m.quiz.length + m.explainers.length + m.cases.reduce((s, c) => s + c.stages.length, 0), 0);
    expect(items).to.have.length(expected);
    expect(new Set(items.map((i) => i.key)).size).to.equal(expected);
  });

  it('serves an item only with both a clinical and a Welsh approval for its current hash', () => {
    const item = lessonItem('hali', hali().lessons[0]);
    expect(reviewState(item, []).status).to.equal('needs-review');
    const clinical = decision({ itemKey: item.key, hash: item.hash, role: 'educator' });
    const clinicalOnly = reviewState(item, [clinical]);
    expect(clinicalOnly.served).to.equal(false);
    expect(clinicalOnly.roles.educator.verdict).to.equal('approved');
    expect(clinicalOnly.roles['welsh-reviewer'].verdict).to.equal('pending');
    const both = reviewState(item, [clinical, decision({ itemKey: item.key, hash: item.hash, role: 'welsh-reviewer', reviewer: { id: 'r2', name: 'Siân' } })]);
    expect(both).to.include({ served: true, status: 'approved' });
  });

  it('never serves new text on an old approval: an edited item is re-queued and says since when', () => {
    const lesson = hali().lessons[0];
    const before = lessonItem('hali', lesson);
    const after = lessonItem('hali', { ...lesson, tryThis: { en: 'Edited.', cy: 'Wedi’i olygu.' } });
    const old = [decision({ itemKey: before.key, hash: before.hash, role: 'educator' }), decision({ itemKey: before.key, hash: before.hash, role: 'welsh-reviewer' })];
    const state = reviewState(after, old);
    expect(state).to.include({ served: false, status: 're-queued' });
    expect(state.requeued).to.include({ hash: before.hash, by: 'Dr Rees' });
  });

  it('lets the latest decision in a role stand, and a request for changes comes with its comment', () => {
    const item = lessonItem('hali', hali().lessons[0]);
    const state = reviewState(item, [
      decision({ itemKey: item.key, hash: item.hash, role: 'educator' }),
      decision({ itemKey: item.key, hash: item.hash, role: 'educator', decision: 'request-changes', comment: 'Cite the 2025 guidance', at: '2026-11-28T11:00:00.000Z' }),
    ]);
    expect(state.status).to.equal('changes-requested');
    expect(state.roles.educator.comment).to.equal('Cite the 2025 guidance');
  });

  it('honours approvals carried in the file only for the hash they name', () => {
    const lesson = hali().lessons[0];
    const hash = lessonItem('hali', lesson).hash;
    const approvals = [{ role: 'educator' as const, reviewer: 'A', date: '2026-11-01', hash }, { role: 'welsh-reviewer' as const, reviewer: 'B', date: '2026-11-02', hash }];
    const filed = { ...lesson, review: { status: 'reviewed' as const, reviewer: 'A, B', date: '2026-11-02', approvals } };
    expect(reviewState(lessonItem('hali', filed), []).served).to.equal(true);
    const edited = { ...filed, title: { en: 'New title', cy: 'Teitl newydd' } };
    expect(reviewState(lessonItem('hali', edited), []).served).to.equal(false);
  });
});

describe('review governance: what learners are served', () => {
  const mentor = (): Mentor => hali();

  it('in production serves only approved items, quiz items only with their lesson, and cases only with every stage', () => {
    const m = mentor();
    const lesson = m.lessons[0];
    const quiz = m.quiz.filter((q) => q.lessonId === lesson.id);
    const verdicts = new Map([[`lesson:${lesson.id}`, { status: 'reviewed' as const, reviewer: 'A', date: '2026-11-28' }], [`quiz:${quiz[0].id}`, { status: 'reviewed' as const }]]);
    const [served] = servedMentors([m], verdicts, false);
    expect(served.lessons.map((l) => l.id)).to.deep.equal([lesson.id]);
    expect(served.quiz.map((q) => q.id)).to.deep.equal([quiz[0].id]);
    expect(served.explainers).to.deep.equal([]);
    expect(served.cases).to.deep.equal([]);
    const orphan = new Map([[`quiz:${quiz[0].id}`, { status: 'reviewed' as const }]]);
    expect(servedMentors([m], orphan, false)[0].quiz).to.deep.equal([]);
  });

  it('outside production serves everything, marking unapproved items as drafts', () => {
    const m = mentor();
    const verdicts = new Map([[`lesson:${m.lessons[0].id}`, { status: 'reviewed' as const, reviewer: 'A', date: '2026-11-28' }]]);
    const [served] = servedMentors([m], verdicts, true);
    expect(served.lessons).to.have.length(m.lessons.length);
    expect(served.lessons[0].review.status).to.equal('reviewed');
    expect(served.lessons[1].review.status).to.equal('draft');
  });

  it('labels unapproved lessons and quiz items as drafts on the learner\'s cards outside production, and approved ones not', () => {
    const m = mentor();
    const [lesson, quiz] = [m.lessons[0], m.quiz.find((q) => q.lessonId === m.lessons[0].id)!];
    const reviewed = { status: 'reviewed' as const, reviewer: 'A, B', date: '2026-11-28' };
    const [approved] = servedMentors([m], new Map([[`lesson:${lesson.id}`, reviewed], [`quiz:${quiz.id}`, reviewed]]), true);
    const [drafts] = servedMentors([m], new Map(), true);
    const context = { language: 'en' as const, t: translator('en') };
    const texts = (card: unknown) => JSON.stringify(card);
    const place = { position: 1, total: 12 };
    expect(texts(renderLesson(context, drafts, drafts.lessons[0], place))).to.include('Draft content, awaiting review');
    expect(texts(renderLesson(context, approved, approved.lessons[0], place))).to.not.include('Draft content');
    const issue = { nonce: 'n', reason: 'new' as const, topic: 'AI' };
    expect(texts(renderQuizQuestion(context, drafts, drafts.quiz.find((q) => q.id === quiz.id)!, issue))).to.include('Draft question, awaiting review');
    expect(texts(renderQuizQuestion(context, approved, approved.quiz.find((q) => q.id === quiz.id)!, issue))).to.not.include('Draft question');
  });

  it('follows decisions in the store: two reviewers deciding at once both count, and the faculty changes without a restart', async () => {
    const documents = new SqliteDocumentStore({ file: ':memory:', clock: () => new Date(), purgeEveryMs: 0 });
    const governance = new ContentGovernance(realFaculty().mentors, new DecisionLog(documents), false);
    const item = governance.item(`lesson:${hali().lessons[0].id}`)!;
    expect(governance.faculty.get('hali')!.lessons).to.deep.equal([]);
    const as = (role: 'educator' | 'welsh-reviewer', name: string) => governance.decide(item, { decision: 'approve', role, reviewer: { id: name, name }, at: new Date().toISOString(), comment: '' });
    await Promise.all([as('educator', 'Dr Rees'), as('welsh-reviewer', 'Siân')]);
    await governance.refresh();
    expect(governance.faculty.get('hali')!.lessons.map((l) => l.id)).to.deep.equal([item.id]);
    // Retrieval (offline answers and the model's grounding) holds only the served lesson.
    expect(governance.faculty.retriever.documentCount).to.equal(1);
    const passages = governance.faculty.choose(item.title.en).passages;
    expect(passages.every((p) => p.kind === 'lesson' && p.id === item.id)).to.equal(true);
    // A reviewer who is also a learner and says "forget me" erases their learning, never the audit trail.
    const scope = { learnerId: 'Dr Rees', channelId: 'msteams', botId: 'bot', userIds: ['Dr Rees'], personalConversationIds: [], sharedConversationIds: [] };
    expect(await eraseLearnerData(documents, scope, new Date())).to.equal(0);
    expect(await new DecisionLog(documents).forMentor('hali')).to.have.length(2);
    await documents.close();
  });
});
