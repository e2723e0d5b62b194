import { formatDuration } from '../model/duration.js';

const DAY_MS = 86_400_000;

interface DurationFormatLike {
  format(duration: { hours?: number; minutes?: number; seconds?: number }): string;
}
type DurationFormatConstructor = new (locale?: string, options?: { style: string }) => DurationFormatLike;

/** Formatters per locale (`undefined`: the browser's) and options, made when first needed and kept for the session. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat | DurationFormatLike>();

function capitalise(text: string, locale: string | undefined): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/**
 * Dates, times and durations in one locale, relative to one "now". Each Intl formatter is made on first use and
 * kept, since making one is far dearer than using it, and the first rows need only a few of them (the full date,
 * for instance, only once a row's details open). Formatters are shared by every `CallLogFormat` of one locale.
 */
export class CallLogFormat {
  readonly locale: string | undefined;
  readonly #today: number;
  readonly #thisYear: number;
  /** Durations repeat a lot (whole seconds of calls of similar length), and formatting one is slow. */
  readonly #durations = new Map<number, string>();
  #prepared = false;

  constructor(locale: string | undefined, now = new Date()) {
    this.locale = locale;
    this.#today = startOfDay(now);
    this.#thisYear = now.getFullYear();
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
    if (days === 0 || days === 1) return this.#relativeDay(days);
    if (days > 1 && days < 7) return capitalise(this.#date({ weekday: 'long' }).format(date), this.locale);
    return this.#dayOfYear(date);
  }

  /** A clock time today, "Yesterday", then a date. */
  rowTime(date: Date): string {
    const days = this.daysAgo(date);
    if (days === 0) return this.clock(date);
    if (days === 1) return this.#relativeDay(1);
    return this.#dayOfYear(date);
  }

  clock(date: Date): string {
    return this.#date({ timeStyle: 'short' }).format(date);
  }

  /** The full date and time, for titles. */
  full(date: Date): string {
    return this.#date({ dateStyle: 'full', timeStyle: 'short' }).format(date);
  }

  /** A duration in seconds, e.g. "5m 30s" in English; the model's "5:30" where the browser has no DurationFormat. */
  duration(totalSeconds: number): string {
    const seconds = Number.isFinite(totalSeconds) && totalSeconds > 0 ? Math.round(totalSeconds) : 0;
    let text = this.#durations.get(seconds);
    if (text === undefined) {
      const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
      text = DurationFormat
        ? this.#made('d', () => new DurationFormat(this.locale, { style: 'narrow' })).format({
            hours: Math.floor(seconds / 3600),
            minutes: Math.floor((seconds % 3600) / 60),
            seconds: seconds % 60,
          })
        : formatDuration(seconds);
      this.#durations.set(seconds, text);
    }
    return text;
  }

  /** A date, or a range of dates as the language writes one ("1–30 Nov 2026"); Unix milliseconds, both ends included. */
  dates(start: number, end = start): string {
    const format = this.#date({ dateStyle: 'medium' });
    return start === end ? format.format(start) : format.formatRange(start, end);
  }

  /**
   * Makes, once the page is idle, the formatters every screenful of rows uses, so that a list waiting for its first
   * page has them when the calls come: a page's first Intl formatter costs tens of milliseconds while the locale data
   * loads (a REST list on a slow network: 170 -> 130 ms from the first page's answer to the first row). Once a format.
   */
  prepare(): void {
    if (this.#prepared) return;
    this.#prepared = true;
    // Safari has no idle callback: a task of its own there.
    (globalThis.requestIdleCallback ?? setTimeout)(() => {
      this.clock(new Date(this.#today));
      this.#relativeDay(1);
      this.duration(1);
    });
  }

  number(value: number): string {
    return this.#made('n', () => new Intl.NumberFormat(this.locale)).format(value);
  }

  /** "Today" or "Yesterday" in the locale's words. */
  #relativeDay(days: number): string {
    const format = this.#made('r', () => new Intl.RelativeTimeFormat(this.locale, { numeric: 'auto' }));
    return capitalise(format.format(-days, 'day'), this.locale);
  }

  #dayOfYear(date: Date): string {
    return this.#date(
      date.getFullYear() === this.#thisYear ? { month: 'short', day: 'numeric' } : { year: 'numeric', month: 'short', day: 'numeric' },
    ).format(date);
  }

  #date(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return this.#made(JSON.stringify(options), () => new Intl.DateTimeFormat(this.locale, options));
  }

  #made<T extends object>(kind: string, make: () => T): T {
    const key = `${this.locale}|${kind}`;
    let made = formatters.get(key) as T | undefined;
    if (!made) formatters.set(key, (made = make()) as never);
    return made;
  }
}
