import { expect } from 'chai';
import { senderThreadFor } from '../../bot/reporting';
import { storeLocationOf } from '../../bot/reporting/worker-engine';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig, readEnvFiles } from '../../bot/config';
import { tempDir } from '../helpers/temp-dir';

describe('config', () => {
  it('runs with nothing configured: local mode, embedded defaults', () => {
    const config = loadConfig({});
    expect(config.localMode).to.equal(true);
    expect(config.port).to.equal(3978);
    expect(config.dataDir).to.equal('./.data');
    expect(config.allowedTenants).to.deep.equal([]);
    expect(config.nudges.ratePerSecond).to.equal(40);
    expect(config.bot.type).to.equal('MultiTenant');
  });

  it('keeps learning events and transcripts 180 days unless RETENTION_DAYS says otherwise', () => {
    expect(loadConfig({}).retentionDays).to.equal(180);
    expect(loadConfig({ RETENTION_DAYS: '30' }).retentionDays).to.equal(30);
    expect(() => loadConfig({ RETENTION_DAYS: '0' })).to.throw(/RETENTION_DAYS="0" must be a whole number from 1 to 3650/);
  });

  it('reads the learning-record settings, and names every mistake in them', () => {
    expect(loadConfig({}).reporting.xapi).to.equal(undefined);
    const xapi = loadConfig({ XAPI_ENDPOINT: 'https://lrs.example.nhs.uk/xapi/', XAPI_USERNAME: 'k', XAPI_PASSWORD: 's' }).reporting.xapi!;
    expect(xapi).to.include({ actor: 'account', version: 'auto', voidOnErasure: false, username: 'k' });
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ XAPI_ENDPOINT: 'lrs' })).to.deep.equal(['XAPI_ENDPOINT="lrs" must be an http(s) URL, for example https://example.org/.']);
    expect(problems({ XAPI_ENDPOINT: 'https://lrs/', XAPI_ACTOR: 'email' })).to.deep.equal(['XAPI_ACTOR="email" must be account (Entra object id) or mbox (work email).']);
    expect(problems({ XAPI_USERNAME: 'k', XAPI_PASSWORD: 's' })).to.deep.equal(['XAPI_ENDPOINT is required when XAPI_USERNAME, XAPI_PASSWORD or an OAuth client is set.']);
    expect(problems({ XAPI_ENDPOINT: 'https://lrs/', XAPI_USERNAME: 'k' })).to.deep.equal(['XAPI_USERNAME and XAPI_PASSWORD go together (the LRS key and secret).']);
    expect(problems({ XAPI_ENDPOINT: 'https://lrs/', XAPI_OAUTH_TOKEN_URL: 'https://idp/token' })).to.deep.equal(['XAPI_OAUTH_TOKEN_URL needs XAPI_CLIENT_ID and XAPI_CLIENT_SECRET.']);
    expect(problems({ XAPI_ACTIVITY_BASE: 'hali' })[0]).to.match(/XAPI_ACTIVITY_BASE="hali" must be an IRI/);
    expect(problems({ VIVA_TENANT_ID: 't' })).to.have.members([
      "VIVA_PROVIDER_ID (HALI's learning provider registration id) is required with VIVA_TENANT_ID; the README says how an administrator registers HALI.",
      "BOT_ID is required with VIVA_TENANT_ID, for deep links that open lessons in HALI's chat.",
    ]);
    expect(problems({ XAPI_BATCH_SIZE: '0' })).to.deep.equal(['XAPI_BATCH_SIZE="0" must be a whole number from 1 to 500.']);
    expect(problems({ REPORTING_SENDER_THREAD: 'process' })).to.deep.equal(['REPORTING_SENDER_THREAD="process" must be worker (a thread of its own) or inline (the turns\' thread).']);
  });

  it('sends inline by default, from a worker thread when told unless the store is in memory', () => {
    const file = { kind: 'sqlite', file: '/data/hali.db' } as const;
    const worker = loadConfig({ REPORTING_SENDER_THREAD: 'worker' });
    expect(loadConfig({}).reporting.thread).to.equal('inline');
    expect(senderThreadFor(loadConfig({}), file)).to.equal('inline');
    expect(senderThreadFor(worker, file)).to.equal('worker');
    expect(senderThreadFor(worker, storeLocationOf(loadConfig({ COSMOS_ENDPOINT: 'https://db.example.org/' })))).to.equal('worker');
    expect(storeLocationOf(loadConfig({ DATA_DIR: '/srv/hali' }))).to.deep.equal({ kind: 'sqlite', file: '/srv/hali/hali.db' });
    expect(senderThreadFor(loadConfig({ REPORTING_SENDER_THREAD: 'inline' }), file)).to.equal('inline');
    expect(senderThreadFor(worker, { kind: 'sqlite', file: ':memory:' })).to.equal('inline');
  });

  it('creates Cosmos DB containers outside production only, unless told', () => {
    expect(loadConfig({}).cosmos.createContainers).to.equal(true);
    expect(loadConfig({ NODE_ENV: 'production', BOT_ID: 'id', BOT_PASSWORD: 'p' }).cosmos.createContainers).to.equal(false);
    expect(loadConfig({ COSMOS_CREATE_CONTAINERS: 'false' }).cosmos.createContainers).to.equal(false);
    expect(() => loadConfig({ COSMOS_CREATE_CONTAINERS: 'maybe' })).to.throw(/COSMOS_CREATE_CONTAINERS="maybe" must be true or false/);
  });

  it('checks moderation settings: off by default, and the keys each kind needs', () => {
    expect(loadConfig({}).moderation.kind).to.equal('off');
    expect(() => loadConfig({ MODERATION: 'openai' })).to.throw(/MODERATION=openai needs OPENAI_API_KEY/);
    expect(() => loadConfig({ MODERATION: 'azure' })).to.throw(/MODERATION=azure needs AZURE_CONTENT_SAFETY_ENDPOINT and AZURE_CONTENT_SAFETY_KEY/);
    expect(() => loadConfig({ MODERATION: 'sometimes' })).to.throw(/MODERATION="sometimes" must be off, openai or azure/);
    expect(loadConfig({ MODERATION: 'azure', AZURE_CONTENT_SAFETY_ENDPOINT: 'https://cs.example.com', AZURE_CONTENT_SAFETY_KEY: 'k' }).moderation).to.deep.equal({ kind: 'azure', endpoint: 'https://cs.example.com', key: 'k' });
  });

  it('is frozen, nested objects included', () => {
    const config = loadConfig({ ALLOWED_TENANTS: 'a' });
    expect(Object.isFrozen(config)).to.equal(true);
    expect(Object.isFrozen(config.bot)).to.equal(true);
    expect(Object.isFrozen(config.allowedTenants)).to.equal(true);
  });

  it('reports every problem in one error, each with its fix', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'eighty', BOT_ID: 'app-id', BOT_TYPE: 'Sometimes', AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com', NUDGE_RATE_PER_SECOND: '500' });
    } catch (caught) {
      error = caught as ConfigError;
    }
    expect(error).to.be.instanceOf(ConfigError);
    expect(error!.problems).to.have.length(5);
    expect(error!.message).to.match(/PORT="eighty" must be a whole number/);
    expect(error!.message).to.match(/BOT_TYPE="Sometimes" must be one of/);
    expect(error!.message).to.match(/BOT_PASSWORD is required when BOT_ID is set/);
    expect(error!.message).to.match(/AZURE_OPENAI_DEPLOYMENT is required/);
    expect(error!.message).to.match(/NUDGE_RATE_PER_SECOND="500" must be a whole number from 1 to 50/);
  });

  it('refuses to start in production without bot credentials', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).to.throw(ConfigError, /BOT_ID is required when NODE_ENV=production/);
  });

  it('needs a tenant for single-tenant and managed-identity bots, and no password for managed identity', () => {
    expect(() => loadConfig({ BOT_ID: 'id', BOT_PASSWORD: 'x', BOT_TYPE: 'SingleTenant' })).to.throw(/BOT_TENANT_ID is required/);
    const msi = loadConfig({ BOT_ID: 'id', BOT_TYPE: 'UserAssignedMsi', BOT_TENANT_ID: 't' });
    expect(msi.localMode).to.equal(false);
    expect(msi.bot.type).to.equal('UserAssignedMsi');
  });

  it('parses the tenant allow-list case-insensitively and ignores blanks', () => {
    expect(loadConfig({ ALLOWED_TENANTS: ' AAA-1 , ,bbb-2 ' }).allowedTenants).to.deep.equal(['aaa-1', 'bbb-2']);
  });

  it('rejects settings that must be URLs when they are not', () => {
    expect(() => loadConfig({ OPENAI_BASE_URL: 'not a url' })).to.throw(/OPENAI_BASE_URL="not a url" must be an http\(s\) URL/);
  });

  it('reads optional env files, with the real environment winning', () => {
    const dir = tempDir('hali-env-');
    writeFileSync(join(dir, '.env.local'), 'PORT=4000\nOPENAI_MODEL=from-file\n');
    writeFileSync(join(dir, '.env.local.user'), 'OPENAI_MODEL=from-user-file\n');
    const env = readEnvFiles(dir, { PORT: '5000' });
    expect(env.PORT).to.equal('5000');
    expect(env.OPENAI_MODEL).to.equal('from-user-file');
    expect(readEnvFiles(join(dir, 'missing'), {})).to.deep.equal({});
  });

  it('runs the nudge scheduler by default, except under test, and reads NUDGE_SCHEDULER', () => {
    expect(loadConfig({}).nudges.scheduler).to.equal(true);
    expect(loadConfig({ NODE_ENV: 'test' }).nudges.scheduler).to.equal(false);
    expect(loadConfig({ NUDGE_SCHEDULER: 'false' }).nudges.scheduler).to.equal(false);
    expect(loadConfig({ NODE_ENV: 'test', NUDGE_SCHEDULER: 'true' }).nudges.scheduler).to.equal(true);
    expect(() => loadConfig({ NUDGE_SCHEDULER: 'sometimes' })).to.throw(/NUDGE_SCHEDULER="sometimes" must be true or false/);
  });
});
