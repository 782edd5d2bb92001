// Rebuilds docs/img/story.png, the README's picture of the seeds' story page: `npm run report` first,
// then `npm run screenshot`. Headless Chromium (Debian's package, or FRAMELENS_CHROMIUM) through
// playwright-core, 1280 pixels wide. The framing contrast, who is heard, the charts and the legend are hidden in the
// picture so the verdicts and the marked articles fit in one screen; the page itself is unchanged.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
const chromiumPath = process.env.FRAMELENS_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!chromiumPath) {
  process.stderr.write('screenshot: no Chromium found (apt-get install chromium, or set FRAMELENS_CHROMIUM)\n');
  process.exit(2);
}
const page = readdirSync(join(ROOT, 'reports')).find((f) => f.endsWith('.html') && f !== 'index.html');
if (!page) {
  process.stderr.write('screenshot: no story page in reports/ (run npm run report first)\n');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: chromiumPath });
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 1200 } });
  await tab.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await tab.goto(pathToFileURL(join(ROOT, 'reports', page)).href);
  await tab.addStyleTag({ content: '#contrast,#heard,#charts,.legend,#articles>p,.crumb{display:none}' });
  await tab.screenshot({ path: join(ROOT, 'docs', 'img', 'story.png') });
  process.stdout.write(`docs/img/story.png from reports/${page}\n`);
} finally {
  await browser.close();
}
