import type { CallLog } from '../model/call-log.js';

/** The uid of the signed-in user the demo data is told from ("you" in the demo). */
export const DEMO_VIEWER_UID = 'sam.rivera';

export interface DemoDataOptions {
  /** Seed of the pseudo-random generator: the same seed, count and `now` give the same calls. Default 1. */
  seed?: number;
  /** How many calls. Default 240. */
  count?: number;
  /** Unix milliseconds the newest call is placed relative to. Default `Date.now()`. */
  now?: number;
}

/** A deterministic, seeded history of realistic call logs, newest first. */
export function generateDemoCallLogs(_options: DemoDataOptions = {}): CallLog[] {
  throw new Error('not implemented yet');
}
