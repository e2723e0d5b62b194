import { formatDuration } from '../model/duration.js';

const DAY_MS = 86_400_000;

interface DurationFormatLike {
  format(duration: { hours?: number; minutes?: number; seconds?: number }): string;
}
type DurationFormatConstructor = new (locale?: string, options?: { style: string }) => DurationFormatLike;

function capitalise(text: string, locale: string | undefined): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/**
 * Dates, times and durations in one locale, relative to one "now". The Intl formatters are made once, since
 * making them is far dearer than using them.
 */
export class CallLogFormat {
  readonly locale: string | undefined;
  readonly #today: number;
  readonly #thisYear: number;
  readonly #clock: Intl.DateTimeFormat;
  readonly #weekday: Intl.DateTimeFormat;
  readonly #shortDate: Intl.DateTimeFormat;
  readonly #longDate: Intl.DateTimeFormat;
  readonly #full: Intl.DateTimeFormat;
  readonly #relativeDay: Intl.RelativeTimeFormat;
  readonly #duration: DurationFormatLike | undefined;
  readonly #number: Intl.NumberFormat;

  constructor(locale: string | undefined, now = new Date()) {
    this.locale = locale;
    this.#today = startOfDay(now);
    this.#thisYear = now.getFullYear();
    this.#clock = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    this.#weekday = new Intl.DateTimeFormat(locale, { weekday: 'long' });
    this.#shortDate = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
    this.#longDate = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
    this.#full = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' });
    this.#relativeDay = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
    this.#duration = DurationFormat ? new DurationFormat(locale, { style: 'narrow' }) : undefined;
    this.#number = new Intl.NumberFormat(locale);
  }

  /** Whole days between the call's day and today: 0 today, 1 yesterday; negative for the future. */
  daysAgo(date: Date): number {
    return Math.round((this.#today - startOfDay(date)) / DAY_MS);
  }

  /** A key that is the same for every call of one calendar day. */
  dayKey(date: Date): number {
    return startOfDay(date);
  }

  /** Today, Yesterday, a weekday name within the week, then a date. */
  sectionLabel(date: Date): string {
    const days = this.daysAgo(date);
    if (days === 0 || days === 1) return capitalise(this.#relativeDay.format(-days, 'day'), this.locale);
    if (days > 1 && days < 7) return capitalise(this.#weekday.format(date), this.locale);
    return this.#date(date);
  }

  /** A clock time today, "Yesterday", then a date. */
  rowTime(date: Date): string {
    const days = this.daysAgo(date);
    if (days === 0) return this.#clock.format(date);
    if (days === 1) return capitalise(this.#relativeDay.format(-1, 'day'), this.locale);
    return this.#date(date);
  }

  clock(date: Date): string {
    return this.#clock.format(date);
  }

  /** The full date and time, for titles. */
  full(date: Date): string {
    return this.#full.format(date);
  }

  /** A duration in seconds, e.g. "5m 30s" in English; the model's "5:30" where the browser has no DurationFormat. */
  duration(totalSeconds: number): string {
    const seconds = Number.isFinite(totalSeconds) && totalSeconds > 0 ? Math.round(totalSeconds) : 0;
    if (!this.#duration) return formatDuration(seconds);
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    return this.#duration.format({ hours, minutes, seconds: seconds % 60 });
  }

  number(value: number): string {
    return this.#number.format(value);
  }

  #date(date: Date): string {
    return (date.getFullYear() === this.#thisYear ? this.#shortDate : this.#longDate).format(date);
  }
}
