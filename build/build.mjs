// `npm run build`: the script-tag bundles (dist/call-log-elements.js, dist/call-log-elements.iife.js, and the files they
// load on use) and the npm
// build (JavaScript and declarations of src/ in dist/, by tsc), side by side.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BUNDLES, buildBundle } from './bundles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const declarations = new Promise((resolve) => {
  spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' }).on('exit', resolve);
});
for (const fileName of Object.keys(BUNDLES)) await buildBundle(fileName);
// tsc has printed its errors, if any.
if ((await declarations) !== 0) process.exit(1);
