import { DEMO_VIEWER_UID, generateDemoCallLogs, type DemoDataOptions } from './demo-data.js';
import { MemoryCallLogSource } from './memory-source.js';

/** A memory source over generated demo calls, seen from the demo viewer (`DEMO_VIEWER_UID`). */
export function createDemoSource(options: DemoDataOptions = {}): MemoryCallLogSource {
  return new MemoryCallLogSource(generateDemoCallLogs(options), { viewerUid: DEMO_VIEWER_UID });
}
