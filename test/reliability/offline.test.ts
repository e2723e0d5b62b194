// Going offline and back for real (the browser's network emulation, with real `offline` and `online` events).
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { scenario } from '../setup/calls-api.js';
import { goOffline, ids, part, restList, rows, settled, visible } from './helpers.js';

describe('reliability: offline and back', () => {
  it('a page that failed while offline loads by itself once the browser is back online, keeping the rows', async () => {
    const api = await scenario({});
    const list = await restList(api.baseUrl, 'limit=5');
    await settled(list);
    const before = ids(list.items);
    await goOffline(1000);
    expect(navigator.onLine).to.equal(false);
    const failed = oneEvent(list, 'call-log-error');
    list.loadMore();
    // Offline, a network failure is not retried: it is shown at once, with Retry.
    expect((await failed).detail.error.code).to.equal('NETWORK');
    await list.updateComplete;
    expect(visible(part(list, 'error'))).to.equal(true);
    expect(rows(list)).to.have.length(5);

    const online = oneEvent(window, 'online');
    const loaded = oneEvent(list, 'call-log-load');
    await online;
    expect((await loaded).detail.page).to.equal(2);
    expect(ids(list.items).slice(0, 5)).to.deep.equal(before);
    expect(new Set(ids(list.items)).size).to.equal(10);
    expect(list.error).to.equal(undefined);
    expect((await api.state()).requests).to.equal(2);
  });

  it('a first page that failed offline loads once back online', async () => {
    const api = await scenario({});
    await goOffline(800);
    const list = await restList(api.baseUrl, 'limit=5');
    await settled(list);
    expect(list.error?.code).to.equal('NETWORK');
    const loaded = oneEvent(list, 'call-log-load');
    expect((await loaded).detail.page).to.equal(1);
    expect(rows(list)).to.have.length(5);
  });

  it('a list removed while offline does not load when the browser comes back', async () => {
    const api = await scenario({});
    await goOffline(600);
    const list = await restList(api.baseUrl, 'limit=5');
    await settled(list);
    list.remove();
    await oneEvent(window, 'online');
    // Something the page itself does after the event: by then a listener left behind would have run.
    expect((await fetch('/__calls-api/info')).ok).to.equal(true);
    expect((await api.state()).requests).to.equal(0);
  });
});
