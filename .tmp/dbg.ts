import { writeFileSync } from 'node:fs';
import { openPlayground } from '../test/helpers/playground';
(async () => {
  const p = await openPlayground({});
  await p.page.getByText('Welcome to HALI').first().waitFor({ timeout: 30000 });
  await p.send('settings');
  await p.page.getByText('Your time zone').last().waitFor({ timeout: 15000 });
  const html = await p.page.content();
  writeFileSync('/tmp/dom.html', html);
  await p.close('dbg.png');
  process.exit(0);
})();
