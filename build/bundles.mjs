// The two script-tag bundles, shared by `npm run build` (written to dist/) and the demo's dev server (built in memory).
// Each is one file with Lit bundled, Lit's production build and minified.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyLiterals } from './minify-literals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Lit's licence notice, once: its modules repeat the same notice more than a dozen times.
const BANNER = `/*! call-log-elements ${version} | MIT | includes Lit, Copyright 2017 Google LLC, BSD-3-Clause */`;

/** The bundles, each named by the file it makes. */
export const BUNDLES = {
  // `<script type="module" src>`: registers both tags and exports the package entry's classes. The demo data is a
  // file of its own beside it, loaded only by a page that shows it.
  'call-log-elements.js': { entry: 'src/define.ts', format: 'es', chunks: ['call-log-elements-demo-data.js'] },
  // Classic `<script src>`: registers both tags and puts the classes on `window.CallLogElements`. A classic script
  // has no relative imports, so the demo data is inside it.
  'call-log-elements.iife.js': { entry: 'build/iife-entry.js', format: 'iife', chunks: [] },
};

/** Vite's inline configuration for one bundle. */
export function bundleConfig(fileName, { write = true, outDir = 'dist' } = {}) {
  const { entry, format } = BUNDLES[fileName];
  return {
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    plugins: [minifyLiterals()],
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
        // Lets the code the demo data shares with the elements stay in the main file (which the demo data file
        // imports), instead of a third, shared file every page would load.
        preserveEntrySignatures: 'allow-extension',
        // Vite 8 leaves a library's `es` output unminified unless asked.
        output: {
          minify: true,
          // A bundle for pages, not for another bundler: no tree-shaking hints, and the licence notice in the banner.
          comments: { legal: false, annotation: false, jsdoc: false },
          postBanner: BANNER,
          ...(format === 'es' ? { chunkFileNames: 'call-log-elements-[name].js' } : { codeSplitting: false }),
        },
      },
    },
  };
}
