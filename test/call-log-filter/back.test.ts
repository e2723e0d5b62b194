// <call-log-filter>: "Back to all calls" after a row's "All calls with {name}" narrowed the linked list.
import { expect, waitUntil } from '@open-wc/testing';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { CallLogFilterChangeEvent } from '../../src/events/call-log-events.js';
import { accessibleName, countChanges, focusedIn, linkedPair, nextChange, partOf } from './helpers.js';

/** A linked pair whose list has its first calls, then narrowed to the other party of its first call. */
async function narrowed(listAttributes: string): Promise<{ filter: CallLogFilter; list: CallLogList }> {
  const pair = await linkedPair(listAttributes);
  await waitUntil(() => pair.list.items.length > 0, 'the list has no calls', { timeout: 5000 });
  pair.list.showCallsWith(pair.list.items[0]!);
  await waitUntil(() => partOf(pair.filter, 'back'), 'no Back button');
  return pair;
}

describe('<call-log-filter>', () => {
  describe('Back to all calls', () => {
    it('shows no Back button until the list is narrowed to one party', async () => {
      const { filter } = await linkedPair();
      expect(partOf(filter, 'back')).to.equal(null);
    });

    it('appears first in the actions after showCallsWith, and brings back the filters from before', async () => {
      const { filter, list } = await narrowed('call-status=missed limit=10');
      const back = partOf(filter, 'back')!;
      expect(back.textContent!.trim()).to.equal('Back to all calls');
      expect(await accessibleName(back)).to.equal('Back to all calls');
      expect(back.type).to.equal('button');
      expect(filter.shadowRoot!.querySelector('.actions')!.firstElementChild).to.equal(back);
      const party = list.filters.uid ?? list.filters.guid;
      expect(party).to.be.a('string');
      expect(list.callStatus, 'narrowing cleared the other filters').to.equal(undefined);
      await expect(filter).to.be.accessible();

      const event = await nextChange(filter, () => back.click());
      expect(event).to.be.instanceOf(CallLogFilterChangeEvent);
      expect(event.detail.filters).to.deep.equal({ callStatus: 'missed' });
      expect(list.filters, 'the page size stays').to.deep.equal({ callStatus: 'missed', limit: 10 });
      await filter.updateComplete;
      expect(partOf(filter, 'back')).to.equal(null);
      expect(list.previousFilters).to.equal(undefined);
    });

    it("round trip through the row's \"All calls with\" button", async () => {
      const { filter, list } = await linkedPair('session-type=audio');
      const expand = () => list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="expand-button"]');
      await waitUntil(expand, 'no row to expand', { timeout: 5000 });
      expand()!.click();
      const partyCalls = () => list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="party-calls-button"]');
      await waitUntil(partyCalls, 'no "All calls with" button in the details');
      partyCalls()!.click();
      await waitUntil(() => partOf(filter, 'back'), 'no Back button');
      expect(list.sessionType).to.equal(undefined);
      const event = await nextChange(filter, () => partOf(filter, 'back')!.click());
      expect(event.detail.filters).to.deep.equal({ sessionType: 'audio' });
      await list.updateComplete;
      expect(list.getAttribute('session-type')).to.equal('audio');
    });

    it('moves focus to the next action when the Back button leaves', async () => {
      const { filter } = await narrowed('call-direction=incoming');
      partOf(filter, 'back')!.focus();
      await nextChange(filter, () => partOf(filter, 'back')!.click());
      await waitUntil(() => partOf(filter, 'back') === null);
      await filter.updateComplete;
      expect(focusedIn(filter)?.textContent?.trim(), 'the first preset has focus').to.equal('All');
    });

    it('leaves the list narrowed when the page cancels the change', async () => {
      const { filter, list } = await narrowed('call-status=ended');
      const narrowedTo = list.filters;
      filter.addEventListener(CallLogFilterChangeEvent.eventName, (event) => event.preventDefault());
      partOf(filter, 'back')!.click();
      await filter.updateComplete;
      expect(list.filters).to.deep.equal(narrowedTo);
      expect(partOf(filter, 'back')).to.not.equal(null);
    });

    it('goes away when another change ends the narrowing', async () => {
      const { filter, list } = await narrowed('call-status=missed');
      const seen = countChanges(filter);
      list.callStatus = 'ended';
      await waitUntil(() => partOf(filter, 'back') === null, 'the Back button stays');
      expect(seen.count).to.equal(0);
    });
  });
});
