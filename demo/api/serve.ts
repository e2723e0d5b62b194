/**
 * `npm run api`: the local Calls API on its own port, for the demo or a quick look with curl.
 * The port comes from `--port N` (or `--port=N`), then the PORT variable, then 8787.
 */
import { createServer } from 'node:http';
import { createCallsApi } from './calls-api.js';

const DEFAULT_PORT = 8787;

function readPort(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  const at = argv.indexOf('--port');
  const text = at >= 0 ? argv[at + 1] : (argv.find((arg) => arg.startsWith('--port='))?.slice(7) ?? env.PORT);
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    console.error(`The port ${JSON.stringify(text)} is not a port number: use --port N or PORT=N with N from 0 to 65535.`);
    process.exit(1);
  }
  return port;
}

const port = readPort(process.argv.slice(2), process.env);
const api = createCallsApi();
const server = createServer((req, res) => void api.handle(req, res));

server.on('error', (error: NodeJS.ErrnoException) => {
  const why = error.code === 'EADDRINUSE' ? `port ${port} is in use: pass --port N or set PORT` : error.message;
  console.error(`The local Calls API could not start: ${why}.`);
  process.exit(1);
});

server.listen(port, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Local Calls API (demo data, any non-empty authToken): http://localhost:${actual}/v3.0`);
});
