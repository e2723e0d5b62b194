// The file to download: a Blob of the parts, its type, and its name.
import { expect } from '@open-wc/testing';
import { EXPORT_COLUMNS, type ExportHeaders } from '../../src/export/columns.js';
import { CSV_BOM, csvParts } from '../../src/export/csv.js';
import { buildExport, exportFileName } from '../../src/export/export-file.js';
import { jsonlParts } from '../../src/export/jsonl.js';
import { CallLogError } from '../../src/errors/call-log-error.js';
import type { CallLog } from '../../src/model/call-log.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { DEMO_VIEWER_UID } from '../../src/sources/demo-viewer.js';
import { rejection } from '../setup/errors.js';

const calls = generateDemoCallLogs({ seed: 2, count: 250, now: Date.UTC(2026, 11, 4, 12) });
const HEADERS = Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.id, `Ü ${c.id}`])) as unknown as ExportHeaders;

/** The Blob's text with its BOM kept (`Blob.text()` drops it). */
async function textOf(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

async function* pagesOf(list: readonly CallLog[], size = 100): AsyncGenerator<CallLog[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

describe('export file', () => {
  it('CSV: the BOM, then the parts, as UTF-8 text/csv', async () => {
    const blob = buildExport(calls, { format: 'csv', headers: HEADERS, viewerUid: DEMO_VIEWER_UID });
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(await textOf(blob)).to.equal(CSV_BOM + [...csvParts(calls, HEADERS, DEMO_VIEWER_UID)].join(''));
  });

  it('JSON Lines: the parts, as application/x-ndjson', async () => {
    const blob = buildExport(calls, { format: 'jsonl' });
    expect(blob.type).to.equal('application/x-ndjson');
    expect(await textOf(blob)).to.equal([...jsonlParts(calls)].join(''));
  });

  it('pages read one after another give the same file, and a failed reading rejects', async () => {
    const options = { format: 'csv', headers: HEADERS, viewerUid: DEMO_VIEWER_UID } as const;
    const fromPages = await buildExport(pagesOf(calls, 37), options);
    expect(await textOf(fromPages)).to.equal(await textOf(buildExport(calls, options)));
    expect(await textOf(await buildExport(pagesOf([]), { format: 'jsonl' }))).to.equal('');

    async function* failing(): AsyncGenerator<CallLog[]> {
      yield calls.slice(0, 10);
      throw new CallLogError('ABORTED', 'The reading was aborted.');
    }
    expect((await rejection(buildExport(failing(), { format: 'jsonl' }))).code).to.equal('ABORTED');
  });

  it('names the file by the local date', () => {
    expect(exportFileName('csv', new Date(2026, 0, 5, 23, 59))).to.equal('calls-2026-01-05.csv');
    expect(exportFileName('jsonl', new Date(2026, 11, 31, 0, 0))).to.equal('calls-2026-12-31.jsonl');
    expect(exportFileName('csv', new Date(987, 6, 9, 12))).to.equal('calls-0987-07-09.csv');
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(exportFileName('csv')).to.equal(`calls-${day}.csv`);
  });
});
