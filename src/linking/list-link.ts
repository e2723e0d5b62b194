import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CallLogList } from '../call-log-list/call-log-list.js';
import type { MessageKey, MessageValues } from '../localize/messages.js';

export interface ListLinkConfig {
  /** The id of the list to link to, read at each lookup; `null` links to the list the host is placed in. */
  htmlFor(): string | null;
  /**
   * Called with the list when the host links to one and each time that list's state changes after, and with `null`
   * when the host unlinks.
   */
  onListChange(list: CallLogList | null): void;
}

/**
 * Links a host element to the `<call-log-list>` it drives, while the host is connected: the list whose id is
 * `htmlFor`, looked up in the host's document or shadow root (`getRootNode()`), or, with `htmlFor` null, the list the
 * host is placed in. The list is found again when `htmlFor` changes or the list appears, moves, is replaced, is
 * renamed or has its element defined late; the host hears of the list's state changes while linked.
 */
export class ListLink implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;
  readonly #config: ListLinkConfig;
  #list: CallLogList | null = null;
  #unsubscribe: (() => void) | undefined;
  // One `getElementById` per batch of mutations: cheap even on a busy page.
  readonly #observer = new MutationObserver(() => this.#link());
  /** Tag names of not-yet-defined candidates waited for, so each is awaited once. */
  readonly #awaiting = new Set<string>();

  constructor(host: ReactiveControllerHost & HTMLElement, config: ListLinkConfig) {
    (this.host = host).addController(this);
    this.#config = config;
  }

  /** The linked list, or `null`. */
  get list(): CallLogList | null {
    return this.#list;
  }

  /**
   * Why the host cannot work now, in its own words, or `undefined`: `listError` followed by the linked list's
   * configuration error (for the page's author, in English, as the list shows it), or `noList` with the `for` id
   * no list has.
   */
  offReason(
    t: (key: MessageKey, values?: MessageValues) => string,
    { listError, noList }: { listError: MessageKey; noList: MessageKey },
  ): TemplateResult | undefined {
    if (this.#list) {
      const error = this.#list.error;
      return error?.code === 'INVALID_CONFIG' ? html`${t(listError)} <span lang="en" dir="ltr">${error.message}</span>` : undefined;
    }
    const id = this.#missingId();
    return id === undefined ? undefined : html`${t(noList, { id })}`;
  }

  hostConnected(): void {
    this.relink();
  }

  hostDisconnected(): void {
    this.relink();
  }

  /**
   * Connected, links, and watches the root while `htmlFor` is set, so the list is found when it appears, moves, is
   * replaced or renamed; disconnected, stops watching and unlinks. The host calls it when `htmlFor` changes.
   */
  relink(): void {
    this.#observer.disconnect();
    if (this.host.isConnected && this.#config.htmlFor() !== null) {
      this.#observer.observe(this.host.getRootNode(), {
        childList: true,
        subtree: true,
        // Implies `attributes: true`.
        attributeFilter: ['id'],
      });
    }
    this.#link();
  }

  /**
   * The `htmlFor` id while no list has it, for the host to say why it is off; `undefined` when linked, when there is
   * no id, or while the element with the id is a custom element not defined yet (it links once defined).
   */
  #missingId(): string | undefined {
    const id = this.#config.htmlFor();
    if (this.#list || id === null || !this.host.isConnected) return undefined;
    const found = (this.host.getRootNode() as Document | ShadowRoot).getElementById?.(id);
    return found?.matches(':not(:defined)') ? undefined : id;
  }

  #link(): void {
    const next = this.host.isConnected ? this.#findList() : null;
    if (next === this.#list) return;
    this.#unsubscribe?.();
    this.#list = next;
    this.#unsubscribe = next?.controller.subscribe(() => this.#config.onListChange(next));
    this.#config.onListChange(next);
  }

  #findList(): CallLogList | null {
    const id = this.#config.htmlFor();
    if (id !== null) {
      // `getElementById('')` finds nothing: `for=""` links to no list.
      return this.#asList((this.host.getRootNode() as Document | ShadowRoot).getElementById(id));
    }
    for (let element = this.host.parentElement; element; element = element.parentElement) {
      const list = this.#asList(element);
      if (list) return list;
    }
    return null;
  }

  /** A list, or null; a custom element not yet defined may become one, so it is checked again once defined. */
  #asList(element: Element | null): CallLogList | null {
    if (!element) return null;
    // Duck-typed rather than `instanceof`, so a list from another copy of the package still links.
    if (typeof (element as Partial<CallLogList>).controller?.subscribe === 'function' && 'filters' in element) {
      return element as CallLogList;
    }
    const tag = element.localName;
    if (element.matches(':not(:defined)') && !this.#awaiting.has(tag)) {
      this.#awaiting.add(tag);
      void customElements.whenDefined(tag).then(() => {
        this.#awaiting.delete(tag);
        this.#link();
      });
    }
    return null;
  }
}
