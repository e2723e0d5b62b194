// <call-log-filter>: the date select (Any time, Today, Last 7 days, This month, Custom) and the From and To fields.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import {
  byLabel,
  choose,
  countChanges,
  isoDay,
  linkedPair,
  nextChange,
  partOf,
  shown,
  visibleLabels,
} from './helpers.js';

const dateSelect = (filter: CallLogFilter) => byLabel(filter, 'Date');
const dateField = (filter: CallLogFilter, label: 'From' | 'To') => byLabel<HTMLInputElement>(filter, label);
const hasDateFields = (filter: CallLogFilter) => visibleLabels(filter).includes('From');

/** Puts a date in a date field as its calendar does, then Enter applies it at once. */
async function enterDate(filter: CallLogFilter, label: 'From' | 'To', value: string): Promise<void> {
  const field = dateField(filter, label);
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await sendKeys({ press: 'Enter' });
}

describe('<call-log-filter>', () => {
  describe('date range', () => {
    it('offers Any time, Today, Last 7 days, This month and Custom, with no date fields at first', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const options = [...dateSelect(filter).options].map((option) => option.text.trim());
      expect(options).to.deep.equal(['Any time', 'Today', 'Last 7 days', 'This month', 'Custom']);
      expect(shown(dateSelect(filter))).to.equal('Any time');
      expect(hasDateFields(filter)).to.equal(false);
    });

    it('Today sets from and to to today, as local dates', async () => {
      const { filter, list } = await linkedPair();
      const today = isoDay(new Date());
      const event = await nextChange(filter, () => choose(dateSelect(filter), 'today'));
      expect(event.detail.filters).to.deep.equal({ from: today, to: today });
      await list.updateComplete;
      expect([list.getAttribute('from'), list.getAttribute('to')]).to.deep.equal([today, today]);
      await filter.updateComplete;
      expect(shown(dateSelect(filter))).to.equal('Today');
      expect(hasDateFields(filter)).to.equal(false);
    });

    it('Last 7 days covers today and the six days before', async () => {
      const { filter, list } = await linkedPair('call-status=missed');
      const now = new Date();
      const event = await nextChange(filter, () => choose(dateSelect(filter), 'last7'));
      expect(event.detail.filters).to.deep.equal({ callStatus: 'missed', from: isoDay(now, -6), to: isoDay(now) });
      expect(list.filters).to.deep.include({ from: isoDay(now, -6), to: isoDay(now) });
      await filter.updateComplete;
      expect(shown(dateSelect(filter))).to.equal('Last 7 days');
    });

    it('This month covers the whole month, and Any time unsets the range', async () => {
      const { filter, list } = await linkedPair();
      const now = new Date();
      const first = isoDay(new Date(now.getFullYear(), now.getMonth(), 1));
      const last = isoDay(new Date(now.getFullYear(), now.getMonth() + 1, 0));
      let event = await nextChange(filter, () => choose(dateSelect(filter), 'month'));
      expect(event.detail.filters).to.deep.equal({ from: first, to: last });
      await filter.updateComplete;
      expect(shown(dateSelect(filter))).to.equal('This month');
      event = await nextChange(filter, () => choose(dateSelect(filter), ''));
      expect(event.detail.filters).to.deep.equal({});
      await list.updateComplete;
      expect(list.hasAttribute('from') || list.hasAttribute('to')).to.equal(false);
    });

    it('shows the preset that the list\'s range matches, set by attributes', async () => {
      const today = isoDay(new Date());
      const { filter } = await linkedPair(`from=${today} to=${today}`);
      await waitUntil(() => shown(dateSelect(filter)) === 'Today');
    });

    it('Custom opens From and To without changing a filter; two dates apply as a range', async () => {
      const { filter, list } = await linkedPair();
      const seen = countChanges(filter);
      choose(dateSelect(filter), 'custom');
      await filter.updateComplete;
      expect(seen.count, 'Custom alone changes nothing').to.equal(0);
      expect(hasDateFields(filter)).to.equal(true);
      expect(dateField(filter, 'From').type).to.equal('date');
      expect(dateField(filter, 'To').type).to.equal('date');
      await expect(filter).to.be.accessible();
      let event = await nextChange(filter, () => enterDate(filter, 'From', '2026-11-01'));
      expect(event.detail.filters).to.deep.equal({ from: '2026-11-01' });
      event = await nextChange(filter, () => enterDate(filter, 'To', '2026-11-03'));
      expect(event.detail.filters).to.deep.equal({ from: '2026-11-01', to: '2026-11-03' });
      await list.updateComplete;
      expect([list.getAttribute('from'), list.getAttribute('to')]).to.deep.equal(['2026-11-01', '2026-11-03']);
      await filter.updateComplete;
      expect(shown(dateSelect(filter))).to.equal('Custom');
      expect([dateField(filter, 'From').value, dateField(filter, 'To').value]).to.deep.equal(['2026-11-01', '2026-11-03']);
      expect(seen.count).to.equal(2);
    });

    it('keeps the date fields open when the dates entered match a preset', async () => {
      const { filter } = await linkedPair();
      const today = isoDay(new Date());
      choose(dateSelect(filter), 'custom');
      await filter.updateComplete;
      await nextChange(filter, () => enterDate(filter, 'From', today));
      await nextChange(filter, () => enterDate(filter, 'To', today));
      await filter.updateComplete;
      expect(shown(dateSelect(filter))).to.equal('Custom');
      expect(hasDateFields(filter)).to.equal(true);
    });

    it('applies a date typed digit by digit once, after a pause', async () => {
      const { filter } = await linkedPair();
      choose(dateSelect(filter), 'custom');
      await filter.updateComplete;
      const seen = countChanges(filter);
      dateField(filter, 'From').focus();
      // A date field reports a date at each digit of the year (0002, 0020, 0202, 2026): one change is wanted.
      const event = await nextChange(filter, () => sendKeys({ type: '11052026' }));
      expect(event.detail.filters).to.deep.equal({ from: '2026-11-05' });
      expect(seen.count).to.equal(1);
      expect(dateField(filter, 'From').value).to.equal('2026-11-05');
    });

    it('marks a date that would put from after to, and does not apply it', async () => {
      const { filter, list } = await linkedPair('from=2026-11-10');
      await waitUntil(() => hasDateFields(filter), 'a range matching no preset shows Custom');
      const seen = countChanges(filter);
      await enterDate(filter, 'To', '2026-11-05');
      await filter.updateComplete;
      expect(seen.count).to.equal(0);
      expect(dateField(filter, 'To').getAttribute('aria-invalid')).to.equal('true');
      expect(dateField(filter, 'To').value, 'the date entered stays').to.equal('2026-11-05');
      expect(dateField(filter, 'From').getAttribute('aria-invalid')).to.equal('false');
      expect(list.hasAttribute('to')).to.equal(false);
      expect(list.error).to.equal(undefined);
      await expect(filter).to.be.accessible();
      const event = await nextChange(filter, () => enterDate(filter, 'To', '2026-11-20'));
      expect(event.detail.filters).to.deep.equal({ from: '2026-11-10', to: '2026-11-20' });
      await filter.updateComplete;
      expect(dateField(filter, 'To').getAttribute('aria-invalid')).to.equal('false');
    });

    it("shows Custom with the dates of a date-time range that matches no preset", async () => {
      const { filter } = await linkedPair('from=2026-11-01T09:30 to=2026-11-03T18:00:00Z');
      await waitUntil(() => hasDateFields(filter));
      expect(shown(dateSelect(filter))).to.equal('Custom');
      expect([dateField(filter, 'From').value, dateField(filter, 'To').value]).to.deep.equal(['2026-11-01', '2026-11-03']);
    });

    it('marks both dates of a range the list holds backwards, and a change replaces it', async () => {
      const { filter, list } = await linkedPair('from=2026-11-10 to=2026-11-01');
      await waitUntil(() => hasDateFields(filter) && dateField(filter, 'From').getAttribute('aria-invalid') === 'true');
      expect(dateField(filter, 'To').getAttribute('aria-invalid')).to.equal('true');
      expect([dateField(filter, 'From').value, dateField(filter, 'To').value]).to.deep.equal(['2026-11-10', '2026-11-01']);
      expect(partOf(filter, 'reason'), 'the controls stay on').to.equal(null);
      const event = await nextChange(filter, () => enterDate(filter, 'From', '2026-10-25'));
      expect(event.detail.filters).to.deep.equal({ from: '2026-10-25', to: '2026-11-01' });
      await list.updateComplete;
      expect(list.error).to.equal(undefined);
    });

    it('Clear sets the select back to Any time, Custom open or not', async () => {
      const { filter } = await linkedPair('call-status=missed');
      choose(dateSelect(filter), 'custom');
      await filter.updateComplete;
      await nextChange(filter, () => partOf(filter, 'clear')!.click());
      await filter.updateComplete;
      expect(shown(dateSelect(filter))).to.equal('Any time');
      expect(hasDateFields(filter)).to.equal(false);
    });

    it('counts a range as one filter on the "Filters" button', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"><call-log-filter></call-log-filter></div>`);
      const filter = wrapper.querySelector<CallLogFilter>('call-log-filter')!;
      await waitUntil(() => partOf(filter, 'toggle'), 'no "Filters" button when narrow');
      filter.filters = { callStatus: 'missed', from: '2026-11-01', to: '2026-11-30' };
      await filter.updateComplete;
      expect(partOf(filter, 'toggle')!.textContent!.trim()).to.equal('Filters (2)');
    });
  });
});
