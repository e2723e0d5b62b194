// Calls removed or added above the reading position while a person pages: nothing skipped, nothing twice.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLog } from '../../src/model/call-log.js';
import { CallLogRequestBuilder } from '../../src/request/call-log-request.js';
import type { CallLogPage, CallLogPageRequest, CallLogSource } from '../../src/sources/call-log-source.js';
import { pageOf } from '../../src/sources/memory-source.js';
import { call } from '../call-log-list/helpers.js';
import { scenario } from '../setup/calls-api.js';
import { ids, part, restList, settled } from './helpers.js';

const NOW = Math.floor(Date.now() / 1000);

/** A call `n` minutes old. */
const nth = (n: number): CallLog => call({ sessionID: `c${String(n).padStart(3, '0')}`, initiatedAt: NOW - 60 * n });

/** Calls in memory that a test removes and adds between reads, paged as the Calls API pages them. */
class ChangingSource implements CallLogSource {
  calls: CallLog[];
  #added = 0;
  withTotal = true;
  constructor(count: number) {
    this.calls = Array.from({ length: count }, (_, i) => nth(i + 1));
  }
  async fetchPage({ query, page }: CallLogPageRequest): Promise<CallLogPage> {
    await Promise.resolve();
    const answer = pageOf(this.calls, query, page);
    if (this.withTotal) return answer;
    const { count, perPage, currentPage } = answer.pagination;
    return { ...answer, pagination: { count, perPage, currentPage } };
  }
  remove(sessionIDs: string[]): void {
    this.calls = this.calls.filter((c) => !sessionIDs.includes(c.sessionID));
  }
  /** Puts `count` calls on top, newer than all. */
  add(count: number): void {
    for (let i = 0; i < count; i++) this.calls.unshift(call({ sessionID: `new${++this.#added}`, initiatedAt: NOW + this.#added }));
  }
  get order(): string[] {
    return pageOf(this.calls, { limit: 100 }, 1).items.map((c) => c.sessionID).concat(this.calls.length > 100 ? ['…'] : []);
  }
}

/** The calls shown that the source still has: each once, in the source's order. */
function expectEachOnce(list: CallLogList, source: ChangingSource): void {
  const existing = new Set(source.order);
  expect(ids(list.items).filter((id) => existing.has(id))).to.deep.equal(source.order);
  // Calls removed after they were shown stay until the list loads afresh; none shows twice.
  expect(new Set(ids(list.items)).size).to.equal(list.items.length);
}

/** Presses "Load more" until every page is in. */
async function readToTheEnd(list: CallLogList): Promise<void> {
  for (let guard = 0; list.status !== 'complete' && guard < 20; guard++) {
    await waitUntil(() => part(list, 'load-more-button') || list.status === 'complete', 'no Load more button');
    part(list, 'load-more-button')?.click();
    await settled(list);
  }
  expect(list.status).to.equal('complete');
  // A check for new calls started by a page that repeated calls may still be on its way.
  await list.refresh();
  await list.updateComplete;
}

describe('reliability: paging while calls come and go', () => {
  it('calls removed from the first page do not make calls of the next page skipped', async () => {
    const source = new ChangingSource(60);
    const list = await restList(source, 'limit=20');
    await settled(list);
    expect(list.items).to.have.length(20);
    source.remove(['c002', 'c009', 'c017']);
    await readToTheEnd(list);
    expectEachOnce(list, source);
  });

  it('two removed and four added at once: each call once, in order', async () => {
    const source = new ChangingSource(60);
    const list = await restList(source, 'limit=20');
    await settled(list);
    source.remove(['c005', 'c020']);
    source.add(4);
    await readToTheEnd(list);
    expectEachOnce(list, source);
  });

  it('more removed than a page holds: the pages read again cover the shrink', async () => {
    const source = new ChangingSource(60);
    const list = await restList(source, 'limit=20');
    await settled(list);
    // Three from the page shown and 22 after it, more than a page.
    source.remove(['c001', 'c010', 'c020', ...Array.from({ length: 22 }, (_, i) => nth(21 + i).sessionID)]);
    await readToTheEnd(list);
    expectEachOnce(list, source);
  });

  it('removals between every page, with additions: each call that still exists once', async () => {
    const source = new ChangingSource(90);
    const list = await restList(source, 'limit=10');
    await settled(list);
    for (let guard = 0; list.status === 'ready' && guard < 20; guard++) {
      // Two of the calls shown go, and now and then a call arrives.
      const shown = ids(list.items).filter((id) => source.calls.some((c) => c.sessionID === id));
      source.remove([shown[guard % shown.length]!, shown[(guard * 7 + 3) % shown.length]!]);
      if (guard % 3 === 0) source.add(1);
      part(list, 'load-more-button')!.click();
      await settled(list);
    }
    await readToTheEnd(list);
    expectEachOnce(list, source);
  });

  it('over HTTP: calls an admin deletes on the local Calls API after the first page are not skipped', async () => {
    const api = await scenario({});
    const list = await restList(api.baseUrl, 'limit=50');
    await settled(list);
    await fetch(`/__calls-api/scenarios/${api.name}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ removeNow: 5 }),
    });
    await readToTheEnd(list);
    // Every call the API still has, as it lists them now.
    const remaining: string[] = [];
    for (let page = 1; ; page++) {
      const answer = (await (await fetch(`${api.baseUrl}/calls?perPage=100&page=${page}`, { headers: { authToken: 'test-auth-token' } })).json()) as {
        data: { sessionId: string }[];
      };
      remaining.push(...answer.data.map((item) => item.sessionId));
      if (answer.data.length < 100) break;
    }
    const shown = ids(list.items);
    expect(shown.filter((id) => remaining.includes(id))).to.deep.equal(remaining);
    expect(new Set(shown).size).to.equal(shown.length);
  });

  it('a request on its own: fetchNext() returns the calls that slipped past, fetchPrevious() those pushed down', async () => {
    const source = new ChangingSource(30);
    const request = new CallLogRequestBuilder().setLimit(10).setSource(source).build();
    const read: string[] = ids(await request.fetchNext());
    read.push(...ids(await request.fetchNext()));
    source.remove(['c004', 'c015']);
    read.push(...ids(await request.fetchNext()));
    expect(read.filter((id) => id !== 'c004' && id !== 'c015').sort()).to.deep.equal(source.order.slice().sort());
    expect(new Set(read).size).to.equal(read.length);

    // Back toward the newest: two calls added on top push c011 and c012 down onto page 3, read before.
    const back = new ChangingSource(30);
    const again = new CallLogRequestBuilder().setLimit(10).setSource(back).build();
    for (let i = 0; i < 3; i++) await again.fetchNext();
    back.add(2);
    const page2 = ids(await again.fetchPrevious());
    expect(page2.slice(0, 10)).to.deep.equal(back.order.slice(10, 20));
    expect(page2.slice(10)).to.deep.equal([]);
  });

  it('a source without a total: nothing read again (the README says what it cannot promise)', async () => {
    const source = new ChangingSource(30);
    source.withTotal = false;
    const list = await restList(source, 'limit=10');
    await settled(list);
    source.remove(['c003']);
    part(list, 'load-more-button')!.click();
    await waitUntil(() => list.items.length === 20, 'page 2 was not shown');
    // c011 moved up onto page 1, which was read before it got there: only a check for new calls from the top meets
    // it again.
    expect(ids(list.items)).not.to.include('c011');
  });
});
