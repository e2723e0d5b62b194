import type { CallLog } from '../model/call-log.js';
import type { ExportHeaders } from './columns.js';
import { CSV_BOM, csvHeader, csvLine } from './csv.js';
import { jsonlLine } from './jsonl.js';

// A file of calls to download. It is built as a `Blob` page by page, one string per page of calls: a browser keeps
// those as they are, where one string of the whole history would need it all in one piece, twice over while it is
// encoded.

export type ExportFormat = 'csv' | 'jsonl';

/** CSV needs the column labels (in the reader's language) and the viewer; JSON Lines writes calls as they are. */
export type ExportOptions = { format: 'csv'; headers: ExportHeaders; viewerUid?: string } | { format: 'jsonl' };

export const EXPORT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv;charset=utf-8',
  jsonl: 'application/x-ndjson',
};

/** Calls per part when the calls come as one list. */
const PART_SIZE = 100;

/** One page of calls as one string of the file. */
function pagePart(calls: readonly CallLog[], options: ExportOptions): string {
  let text = '';
  for (const call of calls) text += options.format === 'csv' ? csvLine(call, options.viewerUid) : jsonlLine(call);
  return text;
}

/** What the file starts with: the BOM and the header row for CSV, nothing for JSON Lines. */
const head = (options: ExportOptions): string[] =>
  options.format === 'csv' ? [CSV_BOM + csvHeader(options.headers)] : [];

const blobOf = (parts: BlobPart[], { format }: ExportOptions): Blob => new Blob(parts, { type: EXPORT_TYPES[format] });

/**
 * The file of `calls`: a list of calls gives the `Blob` at once; pages read one after another (such as
 * `readPages()` yields) give a promise of it, which rejects as the reading does.
 */
export function buildExport(calls: readonly CallLog[], options: ExportOptions): Blob;
export function buildExport(pages: AsyncIterable<readonly CallLog[]>, options: ExportOptions): Promise<Blob>;
export function buildExport(
  calls: readonly CallLog[] | AsyncIterable<readonly CallLog[]>,
  options: ExportOptions,
): Blob | Promise<Blob> {
  const parts = head(options);
  if (Symbol.asyncIterator in calls) {
    return (async () => {
      // Each page's text goes into the file as soon as it is written, so the page holds the heap, not the file: a
      // `Blob` made of another keeps a reference to it, not a copy.
      let file = blobOf(parts, options);
      for await (const page of calls) if (page.length > 0) file = blobOf([file, pagePart(page, options)], options);
      return file;
    })();
  }
  for (let i = 0; i < calls.length; i += PART_SIZE) parts.push(pagePart(calls.slice(i, i + PART_SIZE), options));
  return blobOf(parts, options);
}

/** The name to save an export under: `calls-YYYY-MM-DD.csv` or `.jsonl`, the date in the page's time zone. */
export function exportFileName(format: ExportFormat, date: Date = new Date()): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0'));
  return `calls-${day.join('-')}.${format}`;
}
