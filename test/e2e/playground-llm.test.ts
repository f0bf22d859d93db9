import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { startOpenAIStandIn } from '../helpers/openai-stand-in';
import { chromiumInstalled, expectEventually, openPlayground } from '../helpers/playground';

const ANSWER =
  'Automation bias is the habit of trusting a tool’s output more than your own checks [1]. In practice it shows up when a ' +
  'suggestion is accepted without looking at the record or the source it came from. Keep your own judgement in charge, ' +
  'and check the source before you rely on it.';

describe('e2e: with a language model configured, a personal-chat answer streams into the Agents Playground', function () {
  this.timeout(180_000);
  let standIn: Awaited<ReturnType<typeof startOpenAIStandIn>> | undefined;
  let playground: Awaited<ReturnType<typeof openPlayground>> | undefined;
  let page: Page;

  before(async function () {
    if (!chromiumInstalled()) this.skip();
    // The model writes a word every 60 ms, so the answer takes a few seconds: long enough to watch it arrive.
    standIn = await startOpenAIStandIn({ kind: 'answer', content: () => ANSWER, delayMs: 60 });
    playground = await openPlayground({ OPENAI_API_KEY: 'e2e-key-not-secret', OPENAI_BASE_URL: standIn.openaiBaseUrl, OPENAI_MODEL: 'stand-in' });
    page = playground.page;
  });

  after(async () => {
    await playground?.close('playground-llm.png');
    await standIn?.close();
  });

  it('shows the words as they come, then the whole answer with the AI label, its citation and the sources card', async () => {
    await page.getByText('Welcome to HALI').first().waitFor({ timeout: 30_000 });
    await playground!.send('what is automation bias?');
    const text = () => page.locator('body').innerText();
    // Part of the answer is on screen before the end of it has been written.
    await expectEventually(async () => {
      const shown = await text();
      return shown.includes('Automation bias is the habit') && !shown.includes('before you rely on it');
    }, 'the start of the answer, shown while the rest is still being written');
    await expectEventually(async () => (await text()).includes('before you rely on it'), 'the whole answer');
    await page.getByText('HALI · AI literacy mentor').last().waitFor({ timeout: 15_000 });
    await page.getByText('AI generated').first().waitFor({ timeout: 15_000 });
    expect(await page.getByRole('link', { name: /Automation bias, a systematic review/ }).count()).to.be.greaterThan(0);
    const request = standIn!.requests.at(-1)!;
    expect(request.body.stream).to.equal(true);
    expect(request.body.messages.at(-1)).to.deep.equal({ role: 'user', content: 'what is automation bias?' });
  });
});
