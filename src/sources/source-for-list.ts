import { CallLogError, describeValue } from '../errors/call-log-error.js';
import { nonBlank } from '../model/query.js';
import type { CallLogSource } from './call-log-source.js';
import { CometChatCallsSource, type CometChatRegion } from './cometchat-calls-source.js';
import { createDemoSource } from './demo-source.js';
import type { RetryOptions } from './retry-policy.js';

// What the list reads its settings against, from here, so that outside sources/ no module names a concrete source.
export { COMETCHAT_REGIONS, type CometChatRegion } from './cometchat-calls-source.js';
export { DEMO_VIEWER_UID } from './demo-viewer.js';
export type { RetryOptions };

/** What a list's attributes and properties say about where its calls come from. */
export interface SourceSettings {
  source?: string | CallLogSource | null;
  appId?: string | null;
  baseUrl?: string | null;
  authToken?: string | null;
  tokenProvider?: unknown;
  retryOptions?: RetryOptions | false | null;
  serverSearch?: boolean | null;
  viewerUid?: string | null;
}

/**
 * Which source a list's settings mean: a `CallLogSource` given as a property, the demo source, or the CometChat
 * REST source. The one module that knows the concrete sources a list can build; it keeps them, so a new token
 * reuses the REST source (the calls loaded and the page reached stay) and the demo data is generated once.
 */
export class ListSources {
  #demo: CallLogSource | undefined;
  #rest: { key: string; source: CometChatCallsSource; token: string | undefined } | undefined;

  /** The REST source in use, when the list is on the CometChat Calls API. */
  get rest(): CometChatCallsSource | undefined {
    return this.#rest?.source;
  }

  /**
   * The source the settings mean, with the region already checked. Throws an `INVALID_CONFIG` `CallLogError` naming what is missing or wrong.
   * `tokenChanged` is called when only the auth token changed, so a page refused for the old token can be asked
   * for again.
   */
  resolve(
    settings: SourceSettings,
    region: CometChatRegion | undefined,
    tokenChanged: (token: string | undefined) => void,
  ): CallLogSource {
    const source = settings.source ?? undefined;
    if (typeof source === 'object') {
      if (typeof (source as Partial<CallLogSource>).fetchPage !== 'function') {
        throw new CallLogError('INVALID_CONFIG', 'The source property is an object without a fetchPage() method: give a CallLogSource.');
      }
      return source;
    }
    if (source === 'demo') return (this.#demo ??= createDemoSource());
    if (source !== undefined && source !== 'cometchat') {
      throw new CallLogError(
        'INVALID_CONFIG',
        `The source attribute is ${describeValue(source)}, which is not allowed: use "demo" for demo data, "cometchat" (or no source) for the CometChat Calls API, or set the source property to a CallLogSource.`,
      );
    }
    const baseUrl = settings.baseUrl || undefined;
    const appId = settings.appId || undefined;
    if (!baseUrl && !appId) {
      throw new CallLogError(
        'INVALID_CONFIG',
        'No source is configured: set source="demo" for demo data, or app-id and region (or base-url) with auth-token for the CometChat Calls API.',
      );
    }
    if (!baseUrl && !region) {
      throw new CallLogError('INVALID_CONFIG', 'The region attribute is missing: use "us", "eu" or "in" with app-id.');
    }
    const token = nonBlank(settings.authToken);
    if (!token && typeof settings.tokenProvider !== 'function') {
      throw new CallLogError(
        'INVALID_CONFIG',
        'The auth token is missing: set the auth-token attribute or the authToken property to the signed-in user\'s Calls API token.',
      );
    }
    // A new token keeps the source, so the calls loaded and the page reached stay.
    const serverSearch = !!settings.serverSearch;
    const viewerUid = settings.viewerUid || undefined;
    const key = JSON.stringify([appId, region, baseUrl, settings.retryOptions ?? null, serverSearch, viewerUid]);
    const rest = this.#rest;
    if (rest?.key === key) {
      if (rest.token !== token) {
        rest.source.setAuthToken(token);
        rest.token = token;
        tokenChanged(token);
      }
      return rest.source;
    }
    const created = new CometChatCallsSource({
      ...(baseUrl ? { baseUrl } : { appId: appId!, region: region! }),
      authToken: token,
      // No retryOptions (undefined or null) is the source's default.
      retry: settings.retryOptions ?? undefined,
      serverSearch,
      viewerUid,
    });
    this.#rest = { key, source: created, token };
    return created;
  }
}
