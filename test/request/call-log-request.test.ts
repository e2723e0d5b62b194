import { expect } from '@open-wc/testing';
import { CallLogError } from '../../src/errors/call-log-error.js';
import type { CallLog } from '../../src/model/call-log.js';
import { CallLogRequest, CallLogRequestBuilder } from '../../src/request/call-log-request.js';
import { CometChatCallsSource } from '../../src/sources/cometchat-calls-source.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { MemoryCallLogSource, pageOf } from '../../src/sources/memory-source.js';
import { scenario } from '../setup/calls-api.js';
import { rejection, thrown } from '../setup/errors.js';

const NOW = Date.UTC(2026, 10, 20, 12);
const demoCalls = generateDemoCallLogs({ seed: 7, count: 95, now: NOW });
const memory = () => new MemoryCallLogSource(demoCalls, { viewerUid: 'sam.rivera' });
const ids = (calls: CallLog[]) => calls.map((call) => call.sessionID);

describe('CallLogRequestBuilder', () => {
  describe('construction', () => {
    it('is reached as CallLogRequest.CallLogRequestBuilder(), with or without new, and as a class', () => {
      expect(CallLogRequest.CallLogRequestBuilder()).to.be.instanceOf(CallLogRequestBuilder);
      expect(new CallLogRequest.CallLogRequestBuilder()).to.be.instanceOf(CallLogRequestBuilder);
      expect(new CallLogRequestBuilder()).to.be.instanceOf(CallLogRequestBuilder);
    });

    it('defaults to a limit of 30 and no filters', () => {
      const request = new CallLogRequestBuilder().setSource(memory()).build();
      expect(request.limit).to.equal(30);
      expect(request.query).to.deep.equal({ limit: 30 });
    });

    it('exposes every setting it was built with', () => {
      const request = CallLogRequest.CallLogRequestBuilder()
        .setLimit(10)
        .setSessionType('video')
        .setCallStatus('missed')
        .setHasRecording(false)
        .setCallCategory('meet')
        .setCallDirection('incoming')
        .setUid('ana')
        .setGuid('design')
        .setSource(memory())
        .build();
      expect([request.limit, request.sessionType, request.callStatus, request.hasRecording]).to.deep.equal([
        10,
        'video',
        'missed',
        false,
      ]);
      expect([request.callCategory, request.callDirection, request.uid, request.guid]).to.deep.equal([
        'meet',
        'incoming',
        'ana',
        'design',
      ]);
    });

    it('takes setCallType as the other name of setSessionType', () => {
      const request = new CallLogRequestBuilder().setCallType('audio').setSource(memory()).build();
      expect(request.sessionType).to.equal('audio');
    });

    it('clamps a limit above 100 to 100', () => {
      expect(new CallLogRequestBuilder().setLimit(500).setSource(memory()).build().limit).to.equal(100);
    });

    it('refuses to build without a source, saying how to give one', () => {
      const error = thrown(() => new CallLogRequestBuilder().build());
      expect(error.code).to.equal('INVALID_ARGUMENT');
      expect(error.message).to.contain('setSource');
    });
  });

  describe('argument validation', () => {
    const cases: [string, (builder: CallLogRequestBuilder) => unknown, string, string][] = [
      ['setLimit', (b) => b.setLimit(2.5), '2.5', 'integer from 1 to 100'],
      ['setLimit', (b) => b.setLimit(0), '0', 'integer from 1 to 100'],
      ['setLimit', (b) => b.setLimit(-3), '-3', 'integer from 1 to 100'],
      ['setLimit', (b) => b.setLimit('30' as never), '"30"', 'integer from 1 to 100'],
      ['setSessionType', (b) => b.setSessionType('vidoe' as never), '"vidoe"', '"audio", "video"'],
      ['setCallType', (b) => b.setCallType('phone' as never), '"phone"', '"audio", "video"'],
      ['setCallStatus', (b) => b.setCallStatus('mised' as never), '"mised"', '"missed"'],
      ['setCallCategory', (b) => b.setCallCategory('webinar' as never), '"webinar"', '"call", "meet"'],
      ['setCallDirection', (b) => b.setCallDirection('inbound' as never), '"inbound"', '"incoming", "outgoing"'],
      ['setHasRecording', (b) => b.setHasRecording('yes' as never), '"yes"', 'true or false'],
      ['setUid', (b) => b.setUid(''), '""', 'non-empty'],
      ['setGuid', (b) => b.setGuid('   '), '"   "', 'non-empty'],
      ['setSource', (b) => b.setSource({} as never), 'source', 'fetchPage'],
    ];
    for (const [setter, call, value, allowed] of cases) {
      it(`${setter} rejects ${value}, naming the setter, the value and what is allowed`, () => {
        const error = thrown(() => call(new CallLogRequestBuilder()));
        expect(error.code).to.equal('INVALID_ARGUMENT');
        expect(error.message).to.contain(setter);
        expect(error.message).to.contain(value);
        expect(error.message).to.contain(allowed);
      });
    }

    it('lists every allowed call status', () => {
      const { message } = thrown(() => new CallLogRequestBuilder().setCallStatus('x' as never));
      for (const status of ['ongoing', 'busy', 'rejected', 'cancelled', 'ended', 'missed', 'initiated', 'unanswered']) {
        expect(message).to.contain(`"${status}"`);
      }
    });
  });

  describe('pagination', () => {
    it('moves forward to the last page and back to the first, with the position figures', async () => {
      const request = new CallLogRequestBuilder().setLimit(40).setSource(memory()).build();
      expect([request.currentPage, request.hasNext, request.hasPrevious]).to.deep.equal([0, true, false]);

      const first = await request.fetchNext();
      expect(ids(first)).to.deep.equal(ids(demoCalls.slice(0, 40)));
      expect([request.currentPage, request.totalPages, request.total]).to.deep.equal([1, 3, 95]);

      await request.fetchNext();
      const last = await request.fetchNext();
      expect(ids(last)).to.deep.equal(ids(demoCalls.slice(80)));
      expect([request.currentPage, request.hasNext, request.hasPrevious]).to.deep.equal([3, false, true]);

      expect(await request.fetchNext()).to.deep.equal([]);
      expect(request.currentPage).to.equal(3);

      const middle = await request.fetchPrevious();
      expect(ids(middle)).to.deep.equal(ids(demoCalls.slice(40, 80)));
      const newest = await request.fetchPrevious();
      expect(ids(newest)).to.deep.equal(ids(first));
      expect([request.currentPage, request.hasPrevious]).to.deep.equal([1, false]);
      expect(await request.fetchPrevious()).to.deep.equal([]);
      expect(request.currentPage).to.equal(1);
    });

    it('resolves fetchPrevious() before any page with [] and no request', async () => {
      const api = await scenario({});
      const request = new CallLogRequestBuilder().setSource(api.source()).build();
      expect(await request.fetchPrevious()).to.deep.equal([]);
      expect((await api.state()).requests).to.equal(0);
    });

    it('makes no request for fetchNext() after the last page', async () => {
      const api = await scenario({});
      const request = new CallLogRequestBuilder().setLimit(100).setUid('aisha.khan').setSource(api.source()).build();
      const calls = await request.fetchNext();
      expect(calls.length).to.be.within(1, 99);
      expect(request.hasNext).to.equal(false);
      expect(await request.fetchNext()).to.deep.equal([]);
      expect((await api.state()).requests).to.equal(1);
    });

    it('filters through the source', async () => {
      const request = new CallLogRequestBuilder().setCallStatus('missed').setSource(memory()).build();
      const calls = await request.fetchNext();
      expect(calls.length).to.be.greaterThan(0);
      expect(calls.every((call) => call.status === 'missed')).to.equal(true);
    });
  });

  describe('one request per page', () => {
    it('gives a second fetchNext() while one is in flight the same promise', async () => {
      const api = await scenario({ latency: 150 });
      const request = new CallLogRequestBuilder().setSource(api.source()).build();
      const a = request.fetchNext();
      const b = request.fetchNext();
      expect(b).to.equal(a);
      await Promise.all([a, b]);
      expect(request.currentPage).to.equal(1);
      expect((await api.state()).requests).to.equal(1);
    });

    it('runs a fetchPrevious() asked during a fetchNext() after it, from the settled position', async () => {
      const request = new CallLogRequestBuilder().setLimit(10).setSource(memory()).build();
      await request.fetchNext();
      const next = request.fetchNext();
      const previous = request.fetchPrevious();
      expect(ids(await next)).to.deep.equal(ids(demoCalls.slice(10, 20)));
      expect(ids(await previous)).to.deep.equal(ids(demoCalls.slice(0, 10)));
      expect(request.currentPage).to.equal(1);
    });
  });

  describe('abort and failure', () => {
    it('rejects an aborted fetch with ABORTED and keeps the position, so a retry asks for the same page', async () => {
      const request = new CallLogRequestBuilder().setLimit(10).setSource(memory()).build();
      await request.fetchNext();
      const controller = new AbortController();
      const pending = request.fetchNext({ signal: controller.signal });
      controller.abort();
      expect((await rejection(pending)).code).to.equal('ABORTED');
      expect(request.currentPage).to.equal(1);
      expect(ids(await request.fetchNext())).to.deep.equal(ids(demoCalls.slice(10, 20)));
    });

    it('does not hand an aborted fetch still settling to the next caller: it asks again', async () => {
      const request = new CallLogRequestBuilder().setLimit(10).setSource(memory()).build();
      const controller = new AbortController();
      const first = request.fetchNext({ signal: controller.signal });
      controller.abort();
      const second = request.fetchNext();
      expect((await rejection(first)).code).to.equal('ABORTED');
      expect(ids(await second)).to.deep.equal(ids(demoCalls.slice(0, 10)));
      expect(request.currentPage).to.equal(1);
    });

    it('rejects at once when the signal is already aborted', async () => {
      const api = await scenario({});
      const request = new CallLogRequestBuilder().setSource(api.source()).build();
      const error = await rejection(request.fetchNext({ signal: AbortSignal.abort() }));
      expect(error.code).to.equal('ABORTED');
      expect((await api.state()).requests).to.equal(0);
    });

    it('keeps the position after a server failure and asks for the same page on retry', async () => {
      const api = await scenario({ status: 503, times: 1 });
      const request = new CallLogRequestBuilder().setLimit(5).setSource(api.source({ retry: false })).build();
      const error = await rejection(request.fetchNext());
      expect([error.code, error.status]).to.deep.equal(['HTTP', 503]);
      expect(request.currentPage).to.equal(0);
      const calls = await request.fetchNext();
      expect(calls).to.have.length(5);
      expect(request.currentPage).to.equal(1);
      expect((await api.state()).lastQuery).to.include({ page: '1' });
    });
  });

  describe('what a source returns', () => {
    it('reads every call defensively and skips an item without a session id', async () => {
      const odd = [
        { ...demoCalls[0], initiator: null, initiatedAt: 'noon', startedAt: undefined, totalParticipants: -3 },
        { sessionID: 'bare' },
        { ...demoCalls[1], sessionID: undefined },
        null,
      ];
      const source = {
        fetchPage: async () => ({ items: odd as never[], pagination: { count: 4, perPage: 4, currentPage: 1 } }),
      };
      const request = new CallLogRequestBuilder().setLimit(4).setSource(source).build();
      const calls = await request.fetchNext();
      expect(ids(calls)).to.deep.equal([demoCalls[0].sessionID, 'bare']);
      expect(calls[0]).to.deep.include({ initiatedAt: 0, totalParticipants: 0 });
      expect(calls[0]!.initiator).to.deep.equal({ entityType: 'user', uid: '', name: '' });
      expect(calls[1]).to.deep.include({ type: 'audio', status: 'unknown', recordings: [], participantInfoList: [] });
      expect(request.skipped.map((skip) => skip.index)).to.deep.equal([2, 3]);
      // Two items left out still count toward a full page: more may follow.
      expect(request.hasNext).to.equal(true);
    });

    it('returns calls equal to the ones a well-behaved source gives', async () => {
      const request = new CallLogRequestBuilder().setLimit(20).setSource(memory()).build();
      const expected = pageOf(demoCalls, { limit: 20 }, 1, 'sam.rivera').items;
      expect(await request.fetchNext()).to.deep.equal(expected);
    });
  });

  describe('callback form', () => {
    it('calls onSuccess with the page', async () => {
      const request = new CallLogRequestBuilder().setLimit(3).setSource(memory()).build();
      const calls = await new Promise<CallLog[]>((resolve, reject) =>
        request.fetchNext({ onSuccess: resolve, onError: reject }),
      );
      expect(ids(calls)).to.deep.equal(ids(demoCalls.slice(0, 3)));
    });

    it('calls onError with a CallLogError', async () => {
      const api = await scenario({ status: 401 });
      const request = new CallLogRequestBuilder().setSource(api.source()).build();
      const error = await new Promise<CallLogError>((resolve, reject) =>
        request.fetchNext({ onSuccess: () => reject(new Error('expected onError')), onError: resolve }),
      );
      expect(error).to.be.instanceOf(CallLogError);
      expect(error.code).to.equal('AUTH');
    });
  });

  describe('auth token', () => {
    it('sends the token set on the builder with each request, in the authToken header only', async () => {
      const api = await scenario({});
      const source = new CometChatCallsSource({ baseUrl: api.baseUrl });
      const request = new CallLogRequestBuilder().setAuthToken('builder-token-123').setSource(source).build();
      expect(await request.fetchNext()).to.have.length(30);
      const state = await api.state();
      expect(state.lastHeaders.authtoken).to.equal(true);
      expect(JSON.stringify(state.lastQuery)).to.not.contain('builder-token-123');
    });
  });
});
