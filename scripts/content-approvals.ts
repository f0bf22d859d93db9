/**
 * `npm run content:approvals`: writes the workspace's approvals from the store (DATA_DIR, or Cosmos DB
 * when COSMOS_ENDPOINT is set, as the bot reads them) into the mentor files, each with its reviewer,
 * role, date and content hash; and writes content-gap stubs made in feedback triage to
 * mentors/<id>/explainer-stubs.json for the content authors. Commit the result.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, readEnvFiles, type Config } from '../bot/config';
import { fileReviews } from '../bot/content/export-approvals';
import { createGovernance } from '../bot/educator/workspace';
import { loadMentors } from '../bot/mentors/load';
import { openDocumentStore } from '../bot/store';
import { createStores, type Stores } from '../bot/stores';

const root = join(__dirname, '..');

/** Writes approvals and stubs under `mentorsDir`; returns what changed, file by file. */
export async function exportApprovals(stores: Stores, config: Config, mentorsDir: string): Promise<string[]> {
  const governance = createGovernance(loadMentors(mentorsDir), stores, config);
  const { byFile } = fileReviews(await governance.states());
  const changed: string[] = [];
  for (const [file, reviews] of byFile) {
    const path = join(mentorsDir, file);
    const items = JSON.parse(readFileSync(path, 'utf8')) as { id: string; review: unknown }[];
    let count = 0;
    for (const item of items) {
      const review = reviews.get(item.id);
      if (review && JSON.stringify(review) !== JSON.stringify(item.review)) {
        item.review = review;
        count++;
      }
    }
    if (count === 0) continue;
    writeFileSync(path, `${JSON.stringify(items, null, 2)}\n`);
    changed.push(`mentors/${file}: ${count} approval(s) written`);
  }
  for (const mentor of governance.mentors) {
    const stubs = (await stores.feedback.forMentor(mentor.id)).filter((e) => e.stub).map((e) => ({ id: e.stub!.id, question: e.question, language: e.language, madeBy: e.stub!.createdBy, madeAt: e.stub!.createdAt, comment: e.comment }));
    if (stubs.length === 0) continue;
    const path = join(mentorsDir, mentor.id, 'explainer-stubs.json');
    const known = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { id: string }[]) : [];
    const fresh = stubs.filter((s) => !known.some((k) => k.id === s.id));
    if (fresh.length === 0) continue;
    writeFileSync(path, `${JSON.stringify([...known, ...fresh], null, 2)}\n`);
    changed.push(`mentors/${mentor.id}/explainer-stubs.json: ${fresh.length} stub(s) added`);
  }
  return changed;
}

async function main(): Promise<void> {
  const config = loadConfig(readEnvFiles(join(root, 'env')));
  const clock = () => new Date();
  const documents = await openDocumentStore(config, clock);
  try {
    const changed = await exportApprovals(createStores(documents, config, clock), config, join(root, 'mentors'));
    process.stdout.write(changed.length ? `${changed.join('\n')}\nReview the diff and commit it.\n` : 'Nothing new to write: the mentor files already carry every approval.\n');
  } finally {
    await documents.close();
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
