// <call-log-list>: finding calls by search, by date range and by person.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { SEARCH_PAGES } from '../../src/controllers/call-log-controller.js';
import type { CallLogFilterChangeEvent } from '../../src/events/call-log-events.js';
import { apiInfo, scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { call, expectShown, memoryList, part, rowButtons, settled, text, VIEWER } from './helpers.js';

const hour = 3600;
const now = Math.floor(Date.now() / 1000);
const person = (uid: string, name: string) => ({ entityType: 'user' as const, uid, name });

const people = () => [
  call({ sessionID: 'jose', initiator: person('jose', 'José Pérez'), initiatedAt: now - hour }),
  call({ sessionID: 'ozdemir', initiator: person('ozdemir', 'Ayşe Özdemir'), initiatedAt: now - 2 * hour }),
  call({ sessionID: 'ana-1', initiatedAt: now - 3 * hour }),
  call({ sessionID: 'ana-2', initiatedAt: now - 4 * hour, status: 'missed' }),
];

describe('<call-log-list>', () => {
  describe('search', () => {
    it('finds names whatever their case and accents, and marks the match in the row as text', async () => {
      const list = await memoryList(people());
      list.search = 'JOSE';
      await waitUntil(() => list.items.length === 1, 'not narrowed to José');
      await expectShown(list, ['jose']);
      const match = list.shadowRoot!.querySelector('[part~="name"] mark[part~="match"]');
      expect(text(match)).to.equal('José');
      list.search = 'ozdemir';
      await waitUntil(() => list.items[0]?.sessionID === 'ozdemir' && list.items.length === 1);
      await expectShown(list, ['ozdemir']);
      expect(text(list.shadowRoot!.querySelector('mark[part~="match"]'))).to.equal('Özdemir');
      await expect(list).to.be.accessible();
    });

    it('never reads a name as markup', async () => {
      const hostile = '<img src=x onerror="window.pwned=1">Ana';
      const list = await memoryList([call({ sessionID: 'h', initiator: person('h', hostile) })]);
      list.search = 'img src';
      await waitUntil(() => list.shadowRoot!.querySelector('mark[part~="match"]'), 'no match marked');
      const name = part(list, 'name')!;
      expect(name.querySelector('img')).to.equal(null);
      expect(text(name)).to.equal(hostile);
      expect(text(name.querySelector('mark'))).to.equal('img src');
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
    });

    it('says in the row what it matched when the name does not show it: a member of a group call, an id', async () => {
      const group = { entityType: 'group' as const, guid: 'book-club', name: 'Book Club' };
      const list = await memoryList([
        call({ sessionID: 'group', initiator: person('yuki', 'Yuki Tanaka'), receiver: group, receiverType: 'group' }),
        call({ sessionID: 'direct', initiator: person('yuki', 'Yuki Tanaka') }),
        call({ sessionID: 'other', initiator: person('mateo', 'Mateo García') }),
      ]);
      list.search = 'yuki';
      await waitUntil(() => list.items.length === 2, 'not narrowed to the calls with Yuki');
      await expectShown(list, ['group', 'direct']);
      const [group1, direct] = rowButtons(list);
      // The group's row names the group: its meta line shows the member the search found, marked.
      const hit = group1!.querySelector('[part~="meta"] [part~="search-hit"]');
      expect(text(hit)).to.equal('Yuki Tanaka');
      expect(text(hit!.querySelector('mark[part~="match"]'))).to.equal('Yuki');
      expect(group1!.querySelector('[part~="name"] mark')).to.equal(null);
      // A row whose name shows the match says nothing more.
      expect(text(direct!.querySelector('[part~="name"] mark'))).to.equal('Yuki');
      expect(direct!.querySelector('[part~="search-hit"]')).to.equal(null);
      await expect(list).to.be.accessible();

      list.search = 'book-cl';
      await waitUntil(() => list.items.length === 1, 'not narrowed to the group by its id');
      await expectShown(list, ['group']);
      expect(text(rowButtons(list)[0]!.querySelector('[part~="search-hit"] mark'))).to.equal('book-cl');
      list.search = undefined;
      await waitUntil(() => list.items.length === 3, 'the search was not cleared');
      await list.updateComplete;
      expect(list.shadowRoot!.querySelector('[part~="search-hit"]')).to.equal(null);
    });

    it("never finds the signed-in user by their own name, and tells the REST source who that is", async () => {
      const list = await memoryList([call({ sessionID: 'ana' }), call({ sessionID: 'samir', initiator: person('samir', 'Samir Haddad') })]);
      // Sam Rivera, the viewer, is the other side of both calls: "sam" finds only Samir.
      list.search = 'sam';
      await waitUntil(() => list.items.length === 1, 'not narrowed to Samir');
      await expectShown(list, ['samir']);
      list.search = 'rivera';
      await waitUntil(() => list.status === 'complete' && list.items.length === 0, 'the own name found calls');

      const api = await scenario({});
      const { viewerUid } = await apiInfo();
      const rest = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} viewer-uid=${viewerUid} search=${viewerUid}></call-log-list>`,
      );
      await waitUntil(() => rest.status === 'complete', 'the search did not reach the end', { timeout: 10000 });
      expect(rest.items).to.deep.equal([]);
      await rest.updateComplete;
      await expect(rest).to.be.accessible();
      // Without a viewer, the list cannot tell: the own id finds the calls with that user, said in each row.
      rest.viewerUid = undefined;
      await waitUntil(() => rest.items.length > 0, 'the calls with the user were not found', { timeout: 10000 });
      await rest.updateComplete;
      expect(text(rest.shadowRoot!.querySelector('[part~="search-hit"]'))).to.equal(viewerUid);
    });

    it('reads a source without search page after page, counts, pauses at the page limit and goes on when asked', async () => {
      const api = await scenario({ count: 2000 });
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} search="nobody by this name"></call-log-list>`,
      );
      await waitUntil(() => list.controller.paused, 'the search did not pause', { timeout: 10000 });
      await list.updateComplete;
      expect((await api.state()).requests).to.equal(SEARCH_PAGES);
      expect(text(part(list, 'search-status'))).to.equal('0 found · 1,000 calls searched');
      expect(list.status).to.equal('ready');
      await expect(list).to.be.accessible();
      const more = part(list, 'load-more-button')!;
      expect(text(more)).to.equal('Search older calls');
      more.click();
      await waitUntil(() => list.status === 'complete', 'the search did not reach the end', { timeout: 10000 });
      await list.updateComplete;
      // The end of the history: every page read once, and the empty state names the search.
      expect((await api.state()).requests).to.equal(20);
      expect(list.controller.scanned).to.equal(2000);
      expect(text(part(list, 'empty'))).to.contain('Search: nobody by this name');
    });

    it('shows what it found so far while it reads, and Stop keeps it and sends no more requests', async () => {
      const api = await scenario({ count: 2000, latency: 150 });
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} search="chloé"></call-log-list>`,
      );
      await waitUntil(() => part(list, 'stop-button') && list.controller.scanned >= 100, 'no Stop while reading', { timeout: 10000 });
      const status = text(part(list, 'search-status'));
      expect(status).to.match(/^\d+ found · [\d,]+ calls searched$/);
      part(list, 'stop-button')!.click();
      await waitUntil(() => !part(list, 'stop-button'), 'Stop is still shown');
      expect(list.status).to.equal('ready');
      expect(list.controller.paused).to.equal(true);
      await api.settled();
      const { requests } = await api.state();
      const found = list.items.length;
      expect(list.items.every((c) => [c.initiator.name, c.receiver.name].includes('Chloé Martin'))).to.equal(true);
      await list.updateComplete;
      expect((await api.state()).requests).to.equal(requests);
      expect(list.items.length).to.equal(found);
      expect(text(part(list, 'load-more-button'))).to.equal('Search older calls');
    });
  });

  describe('search on a server that searches', () => {
    it('sends one request per pause in typing, with the search, from the filter\'s box', async () => {
      const api = await scenario({});
      const wrapper = await fixture<HTMLElement>(html`<div>
        <call-log-filter for="server-searched" fields="search"></call-log-filter>
        <call-log-list id="server-searched" base-url=${api.baseUrl} auth-token=${TEST_TOKEN} server-search limit="10" load-more="button"></call-log-list>
      </div>`);
      const list = wrapper.querySelector<CallLogList>('call-log-list')!;
      const filter = wrapper.querySelector<CallLogFilter>('call-log-filter')!;
      await settled(list);
      expect((await api.state()).requests).to.equal(1);
      const box = filter.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      box.focus();
      const changed = oneEvent(filter, 'call-log-filter-change');
      await sendKeys({ type: 'chloe' });
      await changed;
      await waitUntil(() => list.status === 'ready' && list.items.length === 10, 'the search did not load');
      const { requests, lastQuery } = await api.state();
      // Five keystrokes, one pause: one request, the search sent to the server rather than pages read in the browser.
      expect(requests).to.equal(2);
      expect(lastQuery).to.include({ search: 'chloe', perPage: '10', page: '1' });
      expect(list.controller.searching).to.equal(false);
      expect(list.items.every((c) => [c.initiator.name, c.receiver.name].includes('Chloé Martin'))).to.equal(true);
      await expect(list).to.be.accessible();
    });
  });

  describe('search and new calls', () => {
    it('checks for new calls with one page while a search is narrowed in the browser', async () => {
      const api = await scenario({ count: 400 });
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} search="chloé" limit="5" load-more="button"></call-log-list>`,
      );
      await settled(list);
      const before = list.items.map((c) => c.sessionID);
      expect(before.length).to.be.at.least(5);
      const { requests } = await api.state();
      await api.patch({ insertNow: 3 });
      await list.refresh();
      // One page reaches the newest call shown: no reading on through pages that hold no match, and no reload.
      expect((await api.state()).requests).to.equal(requests + 1);
      expect(list.items.slice(-before.length).map((c) => c.sessionID)).to.deep.equal(before);
      expect(list.items.every((c) => [c.initiator.name, c.receiver.name].includes('Chloé Martin'))).to.equal(true);
    });
  });

  describe('date range', () => {
    it('shows only the calls placed within from and to, a date meaning its whole day', async () => {
      const day = (daysAgo: number, hours = 12) => {
        const date = new Date();
        date.setDate(date.getDate() - daysAgo);
        date.setHours(hours, 0, 0, 0);
        return Math.floor(date.getTime() / 1000);
      };
      const iso = (daysAgo: number) => {
        const date = new Date();
        date.setDate(date.getDate() - daysAgo);
        return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
      };
      const list = await memoryList([
        call({ sessionID: 'd1', initiatedAt: day(1) }),
        call({ sessionID: 'd3-late', initiatedAt: day(3, 23) }),
        call({ sessionID: 'd5-early', initiatedAt: day(5, 0) }),
        call({ sessionID: 'd9', initiatedAt: day(9) }),
      ]);
      list.from = iso(5);
      list.to = iso(3);
      await waitUntil(() => list.items.length === 2);
      await expectShown(list, ['d3-late', 'd5-early']);
    });

    it('names the range in the empty state', async () => {
      const list = await memoryList([call({ sessionID: 'a' })]);
      list.from = '2020-03-01';
      list.to = '2020-03-05';
      await waitUntil(() => list.status === 'complete' && list.items.length === 0);
      await list.updateComplete;
      const range = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).formatRange(new Date(2020, 2, 1), new Date(2020, 2, 5, 23, 59));
      expect(text(part(list, 'empty'))).to.contain(`Date: ${range}`);
      list.from = undefined;
      await waitUntil(() => text(part(list, 'empty')).includes('Date: until Mar 5, 2020'), 'the open range is not named');
      await expect(list).to.be.accessible();
    });

    it('is a configuration error when from is after to, or a date does not parse', async () => {
      const list = await fixture<CallLogList>(html`<call-log-list source="demo" from="2026-11-05" to="2026-11-01"></call-log-list>`);
      await settled(list);
      expect(list.status).to.equal('error');
      expect(list.error?.code).to.equal('INVALID_CONFIG');
      expect(text(part(list, 'error'))).to.contain('The from attribute "2026-11-05" is later than the to attribute "2026-11-01"');
      list.to = 'yesterday';
      await waitUntil(() => list.error?.message.includes('The to attribute is "yesterday"'), 'no error for a date that does not parse');
      expect(list.error!.message).to.contain('ISO 8601');
      await expect(list).to.be.accessible();
    });
  });

  describe('all calls with this person', () => {
    it('narrows to the other party from a row, firing a change a page can cancel, and keeps the filters from before', async () => {
      const list = await memoryList(people());
      list.callStatus = 'ended';
      await waitUntil(() => list.items.length === 3);
      await expectShown(list, ['jose', 'ozdemir', 'ana-1']);
      const expand = list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="expand-button"]')[2]!;
      expand.click();
      await list.updateComplete;
      const button = part(list, 'party-calls-button')!;
      expect(text(button)).to.equal('All calls with Ana Lopez');
      await expect(list).to.be.accessible();

      const cancel = (event: Event) => event.preventDefault();
      list.addEventListener('call-log-filter-change', cancel, { once: true });
      button.click();
      expect(list.callStatus).to.equal('ended');
      expect(list.previousFilters).to.equal(undefined);

      const changed = oneEvent(list, 'call-log-filter-change') as Promise<CallLogFilterChangeEvent>;
      button.click();
      expect((await changed).detail.filters).to.deep.equal({ uid: 'ana' });
      expect(list.filters).to.deep.equal({ uid: 'ana' });
      await waitUntil(() => list.items.length === 2);
      await expectShown(list, ['ana-1', 'ana-2']);
      expect(list.previousFilters).to.deep.equal({ callStatus: 'ended' });
      // Any other change ends the narrowing: there is nothing to go back to.
      list.sessionType = 'audio';
      expect(list.previousFilters).to.equal(undefined);
    });

    it('narrows a group call to its group', async () => {
      const group = { entityType: 'group' as const, guid: 'design', name: 'Design Team' };
      const list = await memoryList([call({ sessionID: 'g', receiver: group, receiverType: 'group' }), call({ sessionID: 'a' })]);
      list.showCallsWith(list.items[0]!);
      expect(list.filters).to.deep.equal({ guid: 'design' });
      await waitUntil(() => list.items.length === 1);
      await expectShown(list, ['g']);
      expect(list.getAttribute('viewer-uid')).to.equal(VIEWER);
    });
  });
});
