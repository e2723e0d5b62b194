// <call-log-filter>: a person's changes in the controls, and the call-log-filter-change event each fires.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import { CallLogFilterChangeEvent } from '../../src/events/call-log-events.js';
import { byLabel, choose, countChanges, nextChange } from './helpers.js';

describe('<call-log-filter>', () => {
  describe('changes by a person', () => {
    it('fires a bubbling, composed, cancelable call-log-filter-change from a select', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const event = await nextChange(filter, () => choose(byLabel(filter, 'Type'), 'video'));
      expect(event).to.be.instanceOf(CallLogFilterChangeEvent);
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(event.detail.filters).to.deep.equal({ sessionType: 'video' });
    });

    it('gives the complete new set from each select', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      let event = await nextChange(filter, () => choose(byLabel(filter, 'Status'), 'busy'));
      expect(event.detail.filters).to.deep.equal({ callStatus: 'busy' });
      event = await nextChange(filter, () => choose(byLabel(filter, 'Direction'), 'outgoing'));
      expect(event.detail.filters).to.deep.equal({ callStatus: 'busy', callDirection: 'outgoing' });
      event = await nextChange(filter, () => choose(byLabel(filter, 'Category'), 'meet'));
      expect(event.detail.filters).to.deep.equal({ callStatus: 'busy', callDirection: 'outgoing', callCategory: 'meet' });
      event = await nextChange(filter, () => choose(byLabel(filter, 'Status'), ''));
      expect(event.detail.filters, 'All leaves the filter unset').to.deep.equal({
        callDirection: 'outgoing',
        callCategory: 'meet',
      });
      expect(filter.filters).to.deep.equal({ callDirection: 'outgoing', callCategory: 'meet' });
    });

    it('sets hasRecording when "With recording" is checked, and unsets it (not false) when unchecked', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const checkbox = byLabel<HTMLInputElement>(filter, 'With recording');
      let event = await nextChange(filter, () => checkbox.click());
      expect(event.detail.filters).to.deep.equal({ hasRecording: true });
      event = await nextChange(filter, () => checkbox.click());
      expect(event.detail.filters).to.deep.equal({});
      expect(event.detail.filters).not.to.have.property('hasRecording');
    });

    it('applies the User field on Enter, not on each keystroke', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const seen = countChanges(filter);
      byLabel<HTMLInputElement>(filter, 'User').focus();
      await sendKeys({ type: 'aisha.khan' });
      expect(seen.count, 'typing fires nothing').to.equal(0);
      const event = await nextChange(filter, () => sendKeys({ press: 'Enter' }));
      expect(event.detail.filters).to.deep.equal({ uid: 'aisha.khan' });
      expect(seen.count).to.equal(1);
    });

    it('applies the Group field when it loses focus, trimmed; emptied, it unsets the filter', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const group = byLabel<HTMLInputElement>(filter, 'Group');
      group.focus();
      await sendKeys({ type: '  design-team ' });
      let event = await nextChange(filter, () => sendKeys({ press: 'Tab' }));
      expect(event.detail.filters).to.deep.equal({ guid: 'design-team' });
      await filter.updateComplete;
      expect(group.value).to.equal('design-team');
      group.focus();
      group.select();
      await sendKeys({ press: 'Backspace' });
      event = await nextChange(filter, () => sendKeys({ press: 'Enter' }));
      expect(event.detail.filters).to.deep.equal({});
    });

    it('fires nothing when only spaces are typed into an empty field', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const seen = countChanges(filter);
      const user = byLabel<HTMLInputElement>(filter, 'User');
      user.focus();
      await sendKeys({ type: '   ' });
      await sendKeys({ press: 'Enter' });
      await filter.updateComplete;
      expect(seen.count).to.equal(0);
      expect(user.value).to.equal('');
    });
  });
});
