// `npm run size`: the gzip and brotli sizes of what each kind of page loads from the script-tag bundles, and of each
// file, checked against a budget. Sizes are deterministic for a given source, so this is a check, not a timing.
//
// The budgets hold what is reached and move only with a reason, stated here and in the README; the goals are where
// a page should get to. History of the one bundle every page loaded until the filter became a file of its own (39.2
// KB budget): +1 KB for what the real Calls API needs, +0.5 KB for the list's row modules, +3.5 KB for languages and
// rows an app can shape, +1 KB for reliability, +5.0 KB for finding calls (2.8 list and request, 2.2 filter), +0.1 KB
// for stepping only for the list's own scroller, +0.5 KB for keeping calls already in the model (10,000 calls: first
// paint 533 → 431 ms). The filter then became a file loaded on use: a list alone 39.0 → 34.9 KB, a list with its
// filter 39.0 → 40.6 KB in two files (gzip no longer finds what the two share in one file). A list alone then grew by
// 0.4 KB for windowing by heights (a DOM that does not grow with the history), and by 0.6 KB for exporting: the 22
// English words of the export and its CSV's header row (0.4 KB), the list's `exportCalls()` and the controller's
// `readPages()` that load the rest on use, and one page reader with auth renewal shared by both; and by 0.2 KB for
// reading language files that hold texts only (keys in the English table's order, checked by a hash), which made
// every language file 0.4-0.8 KB smaller. Then the export's English words left the bundle for a file loaded with the
// export and the summary (report-words), the reading of every page left the controller for read-pages, and the
// summary came as a file of its own: a list alone 36.1 -> 36.0 KB (exporting and the summary together cost a page
// without them 0.5 KB over the 35.5 KB before them: what loads them on use, the list's `exportCalls()`, the
// controller's `fetchNextPage()` and `subscribeLatest()`, and the English table in parts). Then each language's file
// came in two, the core's words and the reports', the second loaded with the export or the summary: every language
// 1.0-1.5 KB (was 1.2-1.9), a list alone +0.2 KB for loading a part later (36.2 KB). Loading the report words'
// part then moved from the bundle to the report words' own file: a list alone 36.1 KB, a page that exports or sums
// up 0.2 KB more (42.2 and 43.0 KB). The three controls' reason for being off then became one method of the link they
// share: 0.1 KB more on a page with a summary (43.1 KB classic 43.5), as gzip no longer finds the copies in one file.
// A row's details panel then became a file loaded when a person first reaches for a row, and the files loaded on use
// lost Lit's licence line (they hold none of Lit): a list alone 36.1 -> 35.5 KB (classic 35.7), a list with its filter
// 42.3 -> 41.6 KB; a page whose person opens a row loads 1.3 KB more. Then a language's report words loaded when
// first shown (no listener of every language file in the registry), the export and the summary waited for them
// themselves (no hook in every element's Localize), and the classic bundle lost a dead read of its own address and
// handed its on-use files a plain object: a list alone 35.3 KB (classic 35.5), as before exporting existed; built
// without what loads the export and the summary, it would be 298 B (classic 302 B) smaller, within 0.3 KB. Then the
// bundles imported the demo data and the languages beside themselves as relative files: 35.3 KB (classic 35.5). Then
// the window kept one margin ahead until the rows first move and a viewport of first rows, and the request kept the
// ids it returned in an array (10,000 calls: 657 elements instead of 1,155, 0.8 MB of heap instead of 1.07): 35.4 KB
// (classic 35.6). Then the call reader tested a talk time as written and compared participants pairwise (10,000 calls
// read a third faster, first rows 1.68x -> 1.31x the peer's in one A/B run), and the classic bundle came to hold ASCII
// only (a page in a legacy encoding misread it): 35.5 KB (classic 35.6, 0.1 KB over its budget, which moved with the
// three pages' that hold it by 0.1 KB). Then the list came to make the rows' first Intl formatters while it waits for
// its first page (a REST list on a slow network: 170 -> 130 ms from the page's answer to the first row): 35.6 KB
// (classic 35.7, over by 25 bytes, and the pages with a filter or a summary by a few: each up by 0.1 KB). Then the
// list kept the views of recently rendered rows only (10,000 calls scrolled to the end: 4.0 -> 1.5 MB held): the
// classic page that exports 34 bytes over its budget, up by 0.1 KB as the others were. Then a row found by a search
// came to say why when its name does not show the match (a group call found by a member's name, a call found by an
// id): 78 bytes, the classic pages 49 bytes over their budgets, each up by 0.1 KB. Then a search came never to find
// the signed-in user by their own name (the sources learn who that is): 69 bytes, the classic list alone 16 bytes and
// the classic page with a summary a few over their budgets, both up by 0.1 KB.
import { readdir, readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// What a page loads, by what it has: the script-tag bundle holds what every page needs and loads the rest beside
// itself on first use (build/bundles.mjs). Each page's budget is the sum of its files' gzip sizes, for the module
// bundle and the classic one alike; the goals are those a page should reach (see README "Performance").
const PAGES = [
  {
    page: 'a list alone (REST source, English), before its first rows',
    files: (bundle) => [bundle],
    budget: 36.0,
    goal: 22,
  },
  {
    page: 'a list and a linked filter (REST source, English), all loaded',
    files: (bundle) => [bundle, onUse(bundle, 'filter'), onUse(bundle, 'list-link')],
    budget: 42.1,
    goal: 28,
  },
  {
    page: 'a list with export buttons, once it has exported (REST source, English)',
    files: (bundle) =>
      [bundle, ...['export', 'list-link', 'report-words', 'export-calls', 'read-pages'].map((name) => onUse(bundle, name))],
    budget: 42.1,
    goal: 26,
  },
  {
    page: 'a list with a summary, once it has counted (REST source, English)',
    files: (bundle) => [bundle, ...['summary', 'list-link', 'report-words', 'read-pages'].map((name) => onUse(bundle, name))],
    budget: 43.0,
    goal: 26,
  },
];
const BUNDLES = ['call-log-elements.js', 'call-log-elements.iife.js'];
/** The file `name` a bundle loads on use, as build/bundles.mjs names it. */
const onUse = (bundle, name) => bundle.replace(/^call-log-elements/, `call-log-elements-${name}`);

/** Each file with its gzip budget, in KB. */
const FILES = {
  // Loaded by either bundle, only on a page that shows demo data.
  'call-log-elements-demo-data.js': 2.5,
};
/** Each file a script-tag bundle loads on use, by its name, with its gzip budget in KB (the classic one's alike). */
const ON_USE = {
  // A row's details panel, loaded when a person first reaches for a row (its expand button hovered or focused, a row
  // focused) or opens one: a page whose rows stay closed never loads it.
  details: 1.4,
  // The filter element.
  filter: 5.7,
  // How the filter, the export buttons and the summary find their list, and say why they are off.
  'list-link': 1.0,
  // The export buttons.
  export: 2.5,
  // Exporting: the columns, CSV and JSON Lines, the file; with reading every page, within the 4 KB goal of exporting.
  'export-calls': 2.0,
  // Reading every call, shared by exporting and the summary.
  'read-pages': 0.7,
  // The English words of the export and the summary (the CSV's header row among them), and what loads a language's.
  'report-words': 1.1,
  // The summary element, its count and periods: over the 4 KB goal (see README "Performance").
  summary: 4.7,
};
// Each language other than English, loaded by either bundle only on a page in that language. The goal is 1.5 KB.
for (const file of await readdir(new URL('../dist/', import.meta.url))) {
  // Texts only, in the English table's order (src/localize/packed.ts), one file per part of the table: the core's
  // words 1.0-1.5 KB (scripts other than Latin take two or three bytes a letter), the words of the export and the
  // summary 0.5-0.7 KB, loaded only with them.
  if (/^call-log-elements-lang-[\w-]+-report\.js$/.test(file)) FILES[file] = 0.8;
  else if (/^call-log-elements-lang-[\w-]+\.js$/.test(file)) FILES[file] = 1.5;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = new Map();
async function sizeOf(name) {
  if (!sizes.has(name)) {
    const bytes = await readFile(new URL(`../dist/${name}`, import.meta.url));
    sizes.set(name, {
      minified: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes.get(name);
}

let over = false;
for (const { page, files, budget, goal } of PAGES) {
  console.log(`${page}: budget ${budget.toFixed(1)} KB gzip, goal ${goal} KB`);
  for (const bundle of BUNDLES) {
    let gzip = 0;
    let brotli = 0;
    for (const name of files(bundle)) {
      const size = await sizeOf(name);
      gzip += size.gzip;
      brotli += size.brotli;
    }
    const verdict = gzip > budget * 1024 ? `OVER the ${budget.toFixed(1)} KB budget` : `${kb(Math.max(0, gzip - goal * 1024))} above the goal`;
    console.log(`  ${files(bundle).join(' + ')}: ${kb(gzip)} gzip, ${kb(brotli)} brotli (${verdict})`);
    if (gzip > budget * 1024) over = true;
  }
}
for (const bundle of BUNDLES) for (const [name, budget] of Object.entries(ON_USE)) FILES[onUse(bundle, name)] = budget;
console.log('Each file:');
for (const [name, budget] of Object.entries(FILES).concat(BUNDLES.map((bundle) => [bundle, Infinity]))) {
  const { minified, gzip, brotli } = await sizeOf(name);
  const verdict = budget === Infinity ? 'counted in the pages above' : gzip > budget * 1024 ? `OVER the ${budget} KB budget` : `budget ${budget} KB`;
  console.log(`  dist/${name}: ${kb(minified)} minified, ${kb(gzip)} gzip, ${kb(brotli)} brotli (${verdict})`);
  if (gzip > budget * 1024) over = true;
}
// Every script file the build made is listed above, so a new one cannot go unbudgeted.
const listed = new Set([...Object.keys(FILES), ...BUNDLES]);
const unlisted = (await readdir(new URL('../dist/', import.meta.url))).filter((file) => /^call-log-elements.*\.js$/.test(file) && !listed.has(file));
if (unlisted.length) {
  console.error(`Files of the script-tag bundles with no budget: ${unlisted.join(', ')} (add them to build/size.mjs).`);
  over = true;
}
if (over) {
  console.error('A page or a file is over its gzip budget: find what grew (npm run build, then compare).');
  process.exit(1);
}
