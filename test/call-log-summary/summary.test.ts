// <call-log-summary>: the figures of every call of the linked list's filters within a period, read over the REST
// source against the local Calls API and checked against a count of the same calls made here; its progress, Refresh,
// following the list's checks for new calls without counting again, failures, languages and states.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLogSummary } from '../../src/call-log-summary/call-log-summary.js';
import { CallLogPeriodChangeEvent } from '../../src/events/summary-events.js';
import type { CallLog } from '../../src/model/call-log.js';
import { parseDuration } from '../../src/model/duration.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { apiInfo, scenario, TEST_TOKEN } from '../setup/calls-api.js';

const VIEWER = 'sam.rivera';

/** A list over a scenario of the local Calls API and a summary linked to it, its first count done. */
async function summaryPair(count: number, listAttributes: Record<string, string> = {}, summaryAttributes: Record<string, string> = {}) {
  const api = await scenario({ count });
  const wrapper = await fixture<HTMLElement>(html`<div>
    <call-log-summary for="calls"></call-log-summary>
    <call-log-list id="calls" base-url=${api.baseUrl} auth-token=${TEST_TOKEN} viewer-uid=${VIEWER} load-more="button"></call-log-list>
  </div>`);
  const list = wrapper.querySelector('call-log-list')!;
  const summary = wrapper.querySelector('call-log-summary')!;
  for (const [name, value] of Object.entries(listAttributes)) list.setAttribute(name, value);
  for (const [name, value] of Object.entries(summaryAttributes)) summary.setAttribute(name, value);
  await waitUntil(() => list.status === 'ready' || list.status === 'complete', 'the list did not load', { timeout: 5000 });
  await countDone(summary);
  return { api, list, summary };
}

/** Waits until the summary has counted (its progress gone, its figures shown). */
async function countDone(summary: CallLogSummary): Promise<void> {
  await waitUntil(() => summary.figures && !partOf(summary, 'progress'), 'the summary did not count', { timeout: 10_000 });
  await summary.updateComplete;
}

const partOf = (summary: CallLogSummary, name: string) => summary.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** What a figure says, by its `data-figure`. */
const figure = (summary: CallLogSummary, id: string) =>
  text(summary.shadowRoot!.querySelector(`[part~="figure"][data-figure="${id}"] [part~="value"]`));

/** The scenario's calls, newest first, as the local API generates them. */
async function history(count: number): Promise<CallLog[]> {
  const info = await apiInfo();
  return generateDemoCallLogs({ ...info, count }).sort((a, b) => b.initiatedAt - a.initiatedAt);
}

/** The day `offset` days from today's, at its first moment (or its last, `end`), in Unix milliseconds. */
function dayAt(offset: number, end = false, month = new Date().getMonth(), day = new Date().getDate() + offset): number {
  const now = new Date();
  return end ? new Date(now.getFullYear(), month, day + 1).getTime() - 1 : new Date(now.getFullYear(), month, day).getTime();
}

/** A count made here, apart from the element's code: what the figures must say of `calls`. */
function countOf(calls: readonly CallLog[]) {
  const nobodyAnswered = new Set(['missed', 'unanswered', 'cancelled', 'busy']);
  const ended = calls.filter((call) => call.status === 'ended');
  const talk = ended.reduce((sum, call) => sum + parseDuration(call.totalDuration)!, 0);
  const parties = new Map<string, number>();
  for (const call of calls) {
    const other =
      call.receiver.entityType === 'group' || (call.initiator.entityType === 'user' && call.initiator.uid === VIEWER)
        ? call.receiver
        : call.initiator;
    parties.set(other.name, (parties.get(other.name) ?? 0) + 1);
  }
  return {
    calls: calls.length,
    answered: calls.filter((call) => call.status === 'ended' || call.status === 'ongoing').length,
    missed: calls.filter((call) => nobodyAnswered.has(call.status) && !(call.initiator.entityType === 'user' && call.initiator.uid === VIEWER)).length,
    talkSeconds: talk,
    averageSeconds: ended.length ? talk / ended.length : undefined,
    audioMinutes: calls.reduce((sum, call) => sum + call.totalAudioMinutes, 0),
    videoMinutes: calls.reduce((sum, call) => sum + call.totalVideoMinutes, 0),
    busiest: [...parties].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, 3),
  };
}

/** The summary's figures in the shape of `countOf`. */
function figuresOf(summary: CallLogSummary) {
  const { busiest, ...figures } = summary.figures!;
  return { ...figures, busiest: busiest.map(({ party, calls }) => [party.name, calls] as [string, number]) };
}

const closeTo = (actual: Record<string, unknown>, expected: Record<string, unknown>) => {
  for (const key of ['audioMinutes', 'videoMinutes', 'averageSeconds', 'talkSeconds']) {
    const [a, b] = [actual[key], expected[key]] as [number | undefined, number | undefined];
    if (a === undefined || b === undefined) expect(a, key).to.equal(b);
    else expect(a, key).to.be.closeTo(b, 1e-6);
  }
  const strip = ({ audioMinutes: _a, videoMinutes: _v, averageSeconds: _s, talkSeconds: _t, ...rest }: Record<string, unknown>) => rest;
  expect(strip(actual)).to.deep.equal(strip(expected));
};

describe('<call-log-summary>', () => {
  describe('figures', () => {
    it('sums up every call of 600 over REST for all time, equal to a count of the same calls', async () => {
      const { api, summary } = await summaryPair(600);
      closeTo(figuresOf(summary), countOf(await history(600)));
      expect(figure(summary, 'calls')).to.equal('600');
      expect((await api.state()).lastQuery['perPage'], 'read at the largest page size').to.equal('100');
      const busiest = [...summary.shadowRoot!.querySelectorAll('[part~="party"]')].map(text);
      expect(busiest).to.have.length(3);
      expect(busiest[0]).to.match(/^\S.* \d+ calls$/);
      await expect(summary).to.be.accessible();
    });

    for (const [title, listAttributes, period, within] of [
      ['missed calls, this month', { 'call-status': 'missed' }, 'month', (at: number) => at >= dayAt(0, false, new Date().getMonth(), 1)],
      ['video calls, today', { 'session-type': 'video' }, 'today', (at: number) => at >= dayAt(0) && at <= dayAt(0, true)],
      ['all calls, this week (the week of the language, en-US from Sunday)', {}, 'week', (at: number) => at >= dayAt(-new Date().getDay())],
    ] as const) {
      it(`equals a count of the same calls for ${title}`, async () => {
        const { summary } = await summaryPair(600, listAttributes, { period, lang: 'en-US' });
        const calls = (await history(600)).filter((call) => {
          const at = call.initiatedAt * 1000;
          return (
            within(at) &&
            Object.entries(listAttributes).every(([name, value]) => (name === 'call-status' ? call.status : call.type) === value)
          );
        });
        closeTo(figuresOf(summary), countOf(calls));
      });
    }

    it("narrows the list's own date range to the period: the days in both", async () => {
      // The list from 20 days ago to 3 days ago, the summary from 10 days ago to today: 10 to 3 days ago are counted.
      const iso = (offset: number) => new Date(dayAt(offset) + 12 * 3600_000).toISOString().slice(0, 10);
      const { summary } = await summaryPair(600, { from: iso(-20), to: iso(-3) }, { from: iso(-10), to: iso(0) });
      const calls = (await history(600)).filter((call) => call.initiatedAt * 1000 >= dayAt(-10) && call.initiatedAt * 1000 <= dayAt(-3, true));
      expect(calls.length).to.be.greaterThan(20);
      closeTo(figuresOf(summary), countOf(calls));
      // The range is an option of the period select, named by its dates.
      const option = summary.shadowRoot!.querySelector<HTMLOptionElement>('[part~="period"] option[value="range"]')!;
      expect(option.selected).to.equal(true);
      expect(text(option)).to.match(/\d/);
    });

    it('counts nothing, reading nothing, when the period and the list\'s range share no day', async () => {
      const iso = (offset: number) => new Date(dayAt(offset) + 12 * 3600_000).toISOString().slice(0, 10);
      const { api, summary } = await summaryPair(300, { to: iso(-5) });
      const before = (await api.state()).requests;
      summary.period = 'today';
      await summary.updateComplete;
      await countDone(summary);
      expect(figure(summary, 'calls')).to.equal('0');
      expect(figure(summary, 'average-call')).to.equal('–');
      expect((await api.state()).requests).to.equal(before);
      expect(partOf(summary, 'busiest')).to.equal(null);
    });
  });

  describe('counting', () => {
    it('shows a progress bar with "N of M calls" while it counts, the figures so far marked busy', async () => {
      const { api, summary } = await summaryPair(500);
      await api.patch({ latency: 150 });
      summary.refresh();
      await waitUntil(() => partOf(summary, 'progress')?.getAttribute('aria-valuetext') === '100 of 500 calls', 'no progress shown');
      expect(text(partOf(summary, 'status'))).to.equal('100 of 500 calls');
      expect(partOf(summary, 'progress')!.getAttribute('aria-label')).to.equal('Counting calls');
      expect(partOf(summary, 'figures')!.getAttribute('aria-busy')).to.equal('true');
      expect(figure(summary, 'calls')).to.equal('100');
      await expect(summary).to.be.accessible();
      await countDone(summary);
      expect(figure(summary, 'calls')).to.equal('500');
      expect(partOf(summary, 'figures')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('counts again when the list\'s filters change, and on Refresh', async () => {
      const { api, list, summary } = await summaryPair(300);
      list.callStatus = 'missed';
      await waitUntil(() => summary.figures?.calls !== 300 && !partOf(summary, 'progress'), 'no new count');
      const missed = (await history(300)).filter((call) => call.status === 'missed');
      expect(summary.figures!.calls).to.equal(missed.length);
      const before = (await api.state()).requests;
      partOf(summary, 'refresh-button')!.click();
      await summary.updateComplete;
      await summary.counted;
      await countDone(summary);
      expect((await api.state()).requests - before, 'one page of missed calls').to.equal(1);
      expect(summary.figures!.calls).to.equal(missed.length);
    });

    it("adds the calls the list's check for new calls brings, without counting the others again", async () => {
      const { api, list, summary } = await summaryPair(300);
      await api.patch({ insertNow: 3 });
      const before = (await api.state()).requests;
      await list.controller.refresh();
      await summary.updateComplete;
      expect(summary.figures!.calls).to.equal(303);
      expect((await api.state()).requests - before, "only the list's check").to.equal(1);
      expect(figure(summary, 'calls')).to.equal('303');
    });

    it('counts a call again, not twice, when a check brings it ended', async () => {
      const { api, list, summary } = await summaryPair(300);
      const ongoing = summary.figures!.answered;
      const talk = summary.figures!.talkSeconds;
      await api.patch({ endNow: true });
      await list.controller.refresh();
      await summary.updateComplete;
      expect(summary.figures!.calls).to.equal(300);
      expect(summary.figures!.answered).to.equal(ongoing);
      expect(summary.figures!.talkSeconds).to.be.greaterThan(talk);
    });

    it('says what failed, shows no figures, and Retry counts again', async () => {
      const { api, summary } = await summaryPair(300);
      await api.patch({ wrongEnvelope: true, times: 1 });
      summary.refresh();
      await waitUntil(() => partOf(summary, 'retry-button'), 'no failure shown');
      const status = partOf(summary, 'status')!;
      expect(status.getAttribute('role')).to.equal('alert');
      expect(text(status)).to.equal('The summary could not be counted. The server sent an answer that could not be read.');
      expect(partOf(summary, 'figures')).to.equal(null);
      await expect(summary).to.be.accessible();
      partOf(summary, 'retry-button')!.click();
      await waitUntil(() => partOf(summary, 'figures') && !partOf(summary, 'progress'), 'Retry did not count');
      expect(figure(summary, 'calls')).to.equal('300');
    });
  });

  describe('the busiest', () => {
    it('shows the list\'s calls with one of them when a person presses it, and counts those', async () => {
      const { list, summary } = await summaryPair(300);
      const [top] = summary.figures!.busiest;
      const button = summary.shadowRoot!.querySelector<HTMLButtonElement>('[part~="party"]')!;
      expect(button.getAttribute('title')).to.equal(`All calls with ${top!.party.name}`);
      expect(text(button)).to.equal(`${top!.party.name} ${top!.calls} calls`);
      const changed = oneEvent(list, 'call-log-filter-change');
      button.click();
      await changed;
      const id = top!.party.entityType === 'group' ? { guid: top!.party.guid } : { uid: top!.party.uid };
      expect(list.filters).to.include(id);
      // The API's `uid` also matches the group calls the person took part in: at least their calls one to one.
      await waitUntil(() => summary.figures?.calls !== 300 && !partOf(summary, 'progress'), 'the summary did not count again');
      expect(summary.figures!.calls).to.be.at.least(top!.calls).and.below(300);
      await expect(summary).to.be.accessible();
    });
  });

  describe('period', () => {
    it('lets a person pick a period, firing call-log-period-change, and counts it', async () => {
      const { summary } = await summaryPair(300);
      const select = partOf(summary, 'period') as HTMLSelectElement;
      expect([...select.options].map((option) => text(option))).to.deep.equal(['All time', 'Today', 'This week', 'This month']);
      expect(select.labels?.[0]?.textContent).to.include('Period');
      select.value = 'today';
      const changed = oneEvent(summary, CallLogPeriodChangeEvent.eventName);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      expect((await changed).detail).to.deep.equal({ period: 'today' });
      await countDone(summary);
      const today = (await history(300)).filter((call) => call.initiatedAt * 1000 >= dayAt(0) && call.initiatedAt * 1000 <= dayAt(0, true));
      expect(summary.figures!.calls).to.equal(today.length);
      expect(summary.period).to.equal('today');
    });

    it('fires no change event when the period is set by code', async () => {
      const { summary } = await summaryPair(50);
      let fired = 0;
      summary.addEventListener(CallLogPeriodChangeEvent.eventName, () => fired++);
      summary.period = 'month';
      await summary.updateComplete;
      await countDone(summary);
      expect(fired).to.equal(0);
    });
  });

  describe('states and attributes', () => {
    it('is off, saying why, when no list has its for id', async () => {
      const summary = await fixture<CallLogSummary>(html`<call-log-summary for="nowhere"></call-log-summary>`);
      expect(text(partOf(summary, 'reason'))).to.equal('The summary is off: no call list has the id "nowhere".');
      expect((partOf(summary, 'period') as HTMLSelectElement).disabled).to.equal(true);
      expect(partOf(summary, 'figures')).to.equal(null);
      await expect(summary).to.be.accessible();
    });

    it('names a wrong period or date and what is allowed, counting nothing', async () => {
      const summary = await fixture<CallLogSummary>(html`<call-log-summary period="year"></call-log-summary>`);
      expect(text(partOf(summary, 'reason'))).to.equal(
        'This summary is not set up correctly. period: "year" is not allowed; use one of "all", "today", "week", "month", "range".',
      );
      summary.removeAttribute('period');
      summary.setAttribute('from', 'yesterday');
      await summary.updateComplete;
      expect(text(partOf(summary, 'reason'))).to.include('from and to.from');
      expect(text(partOf(summary, 'reason'))).to.include('ISO 8601');
      await expect(summary).to.be.accessible();
    });

    it('is off while its list is not set up correctly', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <call-log-summary for="calls"></call-log-summary>
        <call-log-list id="calls" source="demo" limit="0"></call-log-list>
      </div>`);
      const summary = wrapper.querySelector('call-log-summary')!;
      await waitUntil(() => partOf(summary, 'reason'), 'no reason shown');
      expect(text(partOf(summary, 'reason'))).to.match(/^The summary is off: the call list is not set up correctly\. The limit attribute is 0/);
      await expect(summary).to.be.accessible();
    });

    it('speaks German, with German numbers and the week from Monday', async () => {
      const { summary } = await summaryPair(600, {}, { lang: 'de', period: 'week' });
      await waitUntil(() => text(partOf(summary, 'refresh-button')) !== 'Refresh', 'the summary did not speak German', { timeout: 5000 });
      await countDone(summary);
      const monday = -((new Date().getDay() + 6) % 7);
      const week = (await history(600)).filter((call) => call.initiatedAt * 1000 >= dayAt(monday));
      expect(summary.figures!.calls).to.equal(week.length);
      expect(summary.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('de');
      summary.period = 'all';
      await countDone(summary);
      await waitUntil(() => figure(summary, 'calls') === '600');
      const minutes = summary.figures!.audioMinutes;
      expect(figure(summary, 'audio-minutes')).to.equal(new Intl.NumberFormat('de', { maximumFractionDigits: 1 }).format(minutes));
      expect(text(summary.shadowRoot!.querySelector('[data-figure="calls"] [part~="label"]'))).not.to.equal('Calls');
    });

    it('follows a list it is placed in, without for', async () => {
      const api = await scenario({ count: 40 });
      const list = await fixture<CallLogList>(html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} viewer-uid=${VIEWER}>
        <call-log-summary></call-log-summary>
      </call-log-list>`);
      const summary = list.querySelector('call-log-summary')!;
      await countDone(summary);
      expect(summary.figures!.calls).to.equal(40);
    });
  });
});
