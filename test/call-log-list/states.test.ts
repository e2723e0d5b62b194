// <call-log-list>: the loading, empty and error states, and the slots that replace them.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { call, memoryList, part, rows, settled, text, visible } from './helpers.js';

describe('<call-log-list>', () => {
  describe('states', () => {
    it('shows a loading skeleton for the first page', async () => {
      const api = await scenario({ latency: 300 });
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN}></call-log-list>`,
      );
      expect(list.status).to.equal('loading');
      expect(visible(part(list, 'loading'))).to.equal(true);
      expect(part(list, 'base')!.getAttribute('aria-busy')).to.equal('true');
      await expect(list).to.be.accessible();
      await settled(list);
      expect(visible(part(list, 'loading'))).to.equal(false);
    });

    it('shows "No calls" naming the active filters', async () => {
      const list = await memoryList([call({ sessionID: 'a' })]);
      list.setAttribute('call-status', 'missed');
      list.setAttribute('session-type', 'video');
      await settled(list);
      await waitUntil(() => list.status === 'complete');
      const empty = part(list, 'empty')!;
      expect(visible(empty)).to.equal(true);
      expect(text(empty)).to.contain('No calls');
      expect(text(empty)).to.contain('Type: Video');
      expect(text(empty)).to.contain('Status: Missed');
      await expect(list).to.be.accessible();
    });

    it('shows the error with a Retry button that asks again for the same page', async () => {
      const api = await scenario({ status: 503, times: 1 });
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} .retryOptions=${false}></call-log-list>`,
      );
      const { detail } = await oneEvent(list, 'call-log-error');
      expect(detail.error.code).to.equal('HTTP');
      await list.updateComplete;
      const error = part(list, 'error')!;
      expect(visible(error)).to.equal(true);
      expect(text(error)).to.contain('503');
      await expect(list).to.be.accessible();
      const loaded = oneEvent(list, 'call-log-load');
      part(list, 'retry-button')!.click();
      expect((await loaded).detail.page).to.equal(1);
      expect((await api.state()).lastQuery['page']).to.equal('1');
      expect(visible(part(list, 'error'))).to.equal(false);
    });

    it('keeps the loaded rows when a later page fails, and retries that page', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="5" load-more="button" .retryOptions=${false}></call-log-list>`,
      );
      await settled(list);
      await fetch(`/__calls-api/scenarios/${api.name}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 500, times: 1 }),
      });
      const failed = oneEvent(list, 'call-log-error');
      list.loadMore();
      await failed;
      await list.updateComplete;
      expect(rows(list)).to.have.length(5);
      const loaded = oneEvent(list, 'call-log-load');
      list.retry();
      expect((await loaded).detail.page).to.equal(2);
      await list.updateComplete;
      expect(rows(list)).to.have.length(10);
    });

    it('lets the empty, error and loading slots replace the built-in states', async () => {
      const list = await memoryList(
        [],
        html`<p slot="empty">Nothing yet</p><p slot="error">Oops</p><p slot="loading">Wait</p>`,
      );
      const slot = list.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
      expect(slot.assignedElements().map(text)).to.deep.equal(['Nothing yet']);
      expect(visible(slot)).to.equal(true);
      expect(visible(list.shadowRoot!.querySelector('slot[name="error"]'))).to.equal(false);
      expect(visible(list.shadowRoot!.querySelector('slot[name="loading"]'))).to.equal(false);
    });
  });
});
