// <call-log-filter>: a cancelled call-log-filter-change leaves the list as it is and puts the controls back.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import { CallLogFilterChangeEvent } from '../../src/events/call-log-events.js';
import { byLabel, choose, linkedPair, nextChange, shown } from './helpers.js';

describe('<call-log-filter>', () => {
  describe('cancelling', () => {
    it('leaves the list unchanged and shows its filters again', async () => {
      const { filter, list } = await linkedPair('call-direction=incoming');
      await waitUntil(() => shown(byLabel(filter, 'Direction')) === 'Incoming');
      filter.addEventListener(CallLogFilterChangeEvent.eventName, (event) => event.preventDefault());
      const before = list.filters;
      const direction = byLabel(filter, 'Direction');
      const event = await nextChange(filter, () => choose(direction, 'outgoing'));
      expect(event.defaultPrevented).to.equal(true);
      expect(list.filters).to.deep.equal(before);
      await filter.updateComplete;
      expect(shown(direction)).to.equal('Incoming');
      expect(filter.filters).to.deep.equal({ callDirection: 'incoming' });
    });

    it('puts a cancelled checkbox and text field back', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.addEventListener(CallLogFilterChangeEvent.eventName, (event) => event.preventDefault());
      const checkbox = byLabel<HTMLInputElement>(filter, 'With recording');
      await nextChange(filter, () => checkbox.click());
      await filter.updateComplete;
      expect(checkbox.checked).to.equal(false);
      const user = byLabel<HTMLInputElement>(filter, 'User');
      user.focus();
      await sendKeys({ type: 'wei.zhang' });
      await nextChange(filter, () => sendKeys({ press: 'Enter' }));
      await filter.updateComplete;
      expect(user.value).to.equal('');
      expect(filter.filters).to.deep.equal({});
    });
  });
});
