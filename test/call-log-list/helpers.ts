// Shared by the <call-log-list> tests: waiting for a list, reading its rows, and calls to show.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLog } from '../../src/model/call-log.js';
import { MemoryCallLogSource } from '../../src/sources/memory-source.js';

export const VIEWER = 'sam.rivera';
export const PICTURE = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>')}`;
/** The list has its calls (or its error) and shows them in its language's words (its base names the language). */
export const settled = (list: CallLogList) =>
  waitUntil(
    () => ['ready', 'complete', 'error'].includes(list.status) && list.shadowRoot?.querySelector('[part~="base"][lang]'),
    'the list did not settle',
    { timeout: 5000 },
  );
export const rows = (list: CallLogList) => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
export const rowButtons = (list: CallLogList) => [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('.row-main')];
export const shown = (list: CallLogList) => rowButtons(list).map((button) => button.dataset['id']);
/**
 * Waits until the rows rendered are `expected`, then checks them. Rows render a moment after the calls arrive (the
 * window measures the viewport first), later still on a busy machine: a check of rendered rows waits for them.
 */
export async function expectShown(list: CallLogList, expected: readonly (string | undefined)[]): Promise<void> {
  const same = () => JSON.stringify(shown(list)) === JSON.stringify(expected);
  await waitUntil(same, 'the rows rendered are not the calls expected', { timeout: 5000 }).catch(() => undefined);
  expect(shown(list)).to.deep.equal(expected);
}
export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const part = (list: CallLogList, name: string) => list.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const visible = (el: Element | null) => !!el && !el.closest('[hidden]');

export function call(overrides: Partial<CallLog> & { sessionID: string }): CallLog {
  return {
    initiator: { entityType: 'user', uid: 'ana', name: 'Ana Lopez' },
    receiver: { entityType: 'user', uid: VIEWER, name: 'Sam Rivera' },
    receiverType: 'user',
    type: 'audio',
    status: 'ended',
    callCategory: 'call',
    initiatedAt: Math.floor(Date.now() / 1000) - 3600,
    endedAt: Math.floor(Date.now() / 1000) - 3300,
    totalDuration: '5:00',
    totalDurationInMinutes: 5,
    totalAudioMinutes: 5,
    totalVideoMinutes: 0,
    totalParticipants: 2,
    hasRecording: false,
    recordings: [],
    participantInfoList: [],
    ...overrides,
  };
}

export async function memoryList(calls: CallLog[], extra: TemplateResult = html``) {
  const source = new MemoryCallLogSource(calls, { viewerUid: VIEWER });
  const list = await fixture<CallLogList>(html`<call-log-list .source=${source} viewer-uid=${VIEWER}>${extra}</call-log-list>`);
  await settled(list);
  return list;
}

