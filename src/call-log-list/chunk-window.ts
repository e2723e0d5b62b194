import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CHUNK_SIZE, type Chunk, type Section } from './sections.js';

/** A row's height (px) until one is measured. */
const DEFAULT_ROW_HEIGHT = 60;
/**
 * Rows rendered before the window is first placed, so a screenful paints with the first frame: as many rows of the
 * default height as the viewport is tall (no box shows more), read without laying anything out; a box taller than
 * its estimate gets the rest with the first step, a task later.
 */
const initialRows = (): number => Math.ceil(innerHeight / DEFAULT_ROW_HEIGHT) + 1;
/**
 * Rows that come into the window per step. A fast scroll brings many chunks near at once; building, styling and
 * laying them all out in one task would block the page for several frames, so they come in steps of one task each.
 * A step lets in twice as many rows as the box scrolled by since the last step (steps come about a frame apart
 * while scrolling), between these bounds: one chunk when scrolling slowly (on a slow, shared 2-core machine 24 rows
 * took 50-70 ms, 8 rows well under 50 ms), up to 24 rows in a fling, where smaller steps would leave the box blank.
 */
const MIN_STEP_ROWS = CHUNK_SIZE;
const MAX_STEP_ROWS = 24;
/**
 * How far (px) behind the way the box scrolls chunks are kept rendered; ahead, twice as far, once it has scrolled (a
 * fling outruns one margin). Before any scroll, one margin each way: the rows a first scroll reaches while its step
 * lets in more.
 */
const MARGIN = 600;
/** A section's own height (heading, borders) until one is measured. */
const SECTION_CHROME = 33;

/** What stands for rows and sections that are not rendered: one empty box of their height. */
export interface Gap {
  gap: string;
  height: number;
}
/** A section as rendered: its heading, then its rendered chunks with gaps for the others. */
export interface SectionPlan {
  section: Section;
  parts: (Chunk | Gap)[];
}
/** What the list renders, top to bottom: sections with rendered chunks, and gaps for runs of the others. */
export type WindowPlan = (SectionPlan | Gap)[];

/** What the window listens for on a target: resizes of the window, scrolls under a root node. */
const eventFor = (target: EventTarget): string => (target === window ? 'resize' : 'scroll');

export interface ChunkWindowConfig {
  /** The sections and their chunks, top to bottom: what the window lays out. */
  sections(): readonly Section[];
  /** The element the sections are rendered in, top to bottom, after each update. */
  content(): HTMLElement | null;
  /** The box that scrolls the chunks: the host's own when it has one, else `null` for the viewport. */
  scrollBox(): Element | null;
}

/**
 * Windowing by chunks of rows: a chunk near the viewport renders its rows; the others are not in the DOM, and each
 * run of them, whole sections included, is one empty box of their height (last measured, or estimated). The DOM so
 * holds the rows near the box and a few boxes, however long the history; a chunk can be pinned (the one holding
 * keyboard focus) so focus never falls out of the document while scrolling.
 *
 * The chunks near the box are found after each scroll from their heights, one position read: an IntersectionObserver
 * on every chunk (1,250 for 10,000 rows) cost the page up to 18 ms of every frame while scrolling, and an element per
 * chunk was most of the list's DOM.
 *
 * Hand-written rather than `@lit-labs/virtualizer`: that library would add a quarter to the script-tag bundle, while
 * rows here come in fixed chunks under day headings and only need to be shown or not.
 */
export class ChunkWindow implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;
  readonly #config: ChunkWindowConfig;
  /** The box the window follows: the host's own, or `null` for the viewport. */
  #root: Element | null = null;
  /** Chunks of the first rows that a step has seen; until then they render, so a screenful paints at once. */
  #seen = new Set<string>();
  /** Chunks rendering their rows, by key: near ones, let in a step at a time. */
  #shown = new Set<string>();
  #pinned: string | undefined;
  /** Measured heights of chunks, and of sections without their chunks (heading, borders), by key. */
  #heights = new Map<string, number>();
  #chrome = new Map<string, number>();
  #rowHeight = DEFAULT_ROW_HEIGHT;
  /** Rows that render before the first step, so a screenful paints at once (see `initialRows`). */
  readonly #initialRows = initialRows();
  #sectionChrome = SECTION_CHROME;
  #stepping = false;
  /** Where the window listens: the window (for resizes), and the roots from the host's shadow root up (for scrolls). */
  #listening: EventTarget[] = [];
  #resizeObserver: ResizeObserver | undefined;
  /** How far (px) the rows were scrolled past the top of the box at the last step, and had moved then (down > 0). */
  #scrolled: number | undefined;
  #moved = 0;
  /** Whether the rows have moved since the window was first placed: until then, one margin ahead (see MARGIN). */
  #hasMoved = false;
  // On a scroll or a resize, the step, a task of its own, finds whether chunks come or go: reading positions here
  // would lengthen the frame. A scroll of a box that does not hold the host moves none of its rows: no step.
  readonly #onViewChange = (event?: Event | ResizeObserverEntry[]): void => {
    if (event instanceof Event && event.type === 'scroll' && !this.#holdsHost(event.target)) return;
    this.#schedule();
  };

  constructor(host: ReactiveControllerHost & HTMLElement, config: ChunkWindowConfig) {
    (this.host = host).addController(this);
    this.#config = config;
  }

  hostConnected(): void {
    // A window that changes size shows other chunks without scrolling.
    this.#listening = [window];
    // Scroll events do not bubble, but pass each root node above their target in the capture phase: listening on the
    // host's shadow root and every root above it hears the host's own box and any box around it scroll, in the page
    // or in other shadow roots.
    for (let node: Node = this.host.shadowRoot!; ; node = (node as ShadowRoot).host.getRootNode()) {
      this.#listening.push(node);
      if (!(node instanceof ShadowRoot)) break;
    }
    for (const target of this.#listening) target.addEventListener(eventFor(target), this.#onViewChange, true);
    // A host (and so its own box) that changes size without a scroll, say a taller height limit or a wider column,
    // shows other chunks too.
    this.#resizeObserver = new ResizeObserver(this.#onViewChange);
    this.#resizeObserver.observe(this.host);
  }

  hostDisconnected(): void {
    // The roots listened on, not those above the host now: once it left the document, they are not the same.
    for (const target of this.#listening) target.removeEventListener(eventFor(target), this.#onViewChange, true);
    this.#listening = [];
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    // A step still to come finds no chunks laid out, and does nothing.
  }

  hostUpdated(): void {
    this.#root = this.#config.scrollBox();
    const content = this.#config.content();
    // A height measured is the truth for the gap a chunk or a section becomes.
    if (content) {
      // Rows rendered and not measured yet (just let in, or the first screenful) are measured now, in this task,
      // rather than piling up in the next frame; the window places the others from their heights.
      for (const chunk of content.querySelectorAll<HTMLElement>('.chunk')) {
        if (!this.#heights.has(chunk.dataset['chunk']!)) this.#measureChunk(chunk);
      }
      for (const section of content.querySelectorAll<HTMLElement>(':scope > .section')) this.#measureSection(section);
    }
    // What changed may have moved chunks in or out of the window: the next step, a task of its own, sees.
    this.#schedule();
  }

  /** Whether the chunk renders its rows; `firstRow` is the position of its first row in the whole list. */
  isRendered(key: string, firstRow: number): boolean {
    return this.#shown.has(key) || this.#pinned === key || (firstRow < this.#initialRows && !this.#seen.has(key));
  }

  /** What to render: the sections of rendered chunks, and one gap for each run of chunks and sections between. */
  plan(sections: readonly Section[]): WindowPlan {
    const plan: WindowPlan = [];
    let gap: Gap | undefined;
    for (const section of sections) {
      if (!section.chunks.some((chunk) => this.isRendered(chunk.key, chunk.first))) {
        const height = this.#chromeOf(section) + this.#chunksHeight(section.chunks);
        if (gap) gap.height += height;
        else plan.push((gap = { gap: `gap-${section.key}`, height }));
        continue;
      }
      gap = undefined;
      const parts: SectionPlan['parts'] = [];
      let inner: Gap | undefined;
      for (const chunk of section.chunks) {
        if (this.isRendered(chunk.key, chunk.first)) {
          parts.push(chunk);
          inner = undefined;
        } else if (inner) inner.height += this.#heightOf(chunk);
        else parts.push((inner = { gap: `gap-${chunk.key}`, height: this.#heightOf(chunk) }));
      }
      plan.push({ section, parts });
    }
    return plan;
  }

  /** Keeps this one chunk rendered whatever its position (the one holding the list's tab stop). */
  pin(key: string | undefined): void {
    if (key === this.#pinned) return;
    this.#pinned = key;
    this.host.requestUpdate();
  }

  #schedule(): void {
    if (this.#stepping) return;
    this.#stepping = true;
    setTimeout(() => {
      this.#stepping = false;
      if (this.#step()) this.host.requestUpdate();
    });
  }

  /**
   * Lets go of the chunks that left the margin, and lets waiting chunks render, up to a step's rows (more the faster
   * the box scrolls): the one at the middle of the box first, then those ahead in the direction of the last scroll,
   * nearest first, and those behind last. Whether anything changed.
   */
  #step(): boolean {
    const content = this.#config.content();
    // Nothing is laid out while the host is hidden, or before its first update.
    if (!content?.offsetHeight) return false;
    const box = this.#root?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
    // Positions below are from the top of the sections, which this one read places on the page.
    const origin = content.getBoundingClientRect().top;
    // Which way and how far the rows moved since the last step, whichever box scrolled them; with no move, the last
    // one fades, so steps shrink once scrolling stops.
    const scrolled = box.top - origin;
    // The first step has nothing to compare with: no direction yet.
    this.#moved = this.#scrolled === undefined ? 0 : scrolled - this.#scrolled || this.#moved / 2;
    this.#scrolled = scrolled;
    const up = this.#moved < 0;
    const middle = (box.top + box.bottom) / 2 - origin;
    // Rows behind the way the rows last moved are needed only if they turn back: keeping half as many there as ahead
    // paints and lays out a third fewer rows.
    this.#hasMoved ||= this.#moved !== 0;
    const ahead = this.#hasMoved ? 2 : 1;
    const top = scrolled - MARGIN * (up ? ahead : 1);
    const bottom = box.bottom - origin + MARGIN * (up ? 1 : ahead);
    const near = new Set<string>();
    const waiting: [number, Chunk][] = [];
    let y = 0;
    walk: for (const section of this.#config.sections()) {
      const height = this.#chromeOf(section) + this.#chunksHeight(section.chunks);
      if (y + height <= top) {
        y += height;
        continue;
      }
      y += this.#chromeOf(section);
      for (const chunk of section.chunks) {
        if (y >= bottom) break walk;
        const chunkHeight = this.#heightOf(chunk);
        if (y + chunkHeight > top) {
          near.add(chunk.key);
          // Rows already there (shown, the first screenful, the pinned chunk) stay without waiting for a step.
          if (this.isRendered(chunk.key, chunk.first)) this.#shown.add(chunk.key);
          else {
            const ahead = up ? middle - y : y + chunkHeight - middle;
            waiting.push([ahead < 0 ? 1e9 - ahead : ahead, chunk]);
          }
        }
        y += chunkHeight;
      }
    }
    let changed = false;
    for (const key of this.#shown) {
      if (near.has(key)) continue;
      // Its rows are still laid out: their height is the truth for the gap it becomes.
      this.#measure(content, key);
      this.#shown.delete(key);
      changed = true;
    }
    // Chunks of the first rows that are not near become gaps of their measured height.
    for (const section of this.#config.sections()) {
      if ((section.chunks[0]?.first ?? this.#initialRows) >= this.#initialRows) break;
      for (const { key, first } of section.chunks) {
        if (first >= this.#initialRows || this.#seen.has(key)) continue;
        this.#seen.add(key);
        if (!this.#shown.has(key) && this.#pinned !== key) {
          this.#measure(content, key);
          changed = true;
        }
      }
    }
    const limit = Math.min(MAX_STEP_ROWS, Math.max(MIN_STEP_ROWS, (2 * Math.abs(this.#moved)) / this.#rowHeight));
    let rows = 0;
    for (const [, chunk] of waiting.sort((a, b) => a[0] - b[0])) {
      if (rows >= limit) break;
      rows += chunk.calls.length;
      this.#shown.add(chunk.key);
      changed = true;
    }
    return changed;
  }

  /**
   * Whether a scroll of `target` can move the host's rows: the page, the host's own box, or a box the host is in,
   * across shadow roots. The capture listeners on the roots above the host hear every box under them scroll.
   */
  #holdsHost(target: EventTarget | null): boolean {
    if (!(target instanceof Element) || target === this.#root) return true;
    for (let node: Node | null = this.host; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node === target) return true;
    }
    return false;
  }

  #heightOf(chunk: Chunk): number {
    return this.#heights.get(chunk.key) ?? chunk.calls.length * this.#rowHeight;
  }

  #chunksHeight(chunks: readonly Chunk[]): number {
    let height = 0;
    for (const chunk of chunks) height += this.#heightOf(chunk);
    return height;
  }

  #chromeOf(section: Section): number {
    return this.#chrome.get(section.key) ?? (section.label === undefined ? 0 : this.#sectionChrome);
  }

  /** A rendered chunk's height is the truth for its gap later, and teaches the row estimate. */
  #measure(content: HTMLElement, key: string): void {
    const chunk = content.querySelector<HTMLElement>(`.chunk[data-chunk="${CSS.escape(key)}"]`);
    if (chunk) this.#measureChunk(chunk);
  }

  #measureChunk(chunk: HTMLElement): void {
    const height = chunk.getBoundingClientRect().height;
    // Nothing is measured while the host is hidden.
    if (!height) return;
    this.#heights.set(chunk.dataset['chunk']!, height);
    this.#rowHeight = height / Number(chunk.dataset['rows']);
  }

  /** A rendered section's own height: all of it but its rows' box (whose height is its chunks' and gaps'). */
  #measureSection(section: HTMLElement): void {
    const key = section.dataset['section']!;
    if (this.#chrome.has(key)) return;
    const rows = section.querySelector<HTMLElement>(':scope > .rows');
    const height = section.getBoundingClientRect().height;
    if (!rows || !height) return;
    const chrome = height - rows.getBoundingClientRect().height;
    this.#chrome.set(key, chrome);
    if (section.querySelector(':scope > .section-header')) this.#sectionChrome = chrome;
  }
}
