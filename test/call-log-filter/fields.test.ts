// <call-log-filter fields>: which controls appear.
import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import { buttons, controls, LABELS, visibleLabels } from './helpers.js';

describe('<call-log-filter>', () => {
  describe('fields', () => {
    it('shows only the controls listed, in their usual order', async () => {
      const filter = await fixture<CallLogFilter>(
        html`<call-log-filter fields="uid clear call-status"></call-log-filter>`,
      );
      expect(visibleLabels(filter)).to.deep.equal(['Status', 'User']);
      expect(buttons(filter, 'preset')).to.have.length(0);
      expect(buttons(filter, 'clear')).to.have.length(1);
    });

    it('ignores unknown tokens', async () => {
      const filter = await fixture<CallLogFilter>(
        html`<call-log-filter fields="presets  bogus SESSION-TYPE has_recording"></call-log-filter>`,
      );
      expect(visibleLabels(filter)).to.deep.equal(['Type']);
      expect(buttons(filter, 'preset')).to.have.length(4);
      expect(buttons(filter, 'clear')).to.have.length(0);
    });

    it('shows no control for an empty value, and every control without the attribute', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter fields=""></call-log-filter>`);
      expect(controls(filter)).to.have.length(0);
      expect(filter.shadowRoot!.querySelectorAll('button')).to.have.length(0);
      filter.removeAttribute('fields');
      await elementUpdated(filter);
      expect(visibleLabels(filter)).to.deep.equal(LABELS);
    });

    it('follows changes of the attribute', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter fields="presets"></call-log-filter>`);
      filter.setAttribute('fields', 'call-direction has-recording');
      await elementUpdated(filter);
      expect(visibleLabels(filter)).to.deep.equal(['Direction', 'With recording']);
      expect(buttons(filter, 'preset')).to.have.length(0);
    });
  });
});
