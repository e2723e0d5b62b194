// Faults injected through the local Calls API's switches, over real HTTP: what is transient is retried with capped
// exponential backoff; what is left becomes the error state with Retry, keeping every row and the page reached.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ScenarioSwitches } from '../../demo/api/calls-api.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLogError } from '../../src/errors/call-log-error.js';
import type { CallLogErrorEvent } from '../../src/events/call-log-events.js';
import type { CallLogQuery } from '../../src/model/query.js';
import type { CallLogPageRequest } from '../../src/sources/call-log-source.js';
import { CometChatCallsSource } from '../../src/sources/cometchat-calls-source.js';
import { scenario } from '../setup/calls-api.js';
import { rejection } from '../setup/errors.js';
import { ids, part, QUICK_RETRY, restList, rows, settled, text, visible } from './helpers.js';

const request = (query: Partial<CallLogQuery> = {}, more: Partial<CallLogPageRequest> = {}): CallLogPageRequest => ({
  query: { limit: 5, ...query },
  page: 1,
  signal: new AbortController().signal,
  ...more,
});

/** Each transient fault and the error it gives once the retries are spent. */
const TRANSIENT: { name: string; switches: ScenarioSwitches; code: CallLogError['code'] }[] = [
  { name: '500', switches: { status: 500 }, code: 'HTTP' },
  { name: '502', switches: { status: 502, errorBody: '<html>Bad Gateway</html>' }, code: 'HTTP' },
  { name: '503', switches: { status: 503 }, code: 'HTTP' },
  { name: '504', switches: { status: 504 }, code: 'HTTP' },
  { name: '429 with Retry-After: 0', switches: { status: 429, retryAfter: 0 }, code: 'HTTP' },
  { name: 'a timeout', switches: { hang: true }, code: 'TIMEOUT' },
  { name: 'a connection dropped mid-answer', switches: { reset: true }, code: 'NETWORK' },
  { name: 'a malformed body', switches: { malformed: true }, code: 'BAD_RESPONSE' },
];

/**
 * A source on the scenario that retries quickly. Only where the fault hangs does an attempt give up early (after
 * 400 ms): elsewhere a short timeout would turn a slow answer on a loaded machine into a fault the test did not
 * inject. Its requests carry no referrer, so the test runner does not list the deliberate 404s among the page's
 * failed requests.
 */
const quietFetch: typeof fetch = (input, init) => fetch(input, { ...init, referrerPolicy: 'no-referrer' });
const quickSource = (api: Awaited<ReturnType<typeof scenario>>, switches: ScenarioSwitches = {}) =>
  api.source({ ...(switches.hang && { timeout: 400 }), retry: QUICK_RETRY, fetch: quietFetch });

async function listOn(source: CometChatCallsSource): Promise<CallLogList> {
  const list = await restList(source, 'limit=5');
  await settled(list);
  return list;
}

describe('reliability: faults', () => {
  describe('a transient fault is retried automatically', () => {
    for (const { name, switches } of TRANSIENT) {
      it(`${name}, twice, then a page: the list shows it and never an error`, async () => {
        const api = await scenario({ ...switches, times: 2 });
        const errors: unknown[] = [];
        const onError = (event: Event) => errors.push((event as CallLogErrorEvent).detail.error);
        document.addEventListener('call-log-error', onError);
        const list = await restList(quickSource(api, switches), 'limit=5');
        expect((await oneEvent(list, 'call-log-load')).detail.page).to.equal(1);
        expect(list.status).to.equal('ready');
        expect(rows(list)).to.have.length(5);
        document.removeEventListener('call-log-error', onError);
        expect(errors).to.deep.equal([]);
        expect(await api.state()).to.include({ requests: 3, faults: 2 });
      });
    }
  });

  describe('a fault that outlasts the retries', () => {
    for (const { name, switches, code } of TRANSIENT) {
      it(`${name}: the error state with Retry after 4 tries, every row kept, the page position unchanged`, async () => {
        const api = await scenario({});
        const list = await listOn(quickSource(api, switches));
        const before = ids(list.items);
        await api.patch(switches);
        const failed = oneEvent(list, 'call-log-error');
        list.loadMore();
        const { error } = (await failed).detail;
        expect(error.code).to.equal(code);
        expect(error.message).to.contain('Tried 4 times.');
        const state = await api.state();
        expect([state.requests, state.faults]).to.deep.equal([5, 4]);
        await list.updateComplete;
        expect(ids(list.items)).to.deep.equal(before);
        expect(rows(list)).to.have.length(5);
        expect(list.controller.page).to.equal(1);
        expect(visible(part(list, 'error'))).to.equal(true);
        // The fault clears; Retry asks for page 2, the page that failed.
        await api.patch({ times: 0 });
        const loaded = oneEvent(list, 'call-log-load');
        part(list, 'retry-button')!.click();
        expect((await loaded).detail.page).to.equal(2);
        expect((await api.state()).lastQuery['page']).to.equal('2');
        expect(ids(list.items).slice(0, 5)).to.deep.equal(before);
        expect(new Set(ids(list.items)).size).to.equal(10);
        expect(visible(part(list, 'error'))).to.equal(false);
      });
    }

    it('a refused connection: NETWORK after 4 tries, then Retry', async () => {
      let tries = 0;
      const counting: typeof fetch = (input, init) => {
        tries++;
        return fetch(input, init);
      };
      const refused = new CometChatCallsSource({ baseUrl: 'http://127.0.0.1:9/v3.0', authToken: 't', retry: QUICK_RETRY, fetch: counting });
      const list = await listOn(refused);
      expect(list.error?.code).to.equal('NETWORK');
      expect(list.error?.message).to.contain('Could not reach the Calls API');
      expect(tries).to.equal(4);
      // The person reads what happened and what to do, in their language; the message above is for logs.
      expect(text(part(list, 'error'))).to.contain('The connection failed');
      expect(part(list, 'retry-button')).to.not.equal(null);
    });
  });

  describe('what is not retried', () => {
    const permanent: [string, ScenarioSwitches, CallLogError['code']][] = [
      ['400', { status: 400 }, 'HTTP'],
      ['404', { status: 404 }, 'HTTP'],
      ['401', { status: 401 }, 'AUTH'],
      ['403', { status: 403 }, 'AUTH'],
      ['JSON that is not the page envelope', { wrongEnvelope: true }, 'BAD_RESPONSE'],
    ];
    for (const [name, switches, code] of permanent) {
      it(`${name}: one request, then the ${code} error with Retry`, async () => {
        const api = await scenario(switches);
        const list = await listOn(quickSource(api));
        expect(list.error?.code).to.equal(code);
        expect((await api.state()).requests).to.equal(1);
        await api.patch({ times: 0 });
        const loaded = oneEvent(list, 'call-log-load');
        part(list, 'retry-button')!.click();
        await loaded;
        expect(rows(list)).to.have.length(5);
      });
    }

    it('a Retry-After longer than maxDelay: no retry, the error tells the wait', async () => {
      const api = await scenario({ status: 503, retryAfter: 30 });
      const error = await rejection(api.source({ retry: { retries: 3, baseDelay: 1, maxDelay: 1000 } }).fetchPage(request()));
      expect([error.code, error.status, error.retryAfter]).to.deep.equal(['HTTP', 503, 30]);
      expect(error.message).to.contain('retry after 30 s');
      expect((await api.state()).requests).to.equal(1);
    });
  });

  describe('backoff', () => {
    it('honours Retry-After: the next try waits at least that long', async () => {
      const api = await scenario({ status: 429, retryAfter: 1, times: 1 });
      const start = performance.now();
      const page = await api.source({ retry: { retries: 1, baseDelay: 1, maxDelay: 2000 } }).fetchPage(request());
      expect(performance.now() - start).to.be.at.least(1000);
      expect(page.items).to.have.length(5);
      expect(await api.state()).to.include({ requests: 2, faults: 1 });
    });

    it('waits up to baseDelay * 2^n, capped at maxDelay, with full jitter, and only ever GETs', async () => {
      const api = await scenario({ status: 503 });
      const methods: string[] = [];
      const spy: typeof fetch = (input, init) => {
        methods.push(init?.method ?? 'GET');
        return fetch(input, init);
      };
      const source = api.source({ timeout: 5000, retry: { retries: 4, baseDelay: 8, maxDelay: 40 }, fetch: spy });
      const waits = async (random: number): Promise<number[]> => {
        const seen: number[] = [];
        const { setTimeout: realSetTimeout } = window;
        const realRandom = Math.random;
        Math.random = () => random;
        window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
          if (ms !== 5000) seen.push(ms ?? 0);
          return realSetTimeout(handler, ms, ...rest);
        }) as typeof setTimeout;
        try {
          await rejection(source.fetchPage(request()));
        } finally {
          window.setTimeout = realSetTimeout;
          Math.random = realRandom;
        }
        return seen;
      };
      const longest = await waits(0.999);
      expect(longest.map(Math.round)).to.deep.equal([8, 16, 32, 40]);
      expect(await waits(0)).to.deep.equal([0, 0, 0, 0]);
      expect(methods).to.have.length(10);
      expect(new Set(methods)).to.deep.equal(new Set(['GET']));
    });

    it('stops waiting at once when the request is aborted during a backoff', async () => {
      const api = await scenario({ status: 503 });
      const controller = new AbortController();
      // The longest jitter: the backoff is then about 10 s, far longer than an abort may take on a loaded machine.
      const realRandom = Math.random;
      Math.random = () => 0.999;
      let aborted: number;
      try {
        const pending = api
          .source({ retry: { retries: 3, baseDelay: 10_000, maxDelay: 10_000 } })
          .fetchPage(request({}, { signal: controller.signal }));
        await waitUntil(async () => (await api.state()).answered === 1, 'the first try was not answered');
        aborted = performance.now();
        controller.abort();
        const error = await rejection(pending);
        expect(error.code).to.equal('ABORTED');
      } finally {
        Math.random = realRandom;
      }
      expect(performance.now() - aborted).to.be.below(2000);
      expect((await api.state()).requests).to.equal(1);
    });

    it('times out each attempt on its own', async () => {
      const api = await scenario({ hang: true, times: 1 });
      const page = await api.source({ timeout: 1000, retry: { retries: 1, baseDelay: 1, maxDelay: 1 } }).fetchPage(request());
      expect(page.items).to.have.length(5);
      expect(await api.state()).to.include({ requests: 2, faults: 1, abandoned: 1, answered: 1 });
    });
  });
});
