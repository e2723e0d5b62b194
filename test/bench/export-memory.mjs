// Exporting 50,000 calls from a REST list: the JS heap at its peak while the file is built, the tasks over 50 ms,
// and how long it takes. A static page loads the module bundle from dist/ and shows a <call-log-list> on the local
// Calls API of the same origin (a history of 50,000 calls, pages of 100); the page exports as CSV and as JSON Lines
// (taking the file from the `call-log-export` event instead of downloading it), while the heap is sampled through the
// DevTools protocol every 20 ms. Fresh pages, formats alternating.
// Run: npm run build && node test/bench/export-memory.mjs   (not part of npm test). EXPORT_RUNS (default 3).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import process from 'node:process';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { CHROME_ARGS, findChrome } from '../setup/browser.mjs';

const RUNS = Number(process.env.EXPORT_RUNS ?? 3);
const CALLS = 50_000;
const { createCallsApi } = await tsImport('../../demo/api/calls-api.ts', import.meta.url);
const api = createCallsApi({ count: CALLS });

const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>export</title>
<script type="module" src="/dist/call-log-elements.js"></script>
<call-log-list base-url="/v3.0" auth-token="bench" viewer-uid="sam.rivera" load-more="button"></call-log-list></html>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname.startsWith('/v3.0/')) return void api.handle(req, res);
  if (url.pathname === '/export.html') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    return void res.end(page);
  }
  if (/^\/dist\/[\w.-]+\.js$/.test(url.pathname)) {
    try {
      const body = await readFile(new URL(`../..${url.pathname}`, import.meta.url));
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return void res.end(body);
    } catch {
      // Falls through to the 404.
    }
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, resolve));
const origin = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChrome(), args: [...CHROME_ARGS, '--js-flags=--expose-gc'] });

/** One export in a fresh page: the heap before, its peak while exporting, long tasks, time and the file's size. */
async function exportOnce(format) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  try {
    await tab.goto(`${origin}/export.html`);
    await tab.waitForFunction(() => document.querySelector('call-log-list')?.status === 'ready', null, { timeout: 60_000 });
    await tab.evaluate(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
        type: 'longtask',
      });
      window.gc?.();
    });
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    let peak = before;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const result = await tab.evaluate(async (format) => {
      const list = document.querySelector('call-log-list');
      list.addEventListener('call-log-export', (event) => event.preventDefault(), { once: true });
      const start = performance.now();
      const { file, count } = await list.exportCalls({ format });
      return { ms: performance.now() - start, bytes: file.size, count };
    }, format);
    sampling = false;
    await sampler;
    const longTasks = await tab.evaluate(() => window.longTasks);
    return { ...result, before, peak, longTasks };
  } finally {
    await context.close();
  }
}

const samples = { csv: [], jsonl: [] };
for (let run = 0; run < RUNS; run++) {
  for (const format of run % 2 ? ['jsonl', 'csv'] : ['csv', 'jsonl']) samples[format].push(await exportOnce(format));
}
await browser.close();
server.close();
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`Exporting ${CALLS.toLocaleString('en')} calls over REST (pages of 100), ${RUNS} fresh pages each (medians):`);
for (const [format, runs] of Object.entries(samples)) {
  const counts = new Set(runs.map((run) => run.count));
  console.log(
    `  ${format.padEnd(5)} ${(median(runs.map((run) => run.ms)) / 1000).toFixed(1)} s, file ${mb(median(runs.map((run) => run.bytes)))}` +
      ` (${[...counts].join(', ')} calls), JS heap ${mb(median(runs.map((run) => run.before)))} before,` +
      ` peak ${mb(median(runs.map((run) => run.peak)))} (+${mb(median(runs.map((run) => run.peak - run.before)))}),` +
      ` tasks over 50 ms: ${median(runs.map((run) => run.longTasks.length))}` +
      ` (longest ${median(runs.map((run) => Math.max(0, ...run.longTasks))).toFixed(0)} ms)`,
  );
}
