import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { MemoryCallLogSource } from '../../src/sources/memory-source.js';
import { call, memoryList, part, rows, VIEWER } from './helpers.js';

const NOW = Math.floor(Date.now() / 1000);

/** One row with every part: a recorded group meeting that ended after 5 minutes, and a call the viewer missed because they were busy. */
const calls = () => [
  call({
    sessionID: 'meeting',
    callCategory: 'meet',
    type: 'video',
    receiver: { entityType: 'group', guid: 'team', name: 'Team' },
    receiverType: 'group',
    initiator: { entityType: 'user', uid: VIEWER, name: 'Sam Rivera' },
    totalParticipants: 3,
    hasRecording: true,
    recordings: [{ rid: 'r1', recordingURL: 'https://example.com/r1.mp4', startTime: NOW - 3500, endTime: NOW - 3400, duration: 100 }],
    participantInfoList: [{ uid: 'ana', name: 'Ana Lopez', hasJoined: true, joinedAt: NOW - 3590, leftAt: NOW - 3300, totalAudioMinutes: 0, totalVideoMinutes: 5, totalDurationInMinutes: 5 }],
  }),
  call({ sessionID: 'busy', status: 'busy', initiatedAt: NOW - 7200, endedAt: undefined, totalDuration: undefined }),
];

const has = (list: CallLogList, name: string) => list.shadowRoot!.querySelector(`[part~="${name}"]`) !== null;

describe('<call-log-list> hide', () => {
  it('shows every part of a row without it', async () => {
    const list = await memoryList(calls());
    for (const name of ['avatar', 'time', 'direction', 'category', 'status', 'duration', 'participants', 'recording-mark', 'call-back-button', 'expand-button']) {
      expect(has(list, name), name).to.equal(true);
    }
    // A row's details exist while it is open.
    expect(has(list, 'details'), 'details of closed rows').to.equal(false);
    list.shadowRoot!.querySelector<HTMLElement>('[part~="expand-button"]')!.click();
    await list.updateComplete;
    expect(has(list, 'details'), 'details').to.equal(true);
  });

  it('leaves out the parts it names, and keeps the rest', async () => {
    const list = await memoryList(calls());
    list.setAttribute('hide', 'avatar call-back duration participants  recording');
    await list.updateComplete;
    for (const name of ['avatar', 'call-back-button', 'duration', 'participants', 'recording-mark']) expect(has(list, name), name).to.equal(false);
    for (const name of ['time', 'direction', 'category', 'status', 'expand-button']) expect(has(list, name), name).to.equal(true);
    // The details of the meeting keep its date but leave out participants and recordings too.
    part(list, 'expand-button')!.click();
    await list.updateComplete;
    const details = part(list, 'details')!;
    expect(details.querySelector('[part~="participant"]')).to.equal(null);
    expect(details.querySelector('[part~="recording"]')).to.equal(null);
    await expect(list).to.be.accessible();
  });

  it('with details, rows have no expand button or details, and keyboard moves between rows still', async () => {
    const list = await memoryList(calls());
    list.hide = 'details time status direction type category';
    await list.updateComplete;
    for (const name of ['expand-button', 'details', 'time', 'status', 'direction', 'category']) expect(has(list, name), name).to.equal(false);
    expect(list.shadowRoot!.querySelector('.type')).to.equal(null);
    const [first, second] = rows(list).map((row) => row.querySelector<HTMLButtonElement>('.row-main')!);
    first!.focus();
    first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitUntil(() => list.shadowRoot!.activeElement === second, 'focus did not move');
    await expect(list).to.be.accessible();
  });

  it('is a configuration error for an unknown token, naming the allowed ones', async () => {
    const source = new MemoryCallLogSource(calls(), { viewerUid: VIEWER });
    const list = await fixture<CallLogList>(html`<call-log-list .source=${source} viewer-uid=${VIEWER} hide="avatar avatars"></call-log-list>`);
    await waitUntil(() => list.error, 'no error');
    expect(list.error!.code).to.equal('INVALID_CONFIG');
    expect(list.error!.message).to.contain('"avatar avatars"').and.contain('avatar time direction type category status duration participants recording call-back details');
    await list.updateComplete;
    expect(part(list, 'error')!.textContent).to.contain('hide');
    list.hide = 'avatar';
    await waitUntil(() => rows(list).length === 2, 'the list did not recover');
  });
});
