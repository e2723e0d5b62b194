import { defineConfig, type Plugin } from 'vite';
import { buildBundle, bundleOf } from './build/bundles.mjs';
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
 * Serves the script-tag bundles at the site root (/call-log-elements.js, /call-log-elements.iife.js, and the files
 * they load on use), as a site that hosts them would: built from the current source on first request, in memory,
 * and again after a source change.
 * The no-code pages (cms.html, snippet-builder.html) load them like any page outside this repository.
 */
function scriptTagBundles(): Plugin {
  // Each bundle's files, by the name of each file.
  const built = new Map<string, Promise<Map<string, string>>>();
  return {
    name: 'script-tag-bundles',
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (file.includes('/src/')) built.clear();
      });
      server.middlewares.use((req, res, next) => {
        const fileName = (req.url ?? '').split('?')[0]!.slice(1);
        const bundle = bundleOf(fileName);
        if (!bundle) return next();
        if (!built.has(bundle)) built.set(bundle, buildBundle(bundle, { write: false }));
        built
          .get(bundle)!
          .then((files) => {
            const code = files.get(fileName);
            if (code === undefined) return next();
            res.setHeader('Content-Type', 'text/javascript');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(code);
          })
          .catch((error: unknown) => {
            built.delete(bundle);
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
