// Reading every call of a query over the REST source against the local Calls API: the pages it costs, an abort,
// an expired token renewed mid-way, and a search the Calls API cannot do read to the end.
import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { CallLogController, type CallLogControllerConfig } from '../../src/controllers/call-log-controller.js';
import { CallLogError } from '../../src/errors/call-log-error.js';
import type { CallLogLoadDetail } from '../../src/events/call-log-events.js';
import { collectPages, readAll, readCalls, type ReadOptions, type ReadProgress } from '../../src/controllers/read-pages.js';
import type { CallLog } from '../../src/model/call-log.js';
import { fold } from '../../src/model/find.js';
import type { CallLogFilters } from '../../src/model/query.js';
import type { CallLogSource } from '../../src/sources/call-log-source.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { apiInfo, scenario } from '../setup/calls-api.js';
import { rejection } from '../setup/errors.js';

const HISTORY = 2000;
const PAGES = HISTORY / 100;

/** The scenario's calls, newest first, as the local API generates them. */
async function history(count: number): Promise<CallLog[]> {
  const info = await apiInfo();
  return generateDemoCallLogs({ ...info, count }).sort(
    (a, b) => b.initiatedAt - a.initiatedAt || (a.sessionID < b.sessionID ? 1 : -1),
  );
}

/** JSON-normalised, as a call that went over the wire and back is. */
const plain = (calls: readonly CallLog[]): unknown => JSON.parse(JSON.stringify(calls));

/** A controller as a list owns one, on a host that is not connected: it loads nothing of its own. */
function controllerOf(source: CallLogSource, filters: CallLogFilters & { limit?: number }, config: CallLogControllerConfig = {}) {
  const host: ReactiveControllerHost = {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
  const controller = new CallLogController(host, config);
  controller.configure(source, filters);
  return controller;
}

/** Every call of the controller's filters, as an export reads them. */
const readAllOf = (controller: CallLogController, options?: ReadOptions) => collectPages(readCalls(controller, options));

describe('reading every call', () => {
  it('reads 2,000 calls in 20 pages of 100 and no more, telling the progress of each', async () => {
    const api = await scenario({ count: HISTORY });
    const progress: ReadProgress[] = [];
    const controller = controllerOf(api.source(), { limit: 30 });
    const calls = await readAllOf(controller, { onPage: (step) => progress.push(step) });

    expect(plain(calls)).to.deep.equal(plain(await history(HISTORY)));
    const { requests, lastQuery } = await api.state();
    expect(requests).to.equal(PAGES);
    expect(lastQuery).to.include({ perPage: '100', page: String(PAGES) });
    expect(progress.map((step) => step.read)).to.deep.equal(Array.from({ length: PAGES }, (_, i) => (i + 1) * 100));
    expect(progress.every((step) => step.total === HISTORY && step.calls.length === 100)).to.equal(true);
    expect(progress.at(-1)).to.include({ read: HISTORY, scanned: HISTORY, total: HISTORY, sourceTotal: HISTORY });
    // The list's own paging was not touched.
    expect(controller.page).to.equal(0);
    expect(controller.items).to.deep.equal([]);
  });

  it("leaves a list's own pages as they are, while its loads renew a token through the same path", async () => {
    const api = await scenario({ count: HISTORY, validTokens: ['fresh'] });
    const rest = api.source({ authToken: 'stale' });
    let renewals = 0;
    let loaded: (detail: CallLogLoadDetail) => void = () => undefined;
    const firstPage = new Promise<CallLogLoadDetail>((resolve) => (loaded = resolve));
    const controller = controllerOf(rest, { limit: 30 }, {
      onLoad: (detail) => loaded(detail),
      renewAuth: async () => {
        renewals++;
        rest.setAuthToken('fresh');
        return true;
      },
    });
    controller.hostConnected();
    try {
      expect((await firstPage).page).to.equal(1);
      expect(renewals).to.equal(1);
      const shown = controller.items;
      expect(shown).to.have.length(30);
      expect(await readAllOf(controller)).to.have.length(HISTORY);
      expect(controller.page).to.equal(1);
      expect(controller.items).to.equal(shown);
      // Page 1 of 30 refused and asked again, then the 20 pages of 100.
      expect((await api.state()).requests).to.equal(2 + PAGES);
    } finally {
      controller.hostDisconnected();
    }
  });

  it('sends no request after an abort in onPage and rejects with ABORTED', async () => {
    const api = await scenario({ count: HISTORY });
    const abort = new AbortController();
    const pages: number[] = [];
    const reading = readAll(api.source(), {}, {
      signal: abort.signal,
      onPage: ({ read }) => {
        pages.push(read);
        if (pages.length === 3) abort.abort();
      },
    });
    expect((await rejection(reading)).code).to.equal('ABORTED');
    await api.settled();
    expect(pages).to.deep.equal([100, 200, 300]);
    expect((await api.state()).requests).to.equal(3);
  });

  it('renews an expired token mid-way through the tokenProvider, as a list does, and reads on', async () => {
    const api = await scenario({ count: HISTORY, validTokens: ['one'] });
    const rest = api.source({ authToken: 'one' });
    let expired = false;
    // The token expires just before page 5 is asked for.
    const source: CallLogSource = {
      fetchPage: async (request) => {
        if (request.page === 5 && !expired) {
          expired = true;
          await api.patch({ validTokens: ['two'] });
        }
        return rest.fetchPage(request);
      },
    };
    const tokens = ['two'];
    const tokenProvider = async () => tokens.shift()!;
    // What <call-log-list> gives its controller for its tokenProvider.
    const controller = controllerOf(source, {}, {
      renewAuth: async () => {
        rest.setAuthToken(await tokenProvider());
        return true;
      },
    });
    const calls = await readAllOf(controller);
    expect(expired).to.equal(true);
    expect(tokens, 'the provider was asked once').to.deep.equal([]);
    expect(plain(calls)).to.deep.equal(plain(await history(HISTORY)));
    // Page 5 twice: refused, then read with the fresh token.
    expect((await api.state()).requests).to.equal(PAGES + 1);
  });

  it('lets an AUTH error stand when the token cannot be renewed', async () => {
    const api = await scenario({ count: HISTORY, status: 401 });
    let asked = 0;
    const renewAuth = async () => {
      asked++;
      return false;
    };
    const controller = controllerOf(api.source(), {}, { renewAuth });
    expect((await rejection(readAllOf(controller))).code).to.equal('AUTH');
    expect(asked).to.equal(1);
    expect((await api.state()).requests).to.equal(1);
  });

  it('reads a search the Calls API cannot do to the end of the history, past the ten pages a list pauses at', async () => {
    const api = await scenario({ count: HISTORY });
    const expected = (await history(HISTORY)).filter((call) =>
      [call.initiator.name, call.receiver.name].some((name) => fold(name).includes('garcia')),
    );
    const progress: ReadProgress[] = [];
    const controller = controllerOf(api.source(), { search: 'garcía' });
    const found = await readAllOf(controller, { onPage: (step) => progress.push(step) });
    expect(found.map((call) => call.sessionID)).to.deep.equal(expected.map((call) => call.sessionID));
    expect((await api.state()).requests).to.equal(PAGES);
    expect(progress).to.have.length(PAGES);
    const last = progress.at(-1)!;
    expect(last).to.include({ read: expected.length, scanned: HISTORY, sourceTotal: HISTORY });
    expect(last.total, 'the source counts calls before the search').to.equal(undefined);

    // A search that finds nothing still looks through every page.
    const none = await scenario({ count: HISTORY });
    expect(await readAllOf(controllerOf(none.source(), { search: 'nobody by this name' }))).to.deep.equal([]);
    expect((await none.state()).requests).to.equal(PAGES);
  });

  it('rejects with the configuration error, or when there is no source, without a request', async () => {
    const api = await scenario({ count: HISTORY });
    const controller = controllerOf(api.source(), {});
    const error = new CallLogError('INVALID_CONFIG', 'The region attribute is missing.');
    controller.setConfigError(error);
    expect(await rejection(readAllOf(controller))).to.equal(error);
    controller.setSource(undefined);
    expect((await rejection(readAllOf(controller))).code).to.equal('INVALID_CONFIG');
    expect((await api.state()).requests).to.equal(0);
  });
});
