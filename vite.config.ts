import { build, defineConfig, type Plugin } from 'vite';
import { BUNDLES, bundleConfig } from './build/bundles.mjs';
import { createCallsApi } from './demo/api/calls-api.ts';

/** Mounts the local Calls API on the dev server, so the demo can switch the same list to real HTTP. */
function localCallsApi(): Plugin {
  return {
    name: 'local-calls-api',
    configureServer(server) {
      const api = createCallsApi();
      server.middlewares.use((req, res, next) => {
        void api.handle(req, res, next);
      });
    },
  };
}

/**
 * Serves the script-tag bundles at the site root (/call-log-elements.js, /call-log-elements.iife.js, and the demo data
 * file they load), as a site that hosts them would: built from the current source on first request, in memory,
 * and again after a source change.
 * The no-code pages (cms.html, snippet-builder.html) load them like any page outside this repository.
 */
function scriptTagBundles(): Plugin {
  const built = new Map<string, Promise<string>>();
  async function bundle(fileName: string): Promise<string> {
    const result = await build(bundleConfig(fileName, { write: false }));
    const outputs = Array.isArray(result) ? result : [result];
    for (const output of outputs) {
      if (!('output' in output)) continue;
      const chunk = output.output.find((file) => file.type === 'chunk' && file.fileName === fileName);
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
    throw new Error(`The build made no ${fileName}`);
  }
  return {
    name: 'script-tag-bundles',
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (file.includes('/src/')) built.clear();
      });
      server.middlewares.use((req, res, next) => {
        const fileName = (req.url ?? '').split('?')[0]!.slice(1);
        if (!(fileName in BUNDLES)) return next();
        if (!built.has(fileName)) built.set(fileName, bundle(fileName));
        built
          .get(fileName)!
          .then((code) => {
            res.setHeader('Content-Type', 'text/javascript');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(code);
          })
          .catch((error: unknown) => {
            built.delete(fileName);
            next(error);
          });
      });
    },
  };
}

export default defineConfig({
  root: 'demo',
  plugins: [localCallsApi(), scriptTagBundles()],
  server: { port: 5173, host: 'localhost' },
});
