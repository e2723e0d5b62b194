// The whole English table for the tests: the core's words and the report words, which the page loads in parts.
import { ENGLISH } from '../../src/localize/messages.js';
import { REPORT_ENGLISH } from '../../src/localize/report-messages.js';

export const ALL_ENGLISH = { ...ENGLISH, ...REPORT_ENGLISH };

/** The keys of each part, as language files are packed (build/bundles.mjs). */
export const KEY_PARTS = { core: Object.keys(ENGLISH), report: Object.keys(REPORT_ENGLISH) };
