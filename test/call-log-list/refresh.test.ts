// <call-log-list>: checking for new calls, by refresh() and refresh-interval.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLogSource } from '../../src/sources/call-log-source.js';
import { scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { part, settled, text, expectShown } from './helpers.js';

describe('<call-log-list>', () => {
  describe('refresh', () => {
    it('puts new calls at the top without duplicates and removes nothing', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="10" load-more="button"></call-log-list>`,
      );
      await settled(list);
      const before = list.items.map((c) => c.sessionID);
      await fetch(`/__calls-api/scenarios/${api.name}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ insertNow: 2 }),
      });
      await list.refresh();
      await list.updateComplete;
      const after = list.items.map((c) => c.sessionID);
      expect(after).to.have.length(12);
      expect(after.slice(2)).to.deep.equal(before);
      expect(new Set(after).size).to.equal(12);
      await expectShown(list, after);
      await waitUntil(() => text(list.shadowRoot!.querySelector('[role="status"]')) === '2 new calls', 'not announced');
    });

    it('never asks for a page that is already on its way: a check and "Load more" at once take turns', async () => {
      // Counted where the list asks its source, not at the server: Chromium holds back a GET identical to one in
      // flight, so the server would never see the second.
      const api = await scenario({});
      const http = api.source();
      const inFlight = new Map<string, number>();
      let duplicates = 0;
      const source: CallLogSource = {
        async fetchPage(request) {
          const key = JSON.stringify({ ...request.query, page: request.page });
          if (inFlight.get(key)) duplicates++;
          inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
          try {
            return await http.fetchPage(request);
          } finally {
            inFlight.set(key, inFlight.get(key)! - 1);
          }
        },
      };
      const list = await fixture<CallLogList>(html`<call-log-list .source=${source} limit="5" load-more="button"></call-log-list>`);
      await settled(list);
      const before = list.items.map((c) => c.sessionID);
      // Page 2 of "Load more" is slow; the check reads page 1 (all new calls), then would read page 2 while it waits.
      await api.patch({ insertNow: 5, latencies: [600] });
      part(list, 'load-more-button')!.click();
      await waitUntil(() => [...inFlight].some(([key, count]) => key.includes('"page":2') && count > 0), 'no page 2 asked');
      await list.refresh();
      await waitUntil(() => list.controller.status === 'ready', 'page 2 was not shown');
      await api.settled();
      expect(duplicates, 'requests for a page already in flight').to.equal(0);
      // Page 2 had moved down by the five new calls: it repeated the first five, now kept once, under the new ones.
      const after = list.items.map((c) => c.sessionID);
      expect(after).to.have.length(10);
      expect(after.slice(5)).to.deep.equal(before);
    });

    it('a check waiting for a page on its way reads nothing once the list has left the page', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="5" load-more="button"></call-log-list>`,
      );
      await settled(list);
      await api.patch({ latencies: [600] });
      const { requests } = await api.state();
      part(list, 'load-more-button')!.click();
      await waitUntil(async () => (await api.state()).requests > requests, 'page 2 was not asked for');
      const checked = list.refresh();
      list.remove();
      await checked;
      await api.settled();
      expect((await api.state()).requests, 'only page 2 was asked for').to.equal(requests + 1);
    });

    it('checks for new calls every refresh-interval seconds', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="5" refresh-interval="1"></call-log-list>`,
      );
      await settled(list);
      const requests = (await api.state()).requests;
      await waitUntil(async () => (await api.state()).requests > requests, 'no check was made', { timeout: 3000 });
      list.remove();
      const afterRemoval = (await api.state()).requests;
      expect(afterRemoval).to.be.greaterThan(requests);
    });
  });
});
