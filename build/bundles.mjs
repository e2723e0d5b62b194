// The two script-tag bundles, shared by `npm run build` (written to dist/) and the demo's dev server (built in memory).
// Each is one file with Lit bundled, Lit's production build and minified.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const BANNER = `/*! call-log-elements ${version} | MIT | includes Lit, BSD-3-Clause, Google LLC */`;

/** The bundles, each named by the file it makes. */
export const BUNDLES = {
  // `<script type="module" src>`: registers both tags and exports the package entry's classes.
  'call-log-elements.js': { entry: 'src/define.ts', format: 'es' },
  // Classic `<script src>`: registers both tags and puts the classes on `window.CallLogElements`.
  'call-log-elements.iife.js': { entry: 'build/iife-entry.js', format: 'iife' },
};

/** Vite's inline configuration for one bundle. */
export function bundleConfig(fileName, { write = true, outDir = 'dist' } = {}) {
  const { entry, format } = BUNDLES[fileName];
  return {
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    // Lit's production build, also when built inside the demo's dev server (where NODE_ENV is "development").
    mode: 'production',
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      outDir,
      emptyOutDir: false,
      write,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {
        entry,
        formats: [format],
        // Rolldown wants a global name for an iife with exports; this one has none (see build/iife-entry.js).
        ...(format === 'iife' ? { name: 'CallLogElements' } : {}),
        fileName: () => fileName,
      },
      rolldownOptions: {
        // Vite 8 leaves a library's `es` output unminified unless asked.
        output: {
          minify: true,
          // A bundle for pages, not for another bundler: no tree-shaking hints, only the licence notice.
          comments: { legal: true, annotation: false, jsdoc: false },
          banner: BANNER,
        },
      },
    },
  };
}
