import { expect } from 'chai';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteDocumentStore } from '../../bot/store/sqlite';
import { startTestServer } from '../helpers/server';
import { removeTempDir, tempDir } from '../helpers/temp-dir';

const FIXTURE = join(__dirname, '..', 'fixtures', 'mentors');
const LESSON = 'lesson:nova-second';
const production = { NODE_ENV: 'production', BOT_ID: '00000000-0000-4000-8000-0000000000b0', BOT_PASSWORD: 'test-only-not-a-secret' };

/**
 * The workspace APIs over HTTP in production, as the local educator would use them (sign-in is
 * tested in educator-auth.test.ts; here the identity is the local one so the requests stay short).
 */
describe('educator workspace: queue, item, decisions and triage over HTTP', function () {
  this.timeout(20_000);
  let mentorsDir: string;
  let documents: SqliteDocumentStore;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  const get = async (path: string) => {
    const response = await fetch(`${bot.base}/api/educator/${path}`);
    return { status: response.status, body: (await response.json()) as any };
  };
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${bot.base}/api/educator/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as any };
  };
  // Production without an Entra app would refuse everyone; the local educator needs no BOT_ID, so
  // these servers run with SERVE_DRAFT_CONTENT=false to serve as production does.
  const start = () => startTestServer({ documents, mentorsDir, env: { SERVE_DRAFT_CONTENT: 'false' } });

  beforeEach(async () => {
    mentorsDir = tempDir('hali-mentors-');
    cpSync(FIXTURE, mentorsDir, { recursive: true });
    // Nova alone is the faculty here, so it is the default mentor.
    const mentorFile = join(mentorsDir, 'nova', 'mentor.json');
    writeFileSync(mentorFile, JSON.stringify({ ...JSON.parse(readFileSync(mentorFile, 'utf8')), default: true }, null, 2));
    documents = new SqliteDocumentStore({ file: ':memory:', clock: () => new Date(), purgeEveryMs: 0 });
    bot = await start();
  });
  afterEach(async () => {
    await bot.close();
    await documents.close();
    removeTempDir(mentorsDir);
  });

  it('serves the page in the browser\'s first language, title and loading text included, before the script runs', async () => {
    const page = async (acceptLanguage?: string) => {
      const response = await fetch(`${bot.base}/educator`, { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} });
      expect(response.headers.get('vary')).to.equal('Accept-Language');
      return response.text();
    };
    for (const welsh of ['cy', 'cy-GB,en;q=0.8', 'CY-gb']) {
      const html = await page(welsh);
      expect(html, welsh).to.include('<html lang="cy">').and.include('<title>HALI i addysgwyr</title>').and.include('<p>HALI i addysgwyr…</p>');
    }
    for (const english of [undefined, 'en-GB,cy;q=0.9', 'fr']) expect(await page(english), english).to.include('<html lang="en">').and.include('<title>HALI for educators</title>');
  });

  it('lists the queue with counts per filter value, and answers a bad filter with the values it accepts', async () => {
    const all = await get('queue');
    expect(all.status).to.equal(200);
    expect(all.body.counts.kind).to.deep.include({ lesson: 2, explainer: 1 });
    // nova-first is marked reviewed in its file (before approvals carried hashes): it stands as approved.
    expect(all.body.items.filter((i: any) => i.status !== 'needs-review').map((i: any) => [i.key, i.status])).to.deep.equal([['lesson:nova-first', 'approved']]);
    const lessons = await get('queue?kind=lesson&language=cy');
    expect(lessons.body.total).to.equal(1);
    expect(lessons.body.items.map((i: any) => i.key)).to.deep.equal(['lesson:nova-second']);
    expect(lessons.body.counts.status).to.deep.include({ 'needs-review': 1, approved: 0 });
    const second = await get('queue?offset=1');
    expect(second.body.total).to.equal(all.body.total);
    expect(second.body.items.map((i: any) => i.key)).to.deep.equal(all.body.items.slice(1).map((i: any) => i.key));
    const bad = await get('queue?status=done');
    expect(bad.status).to.equal(400);
    expect(bad.body.message).to.include('needs-review');
  });

  it('shows an item in both languages with its sources, use and decisions, and refuses unknown items', async () => {
    const { body } = await get(`item?key=${encodeURIComponent(LESSON)}`);
    expect(body.fields.find((f: any) => f.name === 'title')).to.have.keys('name', 'en', 'cy');
    expect(body.sources[0]).to.have.keys('title', 'url', 'lastChecked');
    expect(body.usedIn[0]).to.deep.include({ type: 'pathway', position: 2, total: 2 });
    expect(body.usedIn.filter((u: any) => u.type === 'quiz')).to.have.length.greaterThan(0);
    expect((await get('item?key=lesson:nope')).status).to.equal(404);
    expect((await get('item')).status).to.equal(400);
  });

  it('refuses decisions that are malformed, without a comment for changes, or on text the reviewer did not see; nothing is stored', async () => {
    const { body: item } = await get(`item?key=${encodeURIComponent(LESSON)}`);
    expect((await post('decision', { key: LESSON, role: 'educator', decision: 'maybe', hash: item.hash })).status).to.equal(400);
    expect((await post('decision', { key: LESSON, role: 'dean', decision: 'approve', hash: item.hash })).status).to.equal(400);
    expect((await post('decision', { key: LESSON, role: 'educator', decision: 'request-changes', hash: item.hash, comment: '  ' })).status).to.equal(400);
    const form = await fetch(`${bot.base}/api/educator/decision`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `key=${LESSON}&role=educator&decision=approve&hash=${item.hash}` });
    expect(form.status, 'JSON only').to.equal(415);
    const huge = await post('decision', { key: LESSON, role: 'educator', decision: 'request-changes', hash: item.hash, comment: 'x'.repeat(20_000) });
    expect(huge.status, 'bodies are bounded').to.equal(413);
    const stale = await post('decision', { key: LESSON, role: 'educator', decision: 'approve', hash: 'an-older-hash' });
    expect(stale.status).to.equal(409);
    expect(await bot.stores.decisions.forMentor('nova')).to.deep.equal([]);
  });

  it('keeps no patient identifier a reviewer typed into a comment: decisions are kept for good, so the comment is redacted before it is stored', async () => {
    const { body: item } = await get(`item?key=${encodeURIComponent(LESSON)}`);
    const comments = [
      'see patient 943 476 5919 <script>alert(1)</script>',
      'NHS no 9434765919 saw this wrong',
      'Mrs Jones (943-476-5919, CF14 4XW, 07700 900123) was confused by step 2',
      'ffoniwch 029 2074 7747 ynglŷn â Mr Dafydd Evans',
    ];
    for (const comment of comments) {
      const decided = await post('decision', { key: LESSON, role: 'educator', decision: 'request-changes', hash: item.hash, comment });
      expect(decided.status, comment).to.equal(200);
    }
    const stored = (await bot.stores.decisions.forMentor('nova')).map((d) => d.comment);
    expect(stored).to.have.length(comments.length);
    const shown = JSON.stringify((await get(`item?key=${encodeURIComponent(LESSON)}`)).body.history);
    for (const text of [...stored, shown]) expect(text).to.not.match(/943.?476.?5919|CF14|07700|029 2074|Jones|Dafydd Evans/);
    expect(stored).to.include('see patient [NHS number removed] <script>alert(1)</script>');
    expect(stored.join(' ')).to.include('[postcode removed]').and.include('[phone number removed]').and.include('[name removed]');
  });

  it('serves an item once approved in both roles, re-queues it when its file is edited, and shows why and what changed', async () => {
    const { body: item } = await get(`item?key=${encodeURIComponent(LESSON)}`);
    const served = () => bot.governance.faculty.get('nova')!.lessons.map((l) => l.id);
    expect(served()).to.deep.equal(['nova-first']);
    await post('decision', { key: LESSON, role: 'educator', decision: 'approve', hash: item.hash, comment: 'Clinically sound' });
    const approved = await post('decision', { key: LESSON, role: 'welsh-reviewer', decision: 'approve', hash: item.hash });
    expect(approved.body).to.include({ status: 'approved', served: true });
    expect(served()).to.deep.equal(['nova-first', 'nova-second']);
    const history = await bot.stores.decisions.forMentor('nova');
    expect(history.map((d) => [d.role, d.reviewer.name, d.hash, d.comment])).to.have.deep.members([['educator', 'Local educator', item.hash, 'Clinically sound'], ['welsh-reviewer', 'Local educator', item.hash, '']]);

    // An author edits the lesson in the repository and the bot restarts with the same store.
    await bot.close();
    const file = join(mentorsDir, 'nova', 'lessons.json');
    const lessons = JSON.parse(readFileSync(file, 'utf8'));
    lessons[1].body.en = `${lessons[1].body.en} Always check the source.`;
    writeFileSync(file, JSON.stringify(lessons, null, 2));
    bot = await start();
    expect(served(), 'the old approval never serves the new text').to.deep.equal(['nova-first']);
    const { body: edited } = await get(`item?key=${encodeURIComponent(LESSON)}`);
    expect(edited.status).to.equal('re-queued');
    expect(edited.requeued).to.include({ by: 'Local educator' });
    const change = edited.changes.fields.find((f: any) => f.field === 'body' && f.language === 'en');
    expect(change.parts.filter((p: any) => p.change === 'added').map((p: any) => p.text).join('')).to.include('Always check the source.');
    expect(edited.history.every((d: any) => d.current === false)).to.equal(true);
  });

  it('triages feedback: marks it, makes a content gap into a stub, and refuses bad input', async () => {
    const entry = await bot.stores.feedback.record({ mentorId: 'nova', at: new Date().toISOString(), language: 'en', question: 'What is the evidence standard?', answer: 'Unrelated text', sources: [], comment: 'wrong topic' });
    const list = await get('feedback');
    expect(list.body).to.include({ total: 1, untriaged: 1 });
    expect((await post('feedback/triage', { mentorId: 'nova', id: entry.id, verdict: 'meh' })).status).to.equal(400);
    expect((await post('feedback/triage', { mentorId: 'nope', id: entry.id, verdict: 'fine' })).status).to.equal(400);
    expect((await post('feedback/triage', { mentorId: 'nova', id: 'missing', verdict: 'fine' })).status).to.equal(404);
    expect((await post('feedback/stub', { mentorId: 'nova', id: entry.id })).status).to.equal(409);
    const marked = await post('feedback/triage', { mentorId: 'nova', id: entry.id, verdict: 'content-gap' });
    expect(marked.body).to.include({ verdict: 'content-gap', triagedBy: 'Local educator' });
    const stub = await post('feedback/stub', { mentorId: 'nova', id: entry.id });
    expect(stub.status).to.equal(200);
    expect(stub.body.stub).to.include({ question: 'What is the evidence standard?' });
    expect((await get('feedback')).body.untriaged).to.equal(0);
  });
});
