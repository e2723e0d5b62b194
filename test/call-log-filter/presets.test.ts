// <call-log-filter>: the quick presets and the Clear button.
import { expect, fixture, html } from '@open-wc/testing';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import { buttons, byLabel, countChanges, nextChange, preset, pressed, shown } from './helpers.js';

describe('<call-log-filter>', () => {
  describe('presets and Clear', () => {
    it('Missed sets the status and drops the direction, keeping other filters', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { sessionType: 'video', callDirection: 'incoming', callStatus: 'ended' };
      await filter.updateComplete;
      const event = await nextChange(filter, () => preset(filter, 'Missed').click());
      expect(event.detail.filters).to.deep.equal({ sessionType: 'video', callStatus: 'missed' });
      await filter.updateComplete;
      expect(pressed(filter)).to.deep.equal(['Missed']);
      expect(shown(byLabel(filter, 'Status'))).to.equal('Missed');
      expect(shown(byLabel(filter, 'Direction'))).to.equal('All');
    });

    it('Incoming and Outgoing set the direction and drop the status', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { callStatus: 'missed', uid: 'aisha.khan' };
      await filter.updateComplete;
      let event = await nextChange(filter, () => preset(filter, 'Incoming').click());
      expect(event.detail.filters).to.deep.equal({ uid: 'aisha.khan', callDirection: 'incoming' });
      await filter.updateComplete;
      expect(pressed(filter)).to.deep.equal(['Incoming']);
      event = await nextChange(filter, () => preset(filter, 'Outgoing').click());
      expect(event.detail.filters).to.deep.equal({ uid: 'aisha.khan', callDirection: 'outgoing' });
      await filter.updateComplete;
      expect(pressed(filter)).to.deep.equal(['Outgoing']);
    });

    it('All clears every filter', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { callStatus: 'missed', hasRecording: true, guid: 'book-club' };
      await filter.updateComplete;
      expect(pressed(filter)).to.deep.equal(['Missed']);
      const event = await nextChange(filter, () => preset(filter, 'All').click());
      expect(event.detail.filters).to.deep.equal({});
      await filter.updateComplete;
      expect(pressed(filter)).to.deep.equal(['All']);
      expect(byLabel<HTMLInputElement>(filter, 'With recording').checked).to.equal(false);
      expect(byLabel<HTMLInputElement>(filter, 'Group').value).to.equal('');
    });

    it('marks no preset when the filters match none', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { callStatus: 'missed', callDirection: 'incoming' };
      await filter.updateComplete;
      expect(pressed(filter)).to.deep.equal([]);
      expect(buttons(filter, 'preset').every((button) => button.getAttribute('aria-pressed') === 'false')).to.equal(true);
    });

    it('fires nothing when the active preset is pressed again', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const seen = countChanges(filter);
      preset(filter, 'All').click();
      await filter.updateComplete;
      expect(seen.count).to.equal(0);
    });

    it('Clear clears every filter', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { sessionType: 'audio', callCategory: 'meet', uid: 'wei.zhang' };
      await filter.updateComplete;
      const event = await nextChange(filter, () => buttons(filter, 'clear')[0]!.click());
      expect(event.detail.filters).to.deep.equal({});
      expect(filter.filters).to.deep.equal({});
    });
  });
});
