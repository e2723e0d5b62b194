import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RefreshScheduleConfig {
  /** Seconds between checks for new calls; 0 turns them off. Read at each `sync()`. */
  seconds(): number;
  /** Runs one check for new calls. */
  refresh(): void;
  /** Called when the browser goes offline (`true`) or back online (`false`) while the host is connected. */
  onOfflineChange?(offline: boolean): void;
}

/** Longest delay `setInterval` takes; a longer one would fire at once. */
const MAX_TIMER = 2 ** 31 - 1;

const isHidden = () => globalThis.document?.visibilityState === 'hidden';
const isOffline = () => globalThis.navigator?.onLine === false;

/**
 * When the checks for new calls run: every interval while the host is connected, the page is visible and the
 * browser online, and never otherwise, since a check nobody sees costs battery, data and the app's API quota.
 * Coming back into view runs one check at once if an interval has passed since the last; coming back online runs
 * one at once. Listens on `window` (`visibilitychange` reaches it from the document) only while connected.
 */
export class RefreshSchedule implements ReactiveController {
  readonly host: ReactiveControllerHost;
  readonly #config: RefreshScheduleConfig;
  #connected = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  /** `performance.now()` of the last check run here, or of the start of the schedule. */
  #last = 0;
  #offline = false;

  constructor(host: ReactiveControllerHost, config: RefreshScheduleConfig) {
    (this.host = host).addController(this);
    this.#config = config;
  }

  /** Whether the browser was offline at the last word from it, while connected. */
  get offline(): boolean {
    return this.#offline;
  }

  hostConnected(): void {
    this.#connected = true;
    globalThis.addEventListener?.('visibilitychange', this.#onVisibility);
    globalThis.addEventListener?.('online', this.#onNetwork);
    globalThis.addEventListener?.('offline', this.#onNetwork);
    this.#setOffline(isOffline());
    this.#last = performance.now();
    this.sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    globalThis.removeEventListener?.('visibilitychange', this.#onVisibility);
    globalThis.removeEventListener?.('online', this.#onNetwork);
    globalThis.removeEventListener?.('offline', this.#onNetwork);
    this.sync();
  }

  /** Starts or stops the timer as the interval, the host, the page's visibility and the network allow. */
  sync(): void {
    clearInterval(this.#timer);
    const seconds = this.#config.seconds();
    this.#timer =
      this.#connected && seconds > 0 && !isHidden() && !isOffline()
        ? setInterval(() => this.#run(), Math.min(seconds * 1000, MAX_TIMER))
        : undefined;
  }

  #run(): void {
    this.#last = performance.now();
    this.#config.refresh();
  }

  readonly #onVisibility = (): void => {
    const seconds = this.#config.seconds();
    // Back in view after an interval or more without a check: the rows may be old, so check now.
    if (!isHidden() && !isOffline() && seconds > 0 && performance.now() - this.#last >= seconds * 1000) this.#run();
    this.sync();
  };

  readonly #onNetwork = (): void => {
    const offline = isOffline();
    this.#setOffline(offline);
    if (!offline && !isHidden() && this.#config.seconds() > 0) this.#run();
    this.sync();
  };

  #setOffline(offline: boolean): void {
    if (offline === this.#offline) return;
    this.#offline = offline;
    this.#config.onOfflineChange?.(offline);
    this.host.requestUpdate();
  }
}
