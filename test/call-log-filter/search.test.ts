// <call-log-filter>: the search box applies what is typed after a pause, at once on Enter, and Escape empties it.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import { CallLogFilterChangeEvent } from '../../src/events/call-log-events.js';
import { byLabel, choose, countChanges, focusedIn, linkedPair, nextChange, shown } from './helpers.js';

const searchBox = (filter: CallLogFilter) => byLabel<HTMLInputElement>(filter, 'Search');
const nextFilters = (filter: CallLogFilter) =>
  (oneEvent(filter, CallLogFilterChangeEvent.eventName) as Promise<CallLogFilterChangeEvent>).then(
    (event) => event.detail.filters,
  );

describe('<call-log-filter>', () => {
  describe('search box', () => {
    it('is a search field with a visible label and a hint, in a field part', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const box = searchBox(filter);
      expect(box.type).to.equal('search');
      expect(box.placeholder).to.equal('Name or id');
      expect(box.matches('[part~="control"]')).to.equal(true);
      expect(box.closest('[part~="field"]')).to.not.equal(null);
      expect(box.labels![0]!.checkVisibility()).to.equal(true);
    });

    it('applies once after a pause in typing, not at each keystroke, and sets the list\'s search', async () => {
      const { filter, list } = await linkedPair();
      const seen = countChanges(filter);
      const applied = nextFilters(filter);
      searchBox(filter).focus();
      await sendKeys({ type: 'anna' });
      expect(seen.count, 'no change while typing').to.equal(0);
      expect(await applied).to.deep.equal({ search: 'anna' });
      await list.updateComplete;
      expect(list.getAttribute('search')).to.equal('anna');
      expect(seen.count).to.equal(1);
      await expect(filter).to.be.accessible();
    });

    it('applies at once on Enter', async () => {
      const { filter, list } = await linkedPair();
      const seen = countChanges(filter);
      searchBox(filter).focus();
      await sendKeys({ type: 'ann' });
      await sendKeys({ press: 'Enter' });
      expect(seen.count).to.equal(1);
      expect(seen.last).to.deep.equal({ search: 'ann' });
      expect(list.search).to.equal('ann');
    });

    it('empties on Escape and applies at once, keeping Escape to itself; an empty box lets Escape through', async () => {
      const { filter, list } = await linkedPair('search=anna');
      await waitUntil(() => searchBox(filter).value === 'anna');
      let escapes = 0;
      const onKey = (event: KeyboardEvent) => event.key === 'Escape' && escapes++;
      document.addEventListener('keydown', onKey);
      try {
        searchBox(filter).focus();
        const event = await nextChange(filter, () => sendKeys({ press: 'Escape' }));
        expect(event.detail.filters).to.deep.equal({});
        expect(searchBox(filter).value).to.equal('');
        expect(escapes, 'the Escape stopped at the box').to.equal(0);
        await list.updateComplete;
        expect(list.hasAttribute('search')).to.equal(false);
        const seen = countChanges(filter);
        await sendKeys({ press: 'Escape' });
        expect(escapes).to.equal(1);
        expect(seen.count).to.equal(0);
      } finally {
        document.removeEventListener('keydown', onKey);
      }
    });

    it('keeps focus and what is typed while the list changes, the space before the next word too', async () => {
      const { filter, list } = await linkedPair();
      const box = searchBox(filter);
      box.focus();
      let applied = nextFilters(filter);
      await sendKeys({ type: 'ann' });
      // The list changes while the search waits: the filter renders again, and must leave the box alone.
      list.setAttribute('call-status', 'missed');
      await waitUntil(() => shown(byLabel(filter, 'Status')) === 'Missed');
      expect(box.value).to.equal('ann');
      expect(focusedIn(filter) === box, 'the box keeps focus').to.equal(true);
      await sendKeys({ type: 'a ' });
      expect(await applied).to.deep.equal({ callStatus: 'missed', search: 'anna' });
      await list.updateComplete;
      await filter.updateComplete;
      expect(box.value, 'the space typed stays').to.equal('anna ');
      applied = nextFilters(filter);
      await sendKeys({ type: 'k' });
      expect(await applied).to.deep.equal({ callStatus: 'missed', search: 'anna k' });
      await filter.updateComplete;
      expect(box.value).to.equal('anna k');
      expect(focusedIn(filter) === box, 'the box keeps focus').to.equal(true);
    });

    it("shows the list's search as it changes", async () => {
      const { filter, list } = await linkedPair('search=wei');
      await waitUntil(() => searchBox(filter).value === 'wei');
      list.search = 'aisha';
      await waitUntil(() => searchBox(filter).value === 'aisha');
    });

    it('unsets the search when the box is emptied', async () => {
      const { filter, list } = await linkedPair('search=anna');
      await waitUntil(() => searchBox(filter).value === 'anna');
      searchBox(filter).focus();
      searchBox(filter).select();
      const applied = nextFilters(filter);
      await sendKeys({ press: 'Backspace' });
      expect(await applied).to.deep.equal({});
      await list.updateComplete;
      expect(list.hasAttribute('search')).to.equal(false);
    });

    it('cuts a search longer than 200 characters to 200, without an error', async () => {
      const { filter, list } = await linkedPair();
      const box = searchBox(filter);
      const applied = nextFilters(filter);
      box.value = `  ${'ä'.repeat(250)}`;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      expect(await applied).to.deep.equal({ search: 'ä'.repeat(200) });
      await list.updateComplete;
      expect(list.error).to.equal(undefined);
    });

    it('applies what waits when the box is left, and nothing after the filter is removed', async () => {
      const { filter } = await linkedPair();
      const box = searchBox(filter);
      box.focus();
      await sendKeys({ type: 'sam' });
      const event = await nextChange(filter, () => byLabel(filter, 'Type').focus());
      expect(event.detail.filters).to.deep.equal({ search: 'sam' });

      // The delay's callback is kept, to run it after the filter has left: it must apply nothing.
      const timers: (() => void)[] = [];
      const setTimeoutBefore = window.setTimeout;
      window.setTimeout = ((callback: () => void, delay?: number) => {
        if (delay === 300) timers.push(callback);
        return setTimeoutBefore(callback, delay);
      }) as typeof window.setTimeout;
      try {
        box.focus();
        await sendKeys({ type: 'x' });
      } finally {
        window.setTimeout = setTimeoutBefore;
      }
      expect(timers).to.have.length(1);
      const seen = countChanges(filter);
      filter.remove();
      timers[0]!();
      expect(seen.count).to.equal(0);
    });

    it('shows the search in force again when the page cancels the change', async () => {
      const { filter } = await linkedPair();
      filter.addEventListener(CallLogFilterChangeEvent.eventName, (event) => event.preventDefault());
      const box = searchBox(filter);
      box.focus();
      await sendKeys({ type: 'nope' });
      await sendKeys({ press: 'Enter' });
      await filter.updateComplete;
      expect(box.value).to.equal('');
      expect(filter.filters).to.deep.equal({});
    });

    it('is left out with the fields attribute, and a preset keeps the search', async () => {
      const { filter, list } = await linkedPair('search=anna');
      await waitUntil(() => searchBox(filter).value === 'anna');
      const event = await nextChange(filter, () => choose(byLabel(filter, 'Type'), 'video'));
      expect(event.detail.filters).to.deep.equal({ search: 'anna', sessionType: 'video' });
      filter.setAttribute('fields', 'call-status');
      await filter.updateComplete;
      expect(() => searchBox(filter)).to.throw();
      expect(list.search).to.equal('anna');
    });
  });
});
