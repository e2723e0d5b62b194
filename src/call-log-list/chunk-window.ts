import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows per chunk: the smallest step of the window (see below); 10,000 rows are 1,250 chunks. */
export const CHUNK_SIZE = 8;
/** Rows rendered before the window is first placed, so a screenful paints with the first frame. */
const INITIAL_ROWS = 60;
/**
 * Rows that come into the window per step. A fast scroll brings many chunks near at once; building, styling and
 * laying them all out in one task would block the page for several frames, so they come in steps of one task each.
 * A step lets in twice as many rows as the box scrolled by since the last step (steps come about a frame apart
 * while scrolling), between these bounds: one chunk when scrolling slowly (on a slow, shared 2-core machine 24 rows
 * took 50-70 ms, 8 rows well under 50 ms), up to 24 rows in a fling, where smaller steps would leave the box blank.
 */
const MIN_STEP_ROWS = CHUNK_SIZE;
const MAX_STEP_ROWS = 24;
/** How far (px) behind the way the box scrolls chunks are kept rendered; ahead, twice as far. */
const MARGIN = 600;

/** What the window listens for on a target: resizes of the window, scrolls under a root node. */
const eventFor = (target: EventTarget): string => (target === window ? 'resize' : 'scroll');

export interface ChunkWindowConfig {
  /** The rows' chunks in document order (so top to bottom), found in the host's render root after each update. */
  chunks(): ArrayLike<HTMLElement> & Iterable<HTMLElement>;
  /** The box that scrolls the chunks: the host's own when it has one, else `null` for the viewport. */
  scrollBox(): Element | null;
}

/**
 * Windowing by chunks of rows: a chunk near the viewport renders its rows, any other chunk renders an empty box of
 * its last measured (or estimated) height. Long histories keep a small DOM, and a chunk can be pinned (the one
 * holding keyboard focus) so focus never falls out of the document while scrolling.
 *
 * The chunks near the box are found after each scroll by a binary search over the chunks' positions: an
 * IntersectionObserver on every chunk (1,250 for 10,000 rows) cost the page up to 18 ms of every frame while
 * scrolling, whereas the search reads about twenty positions.
 *
 * Hand-written rather than `@lit-labs/virtualizer`: that library would more than double the gzip size of the whole
 * script-tag bundle, while rows here come in fixed chunks and only need to be shown or not.
 */
export class ChunkWindow implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;
  readonly #config: ChunkWindowConfig;
  #chunks: ArrayLike<HTMLElement> & Iterable<HTMLElement> = [];
  /** The box the window follows: the host's own, or `null` for the viewport. */
  #root: Element | null = null;
  /** Chunks of the first rows that a step has seen; until then they render, so a screenful paints at once. */
  #seen = new Set<string>();
  /** Chunks rendering their rows, by key: near ones, let in a step at a time. */
  #shown = new Map<string, HTMLElement>();
  #pinned: string | undefined;
  #heights = new Map<string, number>();
  #rowHeight = 60;
  /** Chunks let in by the last step, measured once they are laid out. */
  #entering: HTMLElement[] = [];
  #stepping = false;
  /** Where the window listens: the window (for resizes), and the roots from the host's shadow root up (for scrolls). */
  #listening: EventTarget[] = [];
  #resizeObserver: ResizeObserver | undefined;
  /** How far (px) the rows were scrolled past the top of the box at the last step, and had moved then (down > 0). */
  #scrolled = 0;
  #moved = 0;
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
    this.#chunks = this.#config.chunks();
    // The rows just let in are laid out now, in this task, rather than piling up in the next frame; their height
    // is the truth for their placeholder from then on.
    for (const chunk of this.#entering.splice(0)) this.#measure(chunk);
    // What changed may have moved chunks in or out of the window: the next step, a task of its own, sees.
    this.#schedule();
  }

  /** Whether the chunk renders its rows; `firstRow` is the position of its first row in the whole list. */
  isRendered(key: string, firstRow: number): boolean {
    return this.#shown.has(key) || this.#pinned === key || (firstRow < INITIAL_ROWS && !this.#seen.has(key));
  }

  /** The height a chunk that does not render its rows keeps, so the scroll position stays true. */
  placeholderHeight(key: string, rows: number): number {
    return this.#heights.get(key) ?? rows * this.#rowHeight;
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
    const chunks = this.#chunks;
    // Nothing is laid out while the host is hidden, or before its first update.
    if (!chunks[0]?.offsetHeight) return false;
    const box = this.#root?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
    // Which way and how far the rows moved since the last step, whichever box scrolled them; with no move, the last
    // one fades, so steps shrink once scrolling stops.
    const scrolled = box.top - chunks[0].getBoundingClientRect().top;
    this.#moved = scrolled - this.#scrolled || this.#moved / 2;
    this.#scrolled = scrolled;
    const up = this.#moved < 0;
    const middle = (box.top + box.bottom) / 2;
    // Rows behind the way the rows last moved are needed only if they turn back: keeping half as many there as ahead
    // paints and lays out a third fewer rows.
    const top = box.top - MARGIN * (up ? 2 : 1);
    const bottom = box.bottom + MARGIN * (up ? 1 : 2);
    // Chunks only grow down the list: a binary search finds the first that ends below the top of the margin.
    let low = 0;
    let high = chunks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (chunks[mid]!.getBoundingClientRect().bottom > top) high = mid;
      else low = mid + 1;
    }
    const near: HTMLElement[] = [];
    const waiting: [number, HTMLElement][] = [];
    for (; low < chunks.length; low++) {
      const chunk = chunks[low]!;
      const rect = chunk.getBoundingClientRect();
      if (rect.top >= bottom) break;
      near.push(chunk);
      const key = chunk.dataset['chunk']!;
      // Rows already there (shown, the first screenful, the pinned chunk) stay without waiting for a step.
      if (this.isRendered(key, Number(chunk.dataset['first']))) this.#shown.set(key, chunk);
      else {
        const ahead = up ? middle - rect.top : rect.bottom - middle;
        waiting.push([ahead < 0 ? 1e9 - ahead : ahead, chunk]);
      }
    }
    let changed = false;
    for (const [key, chunk] of this.#shown) {
      if (near.includes(chunk)) continue;
      // Its rows are still laid out: their height is the truth for the placeholder it becomes.
      this.#measure(chunk);
      this.#shown.delete(key);
      changed = true;
    }
    // Chunks of the first rows that are not near become placeholders of their measured height.
    for (const chunk of chunks) {
      const key = chunk.dataset['chunk']!;
      if (Number(chunk.dataset['first']) >= INITIAL_ROWS) break;
      if (this.#seen.has(key)) continue;
      this.#seen.add(key);
      if (!this.#shown.has(key) && this.#pinned !== key) {
        this.#measure(chunk);
        changed = true;
      }
    }
    const limit = Math.min(MAX_STEP_ROWS, Math.max(MIN_STEP_ROWS, (2 * Math.abs(this.#moved)) / this.#rowHeight));
    let rows = 0;
    for (const [, chunk] of waiting.sort((a, b) => a[0] - b[0])) {
      if (rows >= limit) break;
      rows += Number(chunk.dataset['rows']);
      this.#shown.set(chunk.dataset['chunk']!, chunk);
      this.#entering.push(chunk);
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

  /** A rendered chunk's height is the truth for its placeholder later, and teaches the row estimate. */
  #measure(chunk: HTMLElement): void {
    const height = chunk.getBoundingClientRect().height;
    // Nothing is measured while the host is hidden.
    if (!height) return;
    this.#heights.set(chunk.dataset['chunk']!, height);
    this.#rowHeight = height / Number(chunk.dataset['rows']);
  }
}
