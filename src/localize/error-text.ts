import type { CallLogError } from '../errors/call-log-error.js';
import type { Localize } from './localize.js';

/** The errors explained to a person in words of their own; any other is "Something went wrong". */
const EXPLAINED = new Set(['NETWORK', 'TIMEOUT', 'AUTH', 'HTTP', 'BAD_RESPONSE']);

/**
 * What went wrong, for the person, in their language: the list's error state and an export's failure say the same.
 * (A configuration error is for the page's author instead, and shown as its English message.)
 */
export function errorSentence(error: CallLogError, t: Localize['t']): string {
  return t(EXPLAINED.has(error.code) ? (`error.${error.code}` as 'error.HTTP') : 'error.other', {
    // A status code is not a quantity: its digits stay as the server sent them.
    status: String(error.status ?? ''),
  });
}
