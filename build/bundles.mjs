// The script-tag bundles, shared by `npm run build` (written to dist/) and the demo's dev server (built in memory).
// Each is a file with Lit bundled, Lit's production build and minified, holding what every page needs; the pieces a
// page may not use are files of their own, loaded from beside the bundle when a page first needs them: the filter
// element (and each element that later loads on use), the demo data and each language other than English.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { build } from 'vite';
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
/**
 * The parts of the message table (src/localize/): the core's words, and those of the export and the summary, which
 * load with them. Each language has a file per part.
 */
const MESSAGE_PARTS = ['core', 'report'];
/**
 * The file of a language's part, beside the bundle, loaded when an element first needs it: the core's words as
 * `call-log-elements-lang-de.js`, another part's as `call-log-elements-lang-de-report.js`.
 */
const languageFile = (lang, part = 'core') => `call-log-elements-lang-${lang}${part === 'core' ? '' : `-${part}`}.js`;
/** The language files, as `src/localize/packed.ts` packs them, with the part each holds. */
const LANGUAGE_FILES = new Map(LANGUAGES.flatMap((lang) => MESSAGE_PARTS.map((part) => [languageFile(lang, part), part])));
/** The files that are data for the bundles, each self-contained: no Lit, no plugins. */
const DATA_FILES = new Set([DEMO_DATA_FILE, ...LANGUAGE_FILES.keys()]);

/** The entry of both script-tag bundles: the list at once, the filter when a page has one. */
const SCRIPT_TAG_ENTRY = 'src/script-tag/index.ts';

/** The bundles, each named by the file it makes (its on-use files are named after it, see `chunkFileName`). */
export const BUNDLES = {
  // `<script type="module" src>`: exports the package entry's classes (the filter's through `loadCallLogFilter()`).
  'call-log-elements.js': { entry: SCRIPT_TAG_ENTRY, format: 'es' },
  // Classic `<script src>`: puts the same on `window.CallLogElements`.
  'call-log-elements.iife.js': { entry: SCRIPT_TAG_ENTRY, format: 'iife' },
  // The demo data generator, self-contained, for either bundle to import.
  [DEMO_DATA_FILE]: { entry: 'src/sources/demo-data.ts', format: 'es' },
  // One file per language and part, for either bundle to import.
  ...Object.fromEntries(
    LANGUAGES.flatMap((lang) =>
      MESSAGE_PARTS.map((part) => [languageFile(lang, part), { entry: `src/localize/translations/${lang}.ts`, format: 'es' }]),
    ),
  ),
};

/**
 * In the bundles, `createDemoSource()` imports the demo data file beside the bundle, and the registry each language's
 * file, rather than a module of the bundle: as `./call-log-elements-….js`, which an `import()` resolves against the
 * URL of the script it is written in, a classic script's as a module's.
 */
function dataBesideBundle() {
  return {
    name: 'data-beside-bundle',
    transform(code, id) {
      if (id.endsWith('/src/sources/demo-source.ts')) {
        const specifier = /import\(\s*["'`]\.\/demo-data\.js["'`]\s*\)/;
        if (!specifier.test(code)) throw new Error(`${id} no longer imports ./demo-data.js: update build/bundles.mjs`);
        return (
          `const demoDataFile = ${JSON.stringify(`./${DEMO_DATA_FILE}`)};\n` +
          code.replace(specifier, 'import(/* @vite-ignore */ demoDataFile)')
        );
      }
      if (id.endsWith('/src/localize/registry.ts')) {
        const specifier = /import\(\s*["'`]\.\/translations\/([\w-]+)\.js["'`]\s*\)/g;
        const found = [...code.matchAll(specifier)].map((match) => match[1]);
        if (found.sort().join() !== [...LANGUAGES].sort().join()) {
          throw new Error(`${id} imports the languages ${found.join()}, not the modules of src/localize/translations/ (${LANGUAGES.join()})`);
        }
        // One loader for every language: each import becomes a call of it with the file's name. (The report words'
        // files are loaded by src/localize/report-words.ts, beside itself.)
        return (
          `const importLanguage = (lang) => import(/* @vite-ignore */ \`./${languageFile('${lang}')}\`);\n` +
          code.replace(specifier, (_, lang) => `importLanguage(${JSON.stringify(lang)})`)
        );
      }
      return null;
    },
  };
}

/** The name of a file a script-tag bundle loads on use: `call-log-elements-filter.js` beside `call-log-elements.js`. */
const chunkFileName = (bundle, name) => bundle.replace(/\.js$/, '').replace(/^call-log-elements/, `call-log-elements-${name}`) + '.js';

/** The bundle that builds `file`: itself, or the script-tag bundle that loads it on use (any name it may have). */
export function bundleOf(file) {
  if (file in BUNDLES) return file;
  if (/^call-log-elements-[\w-]+\.iife\.js$/.test(file)) return 'call-log-elements.iife.js';
  if (/^call-log-elements-[\w-]+\.js$/.test(file)) return 'call-log-elements.js';
  return undefined;
}

/** Vite's inline configuration for one file: a data file, or a script-tag bundle as ES modules (see `scriptTagFiles`). */
function viteConfig(fileName, plugins = [], codeSplitting = undefined) {
  const { entry } = BUNDLES[fileName];
  const data = DATA_FILES.has(fileName);
  return {
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    plugins: data ? [minifyLiterals()] : [minifyLiterals(), dataBesideBundle(), ...plugins],
    // Lit's production build, also when built inside the demo's dev server (where NODE_ENV is "development").
    mode: 'production',
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        output: {
          // Vite 8 leaves a library's `es` output unminified unless asked.
          minify: true,
          codeSplitting,
          chunkFileNames: (chunk) => chunkFileName(fileName, chunk.name),
          // A bundle for pages, not for another bundler: no tree-shaking hints, and the licence notice in the banner.
          // Lit's is added when the entry and what it needs at once are joined (below): the on-use files import Lit
          // from the bundle and hold none of it.
          comments: { legal: false, annotation: false, jsdoc: false },
          postBanner: `${BANNER} */`,
        },
      },
    },
  };
}

/** The chunks of one Vite build. */
async function viteChunks(config) {
  const result = await build(config);
  return (Array.isArray(result) ? result[0] : result).output.filter((item) => item.type === 'chunk');
}

/** Where the classic bundle keeps what its on-use files import from it (the first copy of the script on a page wins). */
const CLASSIC_SHARED = 'globalThis[Symbol.for("call-log-elements.iife-shared")]';
/** The name of the chunk of everything a page loads at once, before it is joined with the entry (see below). */
const CORE = 'core';

/**
 * A script-tag bundle and the files it loads on use (each `import()` of the source that is not data), as one file
 * each. Rolldown puts what the entry shares with an on-use file in a chunk of its own, which would cost a page a second
 * request before anything runs, and writes a classic script as one file only. So:
 * 1. the module graph is built as ES modules, with everything the entry imports statically in one chunk, `core`;
 * 2. the entry and `core` are bundled again into one file: as a module that also exports what the on-use files
 *    import from `core`; or as a classic script that keeps those in a global, puts the entry's exports on
 *    `window.CallLogElements` (the first copy's stay, as its registrations do) and imports on-use files beside itself;
 * 3. each on-use file imports from the bundle instead of `core` (a classic script's on-use files stay modules, which
 *    a classic script can `import()`, and read the global instead).
 */
async function scriptTagFiles(fileName, format) {
  // The modules the entry imports statically, found once the graph is read, before it is cut into chunks.
  const atOnce = new Set();
  const staticGraph = {
    name: 'static-graph',
    buildEnd() {
      const visit = (id) => {
        if (atOnce.has(id)) return;
        atOnce.add(id);
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
      };
      visit([...this.getModuleIds()].find((id) => this.getModuleInfo(id)?.isEntry));
    },
  };
  const chunks = await viteChunks(
    viteConfig(fileName, [staticGraph], { groups: [{ name: CORE, test: (id) => atOnce.has(id) }] }),
  );
  const entry = chunks.find((chunk) => chunk.isEntry);
  const core = chunks.find((chunk) => chunk.name === CORE);
  if (!core || entry.imports.join() !== core.fileName) {
    throw new Error(`${fileName}: expected an entry that imports one chunk of what it needs at once, not ${entry.imports.join() || 'none'}`);
  }
  const onUse = chunks.filter((chunk) => chunk !== entry && chunk !== core);
  const files = new Map();
  const fromCore = new RegExp(`import\\s*(\\{[^}]*\\}|[^;]*?)\\s*from\\s*["']\\./${core.fileName.replace(/\./g, '\\.')}["'];?`, 'g');
  for (const chunk of onUse) {
    files.set(
      chunk.fileName,
      chunk.code.replace(fromCore, (statement, names) => {
        if (format === 'es') return statement.replace(core.fileName, fileName);
        if (!names.startsWith('{')) throw new Error(`${chunk.fileName}: ${statement} cannot read from the classic bundle`);
        return `const${names.replace(/\s+as\s+/g, ':')}=${CLASSIC_SHARED};`;
      }),
    );
  }
  // The on-use files are imported as `./call-log-elements-….js`, beside the bundle, by either kind of script: an
  // `import()` resolves against the URL of the script it is written in, a classic script's as a module's.
  const modules = {
    '\0entry': entry.code,
    [`\0${core.fileName}`]: core.code,
    '\0bundle':
      format === 'es'
        ? `export*from"\0entry";export*from"\0${core.fileName}";`
        : // What the on-use files import, as values rather than a module namespace's getters (they read each once,
          // when they load): every exported binding is constant (eslint.config.js holds src/ to it; Lit's are too).
          `import{${core.exports.join()}}from"\0${core.fileName}";import*as exported from"\0entry";` +
          `${CLASSIC_SHARED}??={${core.exports.join()}};globalThis.CallLogElements??=exported;`,
  };
  const result = await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    plugins: [
      {
        name: 'script-tag-bundle',
        resolveId(id) {
          // `\0bundle`, as the library's entry (with the root before it), and `./call-log-elements-core.js` alike.
          const file = `\0${id.replace(/^.*\//, '').replace(/^\0/, '')}`;
          if (file in modules) return file;
          // An on-use file, or the demo data: loaded by the page beside the bundle, as written.
          if (onUse.some((chunk) => `\0${chunk.fileName}` === file) || `\0${DEMO_DATA_FILE}` === file) return { id, external: true };
          throw new Error(`${fileName}: ${id} is not a file of the bundle`);
        },
        // The page resolves a language's `import()` (its file's name made as it runs): not a warning.
        load: (id) => modules[id]?.replace(/\bimport\(`/g, 'import(/* @vite-ignore */`') ?? null,
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      // As a library: no module preload helper. A classic script is written as a module, then wrapped (see below).
      lib: { entry: '\0bundle', formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        output: {
          minify: true,
          comments: { legal: false, annotation: false, jsdoc: false },
          postBanner: `${BANNER}${LIT_NOTICE} */`,
        },
      },
    },
  });
  const bundle = (Array.isArray(result) ? result[0] : result).output.filter((item) => item.type === 'chunk');
  if (bundle.length !== 1) throw new Error(`${fileName}: joined into ${bundle.length} files, not one`);
  let code = bundle[0].code;
  if (format === 'iife') {
    // A module that imports and exports nothing, and does not read `import.meta`, runs as a classic script once its
    // top-level names are kept out of the page's (a second copy of the script would clash with the first's).
    if (/\bimport\.meta\b|^\s*(?:import|export)\b|[;}]\s*(?:import|export)\s*[{*"'`\w]/m.test(code.replace(/^\/\*![^]*?\*\/\n/, ''))) {
      throw new Error(`${fileName}: the classic script still imports, exports or reads import.meta`);
    }
    const banner = /^\/\*![^]*?\*\/\n/.exec(code)[0];
    code = asciiOnly(fileName, `${banner}(function(){"use strict";${code.slice(banner.length)}})();\n`);
  }
  files.set(fileName, code);
  return files;
}

/**
 * `code` with every character outside ASCII written as a `\u` escape. A classic script is read in the page's
 * encoding when its server names none, and a page in a legacy one (windows-1252, Shift_JIS) would misread UTF-8: the
 * search's folding table has letters such as `ł` as property names, and misread, they stopped the whole script. An
 * escape reads alike in names, strings, templates and patterns. (Modules, the on-use and language files among them,
 * are always read as UTF-8.)
 */
function asciiOnly(fileName, code) {
  if (/\\[\u0080-\uffff]/.test(code)) throw new Error(`${fileName}: a backslash before a character outside ASCII cannot be escaped`);
  return code.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A language's file of one part: its texts of that part (the core's, or the reports'), in the order of that part of
 * the English table, with the hash of the part's key list (see src/localize/packed.ts), as a module of one JSON value.
 */
async function packedLanguage(fileName) {
  const load = (path) => tsImport(path, import.meta.url);
  const { ENGLISH } = await load('../src/localize/messages.ts');
  const { REPORT_ENGLISH } = await load('../src/localize/report-messages.ts');
  const { pack } = await load('../src/localize/packed.ts');
  const { default: translation } = await load(`../${BUNDLES[fileName].entry}`);
  const part = LANGUAGE_FILES.get(fileName);
  const keys = { core: Object.keys(ENGLISH), report: Object.keys(REPORT_ENGLISH) }[part];
  // The name and direction come with the core's words; another part's file holds its texts alone.
  const packed = pack(translation, { [part]: keys });
  if (part !== 'core') {
    delete packed.$name;
    delete packed.$dir;
  }
  return new Map([[fileName, `${BANNER} */\nexport default ${JSON.stringify(packed)};\n`]]);
}

/**
 * Builds one file of BUNDLES and the files it loads on use; resolves with each file's name and code, written to
 * `outDir` too unless `write` is false.
 */
export async function buildBundle(fileName, { write = true, outDir = 'dist' } = {}) {
  const { format } = BUNDLES[fileName];
  const files = LANGUAGE_FILES.has(fileName)
    ? await packedLanguage(fileName)
    : DATA_FILES.has(fileName)
      ? new Map((await viteChunks(viteConfig(fileName))).map((chunk) => [chunk.fileName, chunk.code]))
      : await scriptTagFiles(fileName, format);
  if (write) {
    await mkdir(new URL(`../${outDir}/`, import.meta.url), { recursive: true });
    for (const [name, code] of files) await writeFile(new URL(`../${outDir}/${name}`, import.meta.url), code);
  }
  return files;
}
