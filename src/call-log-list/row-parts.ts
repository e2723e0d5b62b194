// What a row's parts are given and what renders a part, and the avatar the row and its details share: apart from
// row.ts, so that the details panel (details.ts, loaded on use) needs nothing of the row that loads it.
import { html, type TemplateResult } from 'lit';
import type { ResolvedUser } from '../controllers/user-directory.js';
import { entityId, type CallEntity, type CallLog, type CallRecording, type CallType } from '../model/call-log.js';
import type { CallLogFormat } from './call-log-format.js';
import type { HideToken } from './list-config.js';
import type { MessageKey, MessageValues } from '../localize/messages.js';
import { avatarColour, initials, partyImage, type CallView } from './call-log-view.js';
import { styleProperties } from './style-properties.js';

/** What a row shows, with its texts formatted once per call rather than at every render. */
export interface RowView extends CallView {
  /** When the call was placed, as an ISO string, a short time for the row and a full date and time. */
  iso: string;
  time: string;
  fullTime: string;
  /** The talk time, formatted; absent when there was none. */
  duration: string | undefined;
}

/** What the list does for a row: the row's buttons call these. */
export interface RowActions {
  select(call: CallLog): void;
  toggle(call: CallLog): void;
  activate(call: CallLog): void;
  keydown(event: KeyboardEvent, call: CallLog): void;
  callBack(call: CallLog, type: CallType): void;
  /** `play`: the Play button (toggles the inline player); otherwise the Open link. */
  openRecording(event: Event, call: CallLog, recording: CallRecording, play: boolean): void;
  imageFailed(url: string): void;
  /** "All calls with {name}": narrows the list to the call's other party. */
  showParty(call: CallLog): void;
  /** A person may open a row's details (the expand button is under the pointer or focused): loads what they need. */
  wantDetails(): void;
}

/** The list's state that a row reads besides its call and view. */
export interface RowContext {
  format: CallLogFormat;
  /** A message in the list's language (see the README's message keys). */
  t(key: MessageKey, values?: MessageValues): string;
  /** Unix milliseconds of the clock ongoing calls count from. */
  now: number;
  /** Whether the row holds the list's one tab stop. */
  active: boolean;
  expanded: boolean;
  playing: ReadonlySet<string>;
  brokenImages: ReadonlySet<string>;
  /** A participant's name and picture, once the list's `resolveUsers` has given them. */
  user(uid: string): ResolvedUser | undefined;
  actions: RowActions;
  /** The parts of rows the page's `hide` attribute leaves out; custom renderers may honour them too. */
  hidden: ReadonlySet<HideToken>;
  /** With `collapse`, the calls a row stands for when there are several, newest (the row's call) first. */
  run: readonly CallLog[] | undefined;
  /**
   * `text` with the part the list's search matches marked as `<mark part="match">`, or `text` as it is. The text is
   * rendered as text: nothing in it is read as markup.
   */
  match(text: string): unknown;
  /**
   * With a search whose match the row's name does not show (a group call found by a member's name, a call found by
   * an id), the text of the call that it matched: the built-in subtitle shows it, marked. Otherwise `undefined`.
   */
  searchHit: string | undefined;
}

/** Renders one part of a row: anything Lit renders (a template, a DOM node, a string, `nothing`). */
export type RowRenderer = (call: CallLog, view: RowView, context: RowContext) => unknown;

/** The parts of a row an app can replace, through the list's `renderers` property. */
export interface RowRenderers {
  /** Before the text: the other party's avatar. */
  leading: RowRenderer;
  /** The first line: the other party's name. */
  title: RowRenderer;
  /** The line under it: direction, type, category, status, duration, participants, recording mark. */
  subtitle: RowRenderer;
  /** After the text: the call-back buttons. */
  trailing: RowRenderer;
  /** The panel the expand button opens: date, ring time, participants, recordings. */
  details: RowRenderer;
}

export function renderAvatar(entity: CallEntity, context: RowContext, small = false): TemplateResult {
  const image = partyImage(entity);
  const id = entityId(entity);
  const classes = small ? 'avatar small' : 'avatar';
  if (image && !context.brokenImages.has(image)) {
    return html`<img
      part="avatar"
      class=${classes}
      src=${image}
      alt=""
      loading="lazy"
      referrerpolicy="no-referrer"
      @error=${() => context.actions.imageFailed(image)}
    />`;
  }
  return html`<span part="avatar" class=${classes} ${styleProperties({ background: avatarColour(id) })} aria-hidden="true"
    >${initials(entity.name || id)}</span
  >`;
}
