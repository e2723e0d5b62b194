import type { CallLog } from '../model/call-log.js';
import { EXPORT_COLUMNS, type ExportHeaders, type ExportValue } from './columns.js';

// CSV as RFC 4180 writes it: fields separated by commas, rows ended by CRLF, a field holding a comma, a quote, a CR
// or an LF put in quotes with its quotes doubled.

/** Put first in the file, so that Excel reads the text as UTF-8 (without it, names in other scripts come out garbled). */
export const CSV_BOM = '\uFEFF';

/**
 * Formula injection (OWASP, "CSV Injection"): a spreadsheet takes a cell starting with `=`, `+`, `-`, `@`, a tab or
 * a CR as a formula, so a caller's name such as `=HYPERLINK(...)` would run on the reader's machine. Such a cell gets
 * a leading apostrophe, which spreadsheets read as "this is text" and do not show. Only text is changed: numbers
 * worked out here are no formula, and stay numbers a spreadsheet can add up.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: text made safe from formula injection, then quoted when it must be. */
export function csvField(value: ExportValue): string {
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row, CRLF ended. */
export function csvRow(values: readonly ExportValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The header row: each column's label, in the columns' order. */
export function csvHeader(headers: ExportHeaders): string {
  return csvRow(EXPORT_COLUMNS.map((column) => headers[column.id]));
}

/** The row of one call; `viewerUid` tells the direction and the party from the signed-in user's side. */
export function csvLine(call: CallLog, viewerUid?: string): string {
  return csvRow(EXPORT_COLUMNS.map((column) => column.value(call, viewerUid)));
}

/** The rows of a CSV file, each a string to put in a `Blob`: the header row, then one row per call (no BOM). */
export function* csvParts(calls: Iterable<CallLog>, headers: ExportHeaders, viewerUid?: string): Generator<string> {
  yield csvHeader(headers);
  for (const call of calls) yield csvLine(call, viewerUid);
}
