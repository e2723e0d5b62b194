// <call-log-list>: long histories: rendering only the rows near the viewport, and following the scroll.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLog } from '../../src/model/call-log.js';
import type { CallLogSource } from '../../src/sources/call-log-source.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { part, rowButtons, rows, settled, shown, VIEWER } from './helpers.js';

describe('<call-log-list>', () => {
  describe('long histories', function () {
    // Thousands of calls, flung through frame by frame: on a loaded 2-core machine one test can take longer than the
    // runner's 10 s, though each waits on the rows, not on time.
    this.timeout(30_000);
    /** A source that answers every call in one page, as a backend holding the whole history might. */
    const wholeHistory = (calls: CallLog[]): CallLogSource => ({
      fetchPage: async ({ page }) => ({
        items: page === 1 ? calls : [],
        pagination: { total: calls.length, count: calls.length, perPage: calls.length, currentPage: page, totalPages: 1 },
      }),
    });
    const history = (count: number) => generateDemoCallLogs({ seed: 3, count, now: Date.now() });

    /** `count()` once the list's window has settled: a further step (a task, then an update) leaves it as it was. */
    async function settledCount(list: CallLogList, count: () => number): Promise<number> {
      let before = -1;
      await waitUntil(async () => {
        const now = count();
        const same = now === before;
        before = now;
        await new Promise((resolve) => setTimeout(resolve));
        await list.updateComplete;
        return same;
      }, 'the window never settled');
      return before;
    }

    async function longList(count: number) {
      const calls = history(count);
      const list = await fixture<CallLogList>(
        html`<call-log-list .source=${wholeHistory(calls)} viewer-uid=${VIEWER} style="--call-log-max-height: 400px"></call-log-list>`,
      );
      await settled(list);
      return { list, calls };
    }

    it('keeps only the rows near the viewport in the DOM', async () => {
      const { list } = await longList(2000);
      expect(list.items).to.have.length(2000);
      await list.updateComplete;
      expect(rows(list).length).to.be.within(1, 200);
    });

    it('keeps a DOM whose size does not grow with the history, at the top and deep down', async () => {
      /** The elements in the list's shadow root once its window has settled at `scrollTop`. */
      const elementsAt = async (list: CallLogList, scrollTop: number) => {
        const base = part(list, 'base')!;
        base.scrollTop = scrollTop;
        await waitUntil(() => rows(list).some((row) => {
          const rect = row.getBoundingClientRect();
          const box = base.getBoundingClientRect();
          return rect.top < (box.top + box.bottom) / 2 && rect.bottom > (box.top + box.bottom) / 2;
        }), 'no row at the middle of the box');
        return settledCount(list, () => list.shadowRoot!.querySelectorAll('*').length);
      };
      const short = (await longList(1000)).list;
      const shortTop = await elementsAt(short, 0);
      const shortDeep = await elementsAt(short, 30_000);
      const long = (await longList(10_000)).list;
      const longTop = await elementsAt(long, 0);
      const longDeep = await elementsAt(long, 300_000);
      // Ten times the calls, about the same elements: the rows near the box, their sections, a few empty boxes.
      expect(longTop, `${longTop} elements for 10,000 calls at the top, ${shortTop} for 1,000`).to.be.at.most(shortTop * 1.25);
      expect(longDeep, `${longDeep} elements for 10,000 calls deep down, ${shortDeep} for 1,000`).to.be.at.most(shortDeep * 1.25);
      expect(long.shadowRoot!.querySelectorAll('.gap').length, 'empty boxes').to.be.at.most(6);
    });

    it('renders the rows that scroll into view and lets go of those that leave', async () => {
      const { list, calls } = await longList(2000);
      // Row 12 is past the first chunk, which holds the list's tab stop and so stays, and within the margin below
      // the 400 px box, so the window keeps it once it has reported (a row further down may already be let go).
      const early = calls[12]!.sessionID;
      const last = calls[calls.length - 1]!.sessionID;
      await waitUntil(() => shown(list).includes(early), 'a row near the top was not rendered');
      expect(shown(list)).not.to.include(last);
      part(list, 'base')!.scrollTop = 1e7;
      await waitUntil(() => shown(list).includes(last), 'the last row never rendered');
      await waitUntil(() => !shown(list).includes(early), 'the early rows stayed');
      expect(rows(list).length).to.be.lessThan(200);
    });

    it('moves focus with End and Home across rows that were not rendered, keeping the focused row', async () => {
      const { list, calls } = await longList(1000);
      const first = rowButtons(list)[0]!;
      first.focus();
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true }));
      await waitUntil(() => (list.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'] === calls[999]!.sessionID);
      const focused = list.shadowRoot!.activeElement as HTMLElement;
      focused.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, cancelable: true }));
      await waitUntil(() => (list.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'] === calls[0]!.sessionID);
      // Scrolled far away, the focused row stays in the document with its focus.
      part(list, 'base')!.scrollTop = 1e7;
      await waitUntil(() => shown(list).includes(calls[999]!.sessionID));
      expect((list.shadowRoot!.activeElement as HTMLElement).dataset['id']).to.equal(calls[0]!.sessionID);
    });

    /** Scrolls `box` by `step` px an animation frame, as a fling does, until it reaches `to`. */
    async function fling(box: HTMLElement, to: number, step = 300) {
      while (Math.abs(box.scrollTop - to) > 1) {
        box.scrollTop = box.scrollTop < to ? Math.min(to, box.scrollTop + step) : Math.max(to, box.scrollTop - step);
        await new Promise(requestAnimationFrame);
      }
    }

    /** The rendered rows' distances (px) above the box's top and below its bottom, leaving out the pinned chunk. */
    function rowExtent(list: CallLogList, box: { top: number; bottom: number }) {
      const tabStop = list.shadowRoot!.querySelector('.row-main[tabindex="0"]')!.closest('.chunk');
      const rects = rows(list)
        .filter((row) => row.closest('.chunk') !== tabStop)
        .map((row) => row.getBoundingClientRect());
      return {
        above: Math.max(0, ...rects.map((rect) => box.top - rect.bottom)),
        below: Math.max(0, ...rects.map((rect) => rect.top - box.bottom)),
      };
    }

    /** A long list with no ongoing call, whose timer would update the list every second whether it scrolls or not. */
    async function stillList(count: number, style = '') {
      const calls = history(count).filter((c) => c.status !== 'ongoing');
      const list = document.createElement('call-log-list');
      list.viewerUid = VIEWER;
      list.source = wholeHistory(calls);
      list.setAttribute('style', style);
      return list;
    }

    it('keeps one margin of rows below the box until it first scrolls, then two ahead of the scroll', async () => {
      const list = await fixture<CallLogList>(await stillList(2000, '--call-log-max-height: 400px'));
      await settled(list);
      const base = part(list, 'base')!;
      const box = base.getBoundingClientRect();
      const rowHeight = rows(list)[0]!.getBoundingClientRect().height;
      // Chunks come whole (8 rows): the last one let in starts within the margin, its last row 7 rows further.
      const reach = (margin: number) => margin + 7 * rowHeight;
      await waitUntil(() => rowExtent(list, box).below > 600 - rowHeight, 'the rows of the first margin never came');
      await settledCount(list, () => rows(list).length);
      expect(rowExtent(list, box).below, 'rows below the box before any scroll').to.be.at.most(reach(600));
      await fling(base, 300);
      await waitUntil(() => rowExtent(list, box).below > 1200 - rowHeight, 'the second margin never came');
      await expect(list).to.be.accessible();
    });

    it('keeps more rows ahead of a scroll than behind it, following the scroll position', async () => {
      const list = await fixture<CallLogList>(await stillList(2000, '--call-log-max-height: 400px'));
      await settled(list);
      const base = part(list, 'base')!;
      await fling(base, 30_000);
      const box = base.getBoundingClientRect();
      // Ahead (below), rows come within the whole margin; behind, those past half of it have been let go.
      await waitUntil(() => rowExtent(list, box).below > 800, 'the rows ahead never came');
      await waitUntil(() => rowExtent(list, box).above < 1150, 'the rows behind stayed');
      // Turning back, the rows ahead are those above.
      await fling(base, 20_000);
      await waitUntil(() => rowExtent(list, box).above > 800, 'the rows above never came');
      await waitUntil(() => rowExtent(list, box).below < 1150, 'the rows below stayed');
    });

    it('follows the page scroll when the list has no height limit', async () => {
      const list = await fixture<CallLogList>(await stillList(600));
      await settled(list);
      const page = document.scrollingElement as HTMLElement;
      const top = page.scrollTop;
      try {
        await fling(page, list.getBoundingClientRect().top + page.scrollTop + 15_000);
        const rowAtMiddle = () => list.shadowRoot!.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('[part~="row"]');
        await waitUntil(() => rowAtMiddle(), 'no row at the middle of the viewport');
        await waitUntil(() => rowExtent(list, { top: 0, bottom: innerHeight }).below > 800, 'the rows ahead never came');
      } finally {
        page.scrollTop = top;
      }
    });

    it('follows a scrolling box around it, inside another shadow root', async () => {
      const shell = await fixture<HTMLElement>(html`<div></div>`);
      const scroller = document.createElement('div');
      scroller.style.cssText = 'height: 500px; overflow: auto';
      shell.attachShadow({ mode: 'open' }).append(scroller);
      const list = await stillList(600);
      scroller.append(list);
      await settled(list);
      await fling(scroller, 15_000);
      const box = scroller.getBoundingClientRect();
      const rowAtMiddle = () =>
        list.shadowRoot!.elementFromPoint(box.left + box.width / 2, (box.top + box.bottom) / 2)?.closest('[part~="row"]');
      await waitUntil(() => rowAtMiddle(), 'no row at the middle of the box');
      await waitUntil(() => rowExtent(list, box).below > 800, 'the rows ahead never came');
    });

    it('fills its box again when the box grows without a scroll', async () => {
      const list = await fixture<CallLogList>(await stillList(2000, '--call-log-max-height: 200px'));
      await settled(list);
      const base = part(list, 'base')!;
      await fling(base, 30_000);
      // The window settles: rows fill the margin ahead, and steps stop.
      await waitUntil(() => rowExtent(list, base.getBoundingClientRect()).below > 1100, 'the rows ahead never came');
      for (let frame = 0; frame < 10; frame++) await new Promise(requestAnimationFrame);
      // Taller than the rows kept ahead of the small box: its lower part has only placeholders until the window moves.
      list.style.setProperty('--call-log-max-height', '2400px');
      const box = base.getBoundingClientRect();
      expect(box.height).to.be.greaterThan(2000);
      expect(rowExtent(list, box).below, 'rows below the grown box at once').to.equal(0);
      await waitUntil(() => rowExtent(list, box).below > 800, 'the rows below the grown box never came');
    });

    it('does no work when a box that does not hold it scrolls', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <div class="other" style="height: 200px; overflow: auto"><div style="height: 5000px"></div></div>
      </div>`);
      const list = await stillList(2000, '--call-log-max-height: 400px');
      wrapper.append(list);
      await settled(list);
      const other = wrapper.querySelector<HTMLElement>('.other')!;
      // Reads of where the list's rows are: what a step of its window does.
      let reads = 0;
      const { getBoundingClientRect } = Element.prototype;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        if (this.getRootNode() === list.shadowRoot && (this.classList.contains('sections') || this.classList.contains('chunk'))) reads++;
        return getBoundingClientRect.call(this);
      };
      /** Scrolls `box` and lets the task queue pass the step a scroll schedules (timers run in order). */
      const scroll = async (box: HTMLElement, top: number) => {
        const scrolled = new Promise((resolve) => box.addEventListener('scroll', resolve, { once: true, capture: true }));
        box.scrollTop = top;
        await scrolled;
        await new Promise((resolve) => setTimeout(resolve));
      };
      try {
        // The window settles first: steps that follow its own updates stop once every near chunk is in.
        await waitUntil(async () => {
          const before = reads;
          await new Promise((resolve) => setTimeout(resolve));
          await list.updateComplete;
          return reads === before;
        }, 'the window never settled');
        reads = 0;
        for (let top = 100; top <= 1000; top += 300) await scroll(other, top);
        expect(reads, 'chunks read for another box').to.equal(0);
        await scroll(part(list, 'base')!, 2000);
        expect(reads, 'chunks read for its own box').to.be.greaterThan(0);
      } finally {
        Element.prototype.getBoundingClientRect = getBoundingClientRect;
      }
    });

    it('leaves no scroll listener behind on the roots above it once removed', async () => {
      const shell = await fixture<HTMLElement>(html`<div></div>`);
      const inner = shell.attachShadow({ mode: 'open' });
      // Counts the scroll and resize listeners put on and taken off the roots a list inside `inner` listens on.
      const roots: EventTarget[] = [window, document, inner];
      const held = new Map<EventTarget, number>(roots.map((root) => [root, 0]));
      const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
      const count = (by: number) =>
        function (this: EventTarget, type: string, ...rest: unknown[]) {
          if (held.has(this) && (type === 'scroll' || type === 'resize')) held.set(this, held.get(this)! + by);
          return (by > 0 ? add : remove).call(this, type, ...(rest as [EventListener]));
        };
      EventTarget.prototype.addEventListener = count(1);
      EventTarget.prototype.removeEventListener = count(-1);
      try {
        const list = await stillList(40);
        inner.append(list);
        await settled(list);
        expect([...held.values()].every((n) => n > 0), 'a list listens on each root').to.equal(true);
        shell.remove();
        expect([...held.values()]).to.deep.equal([0, 0, 0]);
      } finally {
        EventTarget.prototype.addEventListener = add;
        EventTarget.prototype.removeEventListener = remove;
      }
    });

    it('tells each row its position in its day', async () => {
      const { list } = await longList(300);
      const section = list.shadowRoot!.querySelector('[part~="section"]')!;
      const sectionRows = [...section.querySelectorAll('[part~="row"]')];
      expect(sectionRows.map((row) => Number(row.getAttribute('aria-posinset')))).to.deep.equal(
        sectionRows.map((_, i) => i + 1),
      );
      expect(new Set(sectionRows.map((row) => row.getAttribute('aria-setsize')))).to.have.property('size', 1);
      await expect(list).to.be.accessible();
    });
  });
});
