// Hours on a page, compressed: hundreds of checks for new calls while calls arrive, end and are removed.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { CallLog } from '../../src/model/call-log.js';
import type { CallLogPage, CallLogPageRequest, CallLogSource } from '../../src/sources/call-log-source.js';
import { pageOf } from '../../src/sources/memory-source.js';
import { call } from '../call-log-list/helpers.js';
import { SOAK_CYCLES } from './counts.js';
import { catchEscapes, ids, part, recordConsole, restList, rows, settled, trackResources } from './helpers.js';

const START = 1_700_000_000;

/** An operator's day in memory: calls arrive on top, ongoing calls end, and some calls are deleted. */
class Day implements CallLogSource {
  calls: CallLog[] = Array.from({ length: 40 }, (_, i) => call({ sessionID: `old${i}`, initiatedAt: START - i * 60 }));
  #next = 0;
  async fetchPage({ query, page }: CallLogPageRequest): Promise<CallLogPage> {
    await Promise.resolve();
    return pageOf(this.calls, query, page);
  }
  arrive(): void {
    const n = ++this.#next;
    this.calls.unshift(call({ sessionID: `new${n}`, initiatedAt: START + n * 60, status: 'ongoing', endedAt: undefined }));
  }
  endOne(): void {
    const index = this.calls.findIndex((c) => c.status === 'ongoing');
    if (index >= 0) this.calls[index] = { ...this.calls[index]!, status: 'ended', endedAt: this.calls[index]!.initiatedAt + 60 };
  }
  removeOne(cycle: number): void {
    this.calls.splice((cycle * 7) % this.calls.length, 1);
  }
  get order(): string[] {
    return pageOf(this.calls, { limit: 100 }, 1).items.map((c) => c.sessionID);
  }
}

describe('reliability: hours on a page', () => {
  it(`${SOAK_CYCLES} checks for new calls with calls arriving, ending and removed: each call once, bounded, nothing left`, async () => {
    // The page's one language listener, shared by every element, is in place before counting.
    (await restList(new Day(), 'limit=10')).remove();
    const leaks = trackResources();
    const escapes = catchEscapes();
    const consoleCalls = recordConsole();
    const day = new Day();
    const list = await restList(day, 'limit=10 refresh-interval=3600');
    let maxRendered = 0;
    try {
      await settled(list);
      for (let cycle = 0; cycle < SOAK_CYCLES; cycle++) {
        day.arrive();
        if (cycle % 2 === 0) day.endOne();
        if (cycle % 5 === 4) day.removeOne(cycle);
        // The path the timer takes, run at once.
        await list.refresh();
        if (cycle % 25 === 0) {
          await list.updateComplete;
          maxRendered = Math.max(maxRendered, rows(list).length);
        }
      }
      await list.updateComplete;
      // The person reads to the end of the history.
      for (let guard = 0; list.status === 'ready' && guard < 100; guard++) {
        part(list, 'load-more-button')!.click();
        await settled(list);
      }
      await list.refresh();
      await list.updateComplete;
      maxRendered = Math.max(maxRendered, rows(list).length);
    } finally {
      list.remove();
    }
    // The window's last step, a zero-delay timeout queued as the list left, runs before one queued after it.
    await new Promise((resolve) => setTimeout(resolve));
    const left = leaks.stop();
    const escaped = escapes.stop();
    const logged = consoleCalls.stop();

    // Every call the source still has, once and in its order; calls removed after being shown may stay.
    const existing = new Set(day.order);
    expect(ids(list.items).filter((id) => existing.has(id))).to.deep.equal(day.order);
    expect(new Set(ids(list.items)).size).to.equal(list.items.length);
    // What the list holds is what was read: the day's calls, nothing more.
    expect(list.items.length).to.be.at.most(40 + SOAK_CYCLES);
    // Rows render in a window, not all 300-odd calls.
    expect(maxRendered, 'rows rendered at once').to.be.at.most(120);
    expect(left.timers, 'timers left running').to.deep.equal([]);
    expect(left.listeners, 'window listeners left').to.deep.equal([]);
    expect(left.observed, 'elements left observed').to.equal(0);
    expect(escaped).to.deep.equal([]);
    expect(logged).to.deep.equal([]);
  });
});
