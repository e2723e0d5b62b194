// Checks for new calls in the background: none while the page is hidden or the browser offline, the same token
// renewal as a first load, and a failed check that keeps the rows and says so quietly.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CallLogSource } from '../../src/sources/call-log-source.js';
import { MemoryCallLogSource } from '../../src/sources/memory-source.js';
import { call } from '../call-log-list/helpers.js';
import { scenario } from '../setup/calls-api.js';
import { goOffline, ids, part, restList, rows, settled, text, visible } from './helpers.js';

/** A source that counts the pages asked of it. */
function counting(source: CallLogSource): CallLogSource & { asked: number; offline: number } {
  const counted = {
    asked: 0,
    /** Pages asked while the browser was offline. */
    offline: 0,
    fetchPage: (request: Parameters<CallLogSource['fetchPage']>[0]) => {
      counted.asked++;
      if (!navigator.onLine) counted.offline++;
      return source.fetchPage(request);
    },
  };
  return counted;
}

/** Makes the page report `hidden` or `visible`, as switching tabs does, with the event. */
function setVisibility(state: 'hidden' | 'visible'): void {
  if (state === 'visible') delete (document as { visibilityState?: unknown }).visibilityState;
  else Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}

const calls = Array.from({ length: 6 }, (_, i) => call({ sessionID: `c${i}`, initiatedAt: 1_700_000_000 - i * 60 }));

describe('reliability: checks for new calls in the background', () => {
  afterEach(() => setVisibility('visible'));

  it('sends nothing while the page is hidden, and checks at once when it is shown after an interval', async () => {
    const source = counting(new MemoryCallLogSource(calls));
    const list = await restList(source, 'refresh-interval=1');
    await settled(list);
    // A check on the timer, so the schedule runs.
    await waitUntil(() => source.asked >= 2, 'no check on the timer', { timeout: 3000 });
    setVisibility('hidden');
    const asked = source.asked;
    const hiddenAt = performance.now();
    // Longer than two intervals while hidden.
    await waitUntil(() => performance.now() - hiddenAt > 2200, 'time did not pass', { timeout: 4000, interval: 100 });
    expect(source.asked, 'pages asked while hidden').to.equal(asked);
    setVisibility('visible');
    // At once, not on the next tick of the timer.
    expect(source.asked, 'a check as the page is shown').to.equal(asked + 1);
    expect(rows(list)).to.have.length(6);
  });

  it('sends nothing while offline, shows a quiet notice said once, and checks once back online', async () => {
    const api = await scenario({});
    const source = counting(api.source({ retry: false }));
    const list = await restList(source, 'limit=5 refresh-interval=1');
    await settled(list);
    expect(part(list, 'notice')).to.equal(null);
    await goOffline(2500);
    const asked = source.asked;
    await list.updateComplete;
    const notice = part(list, 'notice')!;
    expect(text(notice)).to.equal('You are offline. The list may be out of date.');
    // Quiet: not an alert, and said once through the list's live region.
    expect(notice.closest('[role="alert"]')).to.equal(null);
    const status = list.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => text(status) === 'You are offline. The list may be out of date.', 'the notice was not said');
    expect(rows(list)).to.have.length(5);
    await oneEvent(window, 'online');
    expect(source.offline, 'pages asked while offline').to.equal(0);
    await waitUntil(() => source.asked === asked + 1, 'no check once back online');
    await list.updateComplete;
    expect(part(list, 'notice')).to.equal(null);
    expect(list.error).to.equal(undefined);
  });

  it('a check refused for an expired token asks tokenProvider once and tries again, keeping the rows', async () => {
    const api = await scenario({ validTokens: ['first'] });
    const list = await restList(api.baseUrl, 'limit=5', 'first');
    let asked = 0;
    list.tokenProvider = () => {
      asked++;
      return 'second';
    };
    await settled(list);
    const before = ids(list.items);
    await api.patch({ validTokens: ['second'], insertNow: 2 });
    await list.refresh();
    await list.updateComplete;
    expect(asked).to.equal(1);
    expect(ids(list.items).slice(2)).to.deep.equal(before);
    expect(list.items).to.have.length(7);
    expect(list.error).to.equal(undefined);
    expect(part(list, 'notice')).to.equal(null);
  });

  it('a check that still fails keeps the rows and says so quietly, until a check succeeds', async () => {
    const api = await scenario({});
    const list = await restList(api.baseUrl, 'limit=5');
    await settled(list);
    let errors = 0;
    list.addEventListener('call-log-error', () => errors++);
    await api.patch({ status: 503 });
    await list.refresh();
    await list.updateComplete;
    expect(rows(list)).to.have.length(5);
    expect(list.error).to.equal(undefined);
    expect(visible(part(list, 'error'))).to.equal(false);
    expect(text(part(list, 'notice'))).to.equal('New calls could not be checked. The list may be out of date.');
    expect(errors).to.equal(0);
    await api.patch({ status: null, insertNow: 1 });
    await list.refresh();
    await list.updateComplete;
    expect(part(list, 'notice')).to.equal(null);
    expect(list.items).to.have.length(6);
  });
});
