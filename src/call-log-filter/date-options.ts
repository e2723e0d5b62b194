import type { MessageKey } from '../localize/messages.js';

// The date select of <call-log-filter>: its presets, each a range of whole days in the page's time zone.

/** A day as an ISO date in the page's time zone (`toISOString` would give the UTC day). */
export function isoDate(date: Date): string {
  const parts = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  return parts.map((part, index) => String(part).padStart(index ? 2 : 4, '0')).join('-');
}

/** The date of an ISO date or date-time, as a date field shows it; `''` for none. */
export const datePart = (value: string | undefined): string => /^\d{4}-\d{2}-\d{2}/.exec(value ?? '')?.[0] ?? '';

/** The value of each option of the date select: `''` is "Any time". */
export type DateChoice = '' | 'today' | 'last7' | 'month' | 'custom';

export interface DateOption {
  value: DateChoice;
  label: MessageKey;
  /** The whole days the preset covers, counted from `today`. */
  range?(today: Date): { from: string; to: string };
}

/** `today` moved by `days`, at the start of that day. */
const dayAfter = (today: Date, days: number): Date => new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);

export const DATE_OPTIONS: readonly DateOption[] = [
  { value: '', label: 'filter.anyTime' },
  { value: 'today', label: 'filter.today', range: (today) => ({ from: isoDate(today), to: isoDate(today) }) },
  { value: 'last7', label: 'filter.last7', range: (today) => ({ from: isoDate(dayAfter(today, -6)), to: isoDate(today) }) },
  {
    value: 'month',
    label: 'filter.thisMonth',
    // The whole month, so a range chosen earlier in the month still reads as "This month".
    range: (today) => ({
      from: isoDate(new Date(today.getFullYear(), today.getMonth(), 1)),
      to: isoDate(new Date(today.getFullYear(), today.getMonth() + 1, 0)),
    }),
  },
  { value: 'custom', label: 'filter.custom' },
];

/** The option a range reads as, its presets counted from `today`: `''` for no range, `custom` for one no preset covers. */
export function dateChoiceOf(from: string | undefined, to: string | undefined, today: Date): DateChoice {
  if (from === undefined && to === undefined) return '';
  const preset = DATE_OPTIONS.find(({ range }) => {
    const days = range?.(today);
    return days?.from === from && days?.to === to;
  });
  return preset?.value ?? 'custom';
}
