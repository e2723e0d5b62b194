// Time to the first rows of a REST list on an emulated mobile network: a static page loads a script-tag bundle from
// dist/ (served gzipped, as a CDN would) and shows a <call-log-list> on the local Calls API of the same origin, in
// Chromium with the DevTools protocol's network throttling (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up), fresh
// pages, module and classic script alternating. The figure loading pieces on use must not make worse. Also the time
// from the first page's answer to the first row: the page's own work, which the network's spread does not hide.
// Run: npm run build && node test/bench/mobile-first-rows.mjs   (not part of npm test). MOBILE_RUNS (default 5).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import process from 'node:process';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { CHROME_ARGS, findChrome } from '../setup/browser.mjs';

const RUNS = Number(process.env.MOBILE_RUNS ?? 5);
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const { createCallsApi } = await tsImport('../../demo/api/calls-api.ts', import.meta.url);
const api = createCallsApi();

/** The page: one list of the first 30 calls over REST, the bundle as a module or a classic script. */
const page = (classic) => `<!doctype html><html lang="en"><meta charset="utf-8"><title>first rows</title>
<meta name="viewport" content="width=device-width">
${classic ? '<script src="/dist/call-log-elements.iife.js"></script>' : '<script type="module" src="/dist/call-log-elements.js"></script>'}
<call-log-list base-url="/v3.0" auth-token="mobile" viewer-uid="sam.rivera"></call-log-list></html>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname.startsWith('/v3.0/')) return void api.handle(req, res);
  if (url.pathname === '/module.html' || url.pathname === '/classic.html') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    return void res.end(page(url.pathname === '/classic.html'));
  }
  if (/^\/dist\/[\w.-]+\.js$/.test(url.pathname)) {
    try {
      const body = gzipSync(await readFile(new URL(`../..${url.pathname}`, import.meta.url)), { level: 9 });
      res.writeHead(200, { 'Content-Type': 'text/javascript', 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' });
      return void res.end(body);
    } catch {
      // Falls through to the 404.
    }
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, resolve));
const origin = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

/** Milliseconds from navigation to the first row in the DOM, and the bytes of script the page received before it. */
async function firstRows(which) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  const scripts = new Map();
  cdp.on('Network.responseReceived', ({ requestId, type }) => type === 'Script' && scripts.set(requestId, 0));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    if (scripts.has(requestId)) scripts.set(requestId, encodedDataLength);
  });
  try {
    await tab.goto(`${origin}/${which}.html`, { waitUntil: 'commit' });
    await tab.waitForFunction(() => document.querySelector('call-log-list')?.shadowRoot?.querySelector('.row'), null, {
      polling: 'raf',
      timeout: 60_000,
    });
    const { at, answered } = await tab.evaluate(() => ({
      at: performance.now(),
      // The first page of calls arrived: what comes after it is the page's own work, not the network's.
      answered: performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname.endsWith('/calls'))?.responseEnd,
    }));
    return { at, afterAnswer: at - answered, scriptBytes: [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0) };
  } finally {
    await context.close();
  }
}

const samples = { module: [], classic: [] };
for (let run = 0; run < RUNS; run++) {
  for (const which of run % 2 ? ['classic', 'module'] : ['module', 'classic']) samples[which].push(await firstRows(which));
}
await browser.close();
server.close();
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`First rows of a REST list, 150 ms latency, 1.6 Mbit/s down, ${RUNS} fresh pages each (medians):`);
for (const [which, runs] of Object.entries(samples)) {
  const times = runs.map((run) => run.at);
  const afterAnswer = runs.map((run) => run.afterAnswer);
  console.log(
    `  ${which.padEnd(8)} ${median(times).toFixed(0)} ms (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}), ` +
      `${(median(runs.map((run) => run.scriptBytes)) / 1024).toFixed(1)} KB of script on the wire; ` +
      `from the first page's answer to the first row ${median(afterAnswer).toFixed(0)} ms (${Math.min(...afterAnswer).toFixed(0)}–${Math.max(...afterAnswer).toFixed(0)})`,
  );
}
