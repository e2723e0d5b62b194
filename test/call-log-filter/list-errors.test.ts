// A linked filter shows when it cannot filter: its list's configuration error, or no list with its `for` id.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { buttons, controls } from './helpers.js';

const reason = (filter: CallLogFilter) => filter.shadowRoot!.querySelector<HTMLElement>('[part~="reason"]');
const reasonText = (filter: CallLogFilter) => reason(filter)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const enabled = (filter: CallLogFilter) =>
  [...controls(filter), ...buttons(filter, 'preset'), ...buttons(filter, 'clear')].filter((control) => !control.disabled).length;

async function linked(listAttributes: Record<string, string>) {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <call-log-filter for="calls"></call-log-filter>
    <call-log-list id="calls" source="demo"></call-log-list>
  </div>`);
  const filter = wrapper.querySelector('call-log-filter')!;
  const list = wrapper.querySelector('call-log-list')!;
  for (const [name, value] of Object.entries(listAttributes)) list.setAttribute(name, value);
  await list.updateComplete;
  await filter.updateComplete;
  return { wrapper, filter, list };
}

describe('<call-log-filter>', () => {
  describe("its list's configuration errors", () => {
    for (const [attribute, value] of [
      ['region', 'mars'],
      ['locale', 'not a locale!'],
      ['limit', 'lots'],
      ['group-by', 'week'],
    ] as const) {
      it(`disables its controls with the reason when the list has a bad ${attribute}, and recovers`, async () => {
        const { filter, list } = await linked({ [attribute]: value });
        await waitUntil(() => list.error?.code === 'INVALID_CONFIG', 'the list has no configuration error');
        await waitUntil(() => reason(filter), 'no reason shown');
        expect(enabled(filter), 'controls enabled').to.equal(0);
        expect(reasonText(filter)).to.contain('Filters are off: the call list is not set up correctly.');
        expect(reasonText(filter)).to.contain(list.error!.message);
        expect(reason(filter)!.querySelector('[lang="en"]')).to.not.equal(null);
        const group = filter.shadowRoot!.querySelector('[part~="base"]')!;
        expect(group.getAttribute('aria-describedby')).to.equal(reason(filter)!.id);
        await expect(filter).to.be.accessible();

        list.removeAttribute(attribute);
        await waitUntil(() => !reason(filter), 'the reason stayed after the list was fixed');
        expect(enabled(filter)).to.equal(controls(filter).length + buttons(filter, 'preset').length + 1);
      });
    }

    it('keeps a bad filter value on its control, enabled, so a person can replace it', async () => {
      const { filter } = await linked({ 'call-status': 'sometimes' });
      await waitUntil(() => filter.shadowRoot!.querySelector('[aria-invalid="true"]'), 'not marked');
      expect(reason(filter)).to.equal(null);
      expect(enabled(filter)).to.be.greaterThan(0);
    });

    it('says which id it looked for when no list has it, and links once one does', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><call-log-filter for="missing-list"></call-log-filter></div>`);
      const filter = wrapper.querySelector('call-log-filter')!;
      await filter.updateComplete;
      expect(reasonText(filter)).to.equal('Filters are off: no call list has the id "missing-list".');
      expect(enabled(filter)).to.equal(0);
      const list = document.createElement('call-log-list') as CallLogList;
      list.id = 'missing-list';
      list.source = 'demo';
      wrapper.append(list);
      await waitUntil(() => filter.list === list, 'not linked');
      await filter.updateComplete;
      expect(reason(filter)).to.equal(null);
      expect(enabled(filter)).to.be.greaterThan(0);
    });

    it('says so when its linked list is removed', async () => {
      const { filter, list } = await linked({});
      expect(reason(filter)).to.equal(null);
      list.remove();
      await waitUntil(() => reason(filter), 'no reason after the list went');
      expect(reasonText(filter)).to.equal('Filters are off: no call list has the id "calls".');
      expect(enabled(filter)).to.equal(0);
    });
  });
});
