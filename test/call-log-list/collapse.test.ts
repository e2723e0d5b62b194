import { expect, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLog } from '../../src/model/call-log.js';
import { call, memoryList, rowButtons, rows, text, expectShown } from './helpers.js';

const NOW = Math.floor(Date.now() / 1000);
// Within the last hours of today, whatever the time of day the test runs (the first is the newest).
const at = (minutesAgo: number) => Math.max(NOW - minutesAgo * 60, Math.floor(new Date().setHours(0, 0, 0, 0) / 1000) + 60 - minutesAgo);

const missedFromAna = (id: string, minutesAgo: number): CallLog =>
  call({ sessionID: id, status: 'missed', initiatedAt: at(minutesAgo), endedAt: undefined, totalDuration: undefined });
const fromBen = (id: string, minutesAgo: number): CallLog =>
  call({ sessionID: id, initiatedAt: at(minutesAgo), initiator: { entityType: 'user', uid: 'ben', name: 'Ben Ode' } });

/** Three missed calls from Ana, one from Ben, then one more missed call from Ana. */
const history = () => [
  missedFromAna('ana-1', 1),
  missedFromAna('ana-2', 2),
  missedFromAna('ana-3', 3),
  fromBen('ben', 4),
  missedFromAna('ana-4', 5),
];

const names = (list: CallLogList) => rows(list).map((row) => text(row.querySelector('[part~="name"]')));

describe('<call-log-list> collapse', () => {
  it('is off by default: every call is a row', async () => {
    const list = await memoryList(history());
    expect(names(list)).to.deep.equal(['Ana Lopez', 'Ana Lopez', 'Ana Lopez', 'Ben Ode', 'Ana Lopez']);
  });

  it('shows three consecutive missed calls as one row with a count, and a different call in between breaks the run', async () => {
    const list = await memoryList(history());
    list.collapse = true;
    await list.updateComplete;
    expect(names(list)).to.deep.equal(['Ana Lopez (3)', 'Ben Ode', 'Ana Lopez']);
    await expectShown(list, ['ana-1', 'ben', 'ana-4']);
    // The positions in the day count rows, not calls.
    expect(rows(list).map((row) => row.getAttribute('aria-setsize'))).to.deep.equal(['3', '3', '3']);
    // Every call is still loaded.
    expect(list.items.map((c) => c.sessionID)).to.deep.equal(['ana-1', 'ana-2', 'ana-3', 'ben', 'ana-4']);
    await expect(list).to.be.accessible();
  });

  it('expands to the single calls, selects the newest and moves by rows with the keyboard', async () => {
    const list = await memoryList(history());
    list.setAttribute('collapse', '');
    await list.updateComplete;
    const first = rowButtons(list)[0]!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await list.updateComplete;
    const runCalls = [...rows(list)[0]!.querySelectorAll('[part~="run-call"]')];
    expect(runCalls).to.have.length(3);
    expect(runCalls.map((li) => li.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(
      [1, 2, 3].map((minutes) => new Date(at(minutes) * 1000).toISOString()),
    );
    expect(text(runCalls[0]!)).to.contain('Missed');
    await expect(list).to.be.accessible();
    const selected = new Promise<CallLog>((resolve) =>
      list.addEventListener('call-log-select', (event) => resolve(event.detail.callLog), { once: true }),
    );
    first.click();
    expect((await selected).sessionID).to.equal('ana-1');
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitUntil(() => list.shadowRoot!.activeElement === rowButtons(list)[1], 'focus did not move to the next row');
  });
});
