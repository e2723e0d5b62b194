import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** What to say, made at render time, so it is said in the language the element speaks by then. */
export type Announcement = () => string;

const SILENCE: Announcement = () => '';

/**
 * The list's live region: what a screen reader says of loading, pages and new calls. Its text is private state of
 * the controller, not a reactive property of the element, so it stays out of the public surface.
 */
export class LiveAnnouncer implements ReactiveController {
  readonly host: ReactiveControllerHost;
  #say: Announcement = SILENCE;

  constructor(host: ReactiveControllerHost) {
    (this.host = host).addController(this);
  }

  /** Says something once the current update is done; clearing first makes a message equal to the last one heard again. */
  announce(say: Announcement): void {
    this.#set(SILENCE);
    void this.host.updateComplete.then(() => this.#set(say));
  }

  /** Sets what is said during an update (from `willUpdate`), with no update of its own. */
  setNow(say: Announcement): void {
    this.#say = say;
  }

  /** Forgets what was said: once heard, a message is not said again in another language. */
  clear(): void {
    this.#say = SILENCE;
  }

  /** A list taken out of the page and put back does not say again what it said before. */
  hostDisconnected(): void {
    this.clear();
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.#say()}</div>`;
  }

  #set(say: Announcement): void {
    this.#say = say;
    this.host.requestUpdate();
  }
}
