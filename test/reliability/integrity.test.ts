// Integrity: calls added at the top while a person pages down (page offsets shift under page-number paging),
// refresh-interval merging, and what removing and re-adding the element leaves behind, measured.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLog } from '../../src/model/call-log.js';
import { scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { MOUNT_CYCLES } from './counts.js';
import { ids, restList, settled, trackResources } from './helpers.js';

/** Every call the scenario holds now, newest first, read in pages of 100 with a source of its own. */
async function serverCalls(api: Awaited<ReturnType<typeof scenario>>): Promise<string[]> {
  const source = api.source();
  const all: CallLog[] = [];
  for (let page = 1; ; page++) {
    const { items, pagination } = await source.fetchPage({ query: { limit: 100 }, page, signal: new AbortController().signal });
    all.push(...items);
    if (page >= (pagination.totalPages ?? 0)) return ids(all);
  }
}

/** Pages down with loadMore() until every page is in. */
async function pageToTheEnd(list: CallLogList): Promise<void> {
  for (let pages = 0; ; pages++) {
    if (pages > 200) throw new Error('paging never ended');
    await waitUntil(() => list.status === 'ready' || list.status === 'complete', `stuck at ${list.status}`);
    if ((list.status as string) === 'complete') return;
    const loaded = oneEvent(list, 'call-log-load');
    list.loadMore();
    await loaded;
  }
}

describe('reliability: integrity', () => {
  describe('calls added at the top while paging down', () => {
    it('every call appears exactly once and none is skipped: the shift is detected and the new calls pulled in', async () => {
      const api = await scenario({ insertPerPage: 2 });
      const list = await restList(api.baseUrl, 'limit=20');
      await settled(list);
      await pageToTheEnd(list);
      expect(list.controller.shiftsDetected).to.be.greaterThan(5);
      // New calls stop coming; one last check brings in those that came after the last page.
      await api.patch({ insertPerPage: 0 });
      await list.refresh();
      const expected = await serverCalls(api);
      expect(expected.length).to.be.greaterThan(240);
      expect(ids(list.items)).to.deep.equal(expected);
    });

    it('without paging, refresh() reads back as many pages as it takes to meet a call already shown', async () => {
      const api = await scenario({});
      const list = await restList(api.baseUrl, 'limit=5');
      await settled(list);
      const before = ids(list.items);
      await api.patch({ insertNow: 12 });
      await list.refresh();
      expect(ids(list.items).slice(12)).to.deep.equal(before);
      expect(ids(list.items)).to.deep.equal((await serverCalls(api)).slice(0, 17));
    });

    it('reloads the history when more calls came than a check reads (10 pages), instead of leaving a gap', async () => {
      const api = await scenario({});
      const list = await restList(api.baseUrl, 'limit=2');
      await settled(list);
      await api.patch({ insertNow: 30 });
      const reloaded = oneEvent(list, 'call-log-load');
      await list.refresh();
      expect((await reloaded).detail.page).to.equal(1);
      expect(ids(list.items)).to.deep.equal((await serverCalls(api)).slice(0, 2));
    });
  });

  describe('refresh-interval', () => {
    it('merges new calls at the top without duplicates and removes nothing shown', async () => {
      const api = await scenario({});
      const list = await restList(api.baseUrl, 'limit=5 refresh-interval=1');
      await settled(list);
      const loaded = oneEvent(list, 'call-log-load');
      list.loadMore();
      await loaded;
      const before = ids(list.items);
      await api.patch({ insertNow: 3 });
      await waitUntil(() => list.items.length === 13, 'the new calls did not come', { timeout: 3000 });
      await api.patch({ insertNow: 1 });
      await waitUntil(() => list.items.length === 14, 'the next new call did not come', { timeout: 3000 });
      expect(ids(list.items).slice(4)).to.deep.equal(before);
      expect(new Set(ids(list.items)).size).to.equal(14);
      expect(ids(list.items).slice(0, 4)).to.deep.equal((await serverCalls(api)).slice(0, 4));
    });
  });

  describe('removing and adding back', () => {
    it('removing the element aborts its request; adding it back asks again and loads', async () => {
      const api = await scenario({ latency: 400 });
      const list = document.createElement('call-log-list');
      Object.assign(list, { baseUrl: api.baseUrl, authToken: TEST_TOKEN, limit: 5 });
      document.body.append(list);
      await waitUntil(async () => (await api.state()).requests === 1, 'no request went out');
      list.remove();
      await waitUntil(async () => (await api.state()).abandoned === 1, 'the request was not aborted');
      expect(list.status).to.equal('loading');
      const loaded = oneEvent(list, 'call-log-load');
      document.body.append(list);
      await loaded;
      expect(await api.state()).to.include({ requests: 2, answered: 1, abandoned: 1 });
      expect(list.items).to.have.length(5);
      list.remove();
    });

    it(`${MOUNT_CYCLES} mount/unmount cycles leave no timers, window listeners, observed elements or requests behind`, async () => {
      const api = await scenario({ latency: 20 });
      const leaks = trackResources();
      const box = document.createElement('div');
      document.body.append(box);
      let list: CallLogList | undefined;
      let loads = 0;
      try {
        for (let cycle = 0; cycle < MOUNT_CYCLES; cycle++) {
          // Half the cycles add back the element just removed, the other half a new one (every third on demo data).
          if (!list || cycle % 2 === 0) {
            list = document.createElement('call-log-list');
            if (cycle % 3 === 0) list.source = 'demo';
            else Object.assign(list, { baseUrl: api.baseUrl, authToken: TEST_TOKEN });
            Object.assign(list, { limit: 5, refreshInterval: 1, style: 'height: 200px' });
            list.addEventListener('call-log-load', () => loads++);
          }
          box.append(list);
          await list.updateComplete;
          if (cycle % 10 === 9) {
            // Now and then let it load (live timer, refresh timer, observers), and start a refresh before leaving.
            await settled(list);
            expect(list.error, `cycle ${cycle}`).to.equal(undefined);
            void list.refresh();
          }
          list.remove();
        }
        await api.settled();
      } finally {
        box.remove();
      }
      const left = leaks.stop();
      const state = await api.state();
      expect(loads).to.be.at.least(20);
      // How many requests reach the server before a removal aborts them depends on the machine's speed (47 to
      // over 100 were seen): enough did that some are cut short there, as checked next.
      expect(state.requests, 'requests made').to.be.at.least(20);
      // Most removals abort a request before it reaches the server; some reach it and are cut short there.
      expect(state.abandoned, 'requests cut short by a removal').to.be.at.least(5);
      expect(state.requests - state.answered - state.abandoned, 'requests still pending').to.equal(0);
      expect(left.created.timers, 'timers created').to.be.greaterThan(100);
      expect(left.created.listeners, 'window listeners added').to.be.greaterThan(100);
      expect(left.created.observed, 'elements observed').to.be.greaterThan(10);
      expect(left.timers, 'timers left running').to.deep.equal([]);
      expect(left.listeners, 'window listeners left').to.deep.equal([]);
      expect(left.observed, 'elements left observed').to.equal(0);
    });
  });
});
