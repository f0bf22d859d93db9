import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTAINER_NAMES } from '../../bot/store/documents';
import { DUE_FIRST_QUERY, DUE_PAGE_QUERY, INDEXING_POLICY, SEND_QUERY } from '../../bot/store/cosmos';
import { bicepLiteral, block } from '../helpers/bicep';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const COSMOS_BICEP = read('infra/modules/cosmos.bicep');
const CODE = read('bot/store/cosmos.ts');

/** The `resource:` object of the containers the Bicep module declares. */
function declaredContainer(): Record<string, any> {
  const body = block(COSMOS_BICEP, COSMOS_BICEP.indexOf('{', COSMOS_BICEP.indexOf("resource containers '")));
  const resource = body.indexOf('resource:');
  return bicepLiteral(`{${block(body, body.indexOf('{', resource))}}`) as Record<string, any>;
}

/** Every query text the Cosmos DB adapter runs: its literals and the due query's two pages. */
function codeQueries(): { query: string; singlePartition: boolean; method: string }[] {
  const calls = [...CODE.matchAll(/async (\w+)(?:<T>)?\([^)]*\)[^{]*\{([\s\S]*?)\n {2}\}/g)].filter(([, , body]) => body.includes('.items.query'));
  return calls.flatMap(([, method, body]) => {
    const literal = /query: '([^']+)'/.exec(body)?.[1];
    const queries = literal ? [literal] : body.includes('SEND_QUERY') ? [SEND_QUERY] : [DUE_FIRST_QUERY, DUE_PAGE_QUERY];
    return queries.map((query) => ({ query, method, singlePartition: /\{ partitionKey: \w+ \}/.test(body) }));
  });
}

/** Property paths a query filters or sorts on (after FROM: a projected property needs no index), as index paths (/dueAt/?). */
function pathsUsed(query: string): string[] {
  return [...new Set([...query.slice(query.indexOf(' FROM ')).matchAll(/\bc\.(\w+)/g)].map((m) => `/${m[1]}/?`))];
}

describe('infra: Cosmos DB as it runs in Azure matches what the code queries', () => {
  it('declares exactly the containers the code uses, partitioned on /pk with TTL on', () => {
    expect(bicepLiteral(`[${block(read('infra/main.bicep'), read('infra/main.bicep').indexOf('[', read('infra/main.bicep').indexOf('var containerNames')))}]`)).to.deep.equal(CONTAINER_NAMES);
    const container = declaredContainer();
    expect(container.partitionKey).to.deep.equal({ paths: ['/pk'], kind: 'Hash' });
    expect(container.defaultTtl).to.equal(-1);
    expect(CODE).to.include("partitionKey: { paths: ['/pk'] }");
  });

  it('declares the indexing policy the code creates containers with', () => {
    expect(declaredContainer().indexingPolicy).to.deep.equal(INDEXING_POLICY);
  });

  it('indexes every path a query filters or sorts on, with a composite index for each multi-property ORDER BY', () => {
    const policy = declaredContainer().indexingPolicy;
    const included = policy.includedPaths.map((p: { path: string }) => p.path);
    const queries = codeQueries();
    expect(queries.map((q) => q.method)).to.include.members(['listPartition', 'findByLearner', 'findDue', 'findToSend']);
    for (const { query } of queries) {
      for (const path of pathsUsed(query)) expect(included, `${query} uses ${path}`).to.include(path);
      const orderBy = /ORDER BY (.+)$/.exec(query)?.[1].split(',').map((part) => {
        const [property, direction = 'ASC'] = part.trim().split(/\s+/);
        return { path: `/${property.replace(/^c\./, '')}`, order: direction.toUpperCase() === 'DESC' ? 'descending' : 'ascending' };
      });
      if (orderBy && orderBy.length > 1) expect(policy.compositeIndexes, query).to.deep.include(orderBy);
    }
  });

  it('runs hot-path queries in one partition; the due query and the outbox sender\'s query are the only cross-partition ones besides export and erasure, and they are bounded', () => {
    for (const { query, method, singlePartition } of codeQueries()) {
      if (method === 'listPartition' || method === 'listVersions') expect(singlePartition, query).to.equal(true);
      else if (method === 'findByLearner') expect(query).to.match(/WHERE c\.learnerId = @learnerId/);
      else {
        expect(method).to.be.oneOf(['findDue', 'findToSend']);
        expect(query).to.match(/^SELECT TOP @limit /);
      }
    }
    expect(DUE_PAGE_QUERY).to.match(/c\.dueAt > @afterDue OR \(c\.dueAt = @afterDue AND/);
    // Point reads and writes everywhere else: item(id, pk).read / replace / delete, items.create / upsert.
    expect((CODE.match(/\.items\.query/g) ?? []).length).to.equal(5);
  });

  it('notices a Bicep policy that lacks the due query\'s composite index (the comparison can fail)', () => {
    const without = COSMOS_BICEP.replace("path: '/key'\n              order: 'ascending'", "path: '/key'\n              order: 'descending'");
    expect(without).to.not.equal(COSMOS_BICEP);
    const body = block(without, without.indexOf('{', without.indexOf("resource containers '")));
    const resource = bicepLiteral(`{${block(body, body.indexOf('{', body.indexOf('resource:')))}}`) as Record<string, any>;
    expect(resource.indexingPolicy).to.not.deep.equal(INDEXING_POLICY);
  });
});
