import { entityId, type CallLog } from './call-log.js';

// Finding calls: the text a search matches (case and accents ignored) and the dates a range covers.

// Letters no Unicode decomposition takes apart, folded by hand so that a person typing without them still finds
// the name ("Lodz" finds "Łódź", "isik" finds "Işık").
const FOLDED: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss' };

/** One character folded: lower case, accents off. */
function foldChar(char: string): string {
  const lower = char.toLowerCase();
  return FOLDED[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** `text` in lower case without accents, as a search compares it. */
export function fold(text: string): string {
  let folded = '';
  for (const char of text) folded += foldChar(char);
  return folded;
}

/**
 * Where `search` occurs in `text`, case and accents ignored: `[start, end)` offsets into `text` itself (not into its
 * folded form, whose length can differ), or `undefined`.
 */
export function findIn(text: string, search: string): [number, number] | undefined {
  const wanted = fold(search.trim());
  if (!wanted) return undefined;
  // The folded text, and for each of its characters the offsets of the character of `text` it came from.
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldChar(char);
    for (let i = 0; i < piece.length; i++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    folded += piece;
    offset += char.length;
  }
  const at = folded.indexOf(wanted);
  return at < 0 ? undefined : [starts[at]!, ends[at + wanted.length - 1]!];
}

/**
 * The texts a search looks in: the parties' names and ids (a group's too) and the participants' names, but none of
 * the signed-in user `viewerUid`'s, who takes part in every call: their own name would find them all.
 */
export function searchedTexts(call: CallLog, viewerUid?: string): string[] {
  const texts: string[] = [];
  for (const entity of [call.initiator, call.receiver]) {
    if (entity.entityType === 'group' || entity.uid !== viewerUid) texts.push(entity.name, entityId(entity));
  }
  for (const { uid, name } of call.participantInfoList) if (name && uid !== viewerUid) texts.push(name);
  return texts;
}

/**
 * Whether a call matches `search` (an empty search matches every call), not counting the signed-in user
 * `viewerUid` (see `searchedTexts`): the search folded once, for many calls.
 */
export function searchMatcher(search: string | undefined, viewerUid?: string): (call: CallLog) => boolean {
  const wanted = fold(search?.trim() ?? '');
  return (call) => !wanted || searchedTexts(call, viewerUid).some((text) => fold(text).includes(wanted));
}

/** A range of time in Unix milliseconds, both ends included; an open end is absent. */
export interface TimeRange {
  start?: number;
  end?: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The instant an ISO 8601 date or date-time means, in Unix milliseconds: a date or a date-time without an offset is
 * in the page's time zone. For the end of a range (`end`), a date means the last moment of that day. `undefined`
 * when the text is not such a date, or names a day that does not exist.
 */
export function readDate(text: string, end = false): number | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, ms, offset] = match;
  const year = Number(y);
  const month = Number(mo) - 1;
  const day = Number(d);
  // A day that overflows (2026-02-30) is not a date.
  const date = new Date(year, month, day);
  if (date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) return undefined;
  if (h === undefined) return end ? new Date(year, month, day + 1).getTime() - 1 : date.getTime();
  const [hours, minutes, seconds, millis] = [h, mi, s ?? '0', (ms ?? '0').padEnd(3, '0')].map(Number) as number[];
  if (hours! > 23 || minutes! > 59 || seconds! > 59) return undefined;
  if (offset === undefined) return new Date(year, month, day, hours, minutes, seconds, millis).getTime();
  const sign = offset === 'Z' ? 0 : offset[0] === '-' ? -1 : 1;
  const offsetMinutes = offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  return Date.UTC(year, month, day, hours, minutes, seconds, millis) - offsetMinutes * 60_000;
}

/** The range `from` and `to` (as the query holds them) cover; open ends absent. */
export function rangeOf(from: string | undefined, to: string | undefined): TimeRange {
  const range: TimeRange = {};
  if (from !== undefined) range.start = readDate(from);
  if (to !== undefined) range.end = readDate(to, true);
  return range;
}

/** When the call was placed, in Unix milliseconds: what rows show and what a range compares. */
export const placedAt = (call: CallLog): number => call.initiatedAt * 1000;

/** Whether the call was placed within the range. */
export function inRange(call: CallLog, { start, end }: TimeRange): boolean {
  const at = placedAt(call);
  return (start === undefined || at >= start) && (end === undefined || at <= end);
}
