import { CallLogError } from '../errors/call-log-error.js';
import type { CallLogSource } from './call-log-source.js';
import type { DemoDataOptions } from './demo-data.js';
import { DEMO_VIEWER_UID } from './demo-viewer.js';
import { MemoryCallLogSource } from './memory-source.js';

// Kept importable from here: the generator and the source share it through a leaf module, not through each other.
export { DEMO_VIEWER_UID };

/**
 * A memory source over generated demo calls, seen from the demo viewer (`DEMO_VIEWER_UID`).
 *
 * The calls are generated on the first request, by a module loaded then: a page that never shows demo data never
 * downloads it (the script-tag bundle keeps it in a file of its own, `call-log-elements-demo-data.js`).
 */
export function createDemoSource(options: DemoDataOptions = {}): CallLogSource {
  let loading: Promise<MemoryCallLogSource> | undefined;
  const load = (): Promise<MemoryCallLogSource> =>
    (loading ??= import('./demo-data.js').then(
      ({ generateDemoCallLogs }) => new MemoryCallLogSource(generateDemoCallLogs(options), { viewerUid: DEMO_VIEWER_UID }),
      (cause: unknown) => {
        // Not cached: a retry loads it again.
        loading = undefined;
        throw new CallLogError('NETWORK', 'The demo data could not be loaded: check that call-log-elements-demo-data.js is served beside the script.', { cause });
      },
    ));
  return {
    capabilities: { search: true, dateRange: true },
    fetchPage: async (request) => (await load()).fetchPage(request),
    fetchCall: async (sessionID, options) => (await load()).fetchCall(sessionID, options),
  };
}
