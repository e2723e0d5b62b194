import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface LiveClockConfig {
  /** Whether something shown runs on the clock (an ongoing call's timer), checked after each update. */
  running(): boolean;
}

/** A clock that ticks, updating the host, once a second while something shown needs it, and not otherwise. */
export class LiveClock implements ReactiveController {
  readonly host: ReactiveControllerHost & { readonly isConnected: boolean };
  readonly #config: LiveClockConfig;
  #now = Date.now();
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }, config: LiveClockConfig) {
    (this.host = host).addController(this);
    this.#config = config;
  }

  /** Unix milliseconds at the last tick. */
  get now(): number {
    return this.#now;
  }

  hostUpdated(): void {
    const running = this.host.isConnected && this.#config.running();
    if (running && this.#ticker === undefined) {
      this.#ticker = setInterval(() => {
        this.#now = Date.now();
        this.host.requestUpdate();
      }, 1000);
    } else if (!running) this.hostDisconnected();
  }

  hostDisconnected(): void {
    clearInterval(this.#ticker);
    this.#ticker = undefined;
  }
}
