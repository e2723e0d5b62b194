import { CallLogCallBackEvent, CallLogRecordingOpenEvent, CallLogSelectEvent } from '../events/call-log-events.js';
import type { CallEntity, CallLog } from '../model/call-log.js';
import type { RowActions } from './row-parts.js';
import { rowKeyAction } from './row-keys.js';

export interface RowStateConfig {
  /** The calls that head the rows, in display order. */
  rows(): readonly CallLog[];
  /** The key of the chunk a row renders in. */
  chunkOf(sessionID: string): string | undefined;
  /** Keeps a chunk rendered wherever the view is, or lets the last one go (`undefined`). */
  pin(chunk: string | undefined): void;
  /** Whether the list reads right to left (the arrows that open and close details swap). */
  rtl(): boolean;
  /** The other party of a call: whom a call-back calls. */
  party(call: CallLog): CallEntity;
  /** Fires an event from the list; `false` when it was cancelled. */
  dispatch(event: Event): boolean;
  /** Something the rows show changed: they render again. */
  changed(): void;
  /** A person reaches for a row's details (see `RowActions.wantDetails`), or opened them. */
  wantsDetails(): void;
  /** Focuses a row's button once it is rendered. */
  focus(call: CallLog): Promise<void>;
  /** Narrows the list to the call's other party. */
  showParty(call: CallLog): void;
}

/**
 * What a person did to the rows: the one row that holds the tab stop, the rows whose details are open, the
 * recordings playing and the pictures that failed; and what the rows' buttons and keys do about it.
 */
export class RowState {
  readonly #config: RowStateConfig;
  readonly #expanded = new Set<string>();
  readonly #playing = new Set<string>();
  readonly #brokenImages = new Set<string>();
  #activeId: string | undefined;

  /** What a row's buttons do, made once so that rows share it. */
  readonly actions: RowActions;

  constructor(config: RowStateConfig) {
    this.#config = config;
    this.actions = {
      select: (call) => {
        this.activate(call);
        config.dispatch(new CallLogSelectEvent(call));
      },
      toggle: (call) => this.#toggle(call),
      activate: (call) => this.activate(call),
      keydown: (event, call) => this.#keydown(event, call),
      callBack: (call, type) => config.dispatch(new CallLogCallBackEvent({ callLog: call, type, target: config.party(call) })),
      openRecording: (event, call, recording, play) => {
        if (!config.dispatch(new CallLogRecordingOpenEvent(call, recording))) {
          event.preventDefault();
          return;
        }
        if (!play) return;
        if (!this.#playing.delete(recording.rid)) this.#playing.add(recording.rid);
        config.changed();
      },
      imageFailed: (url) => {
        this.#brokenImages.add(url);
        config.changed();
      },
      showParty: (call) => config.showParty(call),
      wantDetails: () => config.wantsDetails(),
    };
  }

  /** The session id of the row that holds the list's one tab stop. */
  get activeId(): string | undefined {
    return this.#activeId;
  }

  get playing(): ReadonlySet<string> {
    return this.#playing;
  }

  get brokenImages(): ReadonlySet<string> {
    return this.#brokenImages;
  }

  /** Whether any row's details are open. */
  get anyExpanded(): boolean {
    return this.#expanded.size > 0;
  }

  isExpanded(call: CallLog): boolean {
    return this.#expanded.has(call.sessionID);
  }

  /**
   * After the rows change: the tab stop stays on its row while that row exists, else moves to the first; its chunk
   * stays rendered, so keyboard focus never falls out of the document.
   */
  keepTabStop(): void {
    const { rows, chunkOf, pin } = this.#config;
    if (this.#activeId === undefined || chunkOf(this.#activeId) === undefined) this.#activeId = rows()[0]?.sessionID;
    pin(this.#activeId === undefined ? undefined : chunkOf(this.#activeId));
  }

  /** Makes the row the one tab stop of the list. */
  activate(call: CallLog): void {
    // A row a person moves to may be opened next.
    this.#config.wantsDetails();
    if (this.#activeId === call.sessionID) return;
    this.#activeId = call.sessionID;
    this.#config.pin(this.#config.chunkOf(call.sessionID));
    this.#config.changed();
  }

  #toggle(call: CallLog): void {
    if (!this.#expanded.delete(call.sessionID)) {
      this.#expanded.add(call.sessionID);
      this.#config.wantsDetails();
    }
    this.#config.changed();
  }

  #keydown(event: KeyboardEvent, call: CallLog): void {
    const rows = this.#config.rows();
    const action = rowKeyAction(event.key, rows.indexOf(call), rows.length, this.#config.rtl());
    if (action === undefined) return;
    if (typeof action === 'object') {
      event.preventDefault();
      const target = rows[action.move];
      if (target) {
        this.activate(target);
        void this.#config.focus(target);
      }
      return;
    }
    if (action === 'toggle') event.preventDefault();
    if (action === 'toggle' || (action === 'expand') !== this.#expanded.has(call.sessionID)) this.#toggle(call);
  }
}
