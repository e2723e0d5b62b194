import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ResolvedUser } from '../controllers/user-directory.js';
import { entityId, type CallEntity, type CallLog, type CallParticipant, type CallRecording, type CallType } from '../model/call-log.js';
import { formatDuration } from '../model/duration.js';
import { findIn } from '../model/find.js';
import type { CallLogFormat } from './call-log-format.js';
import type { HideToken } from './list-config.js';
import type { MessageKey, MessageValues } from '../localize/messages.js';
import { talkSeconds } from '../model/duration.js';
import { avatarColour, initials, partyImage, safeUrl, type CallView } from './call-log-view.js';
import { icons } from './icons.js';
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
}

/** `text` with the first place `search` matches (case and accents ignored) marked; see `RowContext.match`. */
export function highlight(text: string, search: string | undefined): unknown {
  const at = search ? findIn(text, search) : undefined;
  if (!at) return text;
  return html`${text.slice(0, at[0])}<mark part="match" class="match">${text.slice(at[0], at[1])}</mark>${text.slice(at[1])}`;
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

function renderMeta(call: CallLog, view: RowView, context: RowContext): TemplateResult {
  const { t, hidden } = context;
  const direction = hidden.has('direction') ? undefined : view.direction;
  const live = call.status === 'ongoing';
  // A running call reads like a clock ("14:05"), which ticks evenly where "14m 5s" would change width.
  const duration = live ? formatDuration(context.now / 1000 - (call.startedAt ?? call.initiatedAt)) : view.duration;
  return html`<span part="meta" class="meta">
    ${direction
      ? html`<span part="direction" class="direction ${direction}"
          >${icons[direction]}<span class="visually-hidden">${t(`direction.${direction}`)}</span></span
        >`
      : nothing}
    ${hidden.has('type')
      ? nothing
      : html`<span class="type">${icons[call.type === 'video' ? 'video' : 'audio']}<span class="visually-hidden"
            >${t(call.type === 'video' ? 'type.video' : 'type.audio')}</span
          ></span
        >`}
    ${call.callCategory !== 'call' && !hidden.has('category')
      ? html`<span part="category" class="category">${t(`category.${call.callCategory}`)}</span>`
      : nothing}
    ${view.statusWord && !hidden.has('status') && !(view.direction === 'missed' && call.status === 'missed')
      ? html`<span part="status" class="status ${call.status}">${view.statusWord}</span>`
      : nothing}
    ${duration && !hidden.has('duration')
      ? html`<span part="duration" class="duration" role=${ifDefined(live ? 'timer' : undefined)}>${duration}</span>`
      : nothing}
    ${view.participants !== undefined && !hidden.has('participants')
      ? html`<span part="participants" class="participants"
          >${icons.people}<span aria-hidden="true">${context.format.number(view.participants)}</span
          ><span class="visually-hidden">${t('row.participants', { count: view.participants })}</span></span
        >`
      : nothing}
    ${call.hasRecording && !hidden.has('recording')
      ? html`<span part="recording-mark" class="recording-mark"
          >${icons.recording}<span class="visually-hidden">${t('row.recorded')}</span></span
        >`
      : nothing}
  </span>`;
}

function renderCallBack(call: CallLog, view: RowView, context: RowContext, type: CallType): TemplateResult {
  const video = type === 'video';
  return html`<button
    part="call-back-button"
    class="icon-button"
    type="button"
    tabindex=${context.active ? 0 : -1}
    aria-label=${context.t(video ? 'row.videoCallWith' : 'row.audioCallWith', { name: view.party.name })}
    title=${context.t(video ? 'row.videoCall' : 'row.audioCall')}
    @click=${() => context.actions.callBack(call, type)}
  >
    ${icons[type]}
  </button>`;
}

function renderParticipant(participant: CallParticipant, context: RowContext): TemplateResult {
  const { format, t } = context;
  const resolved = context.user(participant.uid);
  const named = participant.name ?? resolved?.name;
  const avatar = participant.avatar ?? resolved?.avatar;
  const joinedAt = participant.joinedAt !== undefined ? format.clock(new Date(participant.joinedAt * 1000)) : undefined;
  const state = participant.state ?? (participant.hasJoined ? (participant.leftAt !== undefined ? 'ended' : 'ongoing') : undefined);
  const minutes = format.duration(participant.totalDurationInMinutes * 60);
  const said =
    state === 'rejected'
      ? t('participant.declined')
      : state === 'unanswered'
        ? t('participant.unanswered')
        : !participant.hasJoined
          ? t('participant.notJoined')
          : state === 'ongoing'
            ? joinedAt ? t('participant.inCallSince', { time: joinedAt }) : t('participant.inCall')
            : joinedAt ? t('participant.joined', { time: joinedAt, duration: minutes }) : minutes;
  const devices =
    participant.devices !== undefined && participant.devices > 1 ? ` · ${t('participant.devices', { count: participant.devices })}` : '';
  return html`<li part="participant" class="participant ${state ?? ''}">
    ${renderAvatar({ entityType: 'user', uid: participant.uid, name: named ?? participant.uid, ...(avatar ? { avatar } : {}) }, context, true)}
    <span class="participant-name">${context.match(named || participant.uid)}</span>
    <span class="participant-time">${said}${devices}</span>
  </li>`;
}

function renderRecording(call: CallLog, recording: CallRecording, index: number, context: RowContext): TemplateResult {
  const { t } = context;
  const url = safeUrl(recording.recordingURL);
  const label = t('recording.name', { number: index + 1 });
  const playing = url !== undefined && context.playing.has(recording.rid);
  const open = context.actions.openRecording;
  return html`<li part="recording" class="recording">
    <span class="recording-label">${label}${recording.duration > 0 ? ` · ${context.format.duration(recording.duration)}` : ''}</span>
    ${url
      ? html`<button
            class="text-button"
            type="button"
            aria-pressed=${playing ? 'true' : 'false'}
            @click=${(event: Event) => open(event, call, recording, true)}
          >
            ${icons.play} ${t('recording.play')}
          </button>
          <a
            class="text-button"
            href=${url}
            target="_blank"
            rel="noopener noreferrer"
            @click=${(event: Event) => open(event, call, recording, false)}
            >${icons.external} ${t('recording.open')}<span class="visually-hidden"> ${t('recording.newTab', { recording: label })}</span></a
          >
          ${playing
            ? call.type === 'video'
              ? html`<video part="player" class="player" controls autoplay preload="metadata" src=${url} aria-label=${label}></video>`
              : html`<audio part="player" class="player" controls autoplay preload="metadata" src=${url} aria-label=${label}></audio>`
            : nothing}`
      : html`<span class="unavailable">${t('recording.unavailable')}</span>`}
  </li>`;
}

/** The calls a collapsed row stands for: when each was placed, and how long it lasted or how it ended. */
function renderRun(run: readonly CallLog[], context: RowContext): TemplateResult {
  const { format, t } = context;
  return html`<h4 class="details-heading">${context.t('details.calls')}</h4>
    <ul class="run-list">
      ${run.map((call) => {
        const placed = new Date(call.initiatedAt * 1000);
        const seconds = call.status === 'ended' ? talkSeconds(call) : 0;
        return html`<li part="run-call" class="participant">
          <time datetime=${placed.toISOString()}>${format.clock(placed)}</time>
          <span class="participant-time">${seconds > 0 ? format.duration(seconds) : t(`status.${call.status}`)}</span>
        </li>`;
      })}
    </ul>`;
}

/** Space expands a row: the native button must not click (select) on its key up. */
const keepSpaceForExpanding = (event: KeyboardEvent): void => {
  if (event.key === ' ') event.preventDefault();
};

/** The built-in parts of a row, for an app to wrap ("the default subtitle plus a badge") or replace. */
export const defaultRenderers: Readonly<RowRenderers> = {
  leading: (_call, view, context) => renderAvatar(view.party, context),
  title: (_call, view, context) =>
    context.match(context.run ? context.t('row.collapsed', { name: view.name, count: context.run.length }) : view.name),
  subtitle: renderMeta,
  trailing: (call, view, context) =>
    html`${renderCallBack(call, view, context, 'audio')}${renderCallBack(call, view, context, 'video')}`,
  details: (call, view, context) => {
    const { t } = context;
    const rang =
      view.ringSeconds !== undefined && view.ringSeconds > 0 ? ` · ${t('details.rang', { duration: context.format.duration(view.ringSeconds) })}` : '';
    return html`<p class="full-time">${view.fullTime}${rang}</p>
      ${context.run ? renderRun(context.run, context) : nothing}
      ${call.participantInfoList.length > 0 && !context.hidden.has('participants')
        ? html`<h4 class="details-heading">${t('details.participants')}</h4>
            <ul class="participants-list">
              ${call.participantInfoList.map((participant) => renderParticipant(participant, context))}
            </ul>`
        : nothing}
      ${call.recordings.length > 0 && !context.hidden.has('recording')
        ? html`<h4 class="details-heading">${t('details.recordings')}</h4>
            <ul class="recordings-list">
              ${call.recordings.map((recording, index) => renderRecording(call, recording, index, context))}
            </ul>`
        : nothing}
      <button part="party-calls-button" class="text-button party-calls" type="button" @click=${() => context.actions.showParty(call)}>
        ${t('details.partyCalls', { name: view.party.name || entityId(view.party) })}
      </button>`;
  },
};

/**
 * One row: the shell the list keeps whatever the renderers are (the list item with its position in the day, the
 * focusable button that selects, the keyboard, the expand button and the details region), filled by the renderers.
 */
export function renderRow(
  call: CallLog,
  view: RowView,
  context: RowContext,
  renderers: RowRenderers,
  position: number,
  setSize: number,
): TemplateResult {
  const { expanded, actions, hidden } = context;
  const details = !hidden.has('details');
  const tabindex = context.active ? 0 : -1;
  const detailsId = `details-${call.sessionID}`;
  // Only rows near the viewport exist, so each tells assistive technology where it stands in its day.
  return html`<div
    part="row"
    class="row${view.direction === 'missed' ? ' missed' : ''}${expanded ? ' expanded' : ''}"
    role="listitem"
    aria-posinset=${position}
    aria-setsize=${setSize}
  >
    <div class="row-line">
      <button
        part="row-main"
        class="row-main"
        type="button"
        data-id=${call.sessionID}
        tabindex=${tabindex}
        @click=${() => actions.select(call)}
        @keydown=${(event: KeyboardEvent) => actions.keydown(event, call)}
        @keyup=${keepSpaceForExpanding}
        @focus=${() => actions.activate(call)}
      >
        ${hidden.has('avatar') ? nothing : renderers.leading(call, view, context)}
        <span class="text">
          <span part="name" class="name">${renderers.title(call, view, context)}</span>
          ${hidden.has('time')
            ? nothing
            : html`<time part="time" class="time" datetime=${view.iso} title=${view.fullTime}>${view.time}</time>`}
          ${renderers.subtitle(call, view, context)}
        </span>
      </button>
      <span part="actions" class="actions">
        ${hidden.has('call-back') ? nothing : renderers.trailing(call, view, context)}
        ${details ? renderExpand(call, view, context, detailsId) : nothing}
      </span>
    </div>
    ${details
      ? html`<div part="details" class="details" id=${detailsId} ?hidden=${!expanded}>
          ${expanded ? renderers.details(call, view, context) : nothing}
        </div>`
      : nothing}
  </div>`;
}

function renderExpand(call: CallLog, view: RowView, context: RowContext, detailsId: string): TemplateResult {
  const { expanded, actions } = context;
  return html`<button
    part="expand-button"
    class="icon-button expand"
    type="button"
    tabindex=${context.active ? 0 : -1}
    aria-expanded=${expanded ? 'true' : 'false'}
    aria-controls=${detailsId}
    aria-label=${context.t('row.detailsOf', { name: view.name })}
    title=${context.t('row.details')}
    @click=${() => actions.toggle(call)}
  >
    ${icons.chevron}
  </button>`;
}
