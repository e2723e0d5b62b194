// `npm run build`: the script-tag bundles (dist/call-log-elements.js, dist/call-log-elements.iife.js), then the npm
// build (JavaScript and declarations of src/ in dist/, by tsc).
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { BUNDLES, bundleConfig } from './bundles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
for (const fileName of Object.keys(BUNDLES)) await build(bundleConfig(fileName));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
} catch {
  process.exit(1); // tsc has printed its errors
}
