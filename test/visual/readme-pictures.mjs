// Makes the README's theming picture (docs/images/theming.png): the list with its default look in light and in dark,
// and with the README's example theme (custom properties and ::part rules), each on demo data.
// Run: node test/visual/readme-pictures.mjs
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_ARGS, findChrome } from '../setup/browser.mjs';

/** The README's "Theming" example, verbatim. */
export const THEME_CSS = `call-log-list.brand {
  --call-log-font: Georgia, serif;
  --call-log-color-accent: #0f766e;
  --call-log-color-missed: #b91c1c;
  --call-log-color-bg: #f7f5ef;
  --call-log-color-hover: #ece8dc;
  --call-log-color-border: #d9d2bf;
  --call-log-radius: 0.25rem;
  --call-log-avatar-size: 2rem;
  --call-log-row-height: 3.25rem;
}
call-log-list.brand::part(section-header) {
  text-transform: uppercase;
  letter-spacing: 0.08em;
}
call-log-list.brand::part(avatar) {
  border-radius: 0.375rem;
}`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<script src="/call-log-elements.iife.js"></script>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; }
  .grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; padding: 14px; background: #e9ebef; }
  figure { margin: 0; display: grid; gap: 6px; }
  figcaption { font-size: 13px; color: #3d444d; font-weight: 600; }
  call-log-list { --call-log-max-height: 392px; border-radius: 8px; overflow: hidden; box-shadow: 0 1px 3px #0002; }
  .dark { color-scheme: dark; }
  ${THEME_CSS}
</style>
</head>
<body>
  <div class="grid">
    <figure><figcaption>Default (light)</figcaption><call-log-list source="demo" locale="en-GB"></call-log-list></figure>
    <figure><figcaption>Default (dark: color-scheme: dark)</figcaption><call-log-list class="dark" source="demo" locale="en-GB"></call-log-list></figure>
    <figure><figcaption>Themed (custom properties and ::part)</figcaption><call-log-list class="brand" source="demo" locale="en-GB"></call-log-list></figure>
  </div>
</body>
</html>`;

const server = await createServer({ server: { port: 5198, strictPort: false }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')),
});
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 480 }, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  await tab.goto(server.resolvedUrls.local[0]);
  await tab.setContent(PAGE);
  await tab.waitForFunction(() =>
    [...document.querySelectorAll('call-log-list')].every((list) => list.status === 'ready'),
  );
  const file = new URL('../../docs/images/theming.png', import.meta.url);
  await tab.locator('.grid').screenshot({ path: file.pathname });
  console.log(file.pathname);
} finally {
  await browser.close();
  await server.close();
}
