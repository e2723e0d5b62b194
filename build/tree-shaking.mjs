// Part of `npm run size`: the npm build stays tree-shakeable. An app that imports only the list element, bundled as
// an app's bundler would (Vite, which this project builds with, splitting dynamic imports into files of their own),
// must load none of the filter, the export, the summary, the demo data or the translations up front; the languages stay files loaded on use.
// Run after `npm run build`, on dist/ as the package publishes it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const entryDir = await mkdtemp(join(tmpdir(), 'call-log-tree-'));
const entry = join(entryDir, 'app.js');
// The one-line app: the list's class from the package entry, registered by the app itself.
await writeFile(
  entry,
  `import { CallLogList } from ${JSON.stringify(join(root, 'dist/index.js'))};\ncustomElements.define('call-log-list', CallLogList);\n`,
);

/** What must not be in what the app loads up front, each with a string only it has. */
const ABSENT = {
  'the filter element': 'url-state',
  'the export element': 'export-button',
  'the summary element': 'busiest-label',
  'the export and summary words': 'Most calls with',
  'the German messages': 'Eingehend',
  'the Japanese messages': '着信',
  'the demo data': 'Aisha Khan',
};

let failed = false;
try {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    mode: 'production',
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rolldownOptions: { input: entry },
    },
  });
  const chunks = (Array.isArray(result) ? result[0] : result).output.filter((item) => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // The entry and every chunk it imports statically: what the page loads before anything runs.
  const upFront = new Set();
  const visit = (chunk) => {
    if (upFront.has(chunk)) return;
    upFront.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  const code = [...upFront].map((chunk) => chunk.code).join('\n');
  for (const [what, marker] of Object.entries(ABSENT)) {
    if (code.includes(marker)) {
      console.error(`An app that imports only the list loads ${what} up front (found ${JSON.stringify(marker)}).`);
      failed = true;
    }
  }
  const later = chunks.length - upFront.size;
  if (later < 25) {
    console.error(`The languages are not files of their own in an app's bundle: ${later} files load on use, not 25 or more.`);
    failed = true;
  }
  const gzip = gzipSync(Buffer.from(code), { level: 9 }).length;
  console.log(
    `An app importing only <call-log-list> (Vite, Lit included): ${(gzip / 1024).toFixed(1)} KB gzip up front; ` +
      `${later} files on use (languages, demo data); no filter${failed ? ' (FAILED, see above)' : ''}.`,
  );
} finally {
  await rm(entryDir, { recursive: true, force: true });
}
if (failed) process.exit(1);
