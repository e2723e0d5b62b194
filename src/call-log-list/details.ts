// The details panel of a row, in a module of its own: most rows are never opened, so a list loads it when a person
// reaches for one (row.ts, `loadDetails()`); the script-tag bundles keep it in a file beside themselves.
import { html, nothing, type TemplateResult } from 'lit';
import { entityId, type CallLog, type CallParticipant, type CallRecording } from '../model/call-log.js';
import { talkSeconds } from '../model/duration.js';
import { safeUrl } from './call-log-view.js';
import { icons } from './icons.js';
import { renderAvatar, type RowContext, type RowRenderer } from './row-parts.js';

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

/**
 * The panel a row's expand button opens (the built-in `details` renderer): when the call was placed and how long it
 * rang, the calls a collapsed row stands for, the participants, the recordings, and "All calls with …".
 */
export const renderDetails: RowRenderer = (call, view, context) => {
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
};
