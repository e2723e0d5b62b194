import { expect } from '@open-wc/testing';
import type { CallEntity, CallLog } from '../../src/model/call-log.js';
import type { CallLogQuery } from '../../src/model/query.js';
import { directionFor, matchesQuery, MemoryCallLogSource, pageOf } from '../../src/sources/memory-source.js';
import { rejection, thrown } from '../setup/errors.js';

const ME: CallEntity = { entityType: 'user', uid: 'me', name: 'Me' };
const ANA: CallEntity = { entityType: 'user', uid: 'ana', name: 'Ana' };
const BEN: CallEntity = { entityType: 'user', uid: 'ben', name: 'Ben' };
const TEAM: CallEntity = { entityType: 'group', guid: 'team', name: 'Team' };

function call(
  sessionID: string,
  initiatedAt: number,
  initiator: CallEntity,
  receiver: CallEntity,
  more: Partial<CallLog> = {},
): CallLog {
  const hasRecording = more.hasRecording ?? false;
  return {
    sessionID,
    initiator,
    receiver,
    receiverType: receiver.entityType,
    type: 'audio',
    status: 'ended',
    callCategory: 'call',
    initiatedAt,
    endedAt: initiatedAt + 60,
    totalDuration: '1:00',
    totalDurationInMinutes: 1,
    totalAudioMinutes: 2,
    totalVideoMinutes: 0,
    totalParticipants: 2,
    hasRecording,
    recordings: hasRecording
      ? [{ rid: 'r1', recordingURL: `https://recordings.example.com/${sessionID}/r1.mp4`, duration: 30, startTime: initiatedAt, endTime: initiatedAt + 30 }]
      : [],
    participantInfoList: [],
    ...more,
  };
}

// Newest first these are a, b, d, c, e, f: c and d start in the same second, and d sorts first by session id.
const A = call('a', 1000, ME, ANA, { hasRecording: true });
const B = call('b', 900, ANA, ME, { type: 'video', status: 'missed' });
const C = call('c', 800, BEN, TEAM, { type: 'video', callCategory: 'meet', hasRecording: true });
const D = call('d', 800, ME, TEAM, { status: 'cancelled' });
const E = call('e', 700, ANA, BEN);
const F = call('f', 600, BEN, ME, { status: 'rejected' });
const SHUFFLED = [E, C, A, F, D, B];

const ids = (calls: readonly CallLog[]) => calls.map((log) => log.sessionID);
const query = (filters: Partial<CallLogQuery> = {}): CallLogQuery => ({ limit: 100, ...filters });
const matching = (filters: Partial<CallLogQuery>, viewerUid: string | undefined = 'me') =>
  ids(pageOf(SHUFFLED, query(filters), 1, viewerUid).items);

describe('MemoryCallLogSource and its helpers', () => {
  describe('directionFor', () => {
    it('is outgoing when the viewer initiated the call, one to one or to a group', () => {
      expect(directionFor(A, 'me')).to.equal('outgoing');
      expect(directionFor(D, 'me')).to.equal('outgoing');
    });

    it('is incoming when the viewer received the call', () => {
      expect(directionFor(B, 'me')).to.equal('incoming');
      expect(directionFor(F, 'me')).to.equal('incoming');
    });

    it('is incoming for a group call someone else initiated', () => {
      expect(directionFor(C, 'me')).to.equal('incoming');
    });

    it('is undefined for a one-to-one call between two other people', () => {
      expect(directionFor(E, 'me')).to.equal(undefined);
    });

    it('is told from the given viewer', () => {
      expect(directionFor(A, 'ana')).to.equal('incoming');
      expect(directionFor(B, 'ana')).to.equal('outgoing');
    });
  });

  describe('order', () => {
    it('is newest first, with calls of the same second ordered by session id, descending', () => {
      expect(matching({})).to.deep.equal(['a', 'b', 'd', 'c', 'e', 'f']);
    });

    it('does not depend on the order the items came in', () => {
      expect(ids(pageOf([...SHUFFLED].reverse(), query(), 1).items)).to.deep.equal(['a', 'b', 'd', 'c', 'e', 'f']);
      expect(ids(pageOf([C, D], query(), 1).items)).to.deep.equal(['d', 'c']);
      expect(ids(pageOf([D, C], query(), 1).items)).to.deep.equal(['d', 'c']);
    });

    it('leaves the given array as it was', () => {
      const items = [C, A];
      pageOf(items, query(), 1);
      expect(ids(items)).to.deep.equal(['c', 'a']);
    });
  });

  describe('filters', () => {
    it('sessionType matches the call type', () => {
      expect(matching({ sessionType: 'video' })).to.deep.equal(['b', 'c']);
      expect(matching({ sessionType: 'audio' })).to.deep.equal(['a', 'd', 'e', 'f']);
    });

    it('callStatus matches the status', () => {
      expect(matching({ callStatus: 'ended' })).to.deep.equal(['a', 'c', 'e']);
      expect(matching({ callStatus: 'missed' })).to.deep.equal(['b']);
      expect(matching({ callStatus: 'busy' })).to.deep.equal([]);
    });

    it('callCategory matches the category', () => {
      expect(matching({ callCategory: 'meet' })).to.deep.equal(['c']);
      expect(matching({ callCategory: 'call' })).to.deep.equal(['a', 'b', 'd', 'e', 'f']);
    });

    it('hasRecording matches both true and false', () => {
      expect(matching({ hasRecording: true })).to.deep.equal(['a', 'c']);
      expect(matching({ hasRecording: false })).to.deep.equal(['b', 'd', 'e', 'f']);
    });

    it('uid matches calls the user initiated or received', () => {
      expect(matching({ uid: 'ana' })).to.deep.equal(['a', 'b', 'e']);
      expect(matching({ uid: 'ben' })).to.deep.equal(['c', 'e', 'f']);
      expect(matching({ uid: 'me' })).to.deep.equal(['a', 'b', 'd', 'f']);
    });

    it('uid matches a group call the user took part in, through its participants, as the Calls API does', () => {
      const member = { uid: 'ana', hasJoined: true, totalAudioMinutes: 1, totalVideoMinutes: 0, totalDurationInMinutes: 1 };
      const joined = call('g', 500, BEN, TEAM, { participantInfoList: [member] });
      const declined = call('h', 400, ME, TEAM, { participantInfoList: [{ ...member, hasJoined: false, state: 'rejected' }] });
      const ids = (uid: string) => pageOf([joined, declined, C], query({ uid }), 1, 'me').items.map((log) => log.sessionID);
      expect(ids('ana')).to.deep.equal(['g', 'h']);
      expect(ids('ben')).to.deep.equal(['c', 'g']);
    });

    it('callCategory presenter finds presentations, which a meet filter does not', () => {
      const presentation = call('p', 500, BEN, TEAM, { callCategory: 'presenter' });
      const calls = [presentation, C, A];
      const ids = (callCategory: CallLog['callCategory']) =>
        pageOf(calls, query({ callCategory }), 1, 'me').items.map((log) => log.sessionID);
      expect(ids('presenter')).to.deep.equal(['p']);
      expect(ids('meet')).to.deep.equal(['c']);
      expect(ids('call')).to.deep.equal(['a']);
    });

    it('uid does not match a group with that id', () => {
      expect(matching({ uid: 'team' })).to.deep.equal([]);
    });

    it('guid matches calls received by the group', () => {
      expect(matching({ guid: 'team' })).to.deep.equal(['d', 'c']);
      expect(matching({ guid: 'ana' })).to.deep.equal([]);
    });

    it('callDirection is judged from the viewer', () => {
      expect(matching({ callDirection: 'outgoing' })).to.deep.equal(['a', 'd']);
      expect(matching({ callDirection: 'incoming' })).to.deep.equal(['b', 'c', 'f']);
      expect(matching({ callDirection: 'outgoing' }, 'ben')).to.deep.equal(['c', 'f']);
    });

    it('combine: a call must match every filter', () => {
      expect(matching({ sessionType: 'audio', callDirection: 'outgoing' })).to.deep.equal(['a', 'd']);
      expect(matching({ uid: 'ana', callStatus: 'ended' })).to.deep.equal(['a', 'e']);
      expect(matching({ guid: 'team', hasRecording: true })).to.deep.equal(['c']);
      expect(matching({ uid: 'ben', guid: 'team', callCategory: 'meet' })).to.deep.equal(['c']);
      expect(matching({ callDirection: 'incoming', sessionType: 'video', callStatus: 'missed' })).to.deep.equal(['b']);
      expect(matching({ callCategory: 'meet', sessionType: 'audio' })).to.deep.equal([]);
    });

    it('matchesQuery tells a single call', () => {
      expect(matchesQuery(C, query({ guid: 'team', sessionType: 'video' }))).to.equal(true);
      expect(matchesQuery(C, query({ guid: 'team', sessionType: 'audio' }))).to.equal(false);
      expect(matchesQuery(E, query({ callDirection: 'incoming' }), 'me')).to.equal(false);
    });
  });

  describe('callDirection without a viewer', () => {
    it('makes pageOf and matchesQuery throw INVALID_ARGUMENT naming the problem', () => {
      const error = thrown(() => pageOf(SHUFFLED, query({ callDirection: 'incoming' }), 1));
      expect(error.code).to.equal('INVALID_ARGUMENT');
      expect(error.message).to.contain('callDirection').and.to.contain('viewerUid');
      expect(thrown(() => pageOf([], query({ callDirection: 'outgoing' }), 1)).code).to.equal('INVALID_ARGUMENT');
      expect(thrown(() => matchesQuery(A, query({ callDirection: 'outgoing' }))).code).to.equal('INVALID_ARGUMENT');
    });

    it('makes fetchPage reject with INVALID_ARGUMENT', async () => {
      const source = new MemoryCallLogSource(SHUFFLED);
      const error = await rejection(
        source.fetchPage({ query: query({ callDirection: 'outgoing' }), page: 1, signal: new AbortController().signal }),
      );
      expect(error.code).to.equal('INVALID_ARGUMENT');
      expect(error.message).to.contain('callDirection');
    });

    it('leaves the other filters working', () => {
      expect(matching({ uid: 'ana' }, undefined)).to.deep.equal(['a', 'b', 'e']);
    });
  });

  describe('pageOf paging', () => {
    const limit2 = query({ limit: 2 });

    it('serves 1-based pages of the limit, from the first to the last', () => {
      expect(ids(pageOf(SHUFFLED, limit2, 1).items)).to.deep.equal(['a', 'b']);
      expect(ids(pageOf(SHUFFLED, limit2, 2).items)).to.deep.equal(['d', 'c']);
      expect(ids(pageOf(SHUFFLED, limit2, 3).items)).to.deep.equal(['e', 'f']);
    });

    it('gives the pagination figures', () => {
      expect(pageOf(SHUFFLED, limit2, 1).pagination).to.deep.equal({
        total: 6,
        count: 2,
        perPage: 2,
        currentPage: 1,
        totalPages: 3,
      });
    });

    it('gives a short last page', () => {
      const page = pageOf(SHUFFLED, query({ limit: 4 }), 2);
      expect(ids(page.items)).to.deep.equal(['e', 'f']);
      expect(page.pagination).to.deep.equal({ total: 6, count: 2, perPage: 4, currentPage: 2, totalPages: 2 });
    });

    it('gives no items past the end, with the figures', () => {
      const page = pageOf(SHUFFLED, limit2, 4);
      expect(page.items).to.deep.equal([]);
      expect(page.pagination).to.deep.equal({ total: 6, count: 0, perPage: 2, currentPage: 4, totalPages: 3 });
    });

    it('counts the matching calls, not all of them', () => {
      const page = pageOf(SHUFFLED, query({ limit: 2, callStatus: 'ended' }), 2);
      expect(ids(page.items)).to.deep.equal(['e']);
      expect(page.pagination).to.deep.equal({ total: 3, count: 1, perPage: 2, currentPage: 2, totalPages: 2 });
    });

    it('has 0 pages when nothing matches', () => {
      const page = pageOf(SHUFFLED, query({ limit: 2, callStatus: 'busy' }), 1);
      expect(page.items).to.deep.equal([]);
      expect(page.pagination).to.deep.equal({ total: 0, count: 0, perPage: 2, currentPage: 1, totalPages: 0 });
    });

    it('rejects a page that is not an integer from 1', () => {
      for (const page of [0, -1, 1.5, Number.NaN]) {
        expect(thrown(() => pageOf(SHUFFLED, limit2, page)).code).to.equal('INVALID_ARGUMENT');
      }
    });

    it('rejects a bad limit and clamps one above 100', () => {
      expect(thrown(() => pageOf(SHUFFLED, query({ limit: 0 }), 1)).code).to.equal('INVALID_ARGUMENT');
      expect(pageOf(SHUFFLED, query({ limit: 500 }), 1).pagination.perPage).to.equal(100);
    });
  });

  describe('MemoryCallLogSource.fetchPage', () => {
    const signal = () => new AbortController().signal;

    it('serves the same pages as pageOf, sorted, with the viewer it was given', async () => {
      const source = new MemoryCallLogSource(SHUFFLED, { viewerUid: 'me' });
      const first = await source.fetchPage({ query: query({ limit: 2 }), page: 1, signal: signal() });
      expect(ids(first.items)).to.deep.equal(['a', 'b']);
      expect(first.pagination).to.deep.equal({ total: 6, count: 2, perPage: 2, currentPage: 1, totalPages: 3 });
      const incoming = await source.fetchPage({ query: query({ callDirection: 'incoming' }), page: 1, signal: signal() });
      expect(ids(incoming.items)).to.deep.equal(['b', 'c', 'f']);
    });

    it('keeps its own copy of the items', async () => {
      const items = [A, B, C];
      const source = new MemoryCallLogSource(items);
      items.push(D);
      items.splice(0, 1);
      const page = await source.fetchPage({ query: query(), page: 1, signal: signal() });
      expect(ids(page.items)).to.deep.equal(['a', 'b', 'c']);
    });

    it('answers asynchronously, not within the call', async () => {
      const source = new MemoryCallLogSource(SHUFFLED);
      let settled = false;
      const pending = source.fetchPage({ query: query(), page: 1, signal: signal() }).then(() => (settled = true));
      await Promise.resolve();
      expect(settled).to.equal(false);
      await pending;
      expect(settled).to.equal(true);
    });

    it('rejects with ABORTED when the signal was already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const source = new MemoryCallLogSource(SHUFFLED);
      const error = await rejection(source.fetchPage({ query: query(), page: 1, signal: controller.signal }));
      expect(error.code).to.equal('ABORTED');
    });

    it('rejects with ABORTED when the signal is aborted before it answers', async () => {
      const controller = new AbortController();
      const source = new MemoryCallLogSource(SHUFFLED);
      const pending = source.fetchPage({ query: query(), page: 1, signal: controller.signal });
      await Promise.resolve();
      controller.abort();
      expect((await rejection(pending)).code).to.equal('ABORTED');
    });

    it('is not disturbed by an abort after it answered', async () => {
      const controller = new AbortController();
      const source = new MemoryCallLogSource(SHUFFLED);
      const page = await source.fetchPage({ query: query(), page: 1, signal: controller.signal });
      controller.abort();
      expect(page.items).to.have.length(6);
    });
  });

  describe('MemoryCallLogSource.fetchCall', () => {
    const source = new MemoryCallLogSource(SHUFFLED);

    it('finds a call by session id', async () => {
      const found = await source.fetchCall('c', { signal: new AbortController().signal });
      expect(found).to.deep.equal(C);
    });

    it('rejects with an HTTP 404 error for an unknown session id', async () => {
      const error = await rejection(source.fetchCall('zzz', { signal: new AbortController().signal }));
      expect(error.code).to.equal('HTTP');
      expect(error.status).to.equal(404);
      expect(error.message).to.equal('No call with session id "zzz"');
    });

    it('rejects with ABORTED when aborted, before or during the request', async () => {
      const before = new AbortController();
      before.abort();
      expect((await rejection(source.fetchCall('a', { signal: before.signal }))).code).to.equal('ABORTED');
      const during = new AbortController();
      const pending = source.fetchCall('a', { signal: during.signal });
      during.abort();
      expect((await rejection(pending)).code).to.equal('ABORTED');
    });
  });
});
