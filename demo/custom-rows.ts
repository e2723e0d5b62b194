// The custom rows page: renderers from code, `hide` and `collapse` by attribute. Custom parts render inside the
// list's shadow root: a `part` name lets the page's CSS style them (`call-log-list::part(ticket)`).
import { html } from 'lit';
import '../src/define.js';
import type { CallLogList } from '../src/call-log-list/call-log-list.js';
import { defaultRenderers } from '../src/call-log-list/row.js';
import type { CallLog } from '../src/model/call-log.js';

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
