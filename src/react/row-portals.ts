// The row parts the React wrapper fills with render props: for each part of each rendered row, a container node that
// the list's renderers return, and that React renders a portal into. Kept free of React so it can be read (and
// tested) on its own; src/react/index.ts turns its slots into portals.
import type { CallLogList } from '../call-log-list/call-log-list.js';
import type { RowContext, RowRenderer, RowRenderers, RowView } from '../call-log-list/row.js';
import type { CallLog } from '../model/call-log.js';

/** A part of a row: `leading`, `title`, `subtitle`, `trailing` or `details`. */
export type RowPart = keyof RowRenderers;

/** The parts, in the order a row shows them. */
export const ROW_PARTS: readonly RowPart[] = ['leading', 'title', 'subtitle', 'trailing', 'details'];

/** What a render prop learns of its row besides the call and its view. */
export interface RowState {
  /** Whether the row holds the list's one tab stop: a button of your own should take `tabIndex={active ? 0 : -1}`. */
  active: boolean;
  /** Whether the row's details are open. */
  expanded: boolean;
}

/** One part of one rendered row: the container the list shows, and what to render into it. */
export interface RowSlot {
  /** Unique to this container, for React's `key`. */
  readonly key: string;
  readonly part: RowPart;
  readonly container: HTMLElement;
  readonly call: CallLog;
  readonly view: RowView;
  readonly state: RowState;
}

/**
 * The containers of one list's custom parts, and the slots React renders portals of.
 *
 * `renderer(part)` is a `RowRenderer` for the list's `renderers` property: each call returns the container of that
 * row's part, made once (a `<span style="display: contents">`) and returned again while the row stays rendered, so the
 * list re-renders a row without touching what React put in it. After each update of the list, `sweep()` lets go of
 * the containers that left its rows (a chunk that left the window, a row collapsed or gone) and, when anything
 * changed, publishes a new list of slots: React then mounts the portals of new containers and unmounts those of the
 * old. `subscribe` and `getSnapshot` are what `useSyncExternalStore` needs.
 */
export class RowPortals {
  /** By part and session id. */
  #slots = new Map<string, RowSlot>();
  #snapshot: readonly RowSlot[] = [];
  #changed = false;
  #made = 0;
  #listeners = new Set<() => void>();

  /** The renderer of one part: it hands the list the part's container. */
  renderer(part: RowPart): RowRenderer {
    return (call, view, context) => this.#container(part, call, view, context);
  }

  /**
   * Lets go of the containers no longer in `root` (the list's render root) and, if any came or went or has new
   * content to show, tells the subscribers. Called once the list has rendered.
   */
  sweep(root: Node): void {
    for (const [id, slot] of this.#slots) {
      if (!root.contains(slot.container)) {
        this.#slots.delete(id);
        this.#changed = true;
      }
    }
    if (!this.#changed) return;
    this.#changed = false;
    this.#snapshot = [...this.#slots.values()];
    for (const listener of this.#listeners) listener();
  }

  /** A controller for the list that sweeps after each of its updates. */
  controllerFor(list: CallLogList): { hostUpdated(): void } {
    return { hostUpdated: () => this.sweep(list.renderRoot) };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** The slots as of the last sweep: the same array until something changes. */
  readonly getSnapshot = (): readonly RowSlot[] => this.#snapshot;

  #container(part: RowPart, call: CallLog, view: RowView, context: RowContext): HTMLElement {
    const id = `${part} ${call.sessionID}`;
    const slot = this.#slots.get(id);
    const { active, expanded } = context;
    if (slot && slot.call === call && slot.view === view && slot.state.active === active && slot.state.expanded === expanded) {
      return slot.container;
    }
    let container = slot?.container;
    if (!container) {
      container = document.createElement('span');
      // Set through the CSSOM, which a strict Content Security Policy allows (a style attribute in markup it would not).
      container.style.display = 'contents';
    }
    this.#slots.set(id, { key: slot?.key ?? String(++this.#made), part, container, call, view, state: { active, expanded } });
    this.#changed = true;
    return container;
  }
}
