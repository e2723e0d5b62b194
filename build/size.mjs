// `npm run size`: the gzip and brotli sizes of the script-tag bundles, checked against a budget.
// Sizes are deterministic for a given source, so this is a check, not a timing.
//
// The goal is 20 KB gzip for dist/call-log-elements.js (both elements, Lit included). The bundle is above it today,
// so the check guards the size it has (it fails on any growth past the budget below) until the cuts that reach the
// goal land; then the budget drops to the goal.
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const GOAL_GZIP = 20 * 1024;
const BUDGET_GZIP = 33 * 1024;
const FILES = ['call-log-elements.js', 'call-log-elements.iife.js'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let over = false;
for (const name of FILES) {
  const bytes = await readFile(new URL(`../dist/${name}`, import.meta.url));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const verdict = gzip > BUDGET_GZIP ? 'OVER BUDGET' : gzip > GOAL_GZIP ? 'within budget, above the 20 KB goal' : 'within the goal';
  console.log(`dist/${name}: ${kb(bytes.length)} minified, ${kb(gzip)} gzip, ${kb(brotli)} brotli (${verdict})`);
  if (gzip > BUDGET_GZIP) over = true;
}
if (over) {
  console.error(`A bundle is over the ${kb(BUDGET_GZIP)} gzip budget: find what grew (npm run build, then compare).`);
  process.exit(1);
}
