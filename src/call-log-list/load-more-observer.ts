import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Pixels before the end of the rows at which the next page is asked for, so scrolling rarely waits. */
const PREFETCH_MARGIN = 1200;

export interface LoadMoreObserverConfig {
  /** The element at the end of the rows, when the list shows one (`load-more="scroll"` with more pages to load). */
  sentinel(): Element | null;
  /** The box that scrolls the rows: the host's own when it has a height limit, else `null` for the viewport. */
  scrollBox(): Element | null;
  onEnd(): void;
}

/**
 * Asks for the next page as the end of the rows nears the view. Observing anew after each update re-checks a
 * sentinel still in view, so a page too short to fill the box keeps loading.
 */
export class LoadMoreObserver implements ReactiveController {
  readonly host: ReactiveControllerHost;
  readonly #config: LoadMoreObserverConfig;
  #observer: IntersectionObserver | undefined;
  #root: Element | null = null;

  constructor(host: ReactiveControllerHost, config: LoadMoreObserverConfig) {
    (this.host = host).addController(this);
    this.#config = config;
  }

  hostUpdated(): void {
    // An update can come after the host left the document: it must not observe again.
    if (!(this.host as Partial<Element>).isConnected) return;
    const sentinel = this.#config.sentinel();
    this.#observer?.disconnect();
    if (!sentinel) return;
    // The margin must apply to the box that scrolls: the list's own when it has a height limit, else the viewport.
    const root = this.#config.scrollBox();
    if (!this.#observer || this.#root !== root) {
      this.#root = root;
      this.#observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) this.#config.onEnd();
        },
        { root, rootMargin: `0px 0px ${PREFETCH_MARGIN}px 0px` },
      );
    }
    this.#observer.observe(sentinel);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
