// The benchmark page: each function measures one thing in this document and returns plain numbers. Driven by
// test/bench/bench.mjs, which opens a fresh page for every first-paint sample (first contentful paint is reported
// once per document) and interleaves <call-log-list> with its baseline.
import { html } from 'lit';
import { defineCallLogList } from '../../src/call-log-list/define.js';
import { styles } from '../../src/call-log-list/call-log-list.styles.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { defaultRenderers, type RowRenderers } from '../../src/call-log-list/row.js';
import type { CallLog, CallStatus } from '../../src/model/call-log.js';
import type { CallLogSource } from '../../src/sources/call-log-source.js';
import { CometChatCallsSource } from '../../src/sources/cometchat-calls-source.js';
import { DEMO_VIEWER_UID, generateDemoCallLogs } from '../../src/sources/demo-data.js';
import './naive-call-list.js';
import type { NaiveCallList } from './naive-call-list.js';
import './virtual-call-list.js';

defineCallLogList();

declare global {
  interface Window {
    bench: typeof bench;
    gc?: () => void;
  }
}

interface MemoryInfo {
  usedJSHeapSize: number;
}

/** The same seeded history in every page and every run. */
const SEED = 7;

/** Whole histories in one page, as a custom source may return them: no paging, no filtering, no delay. */
function wholeHistory(items: CallLog[]): CallLogSource {
  return {
    fetchPage: ({ page }) =>
      Promise.resolve({
        items: page === 1 ? items : [],
        pagination: { total: items.length, count: page === 1 ? items.length : 0, perPage: items.length, currentPage: page, totalPages: 1 },
      }),
  };
}

function calls(count: number): CallLog[] {
  return generateDemoCallLogs({ seed: SEED, count, now: Date.now() });
}

function stage(): HTMLElement {
  return document.getElementById('stage')!;
}

/** The next frame after this one has started: the frame holding the changes made so far has been produced. */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
}

/**
 * The first contentful paint of this document (presentation time), or a rejection after 60 s (the naive list of
 * 10,000 calls takes seconds to paint, and more than 20 on a loaded machine).
 */
function firstContentfulPaint(): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('No first-contentful-paint entry within 60 s')), 60_000);
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      clearTimeout(timer);
      observer.disconnect();
      resolve(entry.startTime);
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** Every element of the document, shadow roots included. */
function countElements(root: Document | ShadowRoot = document): number {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count++;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

/** Used JS heap in bytes after a full garbage collection (needs --js-flags=--expose-gc and --enable-precise-memory-info). */
async function heap(): Promise<number | undefined> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  window.gc?.();
  window.gc?.();
  return (performance as unknown as { memory?: MemoryInfo }).memory?.usedJSHeapSize;
}

function once(target: EventTarget, type: string): Promise<Event> {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

/** A made-up ticket number, as a help desk would keep one per call (the demo's custom rows page does the same). */
const ticketOf = (call: CallLog): string => `#${(parseInt(call.sessionID.replace(/\D/g, '').slice(-5) || '0', 10) % 9000) + 1000}`;

/** The last call whose custom button was clicked, so the button's listener does some work. */
let noted: CallLog | undefined;

/**
 * Custom rows as an app writes them (README, "Custom rows"): the name in a <strong>, the built-in subtitle plus a
 * ticket badge, and one button with a click listener instead of the two call-back buttons. Styled from the page
 * through `::part` (index.html), as the demo does.
 */
const customRenderers: Partial<RowRenderers> = {
  title: (call, view, context) => html`<strong>${defaultRenderers.title(call, view, context)}</strong>`,
  subtitle: (call, view, context) =>
    html`${defaultRenderers.subtitle(call, view, context)} <span part="ticket">Ticket ${ticketOf(call)}</span>`,
  trailing: (call, view, context) =>
    html`<button
      part="log-note"
      type="button"
      tabindex=${context.active ? 0 : -1}
      aria-label="Log a note on the call with ${view.name}"
      @click=${() => (noted = call)}
    >
      Log note
    </button>`,
};

/** The list's variants: built-in rows, or the custom rows above. */
type ListVariant = 'list' | 'custom';

function newList(source: CallLogSource, maxHeight?: string, renderers?: Partial<RowRenderers>): CallLogList {
  const list = document.createElement('call-log-list');
  list.viewerUid = DEMO_VIEWER_UID;
  if (maxHeight) list.style.setProperty('--call-log-max-height', maxHeight);
  if (renderers) list.renderers = renderers;
  list.source = source;
  return list;
}

function newNaive(items: CallLog[], maxHeight?: string): NaiveCallList {
  const naive = document.createElement('naive-call-list');
  naive.viewerUid = DEMO_VIEWER_UID;
  if (maxHeight) naive.style.setProperty('--call-log-max-height', maxHeight);
  naive.items = items;
  return naive;
}

interface FirstPaint {
  /** Data handed over → first contentful paint of the document (its presentation time). */
  painted: number;
  /** Data handed over → DOM built, styled and laid out (layout forced): main-thread work only. */
  work: number;
  /** Data handed over → the second animation frame after the DOM was built. */
  frames: number;
}

async function timeFirstPaint(render: () => Promise<HTMLElement>): Promise<FirstPaint & { element: HTMLElement }> {
  const fcp = firstContentfulPaint();
  const t0 = performance.now();
  const element = await render();
  void element.offsetHeight;
  const work = performance.now() - t0;
  const frames = (await afterNextPaint()) - t0;
  const painted = (await fcp) - t0;
  if (painted < work - 1) throw new Error(`First contentful paint came ${Math.round(work - painted)} ms before the rows were built`);
  return { painted, work, frames, element };
}

/** Renders the list of `count` calls handed over at once, and resolves when its first page has been shown. */
async function renderList(items: CallLog[], maxHeight?: string, variant: ListVariant = 'list'): Promise<HTMLElement> {
  const list = newList(wholeHistory(items), maxHeight, variant === 'custom' ? customRenderers : undefined);
  const loaded = once(list, 'call-log-load');
  stage().append(list);
  await loaded;
  return list;
}

async function renderNaive(items: CallLog[], maxHeight?: string): Promise<HTMLElement> {
  const naive = newNaive(items, maxHeight);
  stage().append(naive);
  await naive.updateComplete;
  return naive;
}

/** The peer, `<lit-virtualizer scroller>` with the same rows; resolves once its first rows are in its DOM. */
async function renderVirtual(items: CallLog[], maxHeight = '600px'): Promise<HTMLElement> {
  const peer = document.createElement('virtual-call-list');
  peer.viewerUid = DEMO_VIEWER_UID;
  peer.style.setProperty('--call-log-max-height', maxHeight);
  peer.items = items;
  stage().append(peer);
  await peer.updateComplete;
  const virtualizer = peer.shadowRoot!.querySelector('lit-virtualizer')!;
  // It lays out its first rows on a later frame, once it has measured its box.
  await new Promise<void>((resolve) => {
    const check = (): void => (virtualizer.querySelector('.row') ? resolve() : void requestAnimationFrame(check));
    check();
  });
  return peer;
}

interface ScrollResult {
  frames: number[];
  /** Pixels the scroll was asked to move, and moved: a list that pulls the position back covers less. */
  asked: number;
  travelled: number;
  /** Frames that began with the position behind where the last frame set it. */
  pulledBack: number;
  longestTask: number;
  longTasks: number;
  /** Frames whose middle of the scroll box showed no row (an empty chunk) when painted. */
  blankFrames: number;
  steps: number;
  lastRowShown: boolean;
}

/**
 * Whether the middle of the scroll box, as this frame will paint it, shows no row and no day heading: the list's
 * windowing (or the peer's) has not caught up, and a gap for rows not rendered is there instead. The same hit test for
 * every variant, so each pays the same for it; the naive list renders every row.
 */
function blankAtMiddle(root: ShadowRoot, box: HTMLElement | undefined): boolean {
  if (root.host.localName === 'naive-call-list') return false;
  const rect = box?.getBoundingClientRect() ?? { left: 0, top: 0, width: innerWidth, height: innerHeight };
  const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return !hit?.closest('.row, .section-header');
}

/**
 * Scrolls by `step` px per animation frame to the end (or for `maxSteps` frames), recording frame times: the
 * element's own scroll box (`--call-log-max-height`), or the page.
 */
async function scrollToEnd(element: HTMLElement, step: number, maxSteps: number, lastId: string, forced = false): Promise<ScrollResult> {
  const root = element.shadowRoot!;
  const base = root.querySelector<HTMLElement>('.base')!;
  const box = element.style.getPropertyValue('--call-log-max-height') ? base : document.scrollingElement as HTMLElement;
  await afterNextPaint();
  const start = performance.now();
  const frames: number[] = [];
  let blankFrames = 0;
  let steps = 0;
  let asked = 0;
  let travelled = 0;
  let pulledBack = 0;
  await new Promise<void>((resolve) => {
    let last = 0;
    let atEndFor = 0;
    let setTo: number | undefined;
    let from = box.scrollTop;
    const frame = (time: number): void => {
      if (last) frames.push(time - last);
      last = time;
      if (setTo !== undefined) {
        if (box.scrollTop < setTo - 1) pulledBack++;
        travelled += box.scrollTop - from;
      }
      from = box.scrollTop;
      // The end is reached when it stays reached for a few frames (chunks measured late can move it).
      if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) atEndFor++;
      else atEndFor = 0;
      // A list that cannot keep up at this speed stops after a minute of scrolling: its frames so far are measured.
      if (atEndFor >= 3 || steps >= maxSteps || time - start > 60_000) return resolve();
      // Forced: each frame sets the position a step past where the last frame set it, whatever the list did with it
      // meanwhile, so a list that pulls the position back still covers the whole distance.
      const before = forced && setTo !== undefined ? setTo : box.scrollTop;
      box.scrollTop = before + step;
      setTo = box.scrollTop;
      asked += Math.min(step, box.scrollHeight - box.clientHeight - before);
      steps++;
      if (blankAtMiddle(root, box === base ? box : undefined)) blankFrames++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const end = performance.now();
  await afterNextPaint();
  const during = longTasks.filter((task) => task.startTime >= start && task.startTime < end);
  return {
    frames,
    asked,
    travelled,
    pulledBack,
    longestTask: Math.max(0, ...during.map((task) => task.duration)),
    longTasks: during.length,
    blankFrames,
    steps,
    lastRowShown: root.querySelector(`.row-main[data-id="${CSS.escape(lastId)}"]`) !== null,
  };
}

const bench = {
  ready: true,
  /** True when Lit's development build is loaded (it records its warnings on globalThis). */
  litDevMode: 'litIssuedWarnings' in globalThis,

  /** The first 30 rows as <call-log-list> renders them, serialized without Lit's markers: the static floor's HTML. */
  async serializeRows(count: number): Promise<string> {
    const list = (await renderList(calls(count))) as CallLogList;
    await afterNextPaint();
    const html = list.shadowRoot!.querySelector('.base')!.outerHTML.replace(/<!--[^]*?-->/g, '');
    list.remove();
    return html;
  },

  /** <call-log-list> given `count` calls at once, with built-in or custom rows: data → first rows painted. */
  async listFirstRows(count: number, variant: ListVariant = 'list'): Promise<FirstPaint> {
    const items = calls(count);
    const { element, ...result } = await timeFirstPaint(() => renderList(items, undefined, variant));
    if (element.shadowRoot!.querySelectorAll('.row').length < count) throw new Error('The list did not render every row');
    checkRows(element, variant, true);
    return result;
  },

  /** The same rows as static HTML in a fresh shadow root with the list's styles adopted: the floor. */
  async staticFirstRows(html: string): Promise<FirstPaint> {
    const { painted, work, frames } = await timeFirstPaint(async () => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [styles.styleSheet!];
      root.innerHTML = html;
      stage().append(host);
      return host;
    });
    return { painted, work, frames };
  },

  /**
   * 10,000 calls (or `count`) in the list (built-in or custom rows) or the naive baseline: first paint, DOM size,
   * heap, then a scroll to the end (`scrollStep` px per frame, at most `maxSteps` frames; 0: no scroll) in a 600 px
   * box, or the page.
   */
  async many(
    variant: ListVariant | 'naive' | 'virtual',
    count: number,
    scrollStep: number,
    maxSteps: number,
    scrollPage = false,
    forced = false,
  ) {
    const items = calls(count);
    const heapBefore = await heap();
    const maxHeight = scrollPage ? undefined : '600px';
    const { element, ...paint } = await timeFirstPaint(() =>
      variant === 'naive'
        ? renderNaive(items, maxHeight)
        : variant === 'virtual'
          ? renderVirtual(items, maxHeight)
          : renderList(items, maxHeight, variant),
    );
    // Let the list's windowing settle (its observers report after the first frame).
    await new Promise((resolve) => setTimeout(resolve, 300));
    await afterNextPaint();
    const elements = countElements();
    const rows = element.shadowRoot!.querySelectorAll('.row').length;
    const heapAfter = await heap();
    if (variant === 'list' || variant === 'custom') checkRows(element, variant, false);
    const scroll =
      scrollStep > 0 ? await scrollToEnd(element, scrollStep, maxSteps, items[items.length - 1]!.sessionID, forced) : undefined;
    // What a scroll through the whole history leaves held (rows' views, measured heights), the element still there.
    const heapScrolled = scroll ? await heap() : undefined;
    element.remove();
    return { ...paint, elements, rows, heapBefore, heapAfter, heapScrolled, scroll };
  },

  /** A list and a naive list side by side on the local Calls API, each showing its first page. */
  async filterSetup(baseUrl: string): Promise<void> {
    const list = document.createElement('call-log-list');
    list.id = 'api-list';
    list.viewerUid = DEMO_VIEWER_UID;
    list.baseUrl = baseUrl;
    list.authToken = 'bench';
    list.style.setProperty('--call-log-max-height', '600px');
    const loaded = once(list, 'call-log-load');
    stage().append(list);
    const naive = newNaive([], '600px');
    naive.id = 'api-naive';
    stage().append(naive);
    naiveSource = new CometChatCallsSource({ baseUrl, authToken: 'bench' });
    await Promise.all([loaded, naiveLoad(naive, undefined)]);
    await afterNextPaint();
  },

  /** Filter change → the new first page painted (the second animation frame after the rows are in the DOM). */
  async filterChange(variant: 'list' | 'naive', callStatus: CallStatus): Promise<{ painted: number; work: number }> {
    const t0 = performance.now();
    let element: HTMLElement;
    if (variant === 'list') {
      const list = document.getElementById('api-list') as CallLogList;
      const loaded = once(list, 'call-log-load');
      list.callStatus = callStatus;
      await loaded;
      element = list;
    } else {
      const naive = document.getElementById('api-naive') as NaiveCallList;
      await naiveLoad(naive, callStatus);
      element = naive;
    }
    void element.offsetHeight;
    const work = performance.now() - t0;
    const painted = (await afterNextPaint()) - t0;
    const rows = [...element.shadowRoot!.querySelectorAll('.row')];
    if (rows.length === 0) throw new Error(`${variant}: no rows after the filter change`);
    return { painted, work };
  },
};

/**
 * Throws unless the rows rendered are the variant's: custom rows have their parts, built-in rows do not. With `click`,
 * also clicks a custom button (after the measurement) to see its listener run.
 */
function checkRows(element: HTMLElement, variant: ListVariant, click: boolean): void {
  const root = element.shadowRoot!;
  const rows = root.querySelectorAll('.row').length;
  const custom = ['.name > strong', '[part="ticket"]', '[part="log-note"]'].map((selector) => root.querySelectorAll(selector).length);
  const callBacks = root.querySelectorAll('[part="call-back-button"]').length;
  const ok = variant === 'custom' ? custom.every((count) => count === rows) && callBacks === 0 : custom.every((count) => count === 0) && callBacks === 2 * rows;
  if (rows === 0 || !ok) throw new Error(`${variant}: the rows are not the variant's (${rows} rows, custom parts ${custom.join('/')}, ${callBacks} call-back buttons)`);
  if (variant !== 'custom' || !click) return;
  noted = undefined;
  root.querySelector<HTMLButtonElement>('[part="log-note"]')!.click();
  if (noted === undefined) throw new Error('custom: the Log note button did not respond');
}

let naiveSource: CometChatCallsSource | undefined;

/** What a page without the list would do: fetch the first page through the same source, then render it all. */
async function naiveLoad(naive: NaiveCallList, callStatus: CallStatus | undefined): Promise<void> {
  const page = await naiveSource!.fetchPage({
    query: { limit: 30, ...(callStatus ? { callStatus } : {}) },
    page: 1,
    signal: new AbortController().signal,
  });
  naive.items = page.items;
  await naive.updateComplete;
}

window.bench = bench;
