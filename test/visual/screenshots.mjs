// Takes screenshots of the demo in light and dark, at 360 and 1024 px wide, into .screenshots/: in English, German
// and Arabic (right to left).
// Run: npm run screenshots
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_ARGS, findChrome } from '../setup/browser.mjs';

const out = new URL('../../.screenshots/', import.meta.url);
await mkdir(out, { recursive: true });
const server = await createServer({ server: { port: 5199, strictPort: false }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')),
});
const pages = (process.env.PAGES ?? 'index.html,index.html?lang=de,index.html?lang=ar').split(',');
try {
  for (const page of pages) {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [360, 1024]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const tab = await context.newPage();
        tab.on('console', (message) => console.log(`[${page} ${colorScheme} ${width}] ${message.text()}`));
        await tab.goto(new URL(page, url).href);
        await tab.waitForFunction(() => {
          // The list in the page, or in the page's preview frame (the snippet builder).
          const list =
            document.querySelector('call-log-list') ??
            document.querySelector('iframe:not(.loading)')?.contentDocument?.querySelector('call-log-list');
          // Its words are in once its base names their language.
          return list && ['ready', 'complete', 'error'].includes(list.status) && list.shadowRoot.querySelector('[part~="base"][lang]');
        });
        if (process.env.EXPAND) {
          await tab.locator('call-log-list').locator('.expand').nth(Number(process.env.EXPAND)).click();
          // The details panel's file loads on first use: the list's update is complete once it is shown.
          await tab.evaluate(() => document.querySelector('call-log-list').updateComplete);
        }
        const file = new URL(`${page.replace(/\W+/g, '-')}-${colorScheme}-${width}.png`, out);
        await tab.screenshot({ path: file.pathname, fullPage: width === 360 ? false : true });
        console.log(file.pathname);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
