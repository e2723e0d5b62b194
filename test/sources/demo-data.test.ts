import { expect } from '@open-wc/testing';
import { CALL_CATEGORIES, CALL_STATUSES, CALL_TYPES, entityId, entityImage, type CallLog } from '../../src/model/call-log.js';
import { formatDuration } from '../../src/model/duration.js';
import { DEMO_VIEWER_UID, generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { createDemoSource } from '../../src/sources/demo-source.js';

// Local noon, so "today" and "yesterday" are whole days in any time zone.
const NOW = new Date(2025, 5, 11, 12, 0, 0).getTime();
const NOW_S = NOW / 1000;
const DAY_S = 86400;
const logs = generateDemoCallLogs({ now: NOW });
const ids = (calls: readonly CallLog[]) => calls.map((log) => log.sessionID);
const groupCalls = logs.filter((log) => log.receiverType === 'group');
const oneToOne = logs.filter((log) => log.receiverType === 'user');

function localDay(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toDateString();
}

describe('generateDemoCallLogs', () => {
  describe('determinism', () => {
    it('gives identical calls for the same seed, count and now', () => {
      expect(generateDemoCallLogs({ seed: 5, count: 50, now: NOW })).to.deep.equal(
        generateDemoCallLogs({ seed: 5, count: 50, now: NOW }),
      );
      expect(generateDemoCallLogs({ now: NOW })).to.deep.equal(logs);
    });

    it('gives other calls for another seed', () => {
      const other = generateDemoCallLogs({ seed: 2, now: NOW });
      expect(ids(other)).to.not.deep.equal(ids(logs));
      expect(ids(other).filter((id) => ids(logs).includes(id))).to.deep.equal([]);
    });

    it('makes 240 calls by default, or as many as asked', () => {
      expect(logs).to.have.length(240);
      expect(generateDemoCallLogs({ count: 7, now: NOW })).to.have.length(7);
      expect(generateDemoCallLogs({ count: 1, now: NOW })).to.have.length(1);
      expect(generateDemoCallLogs({ count: 0, now: NOW })).to.deep.equal([]);
    });

    it('gives unique session ids like the Calls API', () => {
      expect(new Set(ids(logs)).size).to.equal(logs.length);
      for (const id of ids(logs)) expect(id).to.match(/^v1\.us\.demo\.[0-9a-f]{12}$/);
    });
  });

  describe('time', () => {
    it('is newest first, each call strictly older than the one before', () => {
      for (let i = 1; i < logs.length; i++) expect(logs[i].initiatedAt).to.be.below(logs[i - 1].initiatedAt);
    });

    it('uses whole Unix seconds, none in the future', () => {
      for (const log of logs) {
        expect(Number.isInteger(log.initiatedAt)).to.equal(true);
        expect(log.initiatedAt).to.be.at.most(NOW_S);
        if (log.endedAt !== undefined) {
          expect(Number.isInteger(log.endedAt)).to.equal(true);
          expect(log.endedAt).to.be.at.least(log.initiatedAt).and.at.most(NOW_S);
        }
      }
    });

    it('spreads over about six weeks before now', () => {
      const oldest = logs[logs.length - 1].initiatedAt;
      expect(oldest).to.be.within(NOW_S - 45 * DAY_S, NOW_S - 35 * DAY_S);
    });

    it('has several calls today and yesterday', () => {
      const today = localDay(NOW_S);
      const yesterday = localDay(NOW_S - DAY_S);
      expect(logs.filter((log) => localDay(log.initiatedAt) === today).length).to.be.at.least(3);
      expect(logs.filter((log) => localDay(log.initiatedAt) === yesterday).length).to.be.at.least(3);
    });
  });

  describe('statuses, types and categories', () => {
    it('has every status', () => {
      expect([...new Set(logs.map((log) => log.status))].sort()).to.deep.equal([...CALL_STATUSES].sort());
    });

    it('has every status for other seeds too', () => {
      for (const seed of [2, 3, 42]) {
        expect(new Set(generateDemoCallLogs({ seed, now: NOW }).map((log) => log.status)).size).to.equal(
          CALL_STATUSES.length,
        );
      }
    });

    it('is mostly ended calls, with initiated ones rare', () => {
      const share = (status: string) => logs.filter((log) => log.status === status).length / logs.length;
      expect(share('ended')).to.be.within(0.5, 0.8);
      expect(share('initiated')).to.be.above(0).and.below(0.05);
      expect(share('missed') + share('unanswered')).to.be.within(0.05, 0.3);
    });

    it('has one ongoing call, the newest, not yet ended', () => {
      expect(logs.filter((log) => log.status === 'ongoing')).to.deep.equal([logs[0]]);
      expect(logs[0].endedAt).to.equal(undefined);
      expect(logs[0].initiatedAt).to.be.within(NOW_S - 3600, NOW_S);
    });

    it('has audio and video calls, and calls and meets', () => {
      expect([...new Set(logs.map((log) => log.type))].sort()).to.deep.equal([...CALL_TYPES].sort());
      expect([...new Set(logs.map((log) => log.callCategory))].sort()).to.deep.equal([...CALL_CATEGORIES].sort());
    });

    it('holds meets in groups only', () => {
      for (const log of logs.filter((log) => log.callCategory === 'meet')) expect(log.receiverType).to.equal('group');
    });
  });

  describe('people and groups', () => {
    it('puts the viewer at one end of every one-to-one call', () => {
      for (const log of oneToOne) {
        expect([entityId(log.initiator), entityId(log.receiver)]).to.include(DEMO_VIEWER_UID);
        expect(entityId(log.initiator)).to.not.equal(entityId(log.receiver));
      }
      expect(oneToOne.some((log) => entityId(log.initiator) === DEMO_VIEWER_UID)).to.equal(true);
      expect(oneToOne.some((log) => entityId(log.receiver) === DEMO_VIEWER_UID)).to.equal(true);
    });

    it('has about twelve people and four groups', () => {
      const people = new Set(oneToOne.flatMap((log) => [entityId(log.initiator), entityId(log.receiver)]));
      people.delete(DEMO_VIEWER_UID);
      expect(people.size).to.be.within(10, 14);
      expect(new Set(groupCalls.map((log) => entityId(log.receiver))).size).to.be.within(3, 5);
      expect(groupCalls.length).to.be.within(logs.length * 0.1, logs.length * 0.5);
    });

    it('gives receiverType from the receiver', () => {
      for (const log of logs) expect(log.receiverType).to.equal(log.receiver.entityType);
    });

    it('makes the viewer a participant of every group call, with several others', () => {
      for (const log of groupCalls) {
        expect(log.participantInfoList.map((p) => p.uid)).to.include(DEMO_VIEWER_UID);
        expect(log.participantInfoList.length).to.be.above(2);
        expect(log.totalParticipants).to.equal(log.participantInfoList.length);
      }
    });

    it('gives some people a picture and leaves others to initials', () => {
      const users = logs.flatMap((log) => [log.initiator, log.receiver]).filter((e) => e.entityType === 'user');
      const withPicture = new Set(users.filter((u) => entityImage(u)).map(entityId));
      const without = new Set(users.filter((u) => !entityImage(u)).map(entityId));
      expect(withPicture.size).to.be.within(2, 6);
      expect(without.size).to.be.above(withPicture.size);
    });

    it('draws pictures as inline SVG that load with no network', async () => {
      const images = new Set(
        logs.flatMap((log) => [entityImage(log.initiator), entityImage(log.receiver)]).filter((src) => src !== undefined),
      );
      expect(images.size).to.be.at.least(3);
      for (const src of images) {
        expect(src).to.match(/^data:image\/svg\+xml,/);
        const image = new Image();
        image.src = src;
        await image.decode();
        expect(image.naturalWidth).to.be.above(0);
      }
    });
  });

  describe('durations and participants', () => {
    it('gives ended calls their talk time from the answer, formatted as the SDK does', () => {
      for (const log of logs.filter((log) => log.status === 'ended')) {
        expect(log.startedAt).to.be.above(log.initiatedAt);
        const seconds = log.endedAt! - log.startedAt!;
        expect(seconds).to.be.above(0);
        expect(log.totalDuration).to.equal(formatDuration(seconds));
        expect(log.totalDurationInMinutes).to.be.closeTo(seconds / 60, 0.01);
      }
    });

    it('gives calls that were not answered no length', () => {
      for (const log of logs.filter((log) => log.status !== 'ended')) {
        expect(log.totalDuration).to.equal('0:00');
        expect(log.totalDurationInMinutes).to.equal(0);
        expect(log.totalAudioMinutes + log.totalVideoMinutes).to.equal(0);
      }
    });

    it('has participants join and leave within the call, counting their minutes', () => {
      for (const log of logs.filter((log) => log.status === 'ended')) {
        const joined = log.participantInfoList.filter((p) => p.hasJoined);
        expect(joined.length).to.be.at.least(2);
        for (const p of joined) {
          expect(p.joinedAt).to.be.within(log.initiatedAt, p.leftAt!);
          expect(p.leftAt).to.be.at.most(log.endedAt!);
          expect(p.totalDurationInMinutes).to.be.closeTo((p.leftAt! - p.joinedAt!) / 60, 0.01);
          expect(p.totalAudioMinutes + p.totalVideoMinutes).to.equal(p.totalDurationInMinutes);
        }
      }
      expect(groupCalls.some((log) => log.participantInfoList.some((p) => !p.hasJoined))).to.equal(true);
    });
  });

  describe('recordings', () => {
    const recorded = logs.filter((log) => log.hasRecording);

    it('records some calls, with one or two recordings each', () => {
      expect(recorded.length).to.be.within(5, logs.length / 3);
      for (const log of logs) expect(log.hasRecording).to.equal(log.recordings.length > 0);
      expect(new Set(recorded.map((log) => log.recordings.length))).to.deep.equal(new Set([1, 2]));
    });

    it('records only ended calls, within the call', () => {
      for (const log of recorded) {
        expect(log.status).to.equal('ended');
        for (const r of log.recordings) {
          expect(r.startTime).to.be.at.least(log.initiatedAt);
          expect(r.endTime).to.be.at.most(log.endedAt!);
          expect(r.endTime - r.startTime).to.equal(r.duration);
        }
      }
    });

    it('links each recording by session and recording id', () => {
      for (const log of recorded) {
        for (const r of log.recordings) {
          expect(r.recordingURL).to.equal(`https://recordings.example.com/${log.sessionID}/${r.rid}.mp4`);
        }
      }
    });
  });
});

describe('createDemoSource', () => {
  it('serves the generated calls, newest first', async () => {
    const source = createDemoSource({ now: NOW, count: 40 });
    const page = await source.fetchPage({ query: { limit: 25 }, page: 1, signal: new AbortController().signal });
    expect(ids(page.items)).to.deep.equal(ids(generateDemoCallLogs({ now: NOW, count: 40 }).slice(0, 25)));
    expect(page.pagination).to.deep.equal({ total: 40, count: 25, perPage: 25, currentPage: 1, totalPages: 2 });
  });

  it('judges direction from the demo viewer, who is in every call', async () => {
    const source = createDemoSource({ now: NOW });
    const signal = new AbortController().signal;
    const total = async (callDirection: 'incoming' | 'outgoing') =>
      (await source.fetchPage({ query: { limit: 10, callDirection }, page: 1, signal })).pagination.total!;
    const incoming = await total('incoming');
    const outgoing = await total('outgoing');
    expect(incoming).to.be.above(0);
    expect(outgoing).to.be.above(0);
    expect(incoming + outgoing).to.equal(240);
  });
});
