// `node build/manifest.mjs`: writes custom-elements.json from the source (see custom-elements-manifest.config.mjs).
// `node build/manifest.mjs --check`: fails, saying how to fix it, when the checked-in file differs from the source's.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = new URL('../custom-elements.json', import.meta.url);
const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
const text = `${JSON.stringify(manifest, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const checkedIn = await readFile(file, 'utf8').catch(() => '');
  if (checkedIn !== text) {
    console.error('custom-elements.json is out of date with the source: run "npm run manifest" and commit it.');
    process.exit(1);
  }
} else {
  await writeFile(file, text);
}
