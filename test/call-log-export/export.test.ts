// <call-log-export>, and the list's exportCalls() it calls: every call of the list's filters read over the REST
// source against the local Calls API, written to a file a real CSV parser reads back, with progress, Cancel, a
// failure with Retry, and the events an app takes the file from.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import '../../src/define.js';
import type { CallLogExport } from '../../src/call-log-export/call-log-export.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { CallLogExportEvent, CallLogExportStartEvent } from '../../src/events/export-events.js';
import { readJsonl } from '../../src/export/jsonl.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { apiInfo, scenario, TEST_TOKEN } from '../setup/calls-api.js';

const HISTORY = 2000;

/** A list over a scenario of the local Calls API and an export control linked to it, the list's first page in. */
async function exportPair(switches: Parameters<typeof scenario>[0] = { count: HISTORY }, listAttributes = '') {
  const api = await scenario(switches);
  const wrapper = await fixture<HTMLElement>(html`<div>
    <call-log-export for="calls"></call-log-export>
    <call-log-list id="calls" base-url=${api.baseUrl} auth-token=${TEST_TOKEN} viewer-uid="sam.rivera" load-more="button"></call-log-list>
  </div>`);
  const list = wrapper.querySelector('call-log-list')!;
  for (const attribute of listAttributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = attribute.split('=');
    list.setAttribute(name!, value);
  }
  const control = wrapper.querySelector('call-log-export')!;
  await waitUntil(() => list.status === 'ready' || list.status === 'complete', 'the list did not load', { timeout: 5000 });
  await control.updateComplete;
  return { api, list, control };
}

const partOf = (control: CallLogExport, name: string) => control.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const button = (control: CallLogExport, format: string) =>
  control.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="export-button"][data-format="${format}"]`)!;
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The next export's file, kept from being downloaded: the `call-log-export` event is cancelled as it is dispatched
 * (a listener that awaited it would cancel it too late).
 */
function nextFile(list: CallLogList): Promise<CallLogExportEvent['detail']> {
  return new Promise((resolve) => {
    list.addEventListener(
      CallLogExportEvent.eventName,
      (event) => {
        event.preventDefault();
        resolve(event.detail);
      },
      { once: true },
    );
  });
}

/** The scenario's calls, newest first, as the local API generates them. */
async function history(count: number) {
  const info = await apiInfo();
  return generateDemoCallLogs({ ...info, count }).sort((a, b) => b.initiatedAt - a.initiatedAt || (a.sessionID < b.sessionID ? 1 : -1));
}

describe('<call-log-export>', () => {
  describe('exporting', () => {
    it('exports every call of 2,000 over REST as CSV, reading 20 pages of 100 and no more', async () => {
      const { api, list, control } = await exportPair();
      const before = (await api.state()).requests;
      const file = nextFile(list);
      button(control, 'csv').click();
      const { file: blob, fileName, count, format } = await file;
      expect(format).to.equal('csv');
      expect(count).to.equal(HISTORY);
      expect(fileName).to.match(/^calls-\d{4}-\d\d-\d\d\.csv$/);
      expect(blob.type).to.equal('text/csv;charset=utf-8');
      expect((await api.state()).requests - before, 'requests').to.equal(20);
      expect((await api.state()).lastQuery['perPage']).to.equal('100');
      // The UTF-8 byte order mark (which reading the file as text takes away), then RFC 4180 rows ended by CRLF.
      expect([...new Uint8Array(await blob.slice(0, 3).arrayBuffer())]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const content = await blob.text();
      expect(content.startsWith('Session ID,Started (UTC),Ended (UTC),Direction,Type,Status,Category,Party type,')).to.equal(true);
      expect(content.endsWith('\r\n')).to.equal(true);
      const rows = csvParseRows(content.replace(/\r\n$/, ''));
      expect(rows).to.have.length(HISTORY + 1);
      const calls = await history(HISTORY);
      expect(rows.slice(1).map((row) => row[0])).to.deep.equal(calls.map((call) => call.sessionID));
      // The rows shown and their paging are as they were.
      expect(list.items).to.have.length(30);
      await control.updateComplete;
      expect(text(partOf(control, 'status'))).to.equal('2,000 calls exported');
      await expect(control).to.be.accessible();
    });

    it('follows the list\'s filters, search included, and writes JSON Lines that read back as the calls', async () => {
      // A search for the first word of one missed call's name: some missed calls match, not all.
      const missed = (await history(HISTORY)).filter((call) => call.status === 'missed');
      const word = missed[0]!.initiator.name.split(' ')[0]!.toLowerCase();
      const { list, control } = await exportPair({ count: HISTORY }, `call-status=missed search=${word}`);
      await waitUntil(() => list.status !== 'loading', 'the filtered list did not load', { timeout: 10_000 });
      const file = nextFile(list);
      button(control, 'jsonl').click();
      const { file: blob, count } = await file;
      expect(blob.type).to.equal('application/x-ndjson');
      const { items, skipped } = readJsonl(await blob.text());
      expect(skipped).to.deep.equal([]);
      expect(items).to.have.length(count);
      expect(count).to.be.greaterThan(0);
      expect(items.every((call) => call.status === 'missed')).to.equal(true);
      expect(items.length).to.be.lessThan(missed.length);
    });

    it('shows its progress, and the total when the source says it', async () => {
      const { list } = await exportPair({ count: 500 });
      const progress: { read: number; total?: number }[] = [];
      const file = nextFile(list);
      await list.exportCalls({ onProgress: (step) => progress.push(step) });
      await file;
      expect(progress).to.deep.equal([100, 200, 300, 400, 500].map((read) => ({ read, total: 500 })));
    });

    it('shows the progress bar with "N of M calls" and Cancel while it reads, focus staying on the pressed button', async () => {
      const { api, list, control } = await exportPair({ count: 500 });
      // Each page takes a while, so the reading state can be looked at.
      await api.patch({ latency: 150 });
      button(control, 'csv').focus();
      const file = nextFile(list);
      button(control, 'csv').click();
      await waitUntil(() => partOf(control, 'progress')?.getAttribute('aria-valuetext') === '100 of 500 calls', 'no progress shown');
      expect(control.shadowRoot!.activeElement).to.equal(button(control, 'csv'));
      expect(button(control, 'csv').getAttribute('aria-disabled')).to.equal('true');
      expect(text(partOf(control, 'status'))).to.equal('100 of 500 calls');
      expect(partOf(control, 'progress')!.getAttribute('max')).to.equal('500');
      await expect(control).to.be.accessible();
      await file;
      await control.updateComplete;
      expect(control.shadowRoot!.activeElement).to.equal(button(control, 'csv'));
    });
  });

  describe('saving', () => {
    it('saves the file as calls-YYYY-MM-DD.csv through a download link when the event is not cancelled', async () => {
      const { list } = await exportPair({ count: 50 });
      // The link's click is where the browser would start the download: it is looked at here instead.
      const clicked: { download: string; href: string }[] = [];
      const { click } = HTMLAnchorElement.prototype;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push({ download: this.download, href: this.href });
      };
      try {
        const result = await list.exportCalls();
        expect(clicked).to.have.length(1);
        expect(clicked[0]!.download).to.equal(result!.fileName);
        expect(clicked[0]!.href.startsWith('blob:')).to.equal(true);
        const saved = await (await fetch(clicked[0]!.href)).text();
        expect(saved).to.equal(await result!.file.text());
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
    });
  });

  describe('cancelling', () => {
    it('Cancel aborts the request in flight: no more requests, nothing saved', async () => {
      const { api, list, control } = await exportPair({ count: HISTORY });
      let saved = 0;
      list.addEventListener(CallLogExportEvent.eventName, () => saved++);
      // Each page takes a while, so the progress can be followed.
      await api.patch({ latency: 300 });
      const before = (await api.state()).requests;
      const done = control.export('csv');
      // Cancelled after the third page: the fourth is on its way, or about to be.
      await waitUntil(() => text(partOf(control, 'status')).startsWith('300 of'), 'no third page', { timeout: 10_000 });
      partOf(control, 'cancel-button')!.click();
      await done;
      await api.settled();
      const sent = (await api.state()).requests - before;
      expect(sent).to.be.within(3, 4);
      expect(saved).to.equal(0);
      await control.updateComplete;
      expect(text(partOf(control, 'status'))).to.equal('Export cancelled');
      // Nothing more goes out later either.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect((await api.state()).requests - before).to.equal(sent);
    });

    it('a cancelled call-log-export-start reads nothing', async () => {
      const { api, list, control } = await exportPair({ count: 200 });
      const before = (await api.state()).requests;
      list.addEventListener(CallLogExportStartEvent.eventName, (event) => event.preventDefault(), { once: true });
      expect(await list.exportCalls()).to.equal(undefined);
      expect((await api.state()).requests).to.equal(before);
      await control.updateComplete;
      expect(partOf(control, 'status')).to.equal(null);
    });
  });

  describe('failures', () => {
    it('says what failed, keeps nothing, and Retry exports again', async () => {
      const { api, list, control } = await exportPair({ count: 300 });
      let saved = 0;
      list.addEventListener(CallLogExportEvent.eventName, (event) => {
        saved++;
        event.preventDefault();
      });
      // The export's second page waits on the server, and then comes in a shape that cannot be read (never retried).
      await api.patch({ latencies: [0, 2000] });
      const first = control.export('csv');
      await waitUntil(() => text(partOf(control, 'status')).startsWith('100 of'), 'no first page');
      await api.patch({ wrongEnvelope: true, times: 1 });
      await first;
      await control.updateComplete;
      expect(saved).to.equal(0);
      const status = partOf(control, 'status')!;
      expect(status.getAttribute('role')).to.equal('alert');
      expect(text(status)).to.equal('The export failed. The server sent an answer that could not be read.');
      await expect(control).to.be.accessible();
      partOf(control, 'retry-button')!.click();
      await waitUntil(() => saved === 1, 'Retry did not export');
      await control.updateComplete;
      expect(text(partOf(control, 'status'))).to.equal('300 calls exported');
    });

    it('an expired token mid-way is renewed through the list\'s tokenProvider', async () => {
      const { api, list, control } = await exportPair({ count: 500 });
      list.tokenProvider = async () => 'fresh-token';
      await api.patch({ latency: 200 });
      const file = nextFile(list);
      const exporting = control.export('csv');
      await waitUntil(() => text(partOf(control, 'status')).startsWith('200 of'), 'no second page');
      await api.patch({ validTokens: ['fresh-token'] });
      await exporting;
      expect((await file).count).to.equal(500);
      expect((await api.state()).lastHeaders.authtoken).to.equal(true);
    });

    it('rejects a format it does not write, naming the ones it does', async () => {
      const { list } = await exportPair({ count: 10 });
      const error = await list.exportCalls({ format: 'xlsx' as 'csv' }).then(
        () => undefined,
        (reason: unknown) => reason as Error & { code: string },
      );
      expect(error?.code).to.equal('INVALID_ARGUMENT');
      expect(error?.message).to.include('"csv" or "jsonl"');
    });
  });

  describe('linking and attributes', () => {
    it('is off, saying why, when no list has its for id', async () => {
      const control = await fixture<CallLogExport>(html`<call-log-export for="nowhere"></call-log-export>`);
      expect(text(partOf(control, 'reason'))).to.equal('Export is off: no call list has the id "nowhere".');
      expect(button(control, 'csv').disabled).to.equal(true);
      await expect(control).to.be.accessible();
    });

    it('shows the buttons its formats name, in German with the list\'s words in the file', async () => {
      const { list, control } = await exportPair({ count: 20 });
      control.setAttribute('formats', 'jsonl nonsense');
      await control.updateComplete;
      expect([...control.shadowRoot!.querySelectorAll('[part~="export-button"]')].map((b) => b.getAttribute('data-format'))).to.deep.equal(['jsonl']);
      control.setAttribute('formats', 'csv');
      list.setAttribute('lang', 'de');
      control.setAttribute('lang', 'de');
      await waitUntil(() => text(button(control, 'csv')) !== 'Export CSV', 'the control did not speak German', { timeout: 5000 });
      await waitUntil(() => list.shadowRoot!.querySelector('[part~="base"][lang="de"]'), 'the list did not speak German');
      const file = nextFile(list);
      button(control, 'csv').click();
      const header = (await (await file).file.text()).split('\r\n')[0]!;
      expect(header).not.to.include('Session ID');
      expect(header.split(',')).to.have.length(15);
    });
  });
});
