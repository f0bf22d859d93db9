import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { APP_ROLE_VALUES } from '../../bot/educator/auth';
import { CONTAINER_NAMES } from '../../bot/store/documents';
import { balanced, modules, params, placeholders, resourceTypes, settingNames, settingValue, variable } from '../helpers/bicep';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const MAIN = read('infra/main.bicep');
const BICEP_FILES = ['infra/main.bicep', ...readdirSync(join(ROOT, 'infra', 'modules')).map((f) => `infra/modules/${f}`)];

/** The settings bot/config.ts reads (the same reading as the settings documentation test). */
const SETTINGS = [...new Set([...read('bot/config.ts').matchAll(/\b(?:text|integer|flag|url)\('([A-Z0-9_]+)'/g)].map((m) => m[1]))];
const APP_SETTINGS = variable(MAIN, 'appSettings');
const DEV_ENV = parseEnv(read('env/.env.dev'));
const LOCAL_ENV = parseEnv(read('env/.env.local'));

describe('infra: Bicep templates (checked offline)', () => {
  it('sets every setting the bot reads, and every one in env/.env.example, as an App Service app setting', () => {
    expect(SETTINGS.length).to.be.greaterThan(25);
    const example = [...read('env/.env.example').matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(settingNames(APP_SETTINGS)).to.include.members([...SETTINGS, ...example]);
  });

  it('keeps secrets out of app settings: keys and passwords are empty or Key Vault references', () => {
    for (const name of settingNames(APP_SETTINGS).filter((n) => /KEY|PASSWORD/.test(n))) {
      const value = settingValue(APP_SETTINGS, name)!;
      expect(value, name).to.satisfy((v: string) => v === "''" || v.includes('@Microsoft.KeyVault(SecretUri='));
    }
    expect(settingValue(APP_SETTINGS, 'NUDGE_TRIGGER_KEY')).to.include('@Microsoft.KeyVault(');
    expect(settingValue(APP_SETTINGS, 'NODE_ENV')).to.equal("'production'");
    expect(settingValue(APP_SETTINGS, 'BOT_TYPE')).to.equal("'UserAssignedMsi'");
    expect(settingValue(APP_SETTINGS, 'COSMOS_CREATE_CONTAINERS')).to.equal("'false'");
    expect(settingValue(APP_SETTINGS, 'AZURE_CLIENT_ID')).to.equal('identity.properties.clientId');
  });

  it('creates exactly the Cosmos DB containers the store uses, partitioned on /pk with time to live on', () => {
    const names = [...variable(MAIN, 'containerNames').matchAll(/'(\w+)'/g)].map((m) => m[1]);
    expect(names).to.deep.equal(CONTAINER_NAMES);
    const cosmos = read('infra/modules/cosmos.bicep');
    expect(cosmos).to.match(/paths: \[\s*'\/pk'\s*\]/);
    expect(cosmos).to.match(/defaultTtl: -1/);
    expect(cosmos).to.match(/name: 'EnableServerless'/);
    expect(cosmos).to.match(/disableLocalAuth: true/);
    expect(cosmos).to.include("dataContributorRoleId = '00000000-0000-0000-0000-000000000002'");
  });

  it('configures App Service, the bot, Key Vault and Azure OpenAI as the deployment guide says', () => {
    const app = read('infra/modules/app-service.bicep');
    for (const line of ["linuxFxVersion: 'NODE|20-lts'", 'alwaysOn: true', 'httpsOnly: true', "minTlsVersion: '1.2'", "ftpsState: 'Disabled'", 'keyVaultReferenceIdentity: identityResourceId', "type: 'UserAssigned'"]) {
      expect(app, line).to.include(line);
    }
    const bot = read('infra/modules/bot.bicep');
    expect(bot).to.include("msaAppType: 'UserAssignedMSI'").and.include("channelName: 'MsTeamsChannel'");
    expect(read('infra/modules/keyvault.bicep')).to.include('enableRbacAuthorization: true').and.include("'4633458b-17de-408a-b874-0445c86b69e6'");
    const openai = read('infra/modules/openai.bicep');
    expect(openai).to.include("kind: 'OpenAI'").and.include('disableLocalAuth: true').and.include("'5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'");
    expect(MAIN).to.match(/param location string = 'uksouth'/);
  });

  it('has balanced brackets, dated API versions, and modules that exist with the params they declare', () => {
    for (const file of BICEP_FILES) {
      const text = read(file);
      expect(balanced(text), file).to.equal(true);
      for (const { type, apiVersion } of resourceTypes(text)) expect(apiVersion, `${file} ${type}`).to.match(/^\d{4}-\d{2}-\d{2}(-preview)?$/);
    }
    expect(balanced(`${MAIN}\n}`), 'a stray brace is caught').to.equal(false);
    const calls = modules(MAIN);
    expect(calls.map((c) => c.path)).to.have.members(['modules/monitoring.bicep', 'modules/cosmos.bicep', 'modules/openai.bicep', 'modules/keyvault.bicep', 'modules/app-service.bicep', 'modules/bot.bicep']);
    for (const call of calls) {
      const declared = params(read(join('infra', call.path)));
      expect(declared.map((p) => p.name), `${call.path} declares what main.bicep passes`).to.include.members(call.params);
      const required = declared.filter((p) => !p.hasDefault).map((p) => p.name);
      expect(call.params, `main.bicep passes every required param of ${call.path}`).to.include.members(required);
    }
  });
});

describe('infra: parameters and the Agents Toolkit lifecycle', () => {
  const parameters = JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, { value: unknown }> };

  it('passes only parameters main.bicep declares, and every one it requires', () => {
    const declared = params(MAIN);
    const given = Object.keys(parameters.parameters);
    expect(declared.map((p) => p.name)).to.include.members(given);
    expect(given).to.include.members(declared.filter((p) => !p.hasDefault).map((p) => p.name));
  });

  it('fills parameters from env/.env.dev, or from secrets in the .user file', () => {
    for (const name of placeholders(read('infra/azure.parameters.json'))) {
      if (name.startsWith('SECRET_')) continue;
      expect(DEV_ENV, `env/.env.dev declares ${name}`).to.have.property(name);
    }
    expect(placeholders(read('infra/azure.parameters.json'))).to.include('SECRET_NUDGE_TRIGGER_KEY');
  });

  it('declares in env/.env.dev every placeholder of the manifest, with the package version', () => {
    for (const name of placeholders(read('appPackage/manifest.json'))) expect(DEV_ENV, name).to.have.property(name);
    expect(DEV_ENV.APP_VERSION).to.equal(JSON.parse(read('package.json')).version);
  });

  const outputs = [...MAIN.matchAll(/^output (\w+) /gm)].map((m) => m[1]);
  const BUILT_IN = ['TEAMSFX_ENV', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'TEAMS_APP_TENANT_ID'];

  // The toolkit's own schema for v1.11 lifecycle files, vendored (see test/fixtures/schemas/README.md).
  const lifecycleSchema = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(read('test/fixtures/schemas/m365agents-v1.11.yaml.schema.json')));

  it('every lifecycle file is valid against the Agents Toolkit\'s official v1.11 schema, which does catch mistakes', () => {
    for (const file of ['m365agents.yml', 'm365agents.local.yml', 'm365agents.playground.yml']) {
      const doc = parseYaml(read(file));
      expect(doc.version, file).to.equal('v1.11');
      expect(lifecycleSchema(doc), `${file}: ${JSON.stringify(lifecycleSchema.errors)}`).to.equal(true);
    }
    const broken = parseYaml(read('m365agents.yml'));
    broken.provision[0].with = { ...broken.provision[0].with, unknownOption: true };
    delete broken.version;
    expect(lifecycleSchema(broken)).to.equal(false);
  });

  for (const file of ['m365agents.yml', 'm365agents.local.yml', 'm365agents.playground.yml']) {
    it(`${file} parses, uses known actions, and refers to files that exist`, () => {
      const text = read(file);
      const doc = parseYaml(text) as Record<string, { uses: string; with?: Record<string, unknown>; writeToEnvironmentFile?: Record<string, string> }[]>;
      expect(String(doc.version)).to.match(/^v1\.\d+$/);
      expect(text).to.include(`$schema=https://aka.ms/m365-agents-toolkits/${doc.version}/yaml.schema.json`);
      const steps = [...(doc.provision ?? []), ...(doc.deploy ?? []), ...(doc.publish ?? [])];
      const known = ['teamsApp/create', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update', 'teamsApp/publishAppPackage', 'arm/deploy', 'aadApp/create', 'aadApp/update', 'botFramework/create', 'cli/runNpmCommand', 'azureAppService/zipDeploy', 'file/createOrUpdateEnvironmentFile'];
      const written = new Set(steps.flatMap((s) => Object.values(s.writeToEnvironmentFile ?? {})));
      for (const step of steps) {
        expect(known, file).to.include(step.uses);
        const options = step.with ?? {};
        for (const key of ['manifestPath', 'ignoreFile']) if (options[key]) expect(existsSync(join(ROOT, String(options[key]))), `${file}: ${options[key]}`).to.equal(true);
        for (const template of (options.templates as { path: string; parameters: string }[] | undefined) ?? []) {
          expect(existsSync(join(ROOT, template.path)), template.path).to.equal(true);
          expect(existsSync(join(ROOT, template.parameters)), template.parameters).to.equal(true);
        }
        if (options.appPackagePath) expect(String(options.appPackagePath)).to.match(/^\.\/appPackage\/build\/appPackage\.\$\{\{TEAMSFX_ENV\}\}\.zip$/);
      }
      // Every ${{NAME}} comes from the toolkit, an earlier step, the Bicep outputs or the environment's file.
      const envFile = { 'm365agents.yml': DEV_ENV, 'm365agents.local.yml': LOCAL_ENV, 'm365agents.playground.yml': {} }[file]!;
      const manifestNames = doc.provision?.some((s) => s.uses === 'teamsApp/zipAppPackage') ? placeholders(read('appPackage/manifest.json')) : [];
      for (const name of [...placeholders(text), ...manifestNames]) {
        const known = BUILT_IN.includes(name) || written.has(name) || (file === 'm365agents.yml' && outputs.includes(name)) || name in envFile;
        expect(known, `${file}: where does ${name} come from?`).to.equal(true);
      }
    });
  }

  it('m365agents.yml provisions the app, the Azure resources and the package, and deploys the build to App Service', () => {
    const doc = parseYaml(read('m365agents.yml')) as Record<string, { uses: string; with?: { args?: string } }[]>;
    const order = ['teamsApp/create', 'aadApp/create', 'arm/deploy', 'aadApp/update', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage'];
    expect(doc.provision.map((s) => s.uses).filter((uses) => order.includes(uses))).to.deep.equal(order);
    expect(doc.provision.map((s) => s.uses)).to.include('teamsApp/update');
    expect(doc.deploy.map((s) => s.with?.args ?? s.uses)).to.include('run build').and.include('azureAppService/zipDeploy');
    expect(outputs).to.include.members(['AZURE_APP_SERVICE_RESOURCE_ID', 'BOT_ID', 'BOT_DOMAIN']);
  });

  it('creates the educator tab\'s Entra app with the app roles the workspace reads, in both lifecycles', () => {
    for (const file of ['m365agents.yml', 'm365agents.local.yml']) {
      const doc = parseYaml(read(file)) as Record<string, { uses: string; with?: Record<string, string>; writeToEnvironmentFile?: Record<string, string> }[]>;
      const create = doc.provision.find((s) => s.uses === 'aadApp/create' && s.writeToEnvironmentFile?.clientId === 'AAD_APP_CLIENT_ID');
      expect(create?.writeToEnvironmentFile, file).to.include({ tenantId: 'AAD_APP_TENANT_ID', authority: 'AAD_APP_OAUTH_AUTHORITY' });
      expect(doc.provision.find((s) => s.uses === 'aadApp/update')?.with?.manifestPath, file).to.equal('./aad.manifest.json');
    }
    const aad = JSON.parse(read('aad.manifest.json'));
    expect(aad.appRoles.map((r: { value: string }) => r.value)).to.deep.equal(Object.keys(APP_ROLE_VALUES));
    expect(aad.identifierUris).to.deep.equal(['api://${{BOT_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    expect(aad.preAuthorizedApplications.map((a: { appId: string }) => a.appId)).to.include.members(['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346']);
  });

  it('deploys the built app, its content and runtime dependencies, but not tests, settings files or secrets', () => {
    const ignored = read('.webappignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(ignored).to.include.members(['test', 'env', '.data']);
    for (const needed of ['lib', 'mentors', 'node_modules', 'package.json']) expect(ignored).to.not.include(needed);
  });
});
