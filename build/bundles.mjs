// The script-tag bundles, shared by `npm run build` (written to dist/) and the demo's dev server (built in memory).
// Each is one file with Lit bundled, Lit's production build and minified; the demo data and each language other than
// English are files of their own, loaded from beside the bundle when a page first needs them.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyLiterals } from './minify-literals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const BANNER = `/*! call-log-elements ${version} | MIT`;
// Lit's licence notice, once: its modules repeat the same notice more than a dozen times.
const LIT_NOTICE = ' | includes Lit, Copyright 2017 Google LLC, BSD-3-Clause';

/** The file the bundles load the demo data from, beside themselves, when a page first shows demo data. */
const DEMO_DATA_FILE = 'call-log-elements-demo-data.js';

/** The built-in languages other than English, by the name of their module in src/localize/translations/. */
const LANGUAGES = readdirSync(new URL('../src/localize/translations/', import.meta.url))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));
/** The file a language is loaded from, beside the bundle, when an element first needs it. */
const languageFile = (lang) => `call-log-elements-lang-${lang}.js`;
/** The files that are data for the bundles, each self-contained: no Lit, no plugins. */
const DATA_FILES = new Set([DEMO_DATA_FILE, ...LANGUAGES.map(languageFile)]);

/** The bundles, each named by the file it makes. */
export const BUNDLES = {
  // `<script type="module" src>`: registers both tags and exports the package entry's classes.
  'call-log-elements.js': { entry: 'src/define.ts', format: 'es' },
  // Classic `<script src>`: registers both tags and puts the classes on `window.CallLogElements`.
  'call-log-elements.iife.js': { entry: 'build/iife-entry.js', format: 'iife' },
  // The demo data generator, self-contained, for either bundle to import.
  [DEMO_DATA_FILE]: { entry: 'src/sources/demo-data.ts', format: 'es' },
  // One file per language, for either bundle to import.
  ...Object.fromEntries(
    LANGUAGES.map((lang) => [languageFile(lang), { entry: `src/localize/translations/${lang}.ts`, format: 'es' }]),
  ),
};

/**
 * In the bundles, `createDemoSource()` imports the demo data file beside the bundle, rather than a module of the
 * bundle: the module finds it from `import.meta.url`; a classic script has no `import.meta`, so it reads its own
 * address while it runs (`document.currentScript`).
 */
function dataBesideBundle(format) {
  const besideScript =
    format === 'es'
      ? 'import.meta.url'
      : '(document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : document.baseURI)';
  return {
    name: 'data-beside-bundle',
    transform(code, id) {
      if (id.endsWith('/src/sources/demo-source.ts')) {
        const specifier = /import\(\s*["'`]\.\/demo-data\.js["'`]\s*\)/;
        if (!specifier.test(code)) throw new Error(`${id} no longer imports ./demo-data.js: update build/bundles.mjs`);
        return (
          `const demoDataUrl = new URL(/* @vite-ignore */ ${JSON.stringify(DEMO_DATA_FILE)}, ${besideScript}).href;\n` +
          code.replace(specifier, 'import(/* @vite-ignore */ demoDataUrl)')
        );
      }
      if (id.endsWith('/src/localize/registry.ts')) {
        // Read while the script first runs: a classic script's address is known only then.
        const specifier = /import\(\s*["'`]\.\/translations\/([\w-]+)\.js["'`]\s*\)/g;
        const found = [...code.matchAll(specifier)].map((match) => match[1]);
        if (found.sort().join() !== [...LANGUAGES].sort().join()) {
          throw new Error(`${id} imports the languages ${found.join()}, not the modules of src/localize/translations/ (${LANGUAGES.join()})`);
        }
        // One loader for every language: each import becomes a call of it with the file's name.
        return (
          `const languagesBase = ${besideScript};\n` +
          `const importLanguage = (lang) => import(/* @vite-ignore */ new URL(\`${languageFile('${lang}')}\`, languagesBase).href);\n` +
          code.replace(specifier, (_, lang) => `importLanguage(${JSON.stringify(lang)})`)
        );
      }
      return null;
    },
  };
}

/** Vite's inline configuration for one bundle. */
export function bundleConfig(fileName, { write = true, outDir = 'dist' } = {}) {
  const { entry, format } = BUNDLES[fileName];
  return {
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    plugins: DATA_FILES.has(fileName) ? [minifyLiterals()] : [minifyLiterals(), dataBesideBundle(format)],
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
          // A bundle for pages, not for another bundler: no tree-shaking hints, and the licence notice in the banner.
          comments: { legal: false, annotation: false, jsdoc: false },
          postBanner: `${BANNER}${DATA_FILES.has(fileName) ? '' : LIT_NOTICE} */`,
        },
      },
    },
  };
}
