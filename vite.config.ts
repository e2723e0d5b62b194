import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  root: 'demo',
  plugins: [localCallsApi()],
  server: { port: 5173, host: 'localhost' },
});
