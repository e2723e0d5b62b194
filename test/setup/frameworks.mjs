// Frameworks inside the test runner.
//
// React 19 ships CommonJS only. The `reactEsm` test-runner plugin serves it to the browser as ES modules: react, react-dom,
// react-dom/client and the JSX runtimes are bundled once by esbuild into one module (one copy of React, production
// build), and each bare specifier gets a small facade module with React's named exports.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SPECIFIERS = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime'];
const PREFIX = '/__react-esm/';
const BUNDLE = `${PREFIX}bundle.js`;

/** Export names of each specifier, read in a child process (requiring React here breaks the runner's console). */
function readExportNames() {
  const script = `const names = {};
for (const id of ${JSON.stringify(SPECIFIERS)}) names[id] = Object.keys(require(id)).filter((n) => n !== 'default');
process.stdout.write(JSON.stringify(names));`;
  const output = execFileSync(process.execPath, ['-e', script], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return JSON.parse(output.toString());
}

async function bundle() {
  const contents = `module.exports = {${SPECIFIERS.map((id) => `${JSON.stringify(id)}: require(${JSON.stringify(id)})`).join(', ')}};`;
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'react-esm-entry.cjs' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function facade(id, names) {
  return `import modules from '${BUNDLE}';
const module = modules[${JSON.stringify(id)}];
export default module;
export const { ${names.join(', ')} } = module;
`;
}

export function reactEsm() {
  let bundled;
  let names;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (SPECIFIERS.includes(source)) return `${PREFIX}${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      if (context.path === BUNDLE) {
        bundled ??= bundle();
        return { body: await bundled, type: 'js' };
      }
      const id = context.path.slice(PREFIX.length, -'.js'.length);
      if (!SPECIFIERS.includes(id)) return undefined;
      names ??= readExportNames();
      return { body: facade(id, names[id]), type: 'js' };
    },
  };
}

/** Vue 3: bare `vue` is the browser build with the template compiler (the package's default is for bundlers). */
export function vueBrowserBuild() {
  return {
    name: 'vue-browser-build',
    resolveImport({ source }) {
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
    },
  };
}

/** Vue's development build announces itself once on load: that is not a test's output. */
export const VUE_DEV_NOTICE = 'You are running a development build of Vue.';
