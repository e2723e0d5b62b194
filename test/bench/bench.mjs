// The performance benchmark: <call-log-list> against a static-HTML floor and a naive list (every row rendered with a
// plain `map`), and <call-log-list> with custom rows (`renderers`) against its built-in rows, measured side by side
// in one headless Chromium session, with Lit's production build.
// Run: npm run bench   (not part of npm test). Prints a table and writes .screenshots/bench/results.json.
//
// Environment: BENCH_RUNS (samples of the 30-row and filter figures, default 7), BENCH_MANY_RUNS (samples of the
// 10,000-call figures, default 5), BENCH_SCROLL_RUNS (scrolls per element and speed, default 2), BENCH_SCROLL_STEP
// (px per animation frame, comma-separated speeds, default "300,1200": a fast fling, then a stress test of two box
// heights a frame; the naive list scrolls at the first only), BENCH_NAIVE_SCROLL_STEPS (frames the naive list scrolls, default
// 10), BENCH_SCROLL_BOX=page (scroll the page instead of the list's own 600 px box), BENCH_COUNT (default 10000),
// BENCH_HANG_MS (how long a page may go without answering before its run counts as stopped, default 150000),
// BENCH_SCROLL_FORCED=1 (each frame sets the position a step past the last one set, whatever the list did with it),
// BENCH_ONLY (any of first,many,filter,custom,peer; default all five: `custom` adds the list with custom rows, measured
// as the list is, to the first and many figures; `peer` measures the list against `<lit-virtualizer scroller>` with
// the same rows, test/bench/virtual-call-list.ts, in pages of their own alternating which goes first).
import { mkdir, writeFile } from 'node:fs/promises';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../setup/browser.mjs';
import { startBenchServer } from './bench-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const MANY_RUNS = Number(process.env.BENCH_MANY_RUNS ?? 5);
const SCROLL_RUNS = Number(process.env.BENCH_SCROLL_RUNS ?? 2);
const SCROLL_STEPS = (process.env.BENCH_SCROLL_STEP ?? '300,1200').split(',').map(Number);
const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
// The naive list takes a third of a second and more per frame while scrolling: it scrolls this many frames only.
const NAIVE_SCROLL_STEPS = Number(process.env.BENCH_NAIVE_SCROLL_STEPS ?? 10);
const SCROLL_PAGE = process.env.BENCH_SCROLL_BOX === 'page';
// Each frame sets the position a step past where the last one set it, so a list that pulls it back still goes the
// whole way (its blank frames then compare with those of a list that does not).
const FORCED = process.env.BENCH_SCROLL_FORCED === '1';
const FIRST_ROWS = 30;
const ONLY = new Set((process.env.BENCH_ONLY ?? 'first,many,filter,custom,peer').split(','));
// The list with custom rows (test/bench/bench-page.ts, `customRenderers`) beside the list with built-in rows.
const CUSTOM = ONLY.has('custom');
/** `variants`, without the custom rows unless they are measured. */
const measured = (variants) => variants.filter((which) => CUSTOM || !which.startsWith('custom'));
const STATUSES = ['missed', 'ended', 'unanswered', 'rejected'];

const out = new URL('../../.screenshots/bench/', import.meta.url);
const started = Date.now();

const { server, origin, pageUrl } = await startBenchServer(5198);

const browser = await chromium.launch({
  executablePath: findChrome(),
  args: [
    ...CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')),
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});
const browserVersion = browser.version();

/** Opens the bench page in a context of its own, runs `fn(page)`, and closes it. */
async function visit(viewport, fn) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(new Error(message.text()));
  });
  try {
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.bench?.ready === true);
    const result = await fn(page);
    if (errors.length > 0) throw errors[0];
    return result;
  } finally {
    await page.context().close();
  }
}

/**
 * A page that has not answered in HANG_MS stopped answering: its main thread is busy for good (the scroll itself gives
 * up after a minute). Such a run is counted as such instead of holding up the whole benchmark.
 */
const HANG_MS = Number(process.env.BENCH_HANG_MS ?? 150_000);
const STOPPED = Symbol('stopped answering');
const answered = (promise) => {
  // Closing the page that stopped answering rejects what was asked of it: nobody waits for that any more.
  promise.catch(() => undefined);
  return Promise.race([promise, new Promise((resolve) => setTimeout(resolve, HANG_MS, STOPPED).unref())]);
};

const TALL = { width: 800, height: 2400 }; // the 30 rows and their day headings fit without scrolling
const WINDOW = { width: 1024, height: 800 };

const median = (values) => {
  const sorted = values.filter((value) => value !== undefined && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const max = (values) => Math.max(...values);
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const log = (text) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);

const samples = {
  list30: [],
  static30: [],
  custom30: [],
  list: [],
  naive: [],
  custom: [],
  filterList: [],
  filterNaive: [],
  listScroll: [],
  customScroll: [],
  peerList: [],
  virtual: [],
};
let litDevMode;
try {
  // Warm-up: Vite transforms the modules and pre-bundles Lit once; the rows' HTML for the static floor is taken.
  const html = await visit(TALL, async (page) => {
    litDevMode = await page.evaluate(() => window.bench.litDevMode);
    return page.evaluate((count) => window.bench.serializeRows(count), FIRST_ROWS);
  });
  log(`Chromium ${browserVersion}, Lit ${litDevMode ? 'DEVELOPMENT' : 'production'} build, ${RUNS} and ${MANY_RUNS} runs`);

  // 1. The first 30 rows, list and static floor alternating which goes first (custom rows between them).
  for (let run = 0; run < (ONLY.has('first') ? RUNS : 0); run++) {
    const order = measured(run % 2 ? ['static30', 'custom30', 'list30'] : ['list30', 'custom30', 'static30']);
    for (const which of order) {
      samples[which].push(
        await visit(TALL, (page) =>
          which === 'static30'
            ? page.evaluate((rows) => window.bench.staticFirstRows(rows), html)
            : page.evaluate(([count, variant]) => window.bench.listFirstRows(count, variant), [
                FIRST_ROWS,
                which === 'custom30' ? 'custom' : 'list',
              ]),
        ),
      );
    }
  }
  if (ONLY.has('first')) log(`30 rows: ${RUNS} × ${CUSTOM ? 3 : 2} samples`);

  // 2. 10,000 calls: list and naive alternating (custom rows between them); the first SCROLL_RUNS of each also scroll
  // to the end at the first speed. Then the list (built-in and custom rows alternating) scrolls at the other speeds,
  // SCROLL_RUNS times each, in pages of their own.
  const manyVisit = async (which, run, step) => {
    // Twice the frames the distance takes at ~70 px a row: a list that never reaches its end stops there.
    const maxSteps = which === 'naive' ? NAIVE_SCROLL_STEPS : Math.ceil((2 * COUNT * 70) / Math.max(step, 1));
    const sample = await visit(WINDOW, (page) =>
      answered(page.evaluate((args) => window.bench.many(...args), [which, COUNT, step, maxSteps, SCROLL_PAGE, FORCED])),
    );
    if (sample === STOPPED) {
      log(`${which.padEnd(6)} run ${run + 1}: the page stopped answering (${HANG_MS / 1000} s without a result) at ${step} px/frame`);
      return { stoppedAnswering: true, scrollStep: step };
    }
    log(
      `${which.padEnd(6)} run ${run + 1}: painted ${sample.painted.toFixed(0)} ms, ${sample.elements} elements` +
        (sample.scroll
          ? `, scrolled ${sample.scroll.steps} steps of ${step} px, longest task ${sample.scroll.longestTask.toFixed(0)} ms`
          : ''),
    );
    return { ...sample, scrollStep: step };
  };
  for (let run = 0; run < (ONLY.has('many') ? MANY_RUNS : 0); run++) {
    const order = measured(run % 2 ? ['naive', 'custom', 'list'] : ['list', 'custom', 'naive']);
    for (const which of order) samples[which].push(await manyVisit(which, run, run < SCROLL_RUNS ? SCROLL_STEPS[0] : 0));
  }
  for (const step of ONLY.has('many') ? SCROLL_STEPS.slice(1) : []) {
    for (let run = 0; run < SCROLL_RUNS; run++) {
      for (const which of measured(run % 2 ? ['custom', 'list'] : ['list', 'custom'])) {
        samples[`${which}Scroll`].push(await manyVisit(which, run, step));
      }
    }
  }

  // 2b. Against the peer: the list and <lit-virtualizer scroller>, fresh pages alternating which goes first, each
  // run scrolling to the end at one speed, the speeds in turn.
  for (let run = 0; run < (ONLY.has('peer') ? MANY_RUNS : 0); run++) {
    const step = SCROLL_STEPS[run % SCROLL_STEPS.length];
    for (const which of run % 2 ? ['virtual', 'list'] : ['list', 'virtual']) {
      const sample = await manyVisit(which, run, step);
      samples[which === 'list' ? 'peerList' : 'virtual'].push(sample);
    }
  }

  // 3. Filter changes on the local Calls API (no latency): list and naive in one page, alternating.
  if (ONLY.has('filter')) await visit(WINDOW, async (page) => {
    await page.evaluate((baseUrl) => window.bench.filterSetup(baseUrl), `${origin}/v3.0`);
    const changes = RUNS + 2; // the first two warm up
    for (let i = 0; i < changes; i++) {
      const status = STATUSES[i % STATUSES.length];
      const order = i % 2 ? ['naive', 'list'] : ['list', 'naive'];
      for (const which of order) {
        const result = await page.evaluate(([variant, callStatus]) => window.bench.filterChange(variant, callStatus), [which, status]);
        if (i >= 2) samples[which === 'list' ? 'filterList' : 'filterNaive'].push(result);
      }
    }
  });
  if (ONLY.has('filter')) log(`filter changes: ${RUNS} × 2 samples`);
} finally {
  await browser.close();
  await server.close();
}

// The table.
const scrolled = (which, step) =>
  [...samples[which], ...(samples[`${which}Scroll`] ?? [])]
    .filter((sample) => sample.scroll && sample.scrollStep === step)
    .map((sample) => sample.scroll);
const frameStats = (which, step) => {
  const runs = scrolled(which, step);
  return {
    longestTask: max(runs.map((run) => run.longestTask)),
    longTasks: max(runs.map((run) => run.longTasks)),
    longestFrame: max(runs.map((run) => max(run.frames))),
    p95Frame: median(runs.map((run) => percentile(run.frames, 95))),
    blankFrames: median(runs.map((run) => run.blankFrames / run.steps)),
    lastRowShown: runs.every((run) => run.lastRowShown),
  };
};
const med = (key, field) => median(samples[key].map((sample) => sample[field]));
const mb = (bytes) => (bytes === undefined ? undefined : bytes / 2 ** 20);
const heapAdded = (key) => median(samples[key].map((sample) => sample.heapAfter - sample.heapBefore));
const naiveFrames = frameStats('naive', SCROLL_STEPS[0]);

/** The scrolling figures at one speed; the naive list's are from the first speed. */
function scrollRows(step, listFrames) {
  const at = `Scrolling to the end, ${step} px/frame`;
  return [
    {
      figure: `${at}: longest task (ms, worst run)`,
      list: listFrames.longestTask,
      other: naiveFrames.longestTask,
      against: 'naive map',
      ratio: undefined,
      target: 'no task > 50 ms',
      met: listFrames.longestTask <= 50,
      note: 'long tasks are reported from 50 ms; 0 = none',
    },
    {
      figure: `${at}: long tasks (count, worst run)`,
      list: listFrames.longTasks,
      other: naiveFrames.longTasks,
      against: 'naive map',
      digits: 0,
    },
    {
      figure: `${at}: longest frame (ms, worst run)`,
      list: listFrames.longestFrame,
      other: naiveFrames.longestFrame,
      against: 'naive map',
      ratio: listFrames.longestFrame / naiveFrames.longestFrame,
      ratioMeaning: '× the naive',
    },
    {
      figure: `${at}: 95th percentile frame (ms)`,
      list: listFrames.p95Frame,
      other: naiveFrames.p95Frame,
      against: 'naive map',
      ratio: listFrames.p95Frame / naiveFrames.p95Frame,
      ratioMeaning: '× the naive',
    },
    {
      figure: `${at}: frames painted with no row mid-box (%)`,
      list: listFrames.blankFrames * 100,
      other: naiveFrames.blankFrames * 100,
      against: 'naive map',
      digits: 0,
    },
  ];
}

/**
 * The list with custom rows against the same list with its built-in rows: the same figures, each as a ratio to the
 * built-in rows (above 1: the custom rows cost more).
 */
function customRows() {
  const against = 'built-in rows';
  const ratioMeaning = '× the built-in';
  const pair = (figure, custom, list, digits) => ({
    figure: `Custom rows, ${figure}`,
    list: custom,
    other: list,
    against,
    ratio: custom / list,
    ratioMeaning,
    ...(digits === undefined ? {} : { digits }),
  });
  const scrolling = SCROLL_STEPS.flatMap((step) => {
    const custom = frameStats('custom', step);
    const list = frameStats('list', step);
    const at = `scrolling, ${step} px/frame`;
    return [
      { ...pair(`${at}: longest task (ms, worst run)`, custom.longestTask, list.longestTask), ratio: undefined },
      { ...pair(`${at}: long tasks (count, worst run)`, custom.longTasks, list.longTasks, 0), ratio: undefined },
      pair(`${at}: longest frame (ms, worst run)`, custom.longestFrame, list.longestFrame),
      pair(`${at}: 95th percentile frame (ms)`, custom.p95Frame, list.p95Frame),
      {
        ...pair(`${at}: frames painted with no row mid-box (%)`, custom.blankFrames * 100, list.blankFrames * 100, 0),
        ratio: undefined,
      },
    ];
  });
  return [
    pair(`${FIRST_ROWS} rows: data → painted (ms)`, med('custom30', 'painted'), med('list30', 'painted')),
    pair(`${FIRST_ROWS} rows: data → laid out, main thread (ms)`, med('custom30', 'work'), med('list30', 'work')),
    pair(`${COUNT} calls: data → first paint (ms)`, med('custom', 'painted'), med('list', 'painted')),
    pair(`${COUNT} calls: data → laid out, main thread (ms)`, med('custom', 'work'), med('list', 'work')),
    pair(`${COUNT} calls: DOM elements (document + shadow roots)`, med('custom', 'elements'), med('list', 'elements'), 0),
    pair(`${COUNT} calls: rows in the DOM after first paint`, med('custom', 'rows'), med('list', 'rows'), 0),
    pair(`${COUNT} calls: JS heap after loading (MB)`, mb(med('custom', 'heapAfter')), mb(med('list', 'heapAfter')), 1),
    pair(`${COUNT} calls: JS heap added by the element (MB)`, mb(heapAdded('custom')), mb(heapAdded('list')), 1),
    ...scrolling,
  ];
}

const rows = [
  {
    figure: `${FIRST_ROWS} rows: data → painted (ms)`,
    list: med('list30', 'painted'),
    other: med('static30', 'painted'),
    against: 'static HTML (floor)',
    ratio: med('list30', 'painted') / med('static30', 'painted'),
    ratioMeaning: '× the floor',
    target: '≤ 2× the floor',
    met: med('list30', 'painted') <= 2 * med('static30', 'painted'),
  },
  {
    figure: `${FIRST_ROWS} rows: data → laid out, main thread (ms)`,
    list: med('list30', 'work'),
    other: med('static30', 'work'),
    against: 'static HTML (floor)',
    ratio: med('list30', 'work') / med('static30', 'work'),
    ratioMeaning: '× the floor',
  },
  {
    figure: `${COUNT} calls: data → first paint (ms)`,
    list: med('list', 'painted'),
    other: med('naive', 'painted'),
    against: 'naive map',
    ratio: med('naive', 'painted') / med('list', 'painted'),
    ratioMeaning: '× faster',
    target: '≥ 10× faster',
    met: med('naive', 'painted') >= 10 * med('list', 'painted'),
  },
  {
    figure: `${COUNT} calls: data → laid out, main thread (ms)`,
    list: med('list', 'work'),
    other: med('naive', 'work'),
    against: 'naive map',
    ratio: med('naive', 'work') / med('list', 'work'),
    ratioMeaning: '× faster',
  },
  {
    figure: `${COUNT} calls: DOM elements (document + shadow roots)`,
    list: med('list', 'elements'),
    other: med('naive', 'elements'),
    against: 'naive map',
    ratio: med('naive', 'elements') / med('list', 'elements'),
    ratioMeaning: '× fewer',
    digits: 0,
  },
  {
    figure: `${COUNT} calls: rows in the DOM after first paint`,
    list: med('list', 'rows'),
    other: med('naive', 'rows'),
    against: 'naive map',
    ratio: med('naive', 'rows') / med('list', 'rows'),
    ratioMeaning: '× fewer',
    digits: 0,
  },
  {
    figure: `${COUNT} calls: JS heap after loading (MB)`,
    list: mb(med('list', 'heapAfter')),
    other: mb(med('naive', 'heapAfter')),
    against: 'naive map',
    ratio: med('naive', 'heapAfter') / med('list', 'heapAfter'),
    ratioMeaning: '× less',
    digits: 1,
  },
  {
    figure: `${COUNT} calls: JS heap added by the element (MB)`,
    list: mb(heapAdded('list')),
    other: mb(heapAdded('naive')),
    against: 'naive map',
    ratio: heapAdded('naive') / heapAdded('list'),
    ratioMeaning: '× less',
    digits: 1,
  },
  ...SCROLL_STEPS.flatMap((step) => scrollRows(step, frameStats('list', step))),
  ...(CUSTOM ? customRows() : []),
  {
    figure: 'Filter change → new rows painted, local API (ms)',
    list: med('filterList', 'painted'),
    other: med('filterNaive', 'painted'),
    against: 'same fetch + naive map',
    ratio: med('filterList', 'painted') / med('filterNaive', 'painted'),
    ratioMeaning: '× the naive',
  },
  {
    figure: 'Filter change → laid out, main thread (ms)',
    list: med('filterList', 'work'),
    other: med('filterNaive', 'work'),
    against: 'same fetch + naive map',
    ratio: med('filterList', 'work') / med('filterNaive', 'work'),
    ratioMeaning: '× the naive',
  },
];

/** The list against the peer: each figure of both, the spread of the runs, and the list's as a ratio to the peer's. */
function peerRows() {
  if (!samples.virtual.length) return [];
  const both = (field) => [median(samples.peerList.map(field)), median(samples.virtual.map(field))];
  const spread = (field) =>
    [samples.peerList, samples.virtual].map((runs) => {
      const values = runs.map(field).filter(Number.isFinite);
      return values.length ? `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}` : '–';
    });
  const at = (step) => (sample) => sample.scroll && sample.scrollStep === step;
  const scrollField = (step, read) => (sample) => (at(step)(sample) ? read(sample.scroll) : undefined);
  const figures = [
    ['first rows painted after the element is added (ms)', (x) => x.painted, 0],
    ['main thread to first rows laid out (ms)', (x) => x.work, 0],
    ['elements in the DOM', (x) => x.elements, 0],
    ['JS heap after loading (MB)', (x) => mb(x.heapAfter), 1],
    ['JS heap added by the element (MB)', (x) => mb(x.heapAfter - x.heapBefore), 1],
    ...SCROLL_STEPS.flatMap((step) => [
      [`${step} px/frame: frames per second`, scrollField(step, (r) => 1000 / median(r.frames)), 0],
      [`${step} px/frame: tasks over 50 ms`, scrollField(step, (r) => r.longTasks), 0],
      [`${step} px/frame: frames with no row mid-box (%)`, scrollField(step, (r) => (100 * r.blankFrames) / r.steps), 0],
      [`${step} px/frame: distance travelled (% of asked)`, scrollField(step, (r) => (100 * r.travelled) / r.asked), 0],
      [`${step} px/frame: frames pulled back (%)`, scrollField(step, (r) => (100 * r.pulledBack) / r.steps), 0],
      [`${step} px/frame: JS heap added by the element, scrolled to the end (MB)`, (x) => (at(step)(x) ? mb(x.heapScrolled - x.heapBefore) : undefined), 1],
    ]),
  ];
  const stopped = (runs, step) => {
    const atStep = runs.filter((sample) => sample.scrollStep === step);
    return `${atStep.filter((sample) => sample.stoppedAnswering).length} of ${atStep.length}`;
  };
  return [
    ...figures.map(([figure, field, digits]) => {
      const [list, peer] = both(field);
      const [listSpread, peerSpread] = spread(field);
      return { figure, list, peer, ratio: list / peer, listSpread, peerSpread, digits };
    }),
    // Counted, not measured: such a run has no figures above.
    ...SCROLL_STEPS.map((step) => ({
      figure: `${step} px/frame: pages that stopped answering (runs)`,
      listText: stopped(samples.peerList, step),
      peerText: stopped(samples.virtual, step),
      listSpread: '',
      peerSpread: '',
    })),
  ];
}

const fmt = (value, digits = 1) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));
const table = [
  ['Figure', 'call-log-list', 'Baseline', 'Against', 'Ratio', 'Target', 'Met'],
  ...rows.map((row) => [
    row.figure,
    fmt(row.list, row.digits),
    fmt(row.other, row.digits),
    row.against,
    row.ratio === undefined || !Number.isFinite(row.ratio) ? '' : `${row.ratio.toFixed(1)}${row.ratioMeaning}`,
    row.target ?? '',
    row.target ? (row.met ? '✓' : '✗') : '',
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
console.log('');
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, column) => (column === 0 || column === 3 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
  if (i === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}
const peer = peerRows();
if (peer.length) {
  const peerTable = [
    ['Against <lit-virtualizer scroller>', 'call-log-list', '(runs)', 'peer', '(runs)', 'list / peer'],
    ...peer.map((row) => [
      row.figure,
      row.listText ?? fmt(row.list, row.digits),
      row.listSpread,
      row.peerText ?? fmt(row.peer, row.digits),
      row.peerSpread,
      row.ratio !== undefined && Number.isFinite(row.ratio) ? `${row.ratio.toFixed(2)}×` : '',
    ]),
  ];
  const peerWidths = peerTable[0].map((_, column) => Math.max(...peerTable.map((row) => row[column].length)));
  console.log('');
  for (const [i, row] of peerTable.entries()) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(peerWidths[column]) : cell.padStart(peerWidths[column]))).join('  '));
    if (i === 0) console.log(peerWidths.map((width) => '-'.repeat(width)).join('  '));
  }
}
console.log('');
console.log(
  [
    `Medians of ${RUNS} runs (${MANY_RUNS} for ${COUNT} calls), pages alternating which goes first; Chromium ${browserVersion}, ` +
      `Lit ${litDevMode ? 'DEVELOPMENT' : 'production'} build.`,
    ...(CUSTOM
      ? [
          'Custom rows: <call-log-list> with renderers for title (<strong>), subtitle (built-in + a badge) and trailing ' +
            '(one button, @click), in the same runs, between the list and its baseline.',
        ]
      : []),
    `Scrolling: worst of ${SCROLL_RUNS} runs at each speed in ${SCROLL_PAGE ? 'the page' : "the list's 600 px box"}; ` +
      `the list to its last row (${measured(['list', 'custom']).every((which) => SCROLL_STEPS.every((step) => frameStats(which, step).lastRowShown)) ? 'shown' : 'NOT SHOWN'}), ` +
      `the naive list for its first ${NAIVE_SCROLL_STEPS} frames at ${SCROLL_STEPS[0]} px only.`,
    'Absolute times depend on the machine and its load: compare the ratios.',
  ].join('\n'),
);

await mkdir(out, { recursive: true });
const file = new URL('results.json', out);
await writeFile(
  file,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      browser: browserVersion,
      settings: {
        runs: RUNS,
        manyRuns: MANY_RUNS,
        scrollRuns: SCROLL_RUNS,
        scrollSteps: SCROLL_STEPS,
        scrollBox: SCROLL_PAGE ? 'page' : 'list',
        naiveScrollSteps: NAIVE_SCROLL_STEPS,
        count: COUNT,
        firstRows: FIRST_ROWS,
        litDevMode,
        customRows: CUSTOM,
      },
      rows,
      peer,
      samples,
    },
    null,
    2,
  ),
);
console.log(`Written to ${fileURLToPath(file)} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
