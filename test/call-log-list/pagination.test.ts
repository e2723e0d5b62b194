// <call-log-list>: paging through a source with "Load more" and with scrolling.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLogSource } from '../../src/sources/call-log-source.js';
import { apiInfo, scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { call, part, settled, text, VIEWER, expectShown } from './helpers.js';

describe('<call-log-list>', () => {
  describe('pagination', () => {
    it('pages through the local API to the last page with every session id exactly once', async () => {
      const info = await apiInfo();
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="100" load-more="button"></call-log-list>`,
      );
      await settled(list);
      for (let i = 0; i < 10 && part(list, 'load-more-button'); i++) {
        const loaded = oneEvent(list, 'call-log-load');
        part(list, 'load-more-button')!.click();
        await loaded;
        await list.updateComplete;
      }
      const ids = list.items.map((c) => c.sessionID);
      expect(ids).to.have.length(info.count);
      expect(new Set(ids).size).to.equal(info.count);
      expect(list.status).to.equal('complete');
      expect(part(list, 'load-more-button')).to.equal(null);
    });

    it('shows a call that a source sends twice in one page once, and the calls after it in order', async () => {
      const calls = [call({ sessionID: 'a' }), call({ sessionID: 'b', initiatedAt: Math.floor(Date.now() / 1000) - 7200 })];
      const source: CallLogSource = {
        fetchPage: () =>
          Promise.resolve({
            items: [calls[0]!, calls[0]!, calls[1]!],
            pagination: { total: 3, count: 3, perPage: 30, currentPage: 1, totalPages: 1 },
          }),
      };
      const list = await fixture<CallLogList>(html`<call-log-list .source=${source} viewer-uid=${VIEWER}></call-log-list>`);
      await settled(list);
      expect(list.items.map((c) => c.sessionID)).to.deep.equal(['a', 'b']);
      await expectShown(list, ['a', 'b']);
    });

    it('asks for the next page before the end comes into view with load-more="scroll"', async () => {
      const list = await fixture<CallLogList>(
        html`<call-log-list source="demo" limit="10" style="--call-log-max-height: 300px"></call-log-list>`,
      );
      await waitUntil(() => list.items.length >= 20, 'the next page was not fetched ahead');
      const base = part(list, 'base')!;
      expect(base.scrollTop).to.equal(0);
      // The rows loaded ahead reach well past the visible box.
      expect(base.scrollHeight).to.be.greaterThan(base.clientHeight * 2);
    });

    it('keeps loading as a person scrolls toward the end', async () => {
      const list = await fixture<CallLogList>(
        html`<call-log-list source="demo" limit="10" style="--call-log-max-height: 300px"></call-log-list>`,
      );
      await settled(list);
      await waitUntil(() => list.status === 'ready' && list.items.length >= 20);
      const before = list.items.length;
      const loaded = oneEvent(list, 'call-log-load');
      part(list, 'base')!.scrollTop = 1e6;
      await loaded;
      expect(list.items.length).to.be.greaterThan(before);
    });

    it('names the button "Load more" and shows a spinner while the next page loads', async () => {
      const api = await scenario({ latencies: [0, 300] });
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="5" load-more="button"></call-log-list>`,
      );
      await settled(list);
      const button = part(list, 'load-more-button')!;
      expect(text(button)).to.equal('Load more');
      // Listened for before the click: page 2 may arrive while the accessibility check runs.
      const loaded = oneEvent(list, 'call-log-load');
      button.click();
      await list.updateComplete;
      expect(part(list, 'spinner')).to.not.equal(null);
      expect(part(list, 'spinner')!.getAttribute('aria-label')).to.equal('Loading more calls');
      await expect(list).to.be.accessible();
      await loaded;
      expect(list.items).to.have.length(10);
    });
  });
});
