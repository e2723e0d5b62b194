// The local Calls API itself (demo/api/calls-api.ts), over real HTTP on the test page's origin.
import { expect } from '@open-wc/testing';
import type { CallLog } from '../../src/model/call-log.js';
import type { CallLogQuery } from '../../src/model/query.js';
import { CometChatCallsSource } from '../../src/sources/cometchat-calls-source.js';
import { DEMO_VIEWER_UID, generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { MemoryCallLogSource } from '../../src/sources/memory-source.js';
import { apiInfo, scenario } from '../setup/calls-api.js';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/**
 * A GET with an auth token (unless `token` is null), read whatever the body is. Sent without a referrer: the test
 * runner lists the 404s of requests it can tie to a test page, and the 404s here are on purpose.
 */
async function get(path: string, token: string | null = 'any-token', init: RequestInit = {}): Promise<Answer> {
  const headers: Record<string, string> = token === null ? {} : { authToken: token };
  const response = await fetch(path, { ...init, headers, referrerPolicy: 'no-referrer' });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

const ids = (items: { sessionId?: string; sessionID?: string }[]) => items.map((item) => item.sessionId ?? item.sessionID);

/** A scenario's full state, `answered` included. */
async function stateOf(name: string) {
  return (await fetch(`/__calls-api/scenarios/${name}`)).json();
}

/** Changes some switches of a scenario, keeping its state. */
function patch(name: string, body: unknown): Promise<Response> {
  return fetch(`/__calls-api/scenarios/${name}`, { method: 'PATCH', body: JSON.stringify(body) });
}

async function timed<T>(run: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

describe('local Calls API', () => {
  describe('auth', () => {
    it('answers 401 AUTH_ERR_AUTH_TOKEN_NOT_FOUND without an authToken header, or with an empty one', async () => {
      for (const token of [null, '', '  ']) {
        const answer = await get('/v3.0/calls', token);
        expect(answer.status).to.equal(401);
        expect(answer.body.error.code).to.equal('AUTH_ERR_AUTH_TOKEN_NOT_FOUND');
        expect(answer.body.error.message).to.be.a('string').and.not.equal('');
      }
    });
  });

  describe('GET /v3.0/calls', () => {
    it("answers the real API's envelope and wire shape", async () => {
      const answer = await get('/v3.0/calls?perPage=100');
      expect(answer.status).to.equal(200);
      expect(answer.headers.get('Content-Type')).to.match(/^application\/json/);
      expect(Object.keys(answer.body).sort()).to.deep.equal(['data', 'meta']);
      for (const item of answer.body.data) {
        expect(item.sessionId).to.be.a('string');
        expect(item).to.not.have.any.keys('sessionID', 'callCategory', 'participantInfoList');
        expect(item.mode).to.be.oneOf(['call', 'meet', 'presenter']);
        expect(item.status).to.not.equal('cancelled');
        expect(item.initiator).to.be.a('string');
        expect(item.receiver).to.be.a('string');
        expect(item.receiverType).to.be.oneOf(['user', 'group']);
        expect(item.totalDuration).to.match(/^\d\d:\d\d:\d\d$/);
        expect(item.initiatedAt).to.be.a('number');
        // When it was answered: a call that never was has none.
        if (item.status === 'ended' || item.status === 'ongoing') expect(item.startedAt).to.be.at.least(item.initiatedAt);
        else expect(item).to.not.have.property('startedAt');
        const { initiator, receiver } = item.data.entities;
        expect(initiator.entity.uid).to.equal(item.initiator);
        expect(receiver.entity[item.receiverType === 'group' ? 'guid' : 'uid']).to.equal(item.receiver);
        for (const p of item.participants) {
          const keys = ['uid', 'isJoined', 'totalAudioMinutes', 'totalVideoMinutes', 'totalDuration', 'state'];
          expect(p).to.include.keys(...keys);
          // The real API names no participant: only the call's entities are named.
          expect(p).to.not.have.any.keys('name', 'avatar');
          expect(p.state).to.be.oneOf(['ongoing', 'ended', 'unanswered', 'rejected']);
          expect(p.totalDuration).to.be.a('number');
          if (p.isJoined) expect(p).to.include.keys('deviceId', 'mid');
        }
        for (const r of item.recordings) expect(r).to.have.keys('rid', 'recording_url', 'duration', 'startTime', 'endTime');
      }
    });

    it('finds by uid the group calls the user took part in, not only those they placed or received', async () => {
      const answer = await get('/v3.0/calls?uid=aisha.khan&perPage=100');
      const items: { receiverType: string; initiator: string; participants: { uid: string }[] }[] = answer.body.data;
      const throughParticipants = items.filter((item) => item.receiverType === 'group' && item.initiator !== 'aisha.khan');
      expect(throughParticipants).to.have.length.above(0);
      for (const item of items) expect(item.participants.map((p) => p.uid)).to.include('aisha.khan');
    });

    it("finds presenter sessions by mode=presenter, and a meet filter does not", async () => {
      const presenter = await get('/v3.0/calls?mode=presenter&perPage=100');
      expect(presenter.body.data).to.have.length.above(0);
      expect(presenter.body.data.every((item: { mode: string }) => item.mode === 'presenter')).to.equal(true);
      const meet = await get('/v3.0/calls?mode=meet&perPage=100');
      expect(meet.body.data.every((item: { mode: string }) => item.mode === 'meet')).to.equal(true);
    });

    it('lists a person who joined from two devices twice, as the real API does', async () => {
      const answer = await get('/v3.0/calls?perPage=100');
      const twice = answer.body.data.some((item: { participants: { uid: string }[] }) =>
        item.participants.some((p, i) => item.participants.findIndex((q) => q.uid === p.uid) !== i),
      );
      expect(twice).to.equal(true);
    });

    it("sends cancelled calls as 'canceled' and filters on that name", async () => {
      const answer = await get('/v3.0/calls?status=canceled&perPage=100');
      expect(answer.body.data).to.have.length.above(0);
      expect(answer.body.data.every((item: { status: string }) => item.status === 'canceled')).to.equal(true);
    });

    it('gives the paging figures, a short last page and an empty page past the end', async () => {
      const { count } = await apiInfo();
      const lastPage = Math.ceil(count / 7);
      const second = await get('/v3.0/calls?perPage=7&page=2');
      expect(second.body.meta.pagination).to.deep.equal({
        total: count,
        count: 7,
        per_page: 7,
        current_page: 2,
        total_pages: lastPage,
      });
      const last = await get(`/v3.0/calls?perPage=7&page=${lastPage}`);
      expect(last.body.data).to.have.length(count - (lastPage - 1) * 7);
      const past = await get(`/v3.0/calls?perPage=7&page=${lastPage + 1}`);
      expect([past.status, past.body.data, past.body.meta.pagination.count]).to.deep.equal([200, [], 0]);
      const first = await get('/v3.0/calls');
      expect(first.body.meta.pagination.per_page).to.equal(30);
      expect(first.body.data).to.have.length(30);
    });

    it('clamps perPage to 100', async () => {
      const answer = await get('/v3.0/calls?perPage=500');
      expect(answer.body.meta.pagination.per_page).to.equal(100);
      expect(answer.body.data).to.have.length(100);
    });

    it('answers 400 ERR_BAD_REQUEST naming a bad filter or page value', async () => {
      const bad = [
        'type=hologram',
        'status=cancelledd',
        'mode=webinar',
        'direction=sideways',
        'hasRecording=yes',
        'perPage=0',
        'page=-1',
        'uid=',
      ];
      for (const query of bad) {
        const answer = await get(`/v3.0/calls?${query}`);
        const name = query.split('=')[0];
        expect(answer.status, query).to.equal(400);
        expect(answer.body.error.code).to.equal('ERR_BAD_REQUEST');
        expect(answer.body.error.message).to.contain(`"${name}"`);
      }
    });
  });

  describe('GET /v3.0/calls/{sessionId}', () => {
    it('answers one call, or 404 ERR_SESSION_NOT_FOUND', async () => {
      const [listed] = (await get('/v3.0/calls?perPage=1')).body.data;
      const one = await get(`/v3.0/calls/${encodeURIComponent(listed.sessionId)}`);
      expect([one.status, one.body.data]).to.deep.equal([200, listed]);
      const missing = await get('/v3.0/calls/v1.us.demo.nope');
      expect([missing.status, missing.body.error.code]).to.deep.equal([404, 'ERR_SESSION_NOT_FOUND']);
    });
  });

  describe('other routes', () => {
    it('answers unknown paths under its prefixes with 404 JSON', async () => {
      for (const path of ['/v3.0/users', '/v3.0/calls/a/b', '/__calls-api/nothing', '/scenarios/x/elsewhere']) {
        const answer = await get(path);
        expect([answer.status, answer.body.error.code], path).to.deep.equal([404, 'ERR_NOT_FOUND']);
      }
    });

    it('answers a CORS preflight with 204 and allows any origin', async () => {
      const answer = await fetch('/v3.0/calls', { method: 'OPTIONS' });
      expect(answer.status).to.equal(204);
      expect(answer.headers.get('Access-Control-Allow-Origin')).to.equal('*');
      expect(answer.headers.get('Access-Control-Allow-Headers')).to.equal('authToken, Accept, Content-Type');
      expect((await get('/v3.0/calls?perPage=1')).headers.get('Access-Control-Allow-Origin')).to.equal('*');
    });

    it('tells what its data is built from at /__calls-api/info', async () => {
      const info = await apiInfo();
      expect(Object.keys(info).sort()).to.deep.equal(['count', 'now', 'seed', 'viewerUid']);
      expect(info.viewerUid).to.equal(DEMO_VIEWER_UID);
      expect([info.seed, info.count]).to.deep.equal([1, 240]);
      expect(info.now).to.be.a('number');
    });
  });

  describe('scenarios', () => {
    it('counts requests and records the last query and whether a token came', async () => {
      const api = await scenario({});
      expect(await api.state()).to.include({ requests: 0, lastQuery: null, lastHeaders: null });
      await get(`${api.baseUrl}/calls?perPage=2&type=audio`, 'a-token');
      await get(`${api.baseUrl}/calls?uid=ana`, null);
      const state = await api.state();
      expect(state.requests).to.equal(2);
      expect(state.lastQuery).to.deep.equal({ uid: 'ana' });
      expect(state.lastHeaders.authtoken).to.equal(false);
    });

    it('consumes latencies one per request, then answers at once', async () => {
      const api = await scenario({ latencies: [400, 0] });
      const times = [];
      for (let i = 0; i < 3; i++) times.push(await timed(() => get(`${api.baseUrl}/calls?perPage=1`)));
      expect(times[0]).to.be.at.least(390);
      expect(times[1]).to.be.below(390);
      expect(times[2]).to.be.below(390);
    });

    it('answers the status switch for `times` requests with its body and Retry-After, then normally', async () => {
      const api = await scenario({ status: 503, times: 2, retryAfter: 9 });
      for (let i = 0; i < 2; i++) {
        const answer = await get(`${api.baseUrl}/calls?perPage=1`);
        expect([answer.status, answer.headers.get('Retry-After'), answer.body.error.code]).to.deep.equal([
          503,
          '9',
          'ERR_SERVICE_UNAVAILABLE',
        ]);
      }
      expect((await get(`${api.baseUrl}/calls?perPage=1`)).status).to.equal(200);
    });

    it('answers a status forever without times, with the given error body', async () => {
      const api = await scenario({ status: 500, errorBody: { error: { code: 'X', message: 'y' } } });
      for (let i = 0; i < 3; i++) {
        const answer = await get(`${api.baseUrl}/calls`);
        expect([answer.status, answer.body]).to.deep.equal([500, { error: { code: 'X', message: 'y' } }]);
      }
    });

    it('sends a body that is not JSON, or JSON that is not the envelope', async () => {
      const malformed = await get(`${(await scenario({ malformed: true })).baseUrl}/calls`);
      expect([malformed.status, malformed.body]).to.deep.equal([200, undefined]);
      const wrong = await get(`${(await scenario({ wrongEnvelope: true })).baseUrl}/calls`);
      expect([wrong.status, wrong.body]).to.deep.equal([200, { items: [] }]);
    });

    it('answers any fault switch for `times` requests, then normally, and counts the faults', async () => {
      for (const fault of ['malformed', 'wrongEnvelope'] as const) {
        const api = await scenario({ [fault]: true, times: 2 });
        for (let i = 0; i < 2; i++) expect((await get(`${api.baseUrl}/calls?perPage=1`)).body?.data).to.equal(undefined);
        expect((await get(`${api.baseUrl}/calls?perPage=1`)).body.data).to.have.length(1);
        expect(await stateOf(api.name)).to.include({ requests: 3, faults: 2 });
      }
    });

    it('turns a switch off on PATCH with null', async () => {
      const api = await scenario({ status: 500, latency: 5 });
      expect((await patch(api.name, { status: null })).status).to.equal(200);
      expect((await get(`${api.baseUrl}/calls?perPage=1`)).status).to.equal(200);
      expect((await stateOf(api.name)).switches).to.deep.equal({ latency: 5 });
      expect((await patch(api.name, { bogus: null })).status).to.equal(400);
    });

    it('accepts only the validTokens when they are given, without naming the token refused', async () => {
      const api = await scenario({ validTokens: ['fresh'] });
      const refused = await get(`${api.baseUrl}/calls?perPage=1`, 'stale-token-123');
      expect([refused.status, refused.body.error.code]).to.deep.equal([401, 'AUTH_ERR_INVALID_TOKEN']);
      expect(refused.text).to.not.contain('stale-token-123');
      expect((await get(`${api.baseUrl}/calls?perPage=1`, 'fresh')).status).to.equal(200);
    });

    it('drops the connection without an answer with reset', async () => {
      const api = await scenario({ reset: true, times: 1 });
      let failure: unknown;
      await get(`${api.baseUrl}/calls`).catch((error) => (failure = error));
      expect(failure).to.be.instanceOf(TypeError);
      expect((await get(`${api.baseUrl}/calls?perPage=1`)).status).to.equal(200);
      expect(await stateOf(api.name)).to.include({ requests: 2, faults: 1, answered: 1, abandoned: 1 });
    });

    it('hangs until the client goes away', async () => {
      const api = await scenario({ hang: true });
      let failure: unknown;
      await get(`${api.baseUrl}/calls`, 'a-token', { signal: AbortSignal.timeout(150) }).catch((error) => (failure = error));
      expect(failure).to.be.instanceOf(DOMException).and.have.property('name', 'TimeoutError');
      // The server notices the client leaving a moment later: wait on the state, not on a clock.
      let state = await stateOf(api.name);
      while (state.abandoned === 0) state = await stateOf(api.name);
      expect(state).to.include({ requests: 1, answered: 0, abandoned: 1 });
    });

    it('adds insertPerPage newer calls on top after each page, shifting the later pages', async () => {
      const api = await scenario({ insertPerPage: 2 });
      const first = (await get(`${api.baseUrl}/calls?perPage=5`)).body;
      const second = (await get(`${api.baseUrl}/calls?perPage=5&page=2`)).body;
      expect(ids(second.data).slice(0, 2)).to.deep.equal(ids(first.data).slice(3, 5));
      expect(second.meta.pagination.total).to.equal(first.meta.pagination.total + 2);
      const again = (await get(`${api.baseUrl}/calls?perPage=5`)).body;
      const inserted = again.data.slice(0, 4);
      expect(ids(again.data).slice(4)).to.deep.equal(ids(first.data).slice(0, 1));
      expect(new Set(ids(inserted)).size).to.equal(4);
      for (const item of inserted) expect(item.initiatedAt).to.be.above(first.data[0].initiatedAt);
      // The plain API's data is untouched.
      expect(ids((await get('/v3.0/calls?perPage=5')).body.data)).to.deep.equal(ids(first.data));
    });

    it('serves the given raw items unfiltered, still paged, and finds one by sessionId', async () => {
      const items = [{ sessionId: 'a', type: 'audio' }, { no: 'id' }, { sessionId: 'c', type: 'audio' }];
      const api = await scenario({ items });
      const first = await get(`${api.baseUrl}/calls?perPage=2&type=video`);
      expect(first.body).to.deep.equal({
        data: items.slice(0, 2),
        meta: { pagination: { total: 3, count: 2, per_page: 2, current_page: 1, total_pages: 2 } },
      });
      expect((await get(`${api.baseUrl}/calls?perPage=2&page=2`)).body.data).to.deep.equal([items[2]]);
      expect((await get(`${api.baseUrl}/calls/c`)).body).to.deep.equal({ data: items[2] });
    });

    it('replaces earlier switches and state on a new PUT', async () => {
      const api = await scenario({ status: 503 });
      expect((await get(`${api.baseUrl}/calls`)).status).to.equal(503);
      const put = await fetch(`/__calls-api/scenarios/${api.name}`, { method: 'PUT', body: '{}' });
      expect(put.status).to.equal(200);
      expect((await api.state()).requests).to.equal(0);
      expect((await get(`${api.baseUrl}/calls?perPage=1`)).status).to.equal(200);
    });

    it('changes only the named switches on PATCH, keeping the counts and the data', async () => {
      const api = await scenario({ retryAfter: 4 });
      await get(`${api.baseUrl}/calls?perPage=1`);
      expect((await patch(api.name, { status: 500, times: 1 })).status).to.equal(200);
      const failed = await get(`${api.baseUrl}/calls?perPage=1`);
      expect([failed.status, failed.headers.get('Retry-After')]).to.deep.equal([500, '4']);
      expect((await get(`${api.baseUrl}/calls?perPage=1`)).status).to.equal(200);
      expect(await stateOf(api.name)).to.include({ requests: 3, answered: 3 });
    });

    it('adds insertNow newer calls on top at once on PATCH', async () => {
      const api = await scenario({});
      const before = (await get(`${api.baseUrl}/calls?perPage=5`)).body.data;
      await patch(api.name, { insertNow: 2 });
      const after = (await get(`${api.baseUrl}/calls?perPage=5`)).body;
      expect(ids(after.data).slice(2)).to.deep.equal(ids(before).slice(0, 3));
      expect(after.data[1].initiatedAt).to.be.above(before[0].initiatedAt);
      expect(after.data[0].initiatedAt).to.be.above(after.data[1].initiatedAt);
      expect((await patch(api.name, { insertNow: -1 })).status).to.equal(400);
    });

    it('deletes removeNow calls after the newest and ends ongoing calls with endNow on PATCH (local controls)', async () => {
      const api = await scenario({});
      const before = (await get(`${api.baseUrl}/calls?perPage=10`)).body;
      await patch(api.name, { removeNow: 3 });
      const after = (await get(`${api.baseUrl}/calls?perPage=10`)).body;
      expect(ids(after.data).slice(0, 7)).to.deep.equal([ids(before.data)[0], ...ids(before.data).slice(4, 10)]);
      expect(after.meta.pagination.total).to.equal(before.meta.pagination.total - 3);
      const ongoing = () => get(`${api.baseUrl}/calls?perPage=100&status=ongoing`).then((answer) => answer.body.data.length);
      expect(await ongoing()).to.be.greaterThan(0);
      await patch(api.name, { endNow: true });
      expect(await ongoing()).to.equal(0);
      expect((await patch(api.name, { removeNow: 1.5 })).status).to.equal(400);
      expect((await patch(api.name, { endNow: 'yes' })).status).to.equal(400);
    });

    it('leaves other scenarios and the plain API alone', async () => {
      const failing = await scenario({ status: 500 });
      const quiet = await scenario({});
      expect((await get(`${failing.baseUrl}/calls`)).status).to.equal(500);
      expect((await get(`${quiet.baseUrl}/calls?perPage=1`)).status).to.equal(200);
      expect((await get('/v3.0/calls?perPage=1')).status).to.equal(200);
      expect((await quiet.state()).requests).to.equal(1);
    });

    it('refuses unknown or ill-typed switches and bad scenario names with 400', async () => {
      const put = (name: string, body: string) => fetch(`/__calls-api/scenarios/${name}`, { method: 'PUT', body });
      for (const [body, named] of [
        ['{"latncy": 5}', 'latncy'],
        ['{"status": 700}', 'status'],
        ['{"hang": "yes"}', 'hang'],
        ['{"items": {}}', 'items'],
        ['[1]', 'object'],
        ['not json', 'JSON'],
      ]) {
        const answer = await put('bad-switches', body);
        expect(answer.status, body).to.equal(400);
        expect((await answer.json()).error.message).to.contain(named);
      }
      expect((await put('bad%20name', '{}')).status).to.equal(400);
    });
  });

  describe('agreement with MemoryCallLogSource', () => {
    const queries: Partial<CallLogQuery>[] = [
      {},
      { callDirection: 'incoming' },
      { callDirection: 'outgoing', sessionType: 'video' },
      { callStatus: 'cancelled' },
      { callStatus: 'missed', callDirection: 'incoming' },
      { callCategory: 'meet', hasRecording: true },
      { hasRecording: false, sessionType: 'audio' },
      { uid: 'aisha.khan' },
      { guid: 'design-team', callDirection: 'incoming' },
    ];
    /** JSON-normalised, as a call that went over the wire and back would be. */
    const plain = (calls: CallLog[]) => JSON.parse(JSON.stringify(calls));

    it('returns the same calls, in the same order and pages, for the same queries', async () => {
      const info = await apiInfo();
      const memory = new MemoryCallLogSource(generateDemoCallLogs(info), { viewerUid: info.viewerUid });
      const api = new CometChatCallsSource({ baseUrl: `${location.origin}/v3.0`, authToken: 'any-token' });
      const signal = new AbortController().signal;
      for (const filters of queries) {
        for (const limit of [7, 30]) {
          for (const page of [1, 2, 3]) {
            const request = { query: { limit, ...filters }, page, signal };
            const [fromMemory, fromApi] = await Promise.all([memory.fetchPage(request), api.fetchPage(request)]);
            const what = `${JSON.stringify(filters)} limit ${limit} page ${page}`;
            expect(fromApi.items.map((c) => c.sessionID), what).to.deep.equal(fromMemory.items.map((c) => c.sessionID));
            expect(plain(fromApi.items), what).to.deep.equal(plain(fromMemory.items));
            expect(fromApi.pagination, what).to.deep.equal(fromMemory.pagination);
          }
        }
        expect((await memory.fetchPage({ query: { limit: 100, ...filters }, page: 1, signal })).items, JSON.stringify(filters))
          .to.have.length.above(0);
      }
    });
  });
});
