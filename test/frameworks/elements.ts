// What the framework tests read of the elements, the same whichever framework mounted them.
import { waitUntil } from '@open-wc/testing';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';

export function rows(list: CallLogList): HTMLElement[] {
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
}

export function preset(filter: CallLogFilter, name: string): HTMLButtonElement {
  const button = [...filter.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="preset"]')].find(
    (candidate) => candidate.textContent!.trim() === name,
  );
  if (!button) throw new Error(`no preset ${name}`);
  return button;
}

/** Waits for the list to apply what changed and to show the result. */
export async function settled(list: CallLogList): Promise<void> {
  await list.updateComplete;
  await waitUntil(() => list.status === 'ready' || list.status === 'complete', 'the list loads', { timeout: 5000 });
  await list.updateComplete;
}
