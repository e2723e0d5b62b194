// <call-log-filter>: narrow, the controls fold behind a "Filters" button.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';

describe('<call-log-filter>', () => {
  describe('narrow', () => {
    async function narrowFilter(): Promise<CallLogFilter> {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"><call-log-filter></call-log-filter></div>`);
      const filter = wrapper.querySelector<CallLogFilter>('call-log-filter')!;
      await waitUntil(() => filter.shadowRoot!.querySelector('[part~="toggle"]'), 'no "Filters" button when narrow');
      return filter;
    }
    const fieldsBox = (filter: CallLogFilter) => filter.shadowRoot!.querySelector<HTMLElement>('.fields')!;

    it('folds the controls behind a "Filters" button, below the presets', async () => {
      const filter = await narrowFilter();
      const toggle = filter.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      expect(toggle.textContent!.trim()).to.equal('Filters');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(fieldsBox(filter).hidden).to.equal(true);
      expect(filter.shadowRoot!.querySelector('[part~="presets"]')!.checkVisibility()).to.equal(true);
      await expect(filter).to.be.accessible();
      toggle.click();
      await filter.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(fieldsBox(filter).hidden).to.equal(false);
      expect(toggle.compareDocumentPosition(fieldsBox(filter)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(filter).to.be.accessible();
    });

    it('counts the filters set on its button', async () => {
      const filter = await narrowFilter();
      filter.filters = { callStatus: 'missed', sessionType: 'video' };
      await filter.updateComplete;
      expect(filter.shadowRoot!.querySelector('[part~="toggle"]')!.textContent!.trim()).to.equal('Filters (2)');
    });

    it('counts a control the linked list holds a bad value for', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 360px">
          <call-log-filter for="narrow-calls"></call-log-filter>
          <call-log-list id="narrow-calls" source="demo" call-status="bogus"></call-log-list>
        </div>`,
      );
      const filter = wrapper.querySelector<CallLogFilter>('call-log-filter')!;
      const toggle = () => filter.shadowRoot!.querySelector('[part~="toggle"]')?.textContent?.trim();
      await waitUntil(() => toggle() === 'Filters (1)', 'the "Filters" button counts the bad value');
    });

    it('shows every control at once when wide', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><call-log-filter></call-log-filter></div>`);
      const filter = wrapper.querySelector<CallLogFilter>('call-log-filter')!;
      await filter.updateComplete;
      expect(filter.shadowRoot!.querySelector('[part~="toggle"]')).to.equal(null);
      expect(fieldsBox(filter).hidden).to.equal(false);
    });
  });
});
