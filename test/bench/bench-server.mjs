// The server of the benchmark page, shared by bench.mjs and profile.mjs. The repository root is served, so the page
// at /test/bench/ imports src/ as the tests do; the config file still mounts the local Calls API at /v3.0. Lit,
// @lit/task and @lit/reactive-element resolve to their production builds.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

/** Starts the server on `port` (or the next free one); resolves with it, its origin and the benchmark page's URL. */
export async function startBenchServer(port) {
  const server = await createServer({
    root: fileURLToPath(new URL('../../', import.meta.url)),
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    cacheDir: fileURLToPath(new URL('../../node_modules/.vite-bench/', import.meta.url)),
    resolve: { conditions: ['module', 'browser', 'production'] },
    optimizeDeps: { entries: ['test/bench/index.html'] },
    server: { port, strictPort: false, host: 'localhost', hmr: false, watch: null },
    logLevel: 'error',
  });
  await server.listen();
  const origin = new URL(server.resolvedUrls.local[0]).origin;
  return { server, origin, pageUrl: `${origin}/test/bench/index.html` };
}
