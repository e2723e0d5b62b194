// The periods a summary counts: whole days in the page's time zone, the week from the language's first day, and how
// a period narrows the list's own dates.
import { expect } from '@open-wc/testing';
import { firstDayOfWeek, narrowFilters, periodRange } from '../../src/call-log-summary/periods.js';
import { readDate } from '../../src/model/find.js';

/** A range as local instants, to compare with days built here. */
const local = ({ from, to }: { from?: string; to?: string }) => [from && readDate(from), to && readDate(to)];
const day = (year: number, month: number, date: number, end = false) =>
  end ? new Date(year, month - 1, date + 1).getTime() - 1 : new Date(year, month - 1, date).getTime();

describe('summary periods', () => {
  it('starts the week on the day the language does', () => {
    expect(firstDayOfWeek('de')).to.equal(1);
    expect(firstDayOfWeek('en-US')).to.equal(0);
    expect(firstDayOfWeek('ar-EG')).to.equal(6);
  });

  it('counts today, this week and this month as whole days, across a month and a year', () => {
    // Sunday 6 December 2026, noon.
    const sunday = new Date(2026, 11, 6, 12);
    expect(local(periodRange('today', sunday, 1, {}))).to.deep.equal([day(2026, 12, 6), day(2026, 12, 6, true)]);
    // From Monday 30 November (a German week) or from Sunday 6 December (an American one).
    expect(local(periodRange('week', sunday, 1, {}))).to.deep.equal([day(2026, 11, 30), day(2026, 12, 6, true)]);
    expect(local(periodRange('week', sunday, 0, {}))).to.deep.equal([day(2026, 12, 6), day(2026, 12, 12, true)]);
    expect(local(periodRange('month', sunday, 1, {}))).to.deep.equal([day(2026, 12, 1), day(2026, 12, 31, true)]);
    // A week across the new year, and February's last day.
    expect(local(periodRange('week', new Date(2027, 0, 1, 9), 1, {}))).to.deep.equal([day(2026, 12, 28), day(2027, 1, 3, true)]);
    expect(local(periodRange('month', new Date(2027, 1, 10), 1, {}))).to.deep.equal([day(2027, 2, 1), day(2027, 2, 28, true)]);
    expect(periodRange('all', sunday, 1, {})).to.deep.equal({});
    expect(periodRange('range', sunday, 1, { from: '2026-11-02' })).to.deep.equal({ from: '2026-11-02' });
  });

  it('narrows the list\'s dates to the period: the later start, the earlier end, or nothing in common', () => {
    const month = periodRange('month', new Date(2026, 10, 15), 1, {});
    const narrowed = narrowFilters({ callStatus: 'missed', from: '2026-10-20', to: '2026-11-20' }, month)!;
    expect(narrowed.callStatus).to.equal('missed');
    expect(readDate(narrowed.from!)).to.equal(day(2026, 11, 1));
    expect(narrowed.to).to.equal('2026-11-20');
    expect(narrowFilters({ to: '2026-10-31' }, month)).to.equal(undefined);
    expect(narrowFilters({ search: 'ana' }, {})).to.deep.equal({ search: 'ana' });
  });
});
