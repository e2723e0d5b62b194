import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CallLog, CallType } from '../model/call-log.js';
import { formatDuration } from '../model/duration.js';
import { findIn, searchedTexts } from '../model/find.js';
import { icons } from './icons.js';
import { renderAvatar, type RowContext, type RowRenderer, type RowRenderers, type RowView } from './row-parts.js';

export type { RowActions, RowContext, RowRenderer, RowRenderers, RowView } from './row-parts.js';

/** `text` with the first place `search` matches (case and accents ignored) marked; see `RowContext.match`. */
export function highlight(text: string, search: string | undefined): unknown {
  const at = search ? findIn(text, search) : undefined;
  if (!at) return text;
  return html`${text.slice(0, at[0])}<mark part="match" class="match">${text.slice(at[0], at[1])}</mark>${text.slice(at[1])}`;
}

/**
 * The text of `call` that `search` matches when the row's `name` does not show the match (a group call found by a
 * member's name, a call found by an id): a row found by a search says why. The signed-in user `viewerUid` is left
 * out, as the search leaves them out. See `RowContext.searchHit`.
 */
export function searchHit(call: CallLog, name: string, search: string | undefined, viewerUid?: string): string | undefined {
  if (!search || findIn(name, search)) return undefined;
  return searchedTexts(call, viewerUid).find((text) => findIn(text, search));
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
    ${context.searchHit ? html`<bdi part="search-hit" class="search-hit">${context.match(context.searchHit)}</bdi>` : nothing}
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

/** Space expands a row: the native button must not click (select) on its key up. */
const keepSpaceForExpanding = (event: KeyboardEvent): void => {
  if (event.key === ' ') event.preventDefault();
};

/**
 * The details panel's renderer (`./details.js`), once loaded: most rows are never opened, so a list asks for it when
 * a person reaches for a row (`loadDetails()`), not before its first rows, and a page whose rows stay closed never
 * downloads it.
 */
let renderDetails: RowRenderer | undefined;
let detailsLoading: Promise<void> | undefined;
let detailsFailed = false;

/** Whether the details panel's renderer is here, so that an open row shows its details. */
export const detailsLoaded = (): boolean => renderDetails !== undefined;

/**
 * Loads the details panel's renderer, once; resolves when it is here or could not be loaded (said on the console;
 * the next call asks again), never rejects.
 */
export function loadDetails(): Promise<void> {
  return (detailsLoading ??= import('./details.js').then(
    (module) => {
      renderDetails = module.renderDetails;
    },
    (error: unknown) => {
      detailsLoading = undefined;
      if (!detailsFailed) console.error(`call-log-elements: the details of calls could not be loaded, so an open row shows only when its call was placed: ${String(error)}`);
      detailsFailed = true;
    },
  ));
}

/** An open row's details until their renderer is here: when the call was placed, and why no more if it failed. */
const renderDetailsLater: RowRenderer = (_call, view, context) =>
  html`<p class="full-time">${view.fullTime}</p>${detailsFailed ? html`<p class="details-error">${context.t('error.NETWORK')}</p>` : nothing}`;

/** The built-in parts of a row, for an app to wrap ("the default subtitle plus a badge") or replace. */
export const defaultRenderers: Readonly<RowRenderers> = {
  leading: (_call, view, context) => renderAvatar(view.party, context),
  title: (_call, view, context) =>
    context.match(context.run ? context.t('row.collapsed', { name: view.name, count: context.run.length }) : view.name),
  subtitle: renderMeta,
  trailing: (call, view, context) =>
    html`${renderCallBack(call, view, context, 'audio')}${renderCallBack(call, view, context, 'video')}`,
  details: (call, view, context) => (renderDetails ?? renderDetailsLater)(call, view, context),
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
  // Only rows near the viewport exist, so each tells assistive technology where it stands in its day. A row's details
  // exist only while open (one element fewer in every closed row).
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
    ${details && expanded
      ? html`<div part="details" class="details" id=${detailsId}>${renderers.details(call, view, context)}</div>`
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
    aria-controls=${ifDefined(expanded ? detailsId : undefined)}
    aria-label=${context.t('row.detailsOf', { name: view.name })}
    title=${context.t('row.details')}
    @pointerenter=${actions.wantDetails}
    @focus=${actions.wantDetails}
    @click=${() => actions.toggle(call)}
  >
    ${icons.chevron}
  </button>`;
}
