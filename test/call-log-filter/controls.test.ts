// <call-log-filter>'s controls: native form controls named by their visible labels, the presets, Clear, the parts.
import { expect, fixture, html } from '@open-wc/testing';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import { accessibleName, buttons, byLabel, type Control, LABELS, PRESETS, pressed, visibleLabels } from './helpers.js';

describe('<call-log-filter>', () => {
  describe('controls and labels', () => {
    it('names every control by its visible label', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      expect(visibleLabels(filter)).to.deep.equal(LABELS);
      for (const label of LABELS) {
        const control = byLabel<Control>(filter, label);
        expect(await accessibleName(control), label).to.equal(label);
        expect(control.labels![0]!.checkVisibility(), `label "${label}" is visible`).to.equal(true);
      }
    });

    it('uses native controls: selects, a checkbox, a search box and text fields', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      expect(byLabel<HTMLInputElement>(filter, 'Search').type).to.equal('search');
      for (const label of ['Type', 'Status', 'Direction', 'Category', 'Date']) {
        expect(byLabel(filter, label).localName, label).to.equal('select');
      }
      expect(byLabel<HTMLInputElement>(filter, 'With recording').type).to.equal('checkbox');
      expect(byLabel<HTMLInputElement>(filter, 'User').type).to.equal('text');
      expect(byLabel<HTMLInputElement>(filter, 'Group').type).to.equal('text');
    });

    it('offers All plus each value, capitalised', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const options = (label: string) => [...byLabel(filter, label).options].map((option) => option.text.trim());
      expect(options('Type')).to.deep.equal(['All', 'Audio', 'Video']);
      expect(options('Status')).to.deep.equal([
        'All',
        'Ongoing',
        'Busy',
        'Rejected',
        'Cancelled',
        'Ended',
        'Missed',
        'Calling',
        'Unanswered',
      ]);
      expect(options('Direction')).to.deep.equal(['All', 'Incoming', 'Outgoing']);
      expect(options('Category')).to.deep.equal(['All', 'Call', 'Meeting', 'Presentation']);
    });

    it('has the preset buttons and Clear, with All pressed when nothing is filtered', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      expect(buttons(filter, 'preset').map((button) => button.textContent!.trim())).to.deep.equal(PRESETS);
      expect(pressed(filter)).to.deep.equal(['All']);
      expect(buttons(filter, 'clear').map((button) => button.textContent!.trim())).to.deep.equal(['Clear']);
      for (const button of [...buttons(filter, 'preset'), ...buttons(filter, 'clear')]) {
        expect(button.type).to.equal('button');
      }
    });

    it('exposes the named parts', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const count = (part: string) => filter.shadowRoot!.querySelectorAll(`[part~="${part}"]`).length;
      expect(count('base')).to.equal(1);
      // Search, the seven filters of one value each, and Date (From and To open with Custom).
      expect(count('field')).to.equal(9);
      expect(count('label')).to.equal(9);
      expect(count('control')).to.equal(9);
      expect(count('presets')).to.equal(1);
      expect(count('preset')).to.equal(4);
      expect(count('clear')).to.equal(1);
    });
  });
});
