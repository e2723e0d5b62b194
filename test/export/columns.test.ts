// The export's columns: their order and their values from the model.
import { expect } from '@open-wc/testing';
import { EXPORT_COLUMNS } from '../../src/export/columns.js';
import type { CallLog } from '../../src/model/call-log.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { DEMO_VIEWER_UID } from '../../src/sources/demo-viewer.js';

const NOW = Date.UTC(2026, 11, 4, 12);
const demo = generateDemoCallLogs({ seed: 11, count: 400, now: NOW });
const cells = (call: CallLog, viewerUid?: string) =>
  Object.fromEntries(EXPORT_COLUMNS.map((column) => [column.id, column.value(call, viewerUid)]));

describe('export columns', () => {
  it('come in their stable order', () => {
    expect(EXPORT_COLUMNS.map((column) => column.id)).to.deep.equal([
      'sessionId',
      'startedAt',
      'endedAt',
      'direction',
      'type',
      'status',
      'category',
      'partyKind',
      'partyId',
      'partyName',
      'participants',
      'durationSeconds',
      'audioMinutes',
      'videoMinutes',
      'recordings',
    ]);
  });

  it('take each value from the model, times as ISO 8601 UTC and counts as numbers', () => {
    const call = demo.find((c) => c.status === 'ended' && c.recordings.length > 0 && c.receiver.entityType === 'user')!;
    const placedByViewer = call.initiator.entityType === 'user' && call.initiator.uid === DEMO_VIEWER_UID;
    const party = placedByViewer ? call.receiver : call.initiator;
    expect(cells(call, DEMO_VIEWER_UID)).to.deep.equal({
      sessionId: call.sessionID,
      startedAt: new Date(call.initiatedAt * 1000).toISOString(),
      endedAt: new Date(call.endedAt! * 1000).toISOString(),
      direction: placedByViewer ? 'outgoing' : 'incoming',
      type: call.type,
      status: 'ended',
      category: call.callCategory,
      partyKind: 'user',
      partyId: party.entityType === 'user' ? party.uid : party.guid,
      partyName: party.name,
      participants: call.totalParticipants,
      durationSeconds: Math.round(call.totalDurationInMinutes * 60),
      audioMinutes: call.totalAudioMinutes,
      videoMinutes: call.totalVideoMinutes,
      recordings: call.recordings.length,
    });
    expect(cells(call, DEMO_VIEWER_UID)['startedAt']).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('leave unknown times and a direction without a viewer empty', () => {
    const ongoing = demo.find((c) => c.status === 'ongoing')!;
    expect(ongoing.endedAt).to.equal(undefined);
    expect(cells(ongoing, DEMO_VIEWER_UID)['endedAt']).to.equal('');
    expect(cells({ ...ongoing, initiatedAt: 0 })['startedAt']).to.equal('');
    expect(cells(ongoing)['direction']).to.equal('');
  });
});
