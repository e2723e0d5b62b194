import type { MessageKey } from '../localize/messages.js';
import type { SummaryPeriod } from '../events/summary-events.js';
import { readDate } from '../model/find.js';
import type { CallLogFilters } from '../model/query.js';

// The periods a summary counts, each a range of whole days in the page's time zone, and how a period narrows the
// list's own filters.

/** The tokens of the `period` attribute, in the order of the period select. */
export const SUMMARY_PERIODS = ['all', 'today', 'week', 'month', 'range'] as const satisfies readonly SummaryPeriod[];

/** The words of each period in the select; a range shows its dates instead. */
export const PERIOD_LABELS: Readonly<Record<Exclude<SummaryPeriod, 'range'>, MessageKey>> = {
  all: 'summary.allTime',
  today: 'filter.today',
  week: 'summary.thisWeek',
  month: 'filter.thisMonth',
};

/** A range of dates or date-times (ISO 8601); an absent end is open. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** The day a week starts on in `lang`, as `Date.getDay()` counts (0 Sunday); Monday where the browser cannot tell. */
export function firstDayOfWeek(lang: string): number {
  const locale = new Intl.Locale(lang) as Intl.Locale & {
    getWeekInfo?(): { firstDay: number };
    weekInfo?: { firstDay: number };
  };
  const info = locale.getWeekInfo?.() ?? locale.weekInfo;
  // `firstDay` counts 1 (Monday) to 7 (Sunday).
  return (info?.firstDay ?? 1) % 7;
}

/** The days `period` covers, counted from `today`, as the instants they start and end at; `range` is `custom`. */
export function periodRange(period: SummaryPeriod, today: Date, weekStart: number, custom: DateRange): DateRange {
  // Days from the first to the last, from the first moment of one to the last of the other, in the page's time zone.
  const days = (first: number, last: number, month = today.getMonth()): DateRange => ({
    from: new Date(today.getFullYear(), month, first).toISOString(),
    to: new Date(new Date(today.getFullYear(), month, last + 1).getTime() - 1).toISOString(),
  });
  const date = today.getDate();
  switch (period) {
    case 'today':
      return days(date, date);
    case 'week': {
      const first = date - ((today.getDay() - weekStart + 7) % 7);
      return days(first, first + 6);
    }
    case 'month':
      // Day 0 of the next month is the last of this one.
      return days(1, new Date(today.getFullYear(), today.getMonth() + 1, 0).getDate());
    case 'range':
      return custom;
    default:
      return {};
  }
}

/** Of two range ends, the later start (`end` false) or the earlier end (`end` true); either alone when one is absent. */
function tighter(a: string | undefined, b: string | undefined, end: boolean): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  const later = readDate(a, end)! > readDate(b, end)!;
  return later !== end ? a : b;
}

/**
 * The list's filters with their dates narrowed to `range` too (the later start, the earlier end); `undefined` when no
 * moment is in both, so there is nothing to count.
 */
export function narrowFilters(filters: CallLogFilters, range: DateRange): CallLogFilters | undefined {
  const from = tighter(filters.from, range.from, false);
  const to = tighter(filters.to, range.to, true);
  if (from !== undefined && to !== undefined && readDate(from)! > readDate(to, true)!) return undefined;
  const narrowed: CallLogFilters = { ...filters };
  delete narrowed.from;
  delete narrowed.to;
  return { ...narrowed, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}
