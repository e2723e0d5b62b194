import { expect } from '@open-wc/testing';
import type { CallLog } from '../../src/model/call-log.js';
import { parseCallLog, parseCallLogPage } from '../../src/sources/cometchat-parse.js';
import { thrown } from '../setup/errors.js';

/** The request the answers read here came from, as messages name it. */
const WHERE = 'GET /v3.0/calls';

const AVATARS = 'https://data-us.cometchat.io/assets/images/avatars';
const IRON_MAN = { entityType: 'user', uid: 'superhero8', name: 'Iron Man', avatar: `${AVATARS}/ironman.png` } as const;
const CAPTAIN = {
  entityType: 'user',
  uid: 'superhero2',
  name: 'Captain America',
  avatar: `${AVATARS}/captainamerica.png`,
} as const;

/** The recorded-shape page, as the test runner serves it. */
async function fixture(): Promise<{ data: Record<string, unknown>[]; meta: unknown }> {
  const response = await fetch('/test/fixtures/calls-api-page.json');
  expect(response.ok, 'fixture served').to.equal(true);
  return response.json();
}

/** A minimal wire item with the given fields on top. */
const item = (fields: Record<string, unknown> = {}) => ({
  sessionId: 'v1.us.app.s1',
  initiator: 'ana',
  receiver: 'ben',
  receiverType: 'user',
  type: 'audio',
  status: 'ended',
  mode: 'call',
  initiatedAt: 1700000000,
  ...fields,
});

describe('parseCallLogPage on a recorded-shape page', () => {
  let calls: CallLog[];
  before(async () => {
    const page = parseCallLogPage(await fixture(), WHERE);
    calls = page.items;
    expect(page.skipped).to.equal(undefined);
  });

  it('reads the pagination figures', async () => {
    const page = parseCallLogPage(await fixture(), WHERE);
    expect(page.pagination).to.deep.equal({ total: 23, count: 5, perPage: 5, currentPage: 1, totalPages: 5 });
    expect(calls).to.have.length(5);
  });

  it('reads a 1:1 call with plain-id initiator and receiver completed from data.entities', () => {
    const call = calls[0];
    expect(call.sessionID).to.equal('v1.us.31780434a95d45.1692368113a7c3e5b1');
    expect(call.initiator).to.deep.equal(IRON_MAN);
    expect(call.receiver).to.deep.equal(CAPTAIN);
    expect(call.receiverType).to.equal('user');
    expect([call.type, call.status, call.callCategory]).to.deep.equal(['audio', 'ended', 'call']);
    expect([call.initiatedAt, call.endedAt]).to.deep.equal([1692368113, 1692368457]);
    expect([call.totalDuration, call.totalDurationInMinutes]).to.deep.equal(['5:30', 5.5]);
    expect([call.totalAudioMinutes, call.totalVideoMinutes, call.totalParticipants]).to.deep.equal([10.5, 0, 2]);
    expect(call.hasRecording).to.equal(true);
  });

  it('reads recordings, recording_url becoming recordingURL, the length from the start and end times', () => {
    expect(calls[0].recordings).to.deep.equal([
      {
        rid: 'noj5cq8uyrjakbti',
        recordingURL:
          'https://recordings-us.cometchat.io/31780434a95d45/2023-08-18/v1.us.31780434a95d45.1692368113a7c3e5b1/noj5cq8uyrjakbti.mp4',
        duration: 300,
        startTime: 1692368140,
        endTime: 1692368440,
      },
    ]);
  });

  it('reads participants: isJoined as hasJoined, totalDuration minutes, their state, names from the call entities', () => {
    expect(calls[0].participantInfoList).to.deep.equal([
      {
        uid: 'superhero8',
        name: 'Iron Man',
        avatar: IRON_MAN.avatar,
        hasJoined: true,
        state: 'ended',
        joinedAt: 1692368127,
        leftAt: 1692368457,
        totalAudioMinutes: 5.5,
        totalVideoMinutes: 0,
        totalDurationInMinutes: 5.5,
      },
      {
        uid: 'superhero2',
        name: 'Captain America',
        avatar: CAPTAIN.avatar,
        hasJoined: true,
        state: 'ended',
        joinedAt: 1692368157,
        leftAt: 1692368457,
        totalAudioMinutes: 5,
        totalVideoMinutes: 0,
        totalDurationInMinutes: 5,
      },
    ]);
  });

  it("reads 'canceled' as 'cancelled', and a call without recordings as having none", () => {
    const call = calls[1];
    expect([call.type, call.status, call.totalDuration]).to.deep.equal(['video', 'cancelled', '0:00']);
    expect(call.initiator).to.deep.equal({ entityType: 'user', uid: 'superhero2', name: 'Captain America' });
    expect(call.recordings).to.deep.equal([]);
    expect(call.hasRecording).to.equal(false);
    expect(call.participantInfoList.map((p) => [p.uid, p.name, p.hasJoined, 'joinedAt' in p])).to.deep.equal([
      ['superhero2', 'Captain America', false, false],
      ['superhero8', 'Iron Man', false, false],
    ]);
  });

  it('takes initiatedAt from startedAt, and computes the missing duration from the start to the end', () => {
    const call = calls[2];
    expect(call.initiatedAt).to.equal(1692350005);
    expect(call.endedAt).to.equal(1692350100);
    expect(call.totalDuration).to.equal('1:35');
    expect(call.totalDurationInMinutes).to.be.closeTo(95 / 60, 1e-9);
    expect(call.initiator).to.deep.equal({ entityType: 'user', uid: 'superhero5', name: 'Cyclops' });
    // No entity for the receiver: its id stands in for the name.
    expect(call.receiver).to.deep.equal({ entityType: 'user', uid: 'superhero8', name: 'superhero8' });
  });

  it("reads a group meeting: mode 'meet', receiverType 'group', the group entity with its icon", () => {
    const call = calls[3];
    expect(call.callCategory).to.equal('meet');
    expect(call.receiverType).to.equal('group');
    expect(call.receiver).to.deep.equal({
      entityType: 'group',
      guid: 'cometchat-guid-1',
      name: 'Hiking Group',
      icon: `${AVATARS}/cometchat-guid-1.webp`,
    });
    expect([call.totalDuration, call.totalDurationInMinutes, call.totalParticipants]).to.deep.equal(['1:02:03', 62.05, 3]);
    // Only the initiator is named (by the call's entities): the API gives the others as bare uids.
    expect(call.participantInfoList.map((p) => [p.uid, p.name, p.hasJoined, p.totalDurationInMinutes])).to.deep.equal([
      ['superhero1', 'Iron Man 2', true, 62.05],
      ['superhero3', undefined, true, 63.35],
      ['superhero4', undefined, false, 0],
    ]);
  });

  it('lists a person who joined from two devices once: earliest join, latest leave, minutes added up', () => {
    const spiderMan = calls[3].participantInfoList.find((p) => p.uid === 'superhero3');
    expect(spiderMan).to.deep.equal({
      uid: 'superhero3',
      hasJoined: true,
      state: 'ended',
      devices: 2,
      joinedAt: 1692340002,
      leftAt: 1692343723,
      totalAudioMinutes: 0,
      totalVideoMinutes: 63.35,
      totalDurationInMinutes: 63.35,
    });
  });

  it('takes a missing duration from totalDurationInMinutes before the timestamps (ring time is not talk time)', () => {
    const call = calls[4];
    expect(call.status).to.equal('unanswered');
    expect(call.totalDuration).to.equal('0:00');
    expect(call.initiator).to.deep.equal({ entityType: 'user', uid: 'superhero3', name: 'superhero3' });
    expect([call.participantInfoList, call.recordings, call.totalParticipants]).to.deep.equal([[], [], 2]);
  });
});

describe('parseCallLog', () => {
  it('accepts the model names: sessionID, callCategory, participantInfoList, recordingURL, entity objects', () => {
    const call = parseCallLog({
      sessionID: 'v1.eu.app.s2',
      initiator: { uid: 'ana', name: 'Ana', avatar: 'https://example.com/ana.png' },
      receiver: { guid: 'team', name: 'Team' },
      callCategory: 'meet',
      type: 'video',
      status: 'ongoing',
      initiatedAt: 1700000000,
      totalDuration: '12:05',
      participantInfoList: [{ uid: 'ana', hasJoined: true, totalDurationInMinutes: 2 }],
      recordings: [{ rid: 'r1', recordingURL: 'https://example.com/r1.mp4', duration: 5, startTime: 1, endTime: 6 }],
    }, WHERE);
    expect(call.sessionID).to.equal('v1.eu.app.s2');
    const ana = { entityType: 'user', uid: 'ana', name: 'Ana', avatar: 'https://example.com/ana.png' };
    expect(call.initiator).to.deep.equal(ana);
    expect(call.receiver).to.deep.equal({ entityType: 'group', guid: 'team', name: 'Team' });
    expect([call.receiverType, call.callCategory, call.type, call.status]).to.deep.equal([
      'group',
      'meet',
      'video',
      'ongoing',
    ]);
    expect([call.totalDuration, call.totalDurationInMinutes]).to.deep.equal(['12:05', 725 / 60]);
    expect(call.participantInfoList[0]).to.deep.equal({
      uid: 'ana',
      name: 'Ana',
      avatar: 'https://example.com/ana.png',
      hasJoined: true,
      totalAudioMinutes: 0,
      totalVideoMinutes: 0,
      totalDurationInMinutes: 2,
    });
    expect(call.recordings[0].recordingURL).to.equal('https://example.com/r1.mp4');
    expect(call.hasRecording).to.equal(true);
    expect(call).to.not.have.property('endedAt');
  });

  it("keeps mode 'presenter' as a category of its own, and maps receiverType 'groups'/'users' to group/user", () => {
    expect(parseCallLog(item({ mode: 'presenter' }), WHERE).callCategory).to.equal('presenter');
    expect(parseCallLog(item({ mode: 'Meet' }), WHERE).callCategory).to.equal('meet');
    expect(parseCallLog(item({ mode: 'webinar' }), WHERE).callCategory).to.equal('call');
    const group = parseCallLog(item({ receiver: 'team', receiverType: 'groups' }), WHERE);
    expect([group.receiverType, group.receiver]).to.deep.equal(['group', { entityType: 'group', guid: 'team', name: 'team' }]);
    const user = parseCallLog(item({ receiverType: 'users' }), WHERE);
    expect([user.receiverType, user.receiver]).to.deep.equal(['user', { entityType: 'user', uid: 'ben', name: 'ben' }]);
  });

  it("completes plain ids from the item's data.entities, and ignores an entity for another id", () => {
    const entities = {
      initiator: { entity: { uid: 'ana', name: 'Ana Lopez' } },
      receiver: { entity: { uid: 'someone-else', name: 'Someone' } },
    };
    const call = parseCallLog(item({ data: { entities } }), WHERE);
    expect(call.initiator).to.deep.equal({ entityType: 'user', uid: 'ana', name: 'Ana Lopez' });
    expect(call.receiver).to.deep.equal({ entityType: 'user', uid: 'ben', name: 'ben' });
  });

  it('normalises "HH:MM:SS" and "MM:SS" durations to the model format', () => {
    const duration = (totalDuration: string) => parseCallLog(item({ totalDuration }), WHERE).totalDuration;
    expect(duration('00:00:19')).to.equal('0:19');
    expect(duration('00:05:30')).to.equal('5:30');
    expect(duration('05:30')).to.equal('5:30');
    expect(duration('01:02:03')).to.equal('1:02:03');
  });

  it('computes a missing duration from totalDurationInMinutes, else from endedAt - initiatedAt', () => {
    expect(parseCallLog(item({ totalDurationInMinutes: 2.5 }), WHERE).totalDuration).to.equal('2:30');
    const timed = parseCallLog(item({ endedAt: 1700000000 + 3723 }), WHERE);
    expect([timed.totalDuration, timed.totalDurationInMinutes]).to.deep.equal(['1:02:03', 3723 / 60]);
    expect(parseCallLog(item({ totalDuration: 'soon' }), WHERE).totalDuration).to.equal('0:00');
  });

  it('keeps when the call was answered, and counts the talk time from then, not from when it rang', () => {
    // Rang 40 s, then talked for 2:05.
    const rang = { initiatedAt: 1700000000, startedAt: 1700000040, endedAt: 1700000165 };
    const said = parseCallLog(item({ ...rang, totalDuration: '00:02:05' }), WHERE);
    expect([said.initiatedAt, said.startedAt, said.endedAt, said.totalDuration]).to.deep.equal([
      1700000000, 1700000040, 1700000165, '2:05',
    ]);
    const computed = parseCallLog(item(rang), WHERE);
    expect([computed.totalDuration, computed.totalDurationInMinutes]).to.deep.equal(['2:05', 125 / 60]);
    // An answer before the call was placed cannot be: it reads as the moment it was placed.
    expect(parseCallLog(item({ startedAt: 1690000000 }), WHERE).startedAt).to.equal(1700000000);
    expect(parseCallLog(item(), WHERE)).to.not.have.property('startedAt');
  });

  it("keeps each participant's state, and a name the source does send", () => {
    const call = parseCallLog(
      item({
        participants: [
          { uid: 'ben', isJoined: false, state: 'rejected' },
          { uid: 'cy', name: 'Cy Twombly', isJoined: false, state: 'UNANSWERED' },
          { uid: 'di', isJoined: true, state: 'teleported' },
        ],
      }),
      WHERE,
    );
    expect(call.participantInfoList.map((p) => [p.uid, p.name, p.state])).to.deep.equal([
      ['ben', 'ben', 'rejected'],
      ['cy', 'Cy Twombly', 'unanswered'],
      ['di', undefined, undefined],
    ]);
  });

  it('merges the devices of a person still in the call: in the call, with no leave time', () => {
    const call = parseCallLog(
      item({
        status: 'ongoing',
        participants: [
          { uid: 'ana', isJoined: true, state: 'ended', joinedAt: 1700000010, leftAt: 1700000100, totalDuration: 1.5 },
          { uid: 'ana', isJoined: true, state: 'ongoing', joinedAt: 1700000090, totalDuration: 0.5 },
          { uid: 'ana', isJoined: false, state: 'unanswered', totalDuration: 0 },
        ],
      }),
      WHERE,
    );
    expect(call.participantInfoList).to.deep.equal([
      {
        uid: 'ana',
        name: 'ana',
        hasJoined: true,
        state: 'ongoing',
        devices: 3,
        joinedAt: 1700000010,
        totalAudioMinutes: 0,
        totalVideoMinutes: 0,
        totalDurationInMinutes: 2,
      },
    ]);
  });

  it('maps an unknown type or mode to a safe value instead of losing the call', () => {
    const call = parseCallLog(item({ type: 'hologram', mode: 'broadcast' }), WHERE);
    expect([call.type, call.callCategory]).to.deep.equal(['audio', 'call']);
  });

  it('gives fields of the wrong type safe defaults', () => {
    const call = parseCallLog({
      sessionId: 's-odd',
      initiator: null,
      receiver: 42,
      initiatedAt: 'yesterday',
      endedAt: -5,
      totalAudioMinutes: '3',
      totalVideoMinutes: NaN,
      totalParticipants: null,
      hasRecording: 'yes',
      participants: [{ uid: 7, isJoined: 'true', joinedAt: 'x', totalDuration: 'bad' }, 'junk'],
      recordings: [{ recording_url: 5, duration: '10' }, null],
    }, WHERE);
    expect(call.initiator).to.deep.equal({ entityType: 'user', uid: '', name: '' });
    expect(call.receiver).to.deep.equal({ entityType: 'user', uid: '42', name: '42' });
    expect(call.initiatedAt).to.equal(0);
    expect(call).to.not.have.property('endedAt');
    expect([call.type, call.status, call.callCategory, call.totalDuration]).to.deep.equal(['audio', 'unknown', 'call', '0:00']);
    expect(call).to.not.have.property('rawStatus');
    expect([call.totalAudioMinutes, call.totalVideoMinutes, call.totalParticipants]).to.deep.equal([0, 0, 1]);
    expect(call.participantInfoList).to.deep.equal([
      { uid: '', name: '', hasJoined: false, totalAudioMinutes: 0, totalVideoMinutes: 0, totalDurationInMinutes: 0 },
    ]);
    expect(call.recordings).to.deep.equal([{ rid: '', recordingURL: '', duration: 0, startTime: 0, endTime: 0 }]);
    expect(call.hasRecording).to.equal(true);
  });

  it('bounds absurd numbers so that every date and duration can be shown', () => {
    const call = parseCallLog({
      sessionId: 's-absurd',
      initiatedAt: 1e20,
      startedAt: -Infinity,
      endedAt: 9e15,
      totalDuration: '999999999999999999999:00:00',
      totalAudioMinutes: -30,
      totalVideoMinutes: 1e300,
      totalParticipants: 2.6,
      participants: [{ uid: 'p', joinedAt: 1e19, leftAt: -1e19, totalDuration: 1e308 }],
      recordings: [{ rid: 'r', duration: -5, startTime: 1e16, endTime: 12 }],
    }, WHERE);
    expect(call.initiatedAt).to.equal(0);
    expect(call).to.not.have.property('endedAt');
    expect(call.totalDurationInMinutes).to.equal(1e9);
    expect([call.totalAudioMinutes, call.totalVideoMinutes, call.totalParticipants]).to.deep.equal([0, 1e9, 3]);
    const [participant] = call.participantInfoList;
    expect(participant).to.not.have.property('joinedAt');
    expect(participant).to.not.have.property('leftAt');
    expect(participant!.totalDurationInMinutes).to.equal(1e9);
    expect(call.recordings[0]).to.deep.include({ duration: 0, startTime: 0, endTime: 12 });
    expect(() => new Date(call.initiatedAt * 1000).toISOString()).to.not.throw();
  });

  it('keeps recording and avatar URLs as given (the elements filter schemes when they render)', () => {
    const call = parseCallLog(
      item({
        initiator: { uid: 'ana', name: 'Ana', avatar: 'javascript:alert(1)' },
        recordings: [{ rid: 'r', recording_url: 'data:video/mp4;base64,AAAA' }],
      }),
      WHERE,
    );
    expect(call.initiator).to.have.property('avatar', 'javascript:alert(1)');
    expect(call.recordings[0].recordingURL).to.equal('data:video/mp4;base64,AAAA');
  });

  it('throws BAD_RESPONSE for an item without a usable session id', () => {
    for (const raw of [item({ sessionId: undefined }), item({ sessionId: 12 }), item({ sessionId: ' ' }), 'call', null]) {
      const error = thrown(() => parseCallLog(raw, WHERE));
      expect(error.code).to.equal('BAD_RESPONSE');
      expect(error.message).to.match(/^The Calls API answered GET \/v3.0\/calls with a call that cannot be read: /);
    }
  });
});

describe('parseCallLog: the call status', () => {
  it("reads a status it does not know as 'unknown', keeping the value sent, never as another status", () => {
    const call = parseCallLog(item({ status: 'Transferred ' }), WHERE);
    expect(call.status).to.equal('unknown');
    expect(call.rawStatus).to.equal('Transferred ');
  });

  it("reads a missing, empty or non-string status as 'unknown' with no value sent", () => {
    for (const status of [undefined, null, '', '  ', 42, ['ended'], { name: 'ended' }]) {
      const call = parseCallLog(item({ status }), WHERE);
      expect(call.status, JSON.stringify(status)).to.equal('unknown');
      expect(call, JSON.stringify(status)).to.not.have.property('rawStatus');
    }
  });

  it('reads every known status in any case, and canceled as cancelled, without a raw value', () => {
    const known = ['ongoing', 'busy', 'rejected', 'cancelled', 'ended', 'missed', 'initiated', 'unanswered'];
    for (const status of known) {
      const call = parseCallLog(item({ status: ` ${status.toUpperCase()}` }), WHERE);
      expect([call.status, call.rawStatus]).to.deep.equal([status, undefined]);
    }
    expect(parseCallLog(item({ status: 'canceled' }), WHERE).status).to.equal('cancelled');
  });

  it('keeps the raw value of a call already in the model\'s names', () => {
    const call = parseCallLog(item({ status: 'unknown', rawStatus: 'transferred' }), WHERE);
    expect([call.status, call.rawStatus]).to.deep.equal(['unknown', 'transferred']);
  });
});

describe('parseCallLogPage', () => {
  const figures = (n: number) => ({ total: n, count: n, per_page: 30, current_page: 1, total_pages: 1 });
  const page = (data: unknown[], pagination: unknown = figures(data.length)) => ({ data, meta: { pagination } });

  it('skips items that cannot be read, saying which and why, and keeps the rest', () => {
    const result = parseCallLogPage(
      page([item({ sessionId: 'a' }), item({ sessionId: undefined }), 7, item({ sessionId: '' }), item({ sessionId: 'b' })]),
      WHERE,
    );
    expect(result.items.map((call) => call.sessionID)).to.deep.equal(['a', 'b']);
    expect(result.skipped).to.deep.equal([
      { index: 1, reason: 'it has no sessionId' },
      { index: 2, reason: 'it is 7, not an object' },
      { index: 3, reason: 'its sessionId is empty' },
    ]);
    // The server's count stays, so a page with skipped items is not mistaken for a short last page.
    expect(result.pagination.count).to.equal(5);
  });

  it('fills in figures the server leaves out from what was asked', () => {
    const result = parseCallLogPage(page([item()], {}), WHERE, { page: 3, perPage: 10 });
    expect(result.pagination).to.deep.equal({ count: 1, perPage: 10, currentPage: 3 });
  });

  it('throws BAD_RESPONSE for a body that is not the envelope, without quoting its values', () => {
    for (const body of [{ items: [] }, { data: [] }, { data: {}, meta: { pagination: {} } }, [], null, 'x']) {
      const error = thrown(() => parseCallLogPage(body, WHERE));
      expect(error.code).to.equal('BAD_RESPONSE');
      expect(error.message).to.contain(`answered ${WHERE} with JSON that is not a page of calls`);
    }
    const error = thrown(() => parseCallLogPage({ items: ['secret-value'] }, WHERE));
    expect(error.message).to.contain('"items"').and.not.contain('secret-value');
  });
});
