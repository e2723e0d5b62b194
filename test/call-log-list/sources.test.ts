// <call-log-list>: the demo source (source="demo") and the CometChat REST source (base-url, app-id, region, auth-token).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLog } from '../../src/model/call-log.js';
import { scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { rows, settled, shown, text, VIEWER } from './helpers.js';

describe('<call-log-list>', () => {
  describe('source="demo"', () => {
    it('shows the first 30 demo calls, newest first, from the demo viewer\'s side', async () => {
      const list = await fixture<CallLogList>(html`<call-log-list source="demo"></call-log-list>`);
      const { detail } = await oneEvent(list, 'call-log-load');
      expect(detail.page).to.equal(1);
      expect(detail.items).to.have.length(30);
      expect(detail.hasMore).to.equal(true);
      // In order, as many as the page's 600 px and the window's margin below (600 px before any scroll) hold; the rest
      // render on scrolling.
      const ids = detail.items.map((c: CallLog) => c.sessionID);
      await waitUntil(() => shown(list).length >= 15, 'the rows that fit did not render');
      expect(shown(list)).to.deep.equal(ids.slice(0, shown(list).length));
      const times = list.items.map((c) => c.initiatedAt);
      expect([...times].sort((a, b) => b - a)).to.deep.equal(times);
      expect(text(list.shadowRoot!.querySelector('[part~="name"]'))).to.not.contain('Sam Rivera');
      await expect(list).to.be.accessible();
    });
  });

  describe('the CometChat REST source', () => {
    it('loads from base-url with auth-token over HTTP, sending the token in the header', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} viewer-uid=${VIEWER} limit="10" load-more="button"></call-log-list>`,
      );
      await settled(list);
      expect(list.status).to.equal('ready');
      expect(rows(list)).to.have.length(10);
      const state = await api.state();
      expect(state.lastHeaders.authtoken).to.equal(true);
      expect(state.lastQuery).to.include({ perPage: '10', page: '1' });
    });

    it('keeps the auth token out of the attributes it writes', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(html`<call-log-list base-url=${api.baseUrl}></call-log-list>`);
      list.authToken = 'secret-token-xyz';
      await settled(list);
      expect(list.outerHTML).to.not.contain('secret-token-xyz');
    });

    it('builds the CometChat URL from app-id and region', async () => {
      const list = await fixture<CallLogList>(html`<call-log-list app-id="abc123" region="eu"></call-log-list>`);
      await settled(list);
      expect(list.error?.code).to.equal('INVALID_CONFIG');
      expect(list.error?.message).to.contain('auth token');
    });
  });
});
