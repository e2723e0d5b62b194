// The benchmark's baseline: a list that renders every call with a plain `map`, no windowing. Its rows have the
// same DOM as <call-log-list>'s (avatar, name, time, meta line, three buttons, an empty details box), the same
// classes, parts, styles, formatting and listeners, so the difference measured is the windowing and nothing else.
import { html, LitElement, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';
import { CallLogFormat } from '../../src/call-log-list/call-log-format.js';
import { styles } from '../../src/call-log-list/call-log-list.styles.js';
import { ENGLISH } from '../../src/localize/messages.js';
import { avatarColour, initials, partyImage, viewCall, type CallView } from '../../src/call-log-list/call-log-view.js';
import { icons } from '../../src/call-log-list/icons.js';
import { entityId, type CallLog } from '../../src/model/call-log.js';

/** The English words a view needs, with their values put in. */
const englishWords = (key: keyof typeof ENGLISH, values: Readonly<Record<string, string>> = {}): string =>
  (ENGLISH[key] as string).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

export class NaiveCallList extends LitElement {
  static override styles: CSSResultGroup = styles;

  /** Every call to show, newest first. */
  @property({ attribute: false }) items: readonly CallLog[] = [];
  @property({ attribute: 'viewer-uid' }) viewerUid: string | undefined;

  #format = new CallLogFormat(undefined);
  /** The last call clicked, so the row listeners do the kind of work the list's do. */
  selected: CallLog | undefined;

  #avatar(view: CallView): TemplateResult {
    const image = partyImage(view.party);
    const id = entityId(view.party);
    if (image) {
      return html`<img part="avatar" class="avatar" src=${image} alt="" loading="lazy" referrerpolicy="no-referrer" />`;
    }
    return html`<span part="avatar" class="avatar" style=${styleMap({ background: avatarColour(id) })} aria-hidden="true"
      >${initials(view.party.name || id)}</span
    >`;
  }

  #meta(call: CallLog, view: CallView): TemplateResult {
    const format = this.#format;
    const direction = view.direction;
    return html`<span part="meta" class="meta">
      ${direction
        ? html`<span part="direction" class="direction ${direction}"
            >${icons[direction]}<span class="visually-hidden">${direction}</span></span
          >`
        : nothing}
      <span class="type">${icons[call.type === 'video' ? 'video' : 'audio']}<span class="visually-hidden"
          >${call.type}</span
        ></span
      >
      ${view.statusWord && !(direction === 'missed' && call.status === 'missed')
        ? html`<span part="status" class="status ${call.status}">${view.statusWord}</span>`
        : nothing}
      ${view.durationSeconds > 0
        ? html`<span part="duration" class="duration">${format.duration(view.durationSeconds)}</span>`
        : nothing}
      ${view.participants !== undefined
        ? html`<span part="participants" class="participants"
            >${icons.people}<span>${format.number(view.participants)}</span
            ><span class="visually-hidden">participants</span></span
          >`
        : nothing}
      ${call.hasRecording
        ? html`<span part="recording-mark" class="recording-mark"
            >${icons.recording}<span class="visually-hidden">Recorded</span></span
          >`
        : nothing}
    </span>`;
  }

  /** One row, as the list draws it; the virtual list below draws the same. */
  protected renderRow(call: CallLog, index: number): TemplateResult {
    const view = viewCall(call, this.viewerUid, englishWords);
    const format = this.#format;
    const tabindex = index === 0 ? 0 : -1;
    return html`<div
      part="row"
      class=${classMap({ row: true, missed: view.direction === 'missed' })}
      role="listitem"
      aria-posinset=${index + 1}
      aria-setsize=${this.items.length}
    >
      <div class="row-line">
        <button
          part="row-main"
          class="row-main"
          type="button"
          data-id=${call.sessionID}
          tabindex=${tabindex}
          @click=${() => (this.selected = call)}
        >
          ${this.#avatar(view)}
          <span class="text">
            <span class="first-line">
              <span part="name" class="name">${view.name}</span>
              <time
                part="time"
                class="time"
                datetime=${view.placedAt.toISOString()}
                title=${format.full(view.placedAt)}
                >${format.rowTime(view.placedAt)}</time
              >
            </span>
            ${this.#meta(call, view)}
          </span>
        </button>
        <span part="actions" class="actions">
          <button
            part="call-back-button"
            class="icon-button"
            type="button"
            tabindex=${tabindex}
            aria-label="Audio call ${view.party.name}"
            title="Audio call"
            @click=${() => (this.selected = call)}
          >
            ${icons.audio}
          </button>
          <button
            part="call-back-button"
            class="icon-button"
            type="button"
            tabindex=${tabindex}
            aria-label="Video call ${view.party.name}"
            title="Video call"
            @click=${() => (this.selected = call)}
          >
            ${icons.video}
          </button>
          <button
            part="expand-button"
            class="icon-button expand"
            type="button"
            tabindex=${tabindex}
            aria-expanded="false"
            aria-controls="details-${call.sessionID}"
            aria-label="Details of the call with ${view.name}"
            title="Details"
            @click=${() => (this.selected = call)}
          >
            ${icons.chevron}
          </button>
        </span>
      </div>
      <div part="details" class="details" id="details-${call.sessionID}" hidden></div>
    </div>`;
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base">
      <div part="rows" class="rows" role="list">${this.items.map((call, index) => this.renderRow(call, index))}</div>
    </div>`;
  }
}

if (!customElements.get('naive-call-list')) customElements.define('naive-call-list', NaiveCallList);

declare global {
  interface HTMLElementTagNameMap {
    'naive-call-list': NaiveCallList;
  }
}
