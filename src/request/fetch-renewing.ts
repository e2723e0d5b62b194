import { CallLogError } from '../errors/call-log-error.js';
import type { CallLog } from '../model/call-log.js';
import type { CallLogRequest } from './call-log-request.js';

/**
 * Renews the auth token once a page was refused with `AUTH`: resolves `true` once a fresh token is in place (the page
 * is then asked for again), `false` to let the error stand.
 */
export type RenewAuth = (signal: AbortSignal) => Promise<boolean>;

/**
 * The next page of `request`; on `AUTH`, once, a renewed token and the same page again. The one way a page is read
 * with renewal, by a list's loads, its checks for new calls and a reading of every call alike.
 */
export async function fetchNextRenewing(
  request: CallLogRequest,
  signal: AbortSignal,
  renewAuth: RenewAuth | undefined,
): Promise<CallLog[]> {
  try {
    return await request.fetchNext({ signal });
  } catch (error) {
    if (signal.aborted || !renewAuth || CallLogError.from(error).code !== 'AUTH') throw error;
    const renewed = await renewAuth(signal).catch(() => false);
    if (!renewed || signal.aborted) throw error;
    return request.fetchNext({ signal });
  }
}
