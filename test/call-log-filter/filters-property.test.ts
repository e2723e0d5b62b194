// <call-log-filter>: the filters property of an unlinked filter.
import { expect, fixture, html } from '@open-wc/testing';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import { CallLogError } from '../../src/errors/call-log-error.js';
import type { CallLogFilters } from '../../src/model/query.js';
import { byLabel, countChanges, shown } from './helpers.js';

describe('<call-log-filter>', () => {
  describe('filters property', () => {
    it('shows filters set from code and fires nothing', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const seen = countChanges(filter);
      filter.filters = { sessionType: 'video', callStatus: 'missed', hasRecording: true, uid: 'noah.cohen' };
      await filter.updateComplete;
      expect(seen.count).to.equal(0);
      expect(shown(byLabel(filter, 'Type'))).to.equal('Video');
      expect(shown(byLabel(filter, 'Status'))).to.equal('Missed');
      expect(byLabel<HTMLInputElement>(filter, 'With recording').checked).to.equal(true);
      expect(byLabel<HTMLInputElement>(filter, 'User').value).to.equal('noah.cohen');
      expect(filter.filters).to.deep.equal({
        sessionType: 'video',
        callStatus: 'missed',
        hasRecording: true,
        uid: 'noah.cohen',
      });
    });

    it('drops a limit and throws a CallLogError for a bad value', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { callCategory: 'call', limit: 10 } as CallLogFilters;
      expect(filter.filters).to.deep.equal({ callCategory: 'call' });
      expect(() => (filter.filters = { callStatus: 'lost' } as unknown as CallLogFilters)).to.throw(CallLogError);
      expect(filter.filters).to.deep.equal({ callCategory: 'call' });
    });

    it('returns a copy', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { callCategory: 'call' };
      filter.filters.callCategory = 'meet';
      expect(filter.filters).to.deep.equal({ callCategory: 'call' });
    });
  });
});
