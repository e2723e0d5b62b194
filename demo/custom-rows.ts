// The custom rows page: renderers from code, `hide` and `collapse` by attribute. Custom parts render inside the
// list's shadow root: a `part` name lets the page's CSS style them (`call-log-list::part(ticket)`).
import { html } from 'lit';
import '../src/define.js';
import type { CallLogList } from '../src/call-log-list/call-log-list.js';
import { defaultRenderers } from '../src/call-log-list/row.js';
import type { CallLog } from '../src/model/call-log.js';
import { DEMO_VIEWER_UID, generateDemoCallLogs } from '../src/sources/demo-data.js';
import { MemoryCallLogSource } from '../src/sources/memory-source.js';

const list = document.querySelector<CallLogList>('#with-renderers')!;
const noteLog = document.querySelector<HTMLElement>('#note-log')!;

/** A made-up ticket number, as a help desk would keep one per call. */
const ticketOf = (call: CallLog): string => `#${(parseInt(call.sessionID.replace(/\D/g, '').slice(-5) || '0', 10) % 9000) + 1000}`;

list.renderers = {
  subtitle: (call, view, context) =>
    html`${defaultRenderers.subtitle(call, view, context)} <span part="ticket">Ticket ${ticketOf(call)}</span>`,
  trailing: (call, view, context) =>
    html`<button
      part="log-note"
      type="button"
      tabindex=${context.active ? 0 : -1}
      aria-label="Log a note on the call with ${view.name}"
      @click=${() => (noteLog.textContent = `Note started for ${view.name}, ticket ${ticketOf(call)}.`)}
    >
      Log note
    </button>`,
};

// The demo history, with a person who tried three times in a row: the first call the viewer missed, twice more
// minutes before.
const calls = generateDemoCallLogs({ seed: 7, count: 60, now: Date.now() });
const missed = calls.find(
  (call) =>
    call.receiver.entityType === 'user' &&
    call.receiver.uid === DEMO_VIEWER_UID &&
    ['missed', 'cancelled', 'unanswered'].includes(call.status),
);
if (missed) {
  const again = [1, 2].map((i) => ({ ...missed, sessionID: `${missed.sessionID}-again-${i}`, initiatedAt: missed.initiatedAt - i * 90 }));
  calls.splice(calls.indexOf(missed) + 1, 0, ...again);
}
document.querySelector<CallLogList>('#collapsed-list')!.source = new MemoryCallLogSource(calls, { viewerUid: DEMO_VIEWER_UID });
