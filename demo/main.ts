import '../src/define.js';
import type { CallLogList } from '../src/call-log-list/call-log-list.js';
import { CALL_LOG_FILTER_EVENTS, CALL_LOG_LIST_EVENTS, CALL_LOG_SUMMARY_EVENTS } from '../src/events/element-events.js';
import { BUILT_IN_LANGUAGES } from '../src/localize/registry.js';

const list = document.querySelector<CallLogList>('#calls')!;
const log = document.querySelector<HTMLOListElement>('#event-log')!;
const dataSource = document.querySelector<HTMLSelectElement>('#data-source')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
const language = document.querySelector<HTMLSelectElement>('#language')!;
const calls = document.querySelector<HTMLElement>('.calls')!;

// Each language by its own name. The elements follow the `lang` of the section around them, as they would follow an
// app's <html lang>; `?lang=de` in the address picks one too.
for (const tag of BUILT_IN_LANGUAGES) {
  language.add(new Option(new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag, tag));
}
function useLanguage(tag: string): void {
  if (tag) calls.lang = tag;
  else calls.removeAttribute('lang');
  language.value = tag;
}
useLanguage(new URLSearchParams(location.search).get('lang') ?? '');

// The calls name only their initiator and receiver, as the Calls API does: the demo's own people directory names
// the other participants, as an app's user service would.
list.resolveUsers = async (uids) => {
  const { DEMO_USERS } = await import('../src/sources/demo-data.js');
  return DEMO_USERS.filter((user) => uids.includes(user.uid));
};

/** Points the same list at the embedded data or at the local Calls API that the dev server mounts at /v3.0. */
function useSource(kind: string): void {
  apiActions.hidden = kind !== 'api';
  if (kind === 'api') {
    list.removeAttribute('source');
    // A scenario of its own, so the buttons below can change its calls while the list pages through them.
    list.setAttribute('base-url', `${location.origin}/scenarios/demo/v3.0`);
    list.setAttribute('auth-token', 'demo-token');
    list.setAttribute('refresh-interval', '20');
  } else {
    list.removeAttribute('base-url');
    list.removeAttribute('auth-token');
    list.removeAttribute('refresh-interval');
    list.setAttribute('source', 'demo');
  }
}

// What happens to calls on a real server while a person reads: one arrives, an admin deletes some above the
// reading position, ongoing calls end. The local Calls API's control route does it (the real API has none).
const apiActions = document.querySelector<HTMLElement>('#api-actions')!;
const ACTIONS: Record<string, unknown> = { insertNow: 1, removeNow: 3, endNow: true };
apiActions.addEventListener('click', async (event) => {
  const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button')?.dataset['action'];
  if (!action) return;
  await fetch('/__calls-api/scenarios/demo', {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ [action]: ACTIONS[action] }),
  });
  // New and ended calls show at the next check; deleted ones are caught up with as the person pages on.
  if (action !== 'removeNow') void list.refresh();
});

function summarise(type: string, detail: Record<string, unknown>): string {
  switch (type) {
    case 'call-log-load':
      return `page ${String(detail['page'])}: ${(detail['items'] as unknown[]).length} calls, more: ${String(detail['hasMore'])}`;
    case 'call-log-error': {
      const error = detail['error'] as { code: string; message: string };
      return `${error.code}: ${error.message}`;
    }
    case 'call-log-select':
    case 'call-log-recording-open':
      return (detail['callLog'] as { sessionID: string }).sessionID;
    case 'call-log-call-back':
      return `${String(detail['type'])} call to ${(detail['target'] as { name: string }).name}`;
    case 'call-log-filter-change':
      return JSON.stringify(detail['filters']);
    case 'call-log-export-start':
      return `${String(detail['format'])} of ${JSON.stringify(detail['filters'])}`;
    case 'call-log-export':
      return `${String(detail['fileName'])}: ${String(detail['count'])} calls`;
    case 'call-log-period-change':
      return String(detail['period']);
    default:
      return '';
  }
}

// Every event of the elements, a new one included.
for (const { eventName: type } of [...CALL_LOG_LIST_EVENTS, ...CALL_LOG_FILTER_EVENTS, ...CALL_LOG_SUMMARY_EVENTS]) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = type;
    item.append(name, ` ${summarise(type, (event as Event & { detail: Record<string, unknown> }).detail)}`);
    log.prepend(item);
    while (log.children.length > 50) log.lastElementChild?.remove();
  });
}

dataSource.addEventListener('change', () => useSource(dataSource.value));
language.addEventListener('change', () => useLanguage(language.value));
theme.addEventListener('change', () => (document.documentElement.style.colorScheme = theme.value));
