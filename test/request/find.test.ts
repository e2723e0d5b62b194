// Search and date range through the request, over the REST source against the local Calls API: what a source without
// search or ranges (CometChat's Calls API) costs, and that no call outside the range or the search is ever returned.
import { expect } from '@open-wc/testing';
import type { CallLog } from '../../src/model/call-log.js';
import { fold, placedAt, readDate } from '../../src/model/find.js';
import { CallLogRequestBuilder } from '../../src/request/call-log-request.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { apiInfo, scenario } from '../setup/calls-api.js';
import { thrown } from '../setup/errors.js';

const HISTORY = 2000;
const PAGE = 100;

/** The scenario's calls, newest first, as the local API generates them. */
async function history(count: number): Promise<CallLog[]> {
  const info = await apiInfo();
  return generateDemoCallLogs({ ...info, count }).sort((a, b) => b.initiatedAt - a.initiatedAt || (a.sessionID < b.sessionID ? 1 : -1));
}

/** Every call `request` returns, page after page. */
async function readAll(request: ReturnType<CallLogRequestBuilder['build']>): Promise<CallLog[]> {
  const calls: CallLog[] = [];
  while (request.hasNext) calls.push(...(await request.fetchNext()));
  return calls;
}

/** A local ISO date `days` before the newest call of `calls`. */
const isoDay = (time: number): string => {
  const date = new Date(time);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

describe('date range over a source without ranges', () => {
  it('finds the first page of a range deep in 2,000 calls by bisection and stops at the first older call', async () => {
    const api = await scenario({ count: HISTORY });
    const calls = await history(HISTORY);
    // A range of a few days some 60% down the history.
    const to = isoDay(placedAt(calls[1200]!));
    const from = isoDay(placedAt(calls[1300]!));
    const start = readDate(from)!;
    const end = readDate(to, true)!;
    const expected = calls.filter((call) => placedAt(call) >= start && placedAt(call) <= end).map((call) => call.sessionID);
    expect(expected.length).to.be.greaterThan(50);

    const request = new CallLogRequestBuilder().setFrom(from).setTo(to).setSource(api.source()).build();
    const found = await readAll(request);
    expect(found.map((call) => call.sessionID)).to.deep.equal(expected);

    // The pages that hold the range, and the page after it when the range ends on a page's last call.
    const firstIndex = calls.findIndex((call) => placedAt(call) <= end);
    const lastIndex = calls.length - 1 - [...calls].reverse().findIndex((call) => placedAt(call) >= start);
    const firstPage = Math.floor(firstIndex / PAGE) + 1;
    const rangePages = Math.floor(Math.min(lastIndex + 1, calls.length - 1) / PAGE) + 1 - firstPage + 1;
    const bisection = Math.ceil(Math.log2(HISTORY / PAGE));
    const { requests, lastQuery } = await api.state();
    expect(requests).to.equal(request.requests);
    // Page 1, the bisection, then the range's pages: far fewer than the `firstPage - 1` pages read in turn.
    expect(requests).to.be.at.most(1 + bisection + rangePages);
    expect(requests).to.be.lessThan(firstPage - 1 + rangePages);
    // CometChat's startedAt and endedAt are not sent: what they match is not documented.
    expect(lastQuery).to.not.have.any.keys('startedAt', 'endedAt', 'from', 'to');
    expect(lastQuery['perPage']).to.equal(String(PAGE));
  });

  it('reads only page 1 for a range at the top of the history, and the whole history for one older than it', async () => {
    const api = await scenario({ count: HISTORY });
    const calls = await history(HISTORY);
    const today = await readAll(new CallLogRequestBuilder().setFrom(isoDay(placedAt(calls[5]!))).setSource(api.source()).build());
    expect(today.length).to.be.greaterThan(0);
    expect((await api.state()).requests).to.be.at.most(2);

    const api2 = await scenario({ count: HISTORY });
    const before = new Date(placedAt(calls[calls.length - 1]!) - 86_400_000 * 3);
    const none = new CallLogRequestBuilder().setTo(before).setSource(api2.source()).build();
    expect(await readAll(none)).to.deep.equal([]);
    expect((await api2.state()).requests).to.be.at.most(1 + Math.ceil(Math.log2(HISTORY / PAGE)) + 1);
  });

  it('refuses a range that ends before it starts, naming both setters', () => {
    const error = thrown(() => new CallLogRequestBuilder().setFrom('2026-11-05').setTo('2026-11-01').setSource({ fetchPage: async () => ({ items: [], pagination: { count: 0, perPage: 30, currentPage: 1 } }) }).build());
    expect(error.code).to.equal('INVALID_ARGUMENT');
    expect(error.message).to.contain('setFrom "2026-11-05" is later than setTo "2026-11-01"');
    expect(thrown(() => new CallLogRequestBuilder().setFrom('5 Nov 2026')).message).to.contain('ISO 8601');
  });
});

describe('search over a source without search', () => {
  it('reads pages of 100 and returns only the calls that match, accents and case ignored', async () => {
    const api = await scenario({});
    const calls = await history((await apiInfo()).count);
    const expected = calls
      .filter((call) => [call.initiator.name, call.receiver.name].some((name) => fold(name).includes('garcia')))
      .map((call) => call.sessionID);
    expect(expected.length).to.be.greaterThan(0);
    const request = new CallLogRequestBuilder().setSearchKeyword('GARCÍA').setSource(api.source()).build();
    expect(request.filtersLocally).to.equal(true);
    const found = await readAll(request);
    expect(found.map((call) => call.sessionID)).to.deep.equal(expected);
    expect(request.scanned).to.equal(calls.length);
    const { requests, lastQuery } = await api.state();
    expect(requests).to.equal(Math.ceil(calls.length / PAGE));
    // The Calls API has no search parameter: none is sent.
    expect(lastQuery).to.not.have.any.keys('search');
  });

  it("never finds a call by the signed-in user's own name or id, who takes part in every call", async () => {
    const api = await scenario({});
    const { viewerUid, count } = await apiInfo();
    const calls = await history(count);
    const viewerName = calls.flatMap((call) => [call.initiator, call.receiver]).find((e) => e.entityType === 'user' && e.uid === viewerUid)!.name;
    // Without the viewer, the user's own name finds every call that names them: most of the history.
    const naming = calls.filter(
      (call) =>
        [call.initiator, call.receiver].some((e) => e.entityType === 'user' && e.uid === viewerUid) ||
        call.participantInfoList.some((p) => p.uid === viewerUid && p.name),
    );
    expect(naming.length).to.be.greaterThan(calls.length / 2);
    const unknown = new CallLogRequestBuilder().setSearchKeyword(viewerName).setSource(api.source()).build();
    expect((await readAll(unknown)).map((call) => call.sessionID)).to.deep.equal(naming.map((call) => call.sessionID));
    // Told the viewer, the request looks at everyone else: neither the own name nor the own id finds a call.
    const told = new CallLogRequestBuilder().setSearchKeyword(viewerName).setSource(api.source({ viewerUid })).build();
    expect(await readAll(told)).to.deep.equal([]);
    const byId = new CallLogRequestBuilder().setSearchKeyword(viewerUid).setSource(api.source({ viewerUid })).build();
    expect(await readAll(byId)).to.deep.equal([]);
    // A server that searches leaves the token's user out the same way.
    const server = new CallLogRequestBuilder().setSearchKeyword(viewerName).setSource(api.source({ serverSearch: true })).build();
    expect(server.filtersLocally).to.equal(false);
    expect(await readAll(server)).to.deep.equal([]);
    expect((await api.state()).lastQuery).to.include({ search: viewerName });
  });

  it('sends the search, once per page, to a server that declares it', async () => {
    const api = await scenario({});
    const request = new CallLogRequestBuilder().setSearchKeyword('chloe').setLimit(10).setSource(api.source({ serverSearch: true })).build();
    expect(request.filtersLocally).to.equal(false);
    const first = await request.fetchNext();
    expect(first.length).to.equal(10);
    expect(first.every((call) => [call.initiator.name, call.receiver.name].includes('Chloé Martin'))).to.equal(true);
    const { requests, lastQuery } = await api.state();
    expect(requests).to.equal(1);
    expect(lastQuery).to.include({ search: 'chloe', perPage: '10' });
  });
});
