import type { CallLog } from '../model/call-log.js';
import type { CallLogFormat } from './call-log-format.js';
import { CHUNK_SIZE } from './chunk-window.js';
import type { GroupBy } from './list-config.js';

/** Consecutive rows of a section that render, or stand in as one empty box, together. */
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
  /** Each call's chunk key, to render a row before moving focus to it. */
  chunkOf: Map<string, string>;
}

/**
 * The calls, in the order given, as day sections (by when each call was placed, in the format's time zone and
 * language) or one section without a heading, each cut into chunks of `CHUNK_SIZE` rows.
 */
export function buildSections(items: readonly CallLog[], groupBy: GroupBy, format: CallLogFormat): Sections {
  const sections: Section[] = [];
  const chunkOf = new Map<string, string>();
  let section: Section | undefined;
  let chunk: Chunk | undefined;
  let row = 0;
  for (const call of items) {
    const date = new Date(call.initiatedAt * 1000);
    const key = groupBy === 'day' ? `day-${format.dayKey(date)}` : 'all';
    if (key !== section?.key) {
      section = { key, label: groupBy === 'day' ? format.sectionLabel(date) : undefined, size: 0, chunks: [] };
      sections.push(section);
      chunk = undefined;
    }
    if (!chunk || chunk.calls.length === CHUNK_SIZE) {
      chunk = { key: `${key}-${section.chunks.length}`, first: row, start: section.size, calls: [] };
      section.chunks.push(chunk);
    }
    chunk.calls.push(call);
    section.size++;
    row++;
    chunkOf.set(call.sessionID, chunk.key);
  }
  return { sections, chunkOf };
}
