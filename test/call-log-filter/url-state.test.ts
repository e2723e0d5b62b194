// <call-log-filter url-state>: the filters kept in the page URL's query, under a prefix, with Back and Forward.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import { readUrlFilters, searchWithFilters } from '../../src/call-log-filter/url-state.js';
import { CallLogFilterChangeEvent } from '../../src/events/call-log-events.js';
import { byLabel, choose, countChanges, linkedPair, nextChange, partOf, shown } from './helpers.js';

// The test page's own URL carries the runner's parameters: they stand for a host page's, and are put back after each test.
const START = location.href;

/** The test page's URL with `params` added to its query, and `hash`. */
function pageUrl(params: string, hash = ''): string {
  const url = new URL(START);
  return `${url.pathname}${url.search}${url.search ? '&' : '?'}${params}${hash}`;
}

const params = () => new URLSearchParams(location.search);

/**
 * History entries pushed by the page since the test began. Counted as they are pushed: `history.length` stops at 50
 * in Chromium, which a tab that ran many test files before this one has reached.
 */
let pushed = 0;
const { pushState } = History.prototype;
beforeEach(() => {
  pushed = 0;
  history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
    pushed++;
    pushState.apply(this, args);
  };
});
afterEach(() => {
  // The prototype's own method again.
  Reflect.deleteProperty(history, 'pushState');
});

/** A filter with `url-state` (or `url-state="log-"`) and its list, made after the URL is set. */
const urlPair = (prefix?: string, listAttributes = '') => linkedPair(listAttributes, prefix ?? '');

/** Goes back (or forward) in the history and waits for the page to hear of it. */
async function go(delta: -1 | 1): Promise<void> {
  const popped = oneEvent(window, 'popstate');
  history.go(delta);
  await popped;
}

describe('<call-log-filter>', () => {
  describe('url-state', () => {
    afterEach(() => history.replaceState(null, '', START));

    it('applies the filters found in the URL on connecting, firing nothing, and leaves out values not valid', async () => {
      history.replaceState(
        null,
        '',
        pageUrl(
          'page=2&calls-call-status=missed&calls-search=anna&calls-from=2026-11-01&calls-has-recording=true' +
            '&calls-call-direction=sideways&calls-to=someday',
          '#top',
        ),
      );
      const before = location.href;
      let fired = 0;
      const count = () => fired++;
      document.addEventListener(CallLogFilterChangeEvent.eventName, count);
      try {
        const { filter, list } = await urlPair();
        expect(list.filters).to.deep.equal({ callStatus: 'missed', search: 'anna', from: '2026-11-01', hasRecording: true });
        await list.updateComplete;
        expect(list.error).to.equal(undefined);
        await waitUntil(() => byLabel<HTMLInputElement>(filter, 'Search').value === 'anna');
        expect(shown(byLabel(filter, 'Status'))).to.equal('Missed');
        expect(shown(byLabel(filter, 'Date'))).to.equal('Custom');
        expect(byLabel<HTMLInputElement>(filter, 'From').value).to.equal('2026-11-01');
        expect(fired, 'no person acted').to.equal(0);
        expect(location.href, 'reading the URL writes nothing').to.equal(before);
        await expect(filter).to.be.accessible();
      } finally {
        document.removeEventListener(CallLogFilterChangeEvent.eventName, count);
      }
    });

    it("pushes a person's change under the prefix, keeping the page's parameters and hash", async () => {
      history.replaceState(null, '', pageUrl('page=2', '#top'));
      const { filter } = await urlPair('log-');
      await nextChange(filter, () => choose(byLabel(filter, 'Status'), 'missed'));
      expect(pushed).to.equal(1);
      expect(params().get('log-call-status')).to.equal('missed');
      expect(params().get('page')).to.equal('2');
      expect(location.hash).to.equal('#top');
      expect(location.search.startsWith(new URL(START).search), "the page's parameters keep their place").to.equal(true);
      await nextChange(filter, () => byLabel<HTMLInputElement>(filter, 'With recording').click());
      expect(params().get('log-has-recording')).to.equal('true');
      await nextChange(filter, () => partOf(filter, 'clear')!.click());
      expect(pushed).to.equal(3);
      expect([...params().keys()].filter((key) => key.startsWith('log-'))).to.deep.equal([]);
      expect(params().get('page')).to.equal('2');
      expect(location.hash).to.equal('#top');
    });

    it('uses calls- for an empty value, and writes a date preset as two ISO dates', async () => {
      const { filter } = await urlPair();
      const event = await nextChange(filter, () => choose(byLabel(filter, 'Date'), 'today'));
      const { from, to } = event.detail.filters;
      expect(params().get('calls-from')).to.equal(from);
      expect(params().get('calls-to')).to.equal(to);
    });

    it('replaces the entry for a run of searches, so typing does not fill the history', async () => {
      const { filter } = await urlPair();
      const box = byLabel<HTMLInputElement>(filter, 'Search');
      box.focus();
      await nextChange(filter, () => sendKeys({ type: 'ann' }));
      expect(pushed, 'the first search is an entry of its own').to.equal(1);
      expect(params().get('calls-search')).to.equal('ann');
      await nextChange(filter, () => sendKeys({ type: 'a' }));
      expect(pushed).to.equal(1);
      expect(params().get('calls-search')).to.equal('anna');
      await nextChange(filter, () => choose(byLabel(filter, 'Type'), 'video'));
      expect(pushed).to.equal(2);
      expect(params().get('calls-session-type')).to.equal('video');
      expect(params().get('calls-search')).to.equal('anna');
    });

    it('applies the filters of the entry Back and Forward go to, unset ones cleared, firing nothing', async () => {
      const { filter, list } = await urlPair();
      await nextChange(filter, () => choose(byLabel(filter, 'Status'), 'missed'));
      await nextChange(filter, () => choose(byLabel(filter, 'Type'), 'video'));
      const seen = countChanges(filter);
      await go(-1);
      expect(list.filters).to.deep.equal({ callStatus: 'missed' });
      await waitUntil(() => shown(byLabel(filter, 'Type')) === 'All', 'the Type select shows All again');
      await expect(filter).to.be.accessible();
      await go(-1);
      expect(list.filters).to.deep.equal({});
      await go(1);
      expect(list.filters).to.deep.equal({ callStatus: 'missed' });
      expect(seen.count).to.equal(0);
      await nextChange(filter, () => choose(byLabel(filter, 'Direction'), 'incoming'));
      expect(params().get('calls-call-direction')).to.equal('incoming');
      expect(params().get('calls-session-type'), 'a new change starts from the entry shown').to.equal(null);
    });

    it("goes back to the page's own filters at an entry whose URL holds none", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <call-log-filter for="calls" url-state></call-log-filter>
        <call-log-list id="calls" source="demo" call-category="meet"></call-log-list>
      </div>`);
      const filter = wrapper.querySelector('call-log-filter')!;
      const list = wrapper.querySelector('call-log-list')!;
      await waitUntil(() => shown(byLabel(filter, 'Category')) === 'Meeting');
      await nextChange(filter, () => choose(byLabel(filter, 'Status'), 'busy'));
      expect(params().get('calls-call-category')).to.equal('meet');
      await go(-1);
      expect(list.filters).to.deep.equal({ callCategory: 'meet' });
    });

    it('puts "All calls with" in the URL, so Back in the browser undoes it', async () => {
      const { filter, list } = await urlPair(undefined, 'call-status=ended');
      await nextChange(filter, () => choose(byLabel(filter, 'Type'), 'audio'));
      await waitUntil(() => list.items.length > 0, 'the list has no calls', { timeout: 5000 });
      list.showCallsWith(list.items[0]!);
      await waitUntil(() => params().has('calls-uid') || params().has('calls-guid'), 'the URL names the party');
      expect(params().has('calls-call-status')).to.equal(false);
      await go(-1);
      expect(list.filters).to.deep.equal({ callStatus: 'ended', sessionType: 'audio' });
      await waitUntil(() => partOf(filter, 'back') === null, 'the Back button stays');
    });

    it('leaves the URL alone without the attribute, and stops listening once removed', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <call-log-filter for="calls"></call-log-filter>
        <call-log-list id="calls" source="demo"></call-log-list>
      </div>`);
      const plain = wrapper.querySelector('call-log-filter')!;
      const list = wrapper.querySelector('call-log-list')!;
      await plain.updateComplete;
      const before = location.href;
      await nextChange(plain, () => choose(byLabel(plain, 'Status'), 'missed'));
      expect(location.href).to.equal(before);

      plain.setAttribute('url-state', '');
      await plain.updateComplete;
      await nextChange(plain, () => choose(byLabel(plain, 'Type'), 'video'));
      expect(params().get('calls-session-type')).to.equal('video');
      plain.remove();
      await go(-1);
      await list.updateComplete;
      expect(list.filters, 'a removed filter no longer follows the history').to.deep.equal({
        callStatus: 'missed',
        sessionType: 'video',
      });
    });

    it('works unlinked too: the URL\'s filters are shown as its own, and a change is written', async () => {
      history.replaceState(null, '', pageUrl('calls-guid=book-club'));
      const filter = await fixture<CallLogFilter>(html`<call-log-filter url-state></call-log-filter>`);
      expect(filter.filters).to.deep.equal({ guid: 'book-club' });
      expect(byLabel<HTMLInputElement>(filter, 'Group').value).to.equal('book-club');
      await nextChange(filter, () => choose(byLabel(filter, 'Direction'), 'outgoing'));
      expect(params().get('calls-call-direction')).to.equal('outgoing');
      expect(params().get('calls-guid')).to.equal('book-club');
      await go(-1);
      await filter.updateComplete;
      expect(filter.filters).to.deep.equal({ guid: 'book-club' });
    });

    describe('the query', () => {
      it('reads each filter under the prefix as the list reads its attribute, leaving out bad values', () => {
        expect(readUrlFilters('calls-', '?page=2')).to.equal(undefined);
        expect(
          readUrlFilters('x-', '?x-has-recording=false&x-uid=wei%20zhang&x-search=+&x-limit=5&x-from=2026-02-30'),
        ).to.deep.equal({ hasRecording: false, uid: 'wei zhang' });
        expect(readUrlFilters('x-', '?x-from=2026-11-10&x-to=2026-11-01&x-guid=g'), 'a backwards range').to.deep.equal({
          guid: 'g',
        });
        expect(readUrlFilters('x-', '?x-from=2026-11-01T09:00&x-to=2026-11-01')).to.deep.equal({
          from: '2026-11-01T09:00',
          to: '2026-11-01',
        });
      });

      it("keeps the page's own parameters as written, and encodes the filters", () => {
        expect(searchWithFilters('calls-', { search: 'José & co', hasRecording: true }, '?a=b%20c&flag&calls-uid=x')).to.equal(
          '?a=b%20c&flag&calls-has-recording=true&calls-search=Jos%C3%A9%20%26%20co',
        );
        expect(searchWithFilters('calls-', {}, '?calls-uid=x')).to.equal('');
        expect(searchWithFilters('calls-', {}, '?%E0%A4%A=1')).to.equal('?%E0%A4%A=1');
      });
    });
  });
});
