import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows per chunk: small enough that a chunk renders well within a frame, large enough that 10,000 rows are 625 chunks. */
export const CHUNK_SIZE = 16;
/** Rows rendered before any intersection is known, so a screenful paints with the first frame. */
const INITIAL_ROWS = 60;

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
  #near = new Set<string>();
  /** Chunks the observer has reported on at least once. */
  #seen = new Set<string>();
  #pinned: string | undefined;
  #heights = new Map<string, number>();
  #observed = new Set<Element>();
  #rowHeight = 60;

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
      this.#root = root;
      this.#observer = new IntersectionObserver((entries) => this.#onIntersect(entries), {
        root,
        rootMargin: this.#config.margin ?? '1200px 0px',
      });
    }
    const observer = this.#observer;
    // Observe chunks as they come and go; a chunk kept across updates keeps its observation.
    const current = new Set<Element>(this.#config.chunks());
    for (const chunk of this.#observed) if (!current.has(chunk)) observer.unobserve(chunk);
    for (const chunk of current) if (!this.#observed.has(chunk)) observer.observe(chunk);
    this.#observed = current;
  }

  /** Whether the chunk renders its rows; `firstRow` is the position of its first row in the whole list. */
  isRendered(key: string, firstRow: number): boolean {
    return this.#near.has(key) || this.#pinned === key || (!this.#seen.has(key) && firstRow < INITIAL_ROWS);
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
      const rows = Number(chunk.dataset['rows']);
      const rendered = this.isRendered(key, Number(chunk.dataset['first']));
      this.#seen.add(key);
      if (rendered && entry.boundingClientRect.height > 0) {
        // A rendered chunk's height is the truth for its placeholder later, and teaches the row estimate.
        this.#heights.set(key, entry.boundingClientRect.height);
        if (rows > 0) this.#rowHeight = entry.boundingClientRect.height / rows;
      }
      if (entry.isIntersecting) this.#near.add(key);
      else this.#near.delete(key);
      if (rendered !== this.isRendered(key, Number(chunk.dataset['first']))) changed = true;
    }
    if (changed) this.host.requestUpdate();
  }
}
