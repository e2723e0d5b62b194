import type { CallLog } from '../model/call-log.js';
import type { CallLogFormat } from './call-log-format.js';
import type { GroupBy } from './list-config.js';

/** Rows per chunk: the smallest step of the list's window (see chunk-window.ts); 10,000 rows are 1,250 chunks. */
export const CHUNK_SIZE = 8;

/** Consecutive rows of a section that render, or are left out of the DOM, together. */
export interface Chunk {
  key: string;
  /** Position of the chunk's first row in the whole list. */
  first: number;
  /** Position of the chunk's first row in its section. */
  start: number;
  calls: CallLog[];
}

/** One day's calls (or, with `group-by="none"`, all of them under no heading). */
export interface Section {
  key: string;
  label: string | undefined;
  size: number;
  chunks: Chunk[];
}

export interface Sections {
  sections: Section[];
  /** The calls that head a row, in order: the calls given, or with collapsing, the newest of each run. */
  rows: readonly CallLog[];
  /** The calls of each row that stands for more than one, newest first, by the session id of the first. */
  runs: Map<string, CallLog[]>;
}

/** Whether two calls, the second just older than the first, show as one row. */
export type SameRow = (newer: CallLog, older: CallLog) => boolean;

/**
 * The calls, in the order given, as day sections (by when each call was placed, in the format's time zone and
 * language) or one section without a heading, each cut into chunks of `CHUNK_SIZE` rows. With `sameRow`, a run of
 * consecutive calls of one day that it joins shows as one row, headed by the newest.
 */
export function buildSections(
  items: readonly CallLog[],
  groupBy: GroupBy,
  format: CallLogFormat,
  sameRow?: SameRow,
): Sections {
  const sections: Section[] = [];
  const rows: CallLog[] = [];
  const runs = new Map<string, CallLog[]>();
  let section: Section | undefined;
  let chunk: Chunk | undefined;
  let row = 0;
  /** The calls of the row being built, newest first, and their day. */
  let run: CallLog[] = [];
  let runDay: number | undefined;
  // The day of the last call, from its start to the next day's: calls come newest first, many a day, and one within
  // the same day is placed without the two local-time dates that finding a day takes (10,000 calls: 20,000 fewer).
  let day = NaN;
  let nextDay = NaN;
  let sectionDay: number | undefined;
  for (const call of items) {
    const placed = call.initiatedAt * 1000;
    if (!(placed >= day && placed < nextDay)) {
      day = format.dayKey(new Date(placed));
      // Days are 23 to 25 hours long: 30 hours after one's start is in the next.
      nextDay = format.dayKey(new Date(day + 30 * 3_600_000));
    }
    if (sameRow && runDay === day && sameRow(run[run.length - 1]!, call)) {
      run.push(call);
      runs.set(run[0]!.sessionID, run);
      continue;
    }
    if (sameRow) {
      run = [call];
      runDay = day;
    }
    if (!section || (groupBy === 'day' && day !== sectionDay)) {
      const key = groupBy === 'day' ? `day-${day}` : 'all';
      section = { key, label: groupBy === 'day' ? format.sectionLabel(new Date(placed)) : undefined, size: 0, chunks: [] };
      sectionDay = day;
      sections.push(section);
      chunk = undefined;
    }
    if (!chunk || chunk.calls.length === CHUNK_SIZE) {
      chunk = { key: `${section.key}-${section.chunks.length}`, first: row, start: section.size, calls: [] };
      section.chunks.push(chunk);
    }
    chunk.calls.push(call);
    // Without collapsing every call heads its row: the calls given are the rows (10,000 calls: no second list).
    if (sameRow) rows.push(call);
    section.size++;
    row++;
  }
  return { sections, rows: sameRow ? rows : items, runs };
}

/**
 * The key of the chunk whose rows include the one headed by the call `sessionID`, to render a row before moving focus
 * to it; `undefined` when no row is. Looked for rather than kept in a map: a person moves among rows far less often
 * than a long history is laid out, and 10,000 calls' map held about as much memory as the rest of the list.
 */
export function chunkOfRow(sections: readonly Section[], sessionID: string): string | undefined {
  for (const section of sections) {
    for (const chunk of section.chunks) {
      if (chunk.calls.some((call) => call.sessionID === sessionID)) return chunk.key;
    }
  }
  return undefined;
}
