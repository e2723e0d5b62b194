// <call-log-filter>: axe, unlinked, linked and with filters set.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import { linkedPair, pressed } from './helpers.js';

describe('<call-log-filter>', () => {
  describe('accessibility', () => {
    it('passes axe unlinked', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      await expect(filter).to.be.accessible();
    });

    it('passes axe linked', async () => {
      const { filter } = await linkedPair();
      await expect(filter).to.be.accessible();
    });

    it('passes axe with filters set, a preset pressed', async () => {
      const { filter } = await linkedPair('call-status=missed has-recording uid=aisha.khan');
      await waitUntil(() => pressed(filter).includes('Missed'));
      await expect(filter).to.be.accessible();
    });
  });
});
