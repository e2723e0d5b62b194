import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ScrollBoxConfig {
  /** The element whose `max-height` (from `--call-log-max-height`) makes it scroll its rows itself. */
  base(): HTMLElement | null;
}

/**
 * Which box scrolls the rows: the list's own when it has a height limit, else `null` for the viewport. Read when
 * the list's box resizes, where styles are already computed: reading them after each render would force a style
 * pass over every row. The host updates when it changes.
 */
export class ScrollBox implements ReactiveController {
  readonly host: ReactiveControllerHost & Element;
  readonly #config: ScrollBoxConfig;
  #observer: ResizeObserver | undefined;
  #box: Element | null = null;

  constructor(host: ReactiveControllerHost & Element, config: ScrollBoxConfig) {
    this.#config = config;
    (this.host = host).addController(this);
  }

  get box(): Element | null {
    return this.#box;
  }

  hostUpdated(): void {
    // An update can come after the list left the document: it must not start observing again.
    if (this.#observer || !this.host.isConnected) return;
    const base = this.#config.base();
    if (!base) return;
    this.#observer = new ResizeObserver(() => {
      const box = getComputedStyle(base).maxHeight === 'none' ? null : base;
      if (box === this.#box) return;
      this.#box = box;
      this.host.requestUpdate();
    });
    this.#observer.observe(base);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
