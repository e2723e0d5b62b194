import type { CallLog } from '../model/call-log.js';
import { readCalls, type SkippedItem } from '../model/read-call.js';

// JSON Lines: one call per line, in the model's own names, so a script reads the export as the package reads calls.

/** One call as a line: JSON never holds a raw line break (those in text are escaped), so a line is one call. */
export function jsonlLine(call: CallLog): string {
  return `${JSON.stringify(call)}\n`;
}

/** The lines of a JSON Lines file, one per call, each a string to put in a `Blob`. */
export function* jsonlParts(calls: Iterable<CallLog>): Generator<string> {
  for (const call of calls) yield jsonlLine(call);
}

/**
 * The calls of a JSON Lines text, read as a source's are (`readCall`), so an export read back gives the calls it
 * was made from. A line that is not JSON, or not a call, is skipped with its index (from 0) and why; blank lines
 * are ignored.
 */
export function readJsonl(text: string): { items: CallLog[]; skipped: SkippedItem[] } {
  const raw: unknown[] = [];
  const lines: number[] = [];
  const skipped: SkippedItem[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      raw.push(JSON.parse(line));
      lines.push(index);
    } catch {
      skipped.push({ index, reason: 'it is not JSON' });
    }
  });
  const read = readCalls(raw);
  // Skipped items are told by their line, not by their place among the lines that were JSON.
  for (const { index, reason } of read.skipped) skipped.push({ index: lines[index]!, reason });
  skipped.sort((a, b) => a.index - b.index);
  return { items: read.items, skipped };
}
