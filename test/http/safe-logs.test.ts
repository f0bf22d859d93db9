import { expect } from 'chai';
import { routeLibraryConsole } from '../../bot/log';
import { personalMessage } from '../helpers/activities';
import { startTestServer } from '../helpers/server';
import { startTokenIssuer } from '../helpers/tokens';

const BOT_ID = '00000000-0000-4000-8000-0000000000b0';
const SERVICE_URL = 'http://127.0.0.1:9/';

describe('http: logs stay bounded and free of key material under hostile requests', () => {
  let issuer: Awaited<ReturnType<typeof startTokenIssuer>>;
  let bot: Awaited<ReturnType<typeof startTestServer>>;
  let restoreConsole: () => void;
  const stderr: string[] = [];
  const stdout: string[] = [];
  let writeErr: typeof process.stderr.write;
  let writeOut: typeof process.stdout.write;
  before(async () => {
    issuer = await startTokenIssuer();
    bot = await startTestServer({ env: { BOT_ID, BOT_PASSWORD: 'test-only-not-a-secret', BOT_OPENID_METADATA_URL: issuer.metadataUrl, BOT_TOKEN_ISSUER: issuer.issuer } });
    // As bot/index.ts does at start-up.
    restoreConsole = routeLibraryConsole(bot.log);
    writeErr = process.stderr.write.bind(process.stderr);
    writeOut = process.stdout.write.bind(process.stdout);
    process.stderr.write = ((chunk: string) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    process.stdout.write = ((chunk: string) => (stdout.push(String(chunk)), true)) as typeof process.stdout.write;
  });
  after(async () => {
    process.stderr.write = writeErr;
    process.stdout.write = writeOut;
    restoreConsole();
    await bot.close();
    await issuer.close();
  });

  it('logs a 200 KB activity id of an unauthenticated request as a short, safe value', async () => {
    const activity = { ...personalMessage('hi', { serviceUrl: SERVICE_URL }), id: `x${'\u202e<script>'.repeat(20_000)}` };
    const res = await bot.post(activity, { authorization: 'Bearer not-a-token' });
    expect(res.status).to.equal(401);
    const line = bot.logs.lines.find((l) => l.event === 'http.unauthorized')!;
    expect(line.activityId.length).to.be.at.most(70);
    expect(line.activityId).to.not.match(/[<>\u202e]/);
    expect(Math.max(...bot.logs.text().split('\n').map((l) => l.length))).to.be.below(4000);
  });

  it('keeps the signing keys botbuilder prints for a badly signed token out of stderr and the logs', async () => {
    const res = await bot.post(personalMessage('hi', { serviceUrl: SERVICE_URL }), { authorization: `Bearer ${issuer.token(BOT_ID, SERVICE_URL, {}, issuer.strangerKey())}` });
    expect(res.status).to.equal(401);
    const everything = stderr.join('') + stdout.join('') + bot.logs.text();
    expect(everything).to.not.match(/-----BEGIN|Available keys: \S{40,}/);
    expect(stderr.join('')).to.equal('');
  });
});
