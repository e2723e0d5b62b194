import { expect } from '@open-wc/testing';
import { CallLogError } from '../../src/errors/call-log-error.js';
import type { CallLogQuery } from '../../src/model/query.js';
import type { CallLogPageRequest } from '../../src/sources/call-log-source.js';
import { CometChatCallsSource } from '../../src/sources/cometchat-calls-source.js';
import { parseCallLogPage } from '../../src/sources/cometchat-parse.js';
import { scenario } from '../setup/calls-api.js';
import { rejection, thrown } from '../setup/errors.js';

/** Distinctive, so a leak anywhere is found by searching for it. */
const SECRET = `tok-SECRET-${Math.random().toString(36).slice(2)}-xyz`;

const request = (query: Partial<CallLogQuery> = {}, more: Partial<CallLogPageRequest> = {}): CallLogPageRequest => ({
  query: { limit: 30, ...query },
  page: 1,
  signal: new AbortController().signal,
  ...more,
});

/** Fails when the token shows up in anything a program or a log could see of the error. */
function expectNoToken(error: CallLogError): void {
  const views = [
    error.message,
    String(error),
    error.stack ?? '',
    JSON.stringify(error),
    JSON.stringify({ ...error, message: error.message, cause: String(error.cause ?? '') }),
  ];
  for (const view of views) expect(view).to.not.contain(SECRET);
}

async function recordedItems(): Promise<unknown[]> {
  return ((await (await fetch('/test/fixtures/calls-api-page.json')).json()) as { data: unknown[] }).data;
}

describe('CometChatCallsSource', () => {
  describe('construction', () => {
    it('builds the regional base URL from appId and region', () => {
      expect(new CometChatCallsSource({ appId: '2481abc', region: 'eu' }).baseUrl).to.equal(
        'https://2481abc.call-eu.cometchat.io/v3.0',
      );
    });

    it('takes baseUrl instead, without its trailing slash', () => {
      expect(new CometChatCallsSource({ baseUrl: 'https://proxy.example.com/calls/v3.0/' }).baseUrl).to.equal(
        'https://proxy.example.com/calls/v3.0',
      );
    });

    it('throws INVALID_ARGUMENT naming the option, the value and what is allowed', () => {
      const cases: [Record<string, unknown>, RegExp][] = [
        [{}, /appId undefined is not allowed; use your CometChat app id/],
        [{ region: 'us' }, /appId undefined/],
        [{ appId: 'app1' }, /region undefined is not allowed; use one of "us", "eu", "in"/],
        [{ appId: 'app1', region: 'asia' }, /region "asia" is not allowed; use one of "us", "eu", "in"/],
        [{ baseUrl: 'http://x/v3.0', region: 'mars' }, /region "mars"/],
        [{ appId: 'bad.host/app', region: 'us' }, /appId "bad.host\/app"/],
        [{ baseUrl: '' }, /baseUrl "" is not allowed/],
        [{ baseUrl: 'javascript:alert(1)//v3.0' }, /baseUrl "javascript:alert\(1\)\/\/v3.0" is not allowed; use an http: or https: URL/],
        [{ baseUrl: 'http://[::1/v3.0' }, /baseUrl "http:\/\/\[::1\/v3.0" is not allowed/],
        [{ baseUrl: 'https://me:pw@api.example/v3.0' }, /^CometChatCallsSource: baseUrl is not allowed; use .* without credentials, query or hash/],
        [{ baseUrl: 'http://x/v3.0', timeout: 0 }, /timeout 0 is not allowed; use milliseconds above 0/],
        [{ baseUrl: 'http://x/v3.0', fetch: 'no' }, /fetch "no" is not allowed/],
        [{ baseUrl: 'http://x/v3.0', retry: 5 }, /retry 5 is not allowed; use false or \{ retries, baseDelay, maxDelay \}/],
        [{ baseUrl: 'http://x/v3.0', retry: { retries: 11 } }, /retry\.retries 11 is not allowed; use an integer from 0 to 10/],
        [{ baseUrl: 'http://x/v3.0', retry: { baseDelay: -1 } }, /retry\.baseDelay -1 is not allowed; use milliseconds, 0 or more/],
        [{ baseUrl: 'http://x/v3.0', retry: { maxDelay: NaN } }, /retry\.maxDelay NaN is not allowed/],
      ];
      for (const [options, message] of cases) {
        const error = thrown(() => new CometChatCallsSource(options as never));
        expect(error.code).to.equal('INVALID_ARGUMENT');
        expect(error.message).to.match(message);
      }
    });

    it('reads retry: false as no retries, and an option left undefined as its default', () => {
      const source = (retry: unknown) => new CometChatCallsSource({ baseUrl: '/v3.0', retry: retry as never }).retry;
      expect(source(false)).to.deep.equal({ retries: 0, baseDelay: 500, maxDelay: 8000 });
      expect(source({ retries: undefined, maxDelay: 100 })).to.deep.equal({ retries: 3, baseDelay: 500, maxDelay: 100 });
    });

    it('rejects a bad page or session id with INVALID_ARGUMENT, making no request', async () => {
      const source = new CometChatCallsSource({ baseUrl: '/v3.0', authToken: 't', fetch: () => Promise.reject(new Error('fetched')) });
      const page = await rejection(source.fetchPage(request({}, { page: 0 })));
      expect([page.code, page.message]).to.deep.equal([
        'INVALID_ARGUMENT',
        'CometChatCallsSource: fetchPage page 0 is not allowed; use an integer from 1.',
      ]);
      const call = await rejection(source.fetchCall(' ', { signal: new AbortController().signal }));
      expect([call.code, call.message]).to.deep.equal([
        'INVALID_ARGUMENT',
        'CometChatCallsSource: fetchCall sessionID " " is not allowed; use a non-empty session id.',
      ]);
    });

    it('does not quote a bad authToken back', () => {
      const error = thrown(() => new CometChatCallsSource({ baseUrl: '/v3.0', authToken: { SECRET } as never }));
      expect(error.code).to.equal('INVALID_ARGUMENT');
      expectNoToken(error);
    });
  });

  describe('query mapping', () => {
    it('sends only perPage and page when no filter is set', async () => {
      const api = await scenario({ items: [] });
      await api.source().fetchPage(request({ limit: 25 }, { page: 3 }));
      expect((await api.state()).lastQuery).to.deep.equal({ perPage: '25', page: '3' });
    });

    it('sends each filter under the API name, with cancelled spelled canceled', async () => {
      const api = await scenario({ items: [] });
      await api.source().fetchPage(
        request({
          sessionType: 'video',
          callStatus: 'cancelled',
          callCategory: 'meet',
          callDirection: 'incoming',
          uid: 'ana.lopez',
          guid: 'design-team',
          hasRecording: false,
        }),
      );
      expect((await api.state()).lastQuery).to.deep.equal({
        perPage: '30',
        page: '1',
        type: 'video',
        status: 'canceled',
        mode: 'meet',
        direction: 'incoming',
        uid: 'ana.lopez',
        guid: 'design-team',
        hasRecording: 'false',
      });
    });

    it('sends one filter alone when only it is set', async () => {
      const single: [Partial<CallLogQuery>, Record<string, string>][] = [
        [{ sessionType: 'audio' }, { type: 'audio' }],
        [{ callStatus: 'missed' }, { status: 'missed' }],
        [{ callCategory: 'call' }, { mode: 'call' }],
        [{ callDirection: 'outgoing' }, { direction: 'outgoing' }],
        [{ uid: 'ben' }, { uid: 'ben' }],
        [{ guid: 'team' }, { guid: 'team' }],
        [{ hasRecording: true }, { hasRecording: 'true' }],
      ];
      const api = await scenario({ items: [] });
      for (const [query, sent] of single) {
        await api.source().fetchPage(request(query));
        expect((await api.state()).lastQuery).to.deep.equal({ perPage: '30', page: '1', ...sent });
      }
    });
  });

  describe('what the API may not do as asked', () => {
    it('leaves out calls with recordings under hasRecording=false, even from a server that ignores it', async () => {
      // The `items` switch answers every query with the same calls, as a server that ignores the filter would.
      const item = (sessionId: string, hasRecording: boolean) => ({ sessionId, initiator: 'ana', receiver: 'ben', hasRecording });
      const api = await scenario({ items: [item('a', true), item('b', false), item('c', true), item('d', false)] });
      const page = await api.source().fetchPage(request({ limit: 4, hasRecording: false }));
      expect(page.items.map((call) => call.sessionID)).to.deep.equal(['b', 'd']);
      // The server's count stays: two calls left out do not make the page a short last one.
      expect(page.pagination.count).to.equal(4);
      const either = await api.source().fetchPage(request({ limit: 4 }));
      expect(either.items).to.have.length(4);
    });

    it('sends presenter sessions as mode=presenter', async () => {
      const api = await scenario({ items: [] });
      await api.source().fetchPage(request({ callCategory: 'presenter' }));
      expect((await api.state()).lastQuery).to.deep.equal({ perPage: '30', page: '1', mode: 'presenter' });
    });
  });

  describe('auth token', () => {
    it('sends the token in the authToken header and never in the URL', async () => {
      const api = await scenario({ items: [] });
      const urls: string[] = [];
      const headers: Headers[] = [];
      const spy: typeof fetch = (input, init) => {
        urls.push(String(input));
        headers.push(new Headers(init?.headers));
        return fetch(input, init);
      };
      await new CometChatCallsSource({ baseUrl: api.baseUrl, authToken: SECRET, fetch: spy }).fetchPage(request());
      expect(urls).to.have.length(1);
      expect(urls[0]).to.not.contain(SECRET);
      expect(headers[0].get('authToken')).to.equal(SECRET);
      expect(headers[0].get('Accept')).to.equal('application/json');
      const state = await api.state();
      expect(state.lastHeaders.authtoken).to.equal(true);
      expect(JSON.stringify(state)).to.not.contain(SECRET);
    });

    it("prefers the request's token to the source's", async () => {
      const seen: (string | null)[] = [];
      const spy: typeof fetch = (input, init) => {
        seen.push(new Headers(init?.headers).get('authToken'));
        return fetch(input, init);
      };
      const api = await scenario({ items: [] });
      const source = new CometChatCallsSource({ baseUrl: api.baseUrl, authToken: 'from-source', fetch: spy });
      await source.fetchPage(request({}, { authToken: 'from-request' }));
      await source.fetchPage(request());
      expect(seen).to.deep.equal(['from-request', 'from-source']);
    });

    it('setAuthToken() replaces the token for the next requests, and an echo of the earlier one is blanked out too', async () => {
      const seen: (string | null)[] = [];
      const spy: typeof fetch = (input, init) => {
        seen.push(new Headers(init?.headers).get('authToken'));
        return fetch(input, init);
      };
      const api = await scenario({ items: [] });
      const source = new CometChatCallsSource({ baseUrl: api.baseUrl, authToken: SECRET, fetch: spy, retry: false });
      await source.fetchPage(request());
      source.setAuthToken('renewed');
      await api.patch({ status: 401, errorBody: { error: { message: `${'x'.repeat(190)} ${SECRET} expired` } } });
      const error = await rejection(source.fetchPage(request()));
      expect(seen).to.deep.equal([SECRET, 'renewed']);
      // Blanked before the server's text is shortened: no piece of the token is left at the cut either.
      expect(error.message).to.contain('[auth').and.not.contain(SECRET.slice(0, 12));
      expectNoToken(error);
    });

    it('refuses a token an HTTP header cannot carry, without quoting it', async () => {
      for (const token of [`${SECRET}\n`, `${SECRET}é`, `${SECRET}👍`]) {
        expectNoToken(thrown(() => new CometChatCallsSource({ baseUrl: '/v3.0', authToken: token })));
        expectNoToken(thrown(() => new CometChatCallsSource({ baseUrl: '/v3.0' }).setAuthToken(token)));
      }
      const api = await scenario({ items: [] });
      const error = await rejection(api.source().fetchPage(request({}, { authToken: `${SECRET}\r\nX: y` })));
      expect(error.code).to.equal('AUTH');
      expectNoToken(error);
      expect((await api.state()).requests).to.equal(0);
    });

    it('rejects with AUTH and makes no request when there is no token', async () => {
      const api = await scenario({ items: [] });
      const source = new CometChatCallsSource({ baseUrl: api.baseUrl });
      const error = await rejection(source.fetchPage(request()));
      expect(error.code).to.equal('AUTH');
      expect(error.message).to.match(/^No auth token for GET \/scenarios\/.*\/v3.0\/calls: /);
      expect((await rejection(source.fetchCall('x', { signal: new AbortController().signal }))).code).to.equal('AUTH');
      expect((await api.state()).requests).to.equal(0);
    });
  });

  describe('errors', () => {
    for (const status of [401, 403]) {
      it(`rejects a ${status} with AUTH and the status`, async () => {
        const api = await scenario({ status });
        const error = await rejection(api.source({ authToken: SECRET }).fetchPage(request()));
        expect([error.code, error.status]).to.deep.equal(['AUTH', status]);
        const start = new RegExp(`^The Calls API answered ${status} .*for GET /scenarios/${api.name}/v3.0/calls`);
        expect(error.message).to.match(start);
        expectNoToken(error);
      });
    }

    for (const status of [500, 503]) {
      it(`rejects a ${status} with HTTP, the status and the server's code and message`, async () => {
        const api = await scenario({ status, errorBody: { error: { code: 'ERR_UPSTREAM', message: 'The store is down' } } });
        const error = await rejection(api.source({ authToken: SECRET, retry: false }).fetchPage(request()));
        expect([error.code, error.status, error.serverCode]).to.deep.equal(['HTTP', status, 'ERR_UPSTREAM']);
        expect(error.retryAfter).to.equal(undefined);
        expect(error.message).to.equal(
          `The Calls API answered ${status} ${status === 500 ? 'Internal Server Error' : 'Service Unavailable'} for ` +
            `GET /scenarios/${api.name}/v3.0/calls: The store is down (ERR_UPSTREAM).`,
        );
        expectNoToken(error);
      });
    }

    it('rejects a 429 with HTTP and the Retry-After seconds', async () => {
      const api = await scenario({ status: 429, retryAfter: 17 });
      const error = await rejection(api.source().fetchPage(request()));
      expect([error.code, error.status, error.retryAfter, error.serverCode]).to.deep.equal([
        'HTTP',
        429,
        17,
        'ERR_TOO_MANY_REQUESTS',
      ]);
      expect(error.message).to.contain('retry after 17 s');
    });

    it('rejects an error status without a JSON body with HTTP and no server code', async () => {
      const api = await scenario({ status: 502, errorBody: '<html>Bad Gateway</html>' });
      const error = await rejection(api.source({ retry: false }).fetchPage(request()));
      expect([error.code, error.status, error.serverCode]).to.deep.equal(['HTTP', 502, undefined]);
    });

    it('blanks out the token when the server echoes it in its error', async () => {
      const api = await scenario({ status: 401, errorBody: { error: { code: SECRET, message: `Token ${SECRET} expired` } } });
      const error = await rejection(api.source({ authToken: SECRET }).fetchPage(request()));
      expect(error.code).to.equal('AUTH');
      expect(error.message).to.contain('Token [auth token] expired');
      expectNoToken(error);
    });

    it('rejects a body that is not JSON with BAD_RESPONSE', async () => {
      const api = await scenario({ malformed: true });
      const error = await rejection(api.source({ authToken: SECRET, retry: false }).fetchPage(request()));
      expect(error.code).to.equal('BAD_RESPONSE');
      expect(error.message).to.equal(
        `The Calls API answered GET /scenarios/${api.name}/v3.0/calls with a body that is not JSON.`,
      );
      expectNoToken(error);
    });

    it('rejects JSON that is not the page envelope with BAD_RESPONSE', async () => {
      const api = await scenario({ wrongEnvelope: true });
      const error = await rejection(api.source().fetchPage(request()));
      expect(error.code).to.equal('BAD_RESPONSE');
      expect(error.message).to.contain(`answered GET /scenarios/${api.name}/v3.0/calls with JSON that is not a page of calls`);
    });

    it('rejects with TIMEOUT when the server does not answer in time', async () => {
      const api = await scenario({ hang: true });
      const error = await rejection(api.source({ timeout: 200, authToken: SECRET, retry: false }).fetchPage(request()));
      expect(error.code).to.equal('TIMEOUT');
      expect(error.message).to.equal(`The Calls API did not answer GET /scenarios/${api.name}/v3.0/calls within 200 ms.`);
      expectNoToken(error);
    });

    it("rejects with ABORTED, not TIMEOUT, when the caller aborts a request in flight", async () => {
      const api = await scenario({ hang: true });
      const controller = new AbortController();
      const pending = api.source({ timeout: 60_000 }).fetchPage(request({}, { signal: controller.signal }));
      controller.abort();
      const error = await rejection(pending);
      expect(error.code).to.equal('ABORTED');
      expect(error.message).to.equal(`The request GET /scenarios/${api.name}/v3.0/calls was aborted.`);
    });

    it('rejects with ABORTED and makes no request when the signal is already aborted', async () => {
      const api = await scenario({});
      const error = await rejection(api.source().fetchPage(request({}, { signal: AbortSignal.abort() })));
      expect(error.code).to.equal('ABORTED');
      expect((await api.state()).requests).to.equal(0);
    });

    it('stops waiting on a fetch that ignores the abort signal', async () => {
      const ignoring: typeof fetch = () => new Promise<Response>(() => {});
      const source = new CometChatCallsSource({ baseUrl: '/v3.0', authToken: 't', timeout: 100, fetch: ignoring, retry: false });
      expect((await rejection(source.fetchPage(request()))).code).to.equal('TIMEOUT');
    });

    it('rejects with NETWORK when the connection is refused', async () => {
      const source = new CometChatCallsSource({ baseUrl: 'http://127.0.0.1:9/v3.0', authToken: SECRET, retry: false });
      const error = await rejection(source.fetchPage(request()));
      expect(error.code).to.equal('NETWORK');
      expect(error.message).to.match(/^Could not reach the Calls API for GET \/v3.0\/calls: /);
      expectNoToken(error);
    });

    it('blanks out the token in a network error from a custom fetch', async () => {
      const leaky: typeof fetch = () => Promise.reject(new TypeError(`connect failed for ${SECRET}`));
      const source = new CometChatCallsSource({ baseUrl: '/v3.0', authToken: SECRET, fetch: leaky, retry: false });
      const error = await rejection(source.fetchPage(request()));
      expect(error.code).to.equal('NETWORK');
      expect(error.cause).to.equal(undefined);
      expectNoToken(error);
    });
  });

  describe('pages', () => {
    it('reads a recorded-shape page served over HTTP as the parser reads it', async () => {
      const items = await recordedItems();
      const api = await scenario({ items });
      const page = await api.source().fetchPage(request({ limit: 3 }, { page: 2 }));
      const expected = parseCallLogPage({ data: items.slice(3), meta: { pagination: {} } }, 'GET /v3.0/calls');
      expect(page.items).to.deep.equal(expected.items);
      expect(page.pagination).to.deep.equal({ total: 5, count: 2, perPage: 3, currentPage: 2, totalPages: 2 });
    });

    it('skips an item without a sessionId and reports it, keeping the rest of the page', async () => {
      const items = await recordedItems();
      const broken = { ...(items[1] as object), sessionId: undefined };
      const api = await scenario({ items: [items[0], broken, items[2]] });
      const page = await api.source().fetchPage(request());
      expect(page.items.map((call) => call.sessionID)).to.deep.equal([
        (items[0] as { sessionId: string }).sessionId,
        (items[2] as { sessionId: string }).sessionId,
      ]);
      expect(page.skipped).to.deep.equal([{ index: 1, reason: 'it has no sessionId' }]);
      expect(page.pagination.count).to.equal(3);
    });
  });

  describe('call status', () => {
    it("reads a status the model does not know, or none, as 'unknown' over HTTP, with the value sent", async () => {
      const items = (await recordedItems()).slice(0, 4) as Record<string, unknown>[];
      const [known, transferred, missing, odd] = items as [Record<string, unknown>, ...Record<string, unknown>[]];
      delete missing!.status;
      const api = await scenario({ items: [{ ...known, status: 'canceled' }, { ...transferred, status: 'transferred' }, missing, { ...odd, status: 7 }] });
      const page = await api.source().fetchPage(request());
      expect(page.items.map((call) => [call.status, call.rawStatus])).to.deep.equal([
        ['cancelled', undefined],
        ['unknown', 'transferred'],
        ['unknown', undefined],
        ['unknown', undefined],
      ]);
      expect(page.skipped).to.equal(undefined);
    });
  });

  describe('fetchCall', () => {
    it('fetches one call by session id, encoding it in the path', async () => {
      const items = await recordedItems();
      const odd = { ...(items[3] as object), sessionId: 'v1.us.app/with spaces?&#' };
      const api = await scenario({ items: [items[0], odd] });
      const call = await api.source().fetchCall('v1.us.app/with spaces?&#', { signal: new AbortController().signal });
      expect(call.sessionID).to.equal('v1.us.app/with spaces?&#');
      expect(call.receiver).to.deep.include({ entityType: 'group', guid: 'cometchat-guid-1' });
      expect((await api.state()).lastQuery).to.deep.equal({});
    });

    it('rejects an unknown session id with HTTP 404 and the server code', async () => {
      const api = await scenario({ items: await recordedItems() });
      // Without a referrer, the test runner does not list this deliberate 404 among the page's failed requests.
      const quiet: typeof fetch = (input, init) => fetch(input, { ...init, referrerPolicy: 'no-referrer' });
      const source = new CometChatCallsSource({ baseUrl: api.baseUrl, authToken: 't', fetch: quiet });
      const error = await rejection(source.fetchCall('v1.us.nope', { signal: new AbortController().signal }));
      expect([error.code, error.status, error.serverCode]).to.deep.equal(['HTTP', 404, 'ERR_SESSION_NOT_FOUND']);
      expect(error.message).to.contain(`for GET /scenarios/${api.name}/v3.0/calls/v1.us.nope`);
    });

    it('rejects an item without a session id with BAD_RESPONSE', async () => {
      // The local API looks calls up by id, so it cannot send one without; a custom fetch stands in for the server.
      const spoofing: typeof fetch = async () => new Response(JSON.stringify({ data: { sessionId: 7 } }));
      const source = new CometChatCallsSource({ baseUrl: '/v3.0', authToken: 't', fetch: spoofing });
      const error = await rejection(source.fetchCall('odd', { signal: new AbortController().signal }));
      expect(error.code).to.equal('BAD_RESPONSE');
      expect(error.message).to.contain('its sessionId is 7, not a string');
    });
  });
});
