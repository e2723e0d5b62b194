import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { CHROME_ARGS, findChrome } from './test/setup/browser.mjs';
import { embedPages } from './test/setup/embed-pages.mjs';
import { reactEsm, VUE_DEV_NOTICE, vueBrowserBuild } from './test/setup/frameworks.mjs';
import { networkCommands } from './test/setup/network.mjs';

const executablePath = findChrome();
// The local Calls API is TypeScript shared with the demo server; tsx loads it into this Node process.
const { createCallsApi } = await tsImport('./demo/api/calls-api.ts', import.meta.url);
const callsApi = createCallsApi();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One tab at a time: a background tab gets no animation frames, intersection callbacks or lazy images.
  concurrency: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [
    esbuildPlugin({
      ts: true,
      tsx: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    // React 19 and Vue 3 in the browser, for the framework tests (test/frameworks/).
    reactEsm(),
    vueBrowserBuild(),
    // Takes the page offline and back, for the reliability tests (test/reliability/).
    networkCommands(),
  ],
  middleware: [
    // The REST source is tested over real HTTP: the local Calls API answers /v3.0/... on the test server's origin.
    async function callsApiMiddleware(context, next) {
      if (!callsApi.matches(context.url)) return next();
      context.respond = false;
      await callsApi.handle(context.req, context.res);
    },
    // The built bundles at the site root, and the strict-CSP pages of the embed tests (test/embed/).
    embedPages,
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith(VUE_DEV_NOTICE),
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
  // Lit's one-time dev-mode notice is not a test's output; the benign ResizeObserver loop error is not a failure.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script>
          window.litIssuedWarnings = new Set(['dev-mode']);
          window.addEventListener('error', (event) => {
            if (String(event.message).startsWith('ResizeObserver loop')) event.stopImmediatePropagation();
          }, true);
        </script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  testFramework: {
    config: { timeout: 10000 },
  },
};
