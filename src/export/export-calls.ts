import type { CallLogController } from '../controllers/call-log-controller.js';
import { readCalls, type ReadProgress } from '../controllers/read-pages.js';
import { CallLogError } from '../errors/call-log-error.js';
import type { CallLogExportFormat } from '../events/call-log-events.js';
import { CallLogExportEvent, CallLogExportStartEvent } from '../events/export-events.js';
import type { Localize } from '../localize/localize.js';
import type { MessageKey } from '../localize/messages.js';
import { translationFor } from '../localize/registry.js';
import { reportWordsOf, useReportWords } from '../localize/report-words.js';
import type { CallLogFilters } from '../model/query.js';
import type { ExportColumnId, ExportHeaders } from './columns.js';
import { EXPORT_COLUMNS } from './columns.js';
import { buildExport, exportFileName } from './export-file.js';

// What a list's `exportCalls()` loads when it is first called: reading every call of the list's filters, writing them
// to a file, the events around it, and saving it. Most pages never export, so the script-tag bundles keep this in a
// file of its own.

/** How an export goes: its format, a signal that cancels it, and a callback after each page read. */
export interface CallLogExportOptions {
  /** `csv` (default) or `jsonl`. */
  format?: CallLogExportFormat;
  /** Cancels the export: the request in flight is aborted and nothing is saved. */
  signal?: AbortSignal;
  /** Called after each page: calls read so far, and the total when the source says it. */
  onProgress?(progress: { read: number; total?: number }): void;
}

/** An export's file (a `Blob`), the name it is saved under, and how many calls it holds. */
export interface CallLogExportResult {
  file: Blob;
  fileName: string;
  count: number;
}

/** The header of each CSV column: the filter's label where the filter has one, else a message of its own. */
const HEADER_KEYS: Readonly<Record<ExportColumnId, MessageKey>> = {
  sessionId: 'column.sessionId',
  startedAt: 'column.startedAt',
  endedAt: 'column.endedAt',
  direction: 'filter.direction',
  type: 'filter.type',
  status: 'filter.status',
  category: 'filter.category',
  partyKind: 'column.partyKind',
  partyId: 'column.partyId',
  partyName: 'column.partyName',
  participants: 'column.participants',
  durationSeconds: 'column.durationSeconds',
  audioMinutes: 'column.audioMinutes',
  videoMinutes: 'column.videoMinutes',
  recordings: 'column.recordings',
};

export interface ExportRun {
  format: CallLogExportFormat;
  /** The list's language: the CSV's header row is in its words. */
  localize: Pick<Localize, 't' | 'lang'>;
  /** The signed-in user, from whose side direction and party are told. */
  viewerUid: string | undefined;
  signal: AbortSignal;
  onProgress(progress: ReadProgress): void;
}

/** The file of every call `controller` holds for its filters, with its name and how many calls it has. */
export async function exportCalls(
  controller: CallLogController,
  { format, localize, viewerUid, signal, onProgress }: ExportRun,
): Promise<{ file: Blob; fileName: string; count: number }> {
  // The CSV's headers are report words, in the list's language.
  useReportWords();
  await reportWordsOf(translationFor(localize.lang));
  let count = 0;
  const pages = readCalls(controller, {
    signal,
    onPage: (progress) => {
      count = progress.read;
      onProgress(progress);
    },
  });
  const headers = Object.fromEntries(EXPORT_COLUMNS.map(({ id }) => [id, localize.t(HEADER_KEYS[id])])) as ExportHeaders;
  const file = await buildExport(pages, format === 'csv' ? { format, headers, ...(viewerUid ? { viewerUid } : {}) } : { format });
  return { file, fileName: exportFileName(format), count };
}

/** Downloads `file` as `fileName`, as a link with `download` would. */
function saveFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own hold on the file once it starts; the address is freed a while later rather than at
  // once, as some browsers read it a moment after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The list an export is of: what it fires the events on, its filters, its controller and its viewer. */
export interface ExportedList extends HTMLElement {
  readonly filters: CallLogFilters;
  readonly controller: CallLogController;
  readonly viewer: string | undefined;
}

/** `CallLogList.exportCalls()`: the events, the reading and writing, and the download, in the list's language. */
export async function exportFromList(
  list: ExportedList,
  localize: ExportRun['localize'],
  { format = 'csv', signal, onProgress }: CallLogExportOptions,
): Promise<CallLogExportResult | undefined> {
  if (format !== 'csv' && format !== 'jsonl') {
    throw new CallLogError('INVALID_ARGUMENT', `exportCalls(): format must be "csv" or "jsonl", not ${JSON.stringify(format)}.`);
  }
  if (!list.dispatchEvent(new CallLogExportStartEvent(format, list.filters))) return undefined;
  const result = await exportCalls(list.controller, {
    format,
    localize,
    viewerUid: list.viewer,
    signal: signal ?? new AbortController().signal,
    onProgress: ({ read, total }) => onProgress?.({ read, ...(total === undefined ? {} : { total }) }),
  });
  if (list.dispatchEvent(new CallLogExportEvent({ format, ...result }))) saveFile(result.file, result.fileName);
  return result;
}
