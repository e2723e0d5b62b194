// The proof that no word is left out of the message table: in a pseudo-language made from English, nothing either
// element shows or says, in any state, holds an English word of the table. A hard-coded word fails here.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { registerTranslation } from '../../src/localize/registry.js';
import type { CallLogSource } from '../../src/sources/call-log-source.js';
import { MemoryCallLogSource } from '../../src/sources/memory-source.js';
import { goOffline } from '../reliability/helpers.js';
import { scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { call, englishIn, listOf, pseudoTranslation, readable, richCalls } from './helpers.js';

registerTranslation(pseudoTranslation());

describe('every word in the message table (pseudo-language en-XA)', () => {
  it('has no English word in the loading state', async () => {
    const pending: CallLogSource = { fetchPage: () => new Promise(() => {}) };
    const list = await fixture<CallLogList>(html`<call-log-list locale="en-XA" .source=${pending}></call-log-list>`);
    await waitUntil(() => list.status === 'loading');
    await list.updateComplete;
    expect(englishIn(list)).to.deep.equal([]);
    expect(readable(list).join(' ')).to.contain('⟦');
  });

  it('has no English word in rows, expanded details with participants and recordings, and Load more', async () => {
    const { list } = await listOf(richCalls(), html``);
    list.locale = 'en-XA';
    list.loadMoreTrigger = 'button';
    list.limit = 2;
    await waitUntil(() => list.items.length === 2 && list.status === 'ready', 'not reloaded with 2 calls');
    await list.updateComplete;
    for (const button of list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="expand-button"]')) button.click();
    await list.updateComplete;
    const play = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('.recording button')];
    expect(play).to.have.length(1);
    expect(list.shadowRoot!.querySelector('[part~="load-more-button"]')).to.not.equal(null);
    expect(englishIn(list)).to.deep.equal([]);
    await expect(list).to.be.accessible();
  });

  it('has no English word in a list without a viewer (both sides named) or in its announcements', async () => {
    const list = await fixture<CallLogList>(html`<call-log-list locale="en-XA" .source=${new MemoryCallLogSource([call({ sessionID: 'a' })])}></call-log-list>`);
    await oneEvent(list, 'call-log-load');
    await waitUntil(() => list.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim() !== '');
    expect(englishIn(list)).to.deep.equal([]);
  });

  it('has no English word in the empty state with filters', async () => {
    const { list } = await listOf([call({ sessionID: 'a' })]);
    list.locale = 'en-XA';
    list.callStatus = 'missed';
    list.sessionType = 'video';
    list.hasRecording = true;
    list.uid = 'ana';
    await waitUntil(() => list.status === 'complete');
    await list.updateComplete;
    expect(englishIn(list)).to.deep.equal([]);
    await expect(list).to.be.accessible();
  });

  it('has no English word in the error state', async () => {
    const api = await scenario({ status: 503 });
    const list = await fixture<CallLogList>(
      html`<call-log-list locale="en-XA" base-url=${api.baseUrl} auth-token=${TEST_TOKEN} .retryOptions=${false}></call-log-list>`,
    );
    await oneEvent(list, 'call-log-error');
    await list.updateComplete;
    expect(englishIn(list)).to.deep.equal([]);
    await expect(list).to.be.accessible();
  });

  it('has no English word in the configuration error but its technical detail, marked as English', async () => {
    const list = await fixture<CallLogList>(html`<call-log-list locale="en-XA" source="demo" call-status="sometimes"></call-log-list>`);
    await waitUntil(() => list.error);
    await list.updateComplete;
    expect(englishIn(list)).to.deep.equal([]);
    expect(list.shadowRoot!.querySelector('[part~="error"] [lang="en"]')!.textContent).to.contain('sometimes');
  });

  it('has no English word in the filter, folded on a narrow screen and opened, with a value its list rejects', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px">
      <call-log-filter for="pseudo-list" locale="en-XA"></call-log-filter>
      <call-log-list id="pseudo-list" source="demo" call-status="sometimes"></call-log-list>
    </div>`);
    const filter = wrapper.querySelector<CallLogFilter>('call-log-filter')!;
    await waitUntil(() => filter.shadowRoot!.querySelector('[part~="toggle"]'), 'not folded');
    filter.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await filter.updateComplete;
    expect(filter.shadowRoot!.querySelector('[aria-invalid="true"]')).to.not.equal(null);
    expect(englishIn(filter)).to.deep.equal([]);
    expect(readable(filter).join(' ')).to.contain('⟦');
    await expect(filter).to.be.accessible();
  });

  it('has no English word offline, or when a check for new calls failed', async () => {
    const api = await scenario({});
    const list = await fixture<CallLogList>(
      html`<call-log-list locale="en-XA" limit="3" load-more="button" base-url=${api.baseUrl} auth-token=${TEST_TOKEN} .retryOptions=${false}></call-log-list>`,
    );
    await oneEvent(list, 'call-log-load');
    await api.patch({ status: 503 });
    await list.refresh();
    await list.updateComplete;
    const notice = () => list.shadowRoot!.querySelector('[part~="notice"]');
    expect(notice()).to.not.equal(null);
    expect(englishIn(list)).to.deep.equal([]);
    await api.patch({ status: null });
    await goOffline(1500);
    await list.updateComplete;
    // The offline notice, on screen and said by the live region.
    await waitUntil(() => list.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim() !== '', 'not said');
    expect(notice()!.textContent).to.contain('⟦');
    expect(englishIn(list)).to.deep.equal([]);
    await expect(list).to.be.accessible();
    await oneEvent(window, 'online');
  });

  it('has no English word in a filter that cannot filter: no list with its id, or a list set up wrong', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <call-log-filter for="nowhere-9" locale="en-XA"></call-log-filter>
      <call-log-filter for="bad-one" locale="en-XA"></call-log-filter>
      <call-log-list id="bad-one" source="demo" group-by="week"></call-log-list>
    </div>`);
    const [missing, broken] = wrapper.querySelectorAll<CallLogFilter>('call-log-filter');
    for (const filter of [missing!, broken!]) {
      await waitUntil(() => filter.shadowRoot!.querySelector('[part~="reason"]'), 'no reason shown');
      expect(englishIn(filter)).to.deep.equal([]);
      await expect(filter).to.be.accessible();
    }
    // The id looked for, and the list's own message (marked as English), are shown as they are.
    expect(missing!.shadowRoot!.querySelector('[part~="reason"]')!.textContent).to.contain('nowhere-9');
    expect(broken!.shadowRoot!.querySelector('[part~="reason"] [lang="en"]')).to.not.equal(null);
  });

  it('has no English word while a search reads pages itself, once it is stopped, or in the empty state of a range', async () => {
    const api = await scenario({ count: 400, latency: 100 });
    const list = await fixture<CallLogList>(
      html`<call-log-list locale="en-XA" base-url=${api.baseUrl} auth-token=${TEST_TOKEN} search="nobody here"></call-log-list>`,
    );
    const part = (name: string) => list.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
    await waitUntil(() => part('stop-button') && list.controller.scanned > 0, 'no search running', { timeout: 5000 });
    expect(englishIn(list)).to.deep.equal([]);
    part('stop-button')!.click();
    await waitUntil(() => part('load-more-button'), 'the search did not pause');
    await waitUntil(() => list.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim() !== '', 'the count was not said');
    expect(englishIn(list)).to.deep.equal([]);
    expect(part('search-status')!.textContent).to.contain('⟦');
    await expect(list).to.be.accessible();

    const { list: ranged } = await listOf([call({ sessionID: 'a' })]);
    ranged.locale = 'en-XA';
    ranged.from = '2020-01-01';
    ranged.to = '2020-01-31';
    ranged.search = 'ana';
    await waitUntil(() => ranged.status === 'complete' && ranged.items.length === 0);
    await ranged.updateComplete;
    expect(englishIn(ranged)).to.deep.equal([]);
  });

  it('has no English word in the export buttons: reading, done, failed, off; nor in the CSV header row', async () => {
    const api = await scenario({ count: 300, latency: 100 });
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-XA">
      <call-log-export for="exported"></call-log-export>
      <call-log-list id="exported" base-url=${api.baseUrl} auth-token=${TEST_TOKEN}></call-log-list>
    </div>`);
    const control = wrapper.querySelector('call-log-export')!;
    const list = wrapper.querySelector('call-log-list')!;
    await waitUntil(() => list.status === 'ready', 'the list did not load', { timeout: 5000 });
    const part = (name: string) => control.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
    let header = '';
    list.addEventListener('call-log-export', (event) => {
      event.preventDefault();
      void event.detail.file.text().then((text) => (header = text.split('\r\n')[0]!));
    });
    const exporting = control.export('csv');
    await waitUntil(() => part('progress'), 'no progress shown');
    expect(englishIn(control)).to.deep.equal([]);
    await exporting;
    await waitUntil(() => header !== '', 'no file');
    await control.updateComplete;
    expect(englishIn(control)).to.deep.equal([]);
    expect(header.split(',').every((cell) => cell.includes('⟦')), header).to.equal(true);
    await api.patch({ status: 400 });
    await control.export('jsonl');
    await control.updateComplete;
    expect(part('retry-button')).to.not.equal(null);
    expect(englishIn(control)).to.deep.equal([]);
    control.htmlFor = 'nowhere';
    await control.updateComplete;
    expect(part('reason')).to.not.equal(null);
    expect(englishIn(control)).to.deep.equal([]);
  });
  it('has no English word in the summary: counting, figures with the busiest, failed, off', async () => {
    const api = await scenario({ count: 300, latency: 100 });
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-XA">
      <call-log-summary for="summed"></call-log-summary>
      <call-log-list id="summed" base-url=${api.baseUrl} auth-token=${TEST_TOKEN} viewer-uid="sam.rivera"></call-log-list>
    </div>`);
    const summary = wrapper.querySelector('call-log-summary')!;
    const part = (name: string) => summary.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
    await waitUntil(() => part('progress'), 'no progress shown', { timeout: 5000 });
    expect(englishIn(summary)).to.deep.equal([]);
    await waitUntil(() => part('busiest') && !part('progress'), 'not counted', { timeout: 10_000 });
    expect(englishIn(summary)).to.deep.equal([]);
    expect(readable(summary).join(' ')).to.contain('⟦');
    await api.patch({ status: 400 });
    summary.refresh();
    await waitUntil(() => part('retry-button'), 'no failure shown', { timeout: 5000 });
    expect(englishIn(summary)).to.deep.equal([]);
    summary.setAttribute('period', 'year');
    await summary.updateComplete;
    expect(part('reason')).to.not.equal(null);
    expect(englishIn(summary)).to.deep.equal([]);
  });
});
