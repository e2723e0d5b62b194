import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows per chunk: the smallest step of the window (see below); 10,000 rows are 1,250 chunks. */
export const CHUNK_SIZE = 8;
/** Rows rendered before any intersection is known, so a screenful paints with the first frame. */
const INITIAL_ROWS = 60;
/**
 * Rows that come into the window per step. A fast scroll brings many chunks near at once; building, styling and
 * laying them all out in one task would block the page for several frames, so they come in steps of one task each.
 * A step lets in about as many rows as the box scrolls in 33 ms (two frames at 60 Hz) at the speed measured since
 * the last step, between these bounds: one chunk when scrolling slowly (on a slow, shared 2-core machine 24 rows
 * took 50-70 ms, 8 rows well under 50 ms), up to 24 rows in a fling, where smaller steps would leave the box blank.
 */
const MIN_STEP_ROWS = CHUNK_SIZE;
const MAX_STEP_ROWS = 24;

export interface ChunkWindowConfig {
  /** The rows' chunks, found in the host's render root after each update. */
  chunks(): Iterable<HTMLElement>;
  /** The box that scrolls the chunks: the host's own when it has one, else `null` for the viewport. */
  scrollBox(): Element | null;
  /** How far outside the scroll box chunks are kept rendered. */
  margin?: string;
}

/**
 * Windowing by chunks of rows: a chunk near the viewport renders its rows, any other chunk renders an empty box of
 * its last measured (or estimated) height. Long histories keep a small DOM, and a chunk can be pinned (the one
 * holding keyboard focus) so focus never falls out of the document while scrolling.
 *
 * Hand-written rather than `@lit-labs/virtualizer`: that library would more than double the gzip size of the whole
 * script-tag bundle, while rows here come in fixed chunks and only need to be shown or not.
 */
export class ChunkWindow implements ReactiveController {
  readonly host: ReactiveControllerHost;
  readonly #config: ChunkWindowConfig;
  #observer: IntersectionObserver | undefined;
  #root: Element | null = null;
  #connected = false;
  /** Chunks within the margin of the box, with their rows. */
  #near = new Set<HTMLElement>();
  /** Chunks rendering their rows: near ones, let in a step at a time. */
  #shown = new Set<string>();
  /** Chunks the observer has reported on at least once. */
  #seen = new Set<string>();
  #pinned: string | undefined;
  #heights = new Map<string, number>();
  #observed = new Set<Element>();
  #rowHeight = 60;
  /** Chunks let in by the last step, measured once they are laid out. */
  #entering: HTMLElement[] = [];
  #nextStep: ReturnType<typeof setTimeout> | undefined;
  /** The scroll position at the last step, to tell which way the box is scrolling. */
  #scrolled = 0;
  /** When the last step ran, to tell how fast the box is scrolling. */
  #steppedAt = 0;

  constructor(host: ReactiveControllerHost, config: ChunkWindowConfig) {
    (this.host = host).addController(this);
    this.#config = config;
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed.clear();
    clearTimeout(this.#nextStep);
    this.#nextStep = undefined;
  }

  /** The box the window follows, as found after the last update. */
  get root(): Element | null {
    return this.#root;
  }

  hostUpdated(): void {
    // A host may update after it left the document; observing then would keep its chunks observed for good.
    if (!this.#connected) return;
    // The margin only reaches past the visible area of the box that scrolls, so that box must be the root.
    const root = this.#config.scrollBox();
    if (!this.#observer || root !== this.#root) {
      this.#observer?.disconnect();
      this.#observed.clear();
      this.#near.clear();
      this.#root = root;
      this.#observer = new IntersectionObserver((entries) => this.#onIntersect(entries), {
        root,
        rootMargin: this.#config.margin ?? '1200px 0px',
      });
    }
    const observer = this.#observer;
    // Observe chunks as they come and go; a chunk kept across updates keeps its observation.
    const current = new Set<Element>(this.#config.chunks());
    for (const chunk of this.#observed) {
      if (!current.has(chunk)) {
        observer.unobserve(chunk);
        this.#near.delete(chunk as HTMLElement);
      }
    }
    for (const chunk of current) if (!this.#observed.has(chunk)) observer.observe(chunk);
    this.#observed = current;
    // The rows just let in are laid out now, in this task, rather than piling up in the next frame; their height
    // is the truth for their placeholder from then on.
    for (const chunk of this.#entering.splice(0)) this.#measure(chunk, chunk.getBoundingClientRect().height);
    // Chunks still waiting come in the next step, in a task of its own.
    this.#nextStep ??= setTimeout(() => {
      this.#nextStep = undefined;
      if (this.#step()) this.host.requestUpdate();
    });
  }

  /** Whether the chunk renders its rows; `firstRow` is the position of its first row in the whole list. */
  isRendered(key: string, firstRow: number): boolean {
    return this.#shown.has(key) || this.#pinned === key || (!this.#seen.has(key) && firstRow < INITIAL_ROWS);
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

  #onIntersect(entries: IntersectionObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const chunk = entry.target as HTMLElement;
      const key = chunk.dataset['chunk']!;
      const rendered = this.isRendered(key, Number(chunk.dataset['first']));
      this.#seen.add(key);
      if (rendered) this.#measure(chunk, entry.boundingClientRect.height);
      if (entry.isIntersecting) {
        this.#near.add(chunk);
        // Rows already there (the first screenful, the pinned chunk) stay without waiting for a step.
        if (rendered) this.#shown.add(key);
      } else {
        this.#near.delete(chunk);
        this.#shown.delete(key);
      }
      if (rendered !== this.isRendered(key, Number(chunk.dataset['first']))) changed = true;
    }
    if (this.#step() || changed) this.host.requestUpdate();
  }

  /**
   * Lets waiting chunks render, up to a step's rows (more the faster the box scrolls): the one at the middle of the
   * box first, then those ahead in the direction of the last scroll, nearest first, and those behind last. Whether
   * any came in.
   */
  #step(): boolean {
    const root = this.#root;
    const scrolled = root ? root.scrollTop : scrollY;
    const down = scrolled >= this.#scrolled;
    const now = performance.now();
    const speed = Math.abs(scrolled - this.#scrolled) / Math.max(16, now - this.#steppedAt);
    const limit = Math.min(MAX_STEP_ROWS, Math.max(MIN_STEP_ROWS, (speed * 33) / this.#rowHeight));
    this.#scrolled = scrolled;
    this.#steppedAt = now;
    // Positions are read where layout is clean (after the observer's report, or after the last step measured).
    const box = root?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
    const middle = (box.top + box.bottom) / 2;
    const waiting: [number, HTMLElement][] = [];
    for (const chunk of this.#near) {
      if (this.#shown.has(chunk.dataset['chunk']!)) continue;
      const { top, bottom } = chunk.getBoundingClientRect();
      const ahead = down ? bottom - middle : middle - top;
      waiting.push([ahead < 0 ? 1e9 - ahead : ahead, chunk]);
    }
    let rows = 0;
    for (const [, chunk] of waiting.sort((a, b) => a[0] - b[0])) {
      if (rows >= limit) break;
      rows += Number(chunk.dataset['rows']);
      this.#shown.add(chunk.dataset['chunk']!);
      this.#entering.push(chunk);
    }
    return rows > 0;
  }

  /** A rendered chunk's height is the truth for its placeholder later, and teaches the row estimate. */
  #measure(chunk: HTMLElement, height: number): void {
    const rows = Number(chunk.dataset['rows']);
    if (height <= 0) return;
    this.#heights.set(chunk.dataset['chunk']!, height);
    if (rows > 0) this.#rowHeight = height / rows;
  }
}
