import { expect } from 'chai';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../bot/config';
import { ContentGovernance } from '../../bot/content/governance';
import { loadMentors } from '../../bot/mentors/load';
import { createStores } from '../../bot/stores';
import { DecisionLog } from '../../bot/store/decisions';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { exportApprovals } from '../../scripts/content-approvals';
import { removeTempDir, tempDir } from '../helpers/temp-dir';

const FIXTURE = join(__dirname, '..', 'fixtures', 'mentors');

describe('npm run content:approvals', () => {
  let mentorsDir: string;
  let documents: SqliteDocumentStore;
  const config = loadConfig({ NODE_ENV: 'test', SERVE_DRAFT_CONTENT: 'false' });
  const clock = () => new Date('2026-11-28T10:00:00Z');

  beforeEach(() => {
    mentorsDir = tempDir('hali-approvals-');
    cpSync(FIXTURE, mentorsDir, { recursive: true });
    const mentorFile = join(mentorsDir, 'nova', 'mentor.json');
    writeFileSync(mentorFile, JSON.stringify({ ...JSON.parse(readFileSync(mentorFile, 'utf8')), default: true }, null, 2));
    documents = new SqliteDocumentStore({ file: ':memory:', clock, purgeEveryMs: 0 });
  });
  afterEach(async () => {
    await documents.close();
    removeTempDir(mentorsDir);
  });

  it('writes approvals with reviewer, role, date and hash into the files, so a new deployment with an empty store serves them', async () => {
    const stores = createStores(documents, config, clock);
    const governance = new ContentGovernance(loadMentors(mentorsDir), stores.decisions, false);
    const lesson = governance.item('lesson:nova-second')!;
    const quiz = governance.items.find((i) => i.kind === 'quiz')!;
    for (const item of [lesson, quiz]) {
      await governance.decide(item, { decision: 'approve', role: 'educator', reviewer: { id: 'a', name: 'Dr Rees' }, at: '2026-11-28T09:00:00Z', comment: '' });
    }
    await governance.decide(lesson, { decision: 'approve', role: 'welsh-reviewer', reviewer: { id: 'b', name: 'Siân Jones' }, at: '2026-11-28T09:30:00Z', comment: '' });
    const entry = await stores.feedback.record({ mentorId: 'nova', at: '2026-11-28T08:00:00Z', language: 'en', question: 'Is there a tool for X?', answer: 'No', sources: [], comment: '' });
    await stores.feedback.update('nova', entry.id, (e) => ({ ...e, verdict: 'content-gap', stub: { id: 'nova-gap-1', question: e.question, createdAt: '2026-11-28T08:05:00Z', createdBy: 'Dr Rees' } }));

    const changed = await exportApprovals(stores, config, mentorsDir);
    // nova-first was marked reviewed before approvals carried hashes: its approval is bound to its hash now too.
    expect(changed).to.deep.equal(['mentors/nova/lessons.json: 2 approval(s) written', 'mentors/nova/explainer-stubs.json: 1 stub(s) added']);
    const written = JSON.parse(readFileSync(join(mentorsDir, 'nova', 'lessons.json'), 'utf8'))[1].review;
    expect(written).to.deep.equal({
      status: 'reviewed',
      reviewer: 'Dr Rees, Siân Jones',
      date: '2026-11-28',
      approvals: [
        { role: 'educator', reviewer: 'Dr Rees', date: '2026-11-28', hash: lesson.hash },
        { role: 'welsh-reviewer', reviewer: 'Siân Jones', date: '2026-11-28', hash: lesson.hash },
      ],
    });
    expect(JSON.parse(readFileSync(join(mentorsDir, 'nova', 'explainer-stubs.json'), 'utf8'))[0]).to.include({ id: 'nova-gap-1', question: 'Is there a tool for X?' });
    expect(await exportApprovals(stores, config, mentorsDir), 'running again writes nothing new').to.deep.equal([]);

    // A new deployment: the files alone serve the lesson; the quiz item (clinical approval only) stays a draft.
    const fresh = new SqliteDocumentStore({ file: ':memory:', clock, purgeEveryMs: 0 });
    const redeployed = new ContentGovernance(loadMentors(mentorsDir), new DecisionLog(fresh), false);
    expect(redeployed.faculty.get('nova')!.lessons.map((l) => l.id)).to.include('nova-second');
    expect(redeployed.faculty.get('nova')!.quiz.map((q) => q.id)).to.not.include(quiz.id);

    // Editing the approved lesson in the file puts it back in the queue.
    const file = join(mentorsDir, 'nova', 'lessons.json');
    const lessons = JSON.parse(readFileSync(file, 'utf8'));
    lessons[1].tryThis.cy = 'Testun Cymraeg newydd.';
    writeFileSync(file, JSON.stringify(lessons, null, 2));
    const edited = new ContentGovernance(loadMentors(mentorsDir), new DecisionLog(fresh), false);
    expect(edited.faculty.get('nova')!.lessons.map((l) => l.id)).to.not.include('nova-second');
    await fresh.close();
  });
});
