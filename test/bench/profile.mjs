// Where the first rows of a long history go: one load of 10,000 calls (an in-memory source handing over the whole
// history at once, as in `npm run bench`) in a 600 px box, sampled by the V8 profiler and the renderer's own
// counters, in fresh pages. Prints the time to the first paint, the elements, and the script time by module (self
// time; the profile's own rows, such as the garbage collector, in double parentheses).
// Run: node test/bench/profile.mjs   (not part of npm test). Environment: PROFILE_RUNS (default 3), BENCH_COUNT (10000).
import process from 'node:process';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../setup/browser.mjs';
import { startBenchServer } from './bench-server.mjs';

const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const { server, pageUrl } = await startBenchServer(5197);
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

/** Milliseconds of self time by module, and the renderer's counters, for one load. */
async function profileOnce() {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  try {
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.bench?.ready === true);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const paint = await page.evaluate((count) => window.bench.many('list', count, 0, 0), COUNT);
    const { profile } = await cdp.send('Profiler.stop');
    const byModule = new Map();
    const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
    const deltas = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const { callFrame } = byNode.get(id);
      const file = callFrame.url ? callFrame.url.replace(/^.*?\/(src|node_modules|test)\//, '$1/').replace(/\?.*$/, '') : `(${callFrame.functionName || 'native'})`;
      byModule.set(file, (byModule.get(file) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
    return { painted: paint.painted, elements: paint.elements, byModule };
  } finally {
    await page.context().close();
  }
}

const runs = [];
for (let run = 0; run < RUNS; run++) runs.push(await profileOnce());
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${COUNT} calls, ${RUNS} fresh pages, medians (the whole load, including the windowing settling):`);
for (const key of ['painted', 'elements']) {
  console.log(`  ${key.padEnd(9)} ${median(runs.map((run) => run[key])).toFixed(0)}${key === 'elements' ? '' : ' ms'}`);
}
const modules = new Set(runs.flatMap((run) => [...run.byModule.keys()]));
const rows = [...modules]
  .map((file) => [file, median(runs.map((run) => run.byModule.get(file) ?? 0))])
  .filter(([file, ms]) => ms >= 2 && !['((idle))', '((program))'].includes(file))
  .sort((a, b) => b[1] - a[1])
  .slice(0, 20);
console.log('Script self time by module (ms, median):');
for (const [file, ms] of rows) console.log(`  ${ms.toFixed(1).padStart(7)}  ${file}`);
await browser.close();
await server.close();
