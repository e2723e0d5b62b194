// CSV written from hostile names, read back with a real CSV parser (d3-dsv): every value comes back, text that a
// spreadsheet would run as a formula comes back behind an apostrophe, and nothing else changes.
import { expect } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import { EXPORT_COLUMNS, type ExportHeaders } from '../../src/export/columns.js';
import { CSV_BOM, csvField, csvParts, csvRow } from '../../src/export/csv.js';
import type { CallGroup, CallLog, CallUser } from '../../src/model/call-log.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { DEMO_VIEWER_UID } from '../../src/sources/demo-viewer.js';

const NOW = Date.UTC(2026, 11, 4, 12);

/** Each hostile name and the cell it must come back as. */
const NAMES: [string, string][] = [
  ['Doe, Jane', 'Doe, Jane'],
  ['Jane "JJ" Doe', 'Jane "JJ" Doe'],
  ['Two\r\nlines', 'Two\r\nlines'],
  ['Line\nfeed', 'Line\nfeed'],
  ['Carriage\rreturn', 'Carriage\rreturn'],
  ['=HYPERLINK("https://evil.example","Click")', `'=HYPERLINK("https://evil.example","Click")`],
  ['+1 555 0100', `'+1 555 0100`],
  ['-2+3', `'-2+3`],
  ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
  ['\tTabbed', `'\tTabbed`],
  ['\rReturned', `'\rReturned`],
  ['=1,"2"\r\n', `'=1,"2"\r\n`],
  ['\u200Fמרים כהן', '\u200Fמרים כהן'],
  ['\u200F=evil', '\u200F=evil'],
  ['Ana 👩🏽‍💻 🇵🇹', 'Ana 👩🏽‍💻 🇵🇹'],
  ["'quoted already", "'quoted already"],
  ['Mid=dle+@-', 'Mid=dle+@-'],
  ['', ''],
  [' =space first', ' =space first'],
];

const HEADERS = Object.fromEntries(
  EXPORT_COLUMNS.map((column, i) => [column.id, i === 0 ? 'Session, "id"' : i === 1 ? '=Started' : `Label ${column.id}`]),
) as unknown as ExportHeaders;

const viewer: CallUser = { entityType: 'user', uid: DEMO_VIEWER_UID, name: 'Sam Rivera' };

/** A one-to-one call the viewer placed to `name`, and a group call in a group called `name`, from demo calls. */
function corpus(): CallLog[] {
  const [template] = generateDemoCallLogs({ seed: 3, count: 4, now: NOW }).filter((call) => call.status === 'ended');
  return NAMES.flatMap(([name], i): CallLog[] => {
    const person: CallUser = { entityType: 'user', uid: `user-${i}`, name };
    const group: CallGroup = { entityType: 'group', guid: `group-${i}`, name };
    return [
      { ...template!, sessionID: `one-${i}`, initiator: viewer, receiver: person, receiverType: 'user' },
      { ...template!, sessionID: `group-${i}`, initiator: person, receiver: group, receiverType: 'group' },
    ];
  });
}

describe('CSV', () => {
  it('reads back with a real CSV parser: values, headers and order, formulas behind an apostrophe', () => {
    const calls = corpus();
    const text = CSV_BOM + [...csvParts(calls, HEADERS, DEMO_VIEWER_UID)].join('');
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    const rows = csvParseRows(text.slice(1));
    expect(rows).to.have.length(calls.length + 1);
    expect(rows[0]).to.deep.equal([`Session, "id"`, `'=Started`, ...EXPORT_COLUMNS.slice(2).map((c) => `Label ${c.id}`)]);

    const column = (id: string) => EXPORT_COLUMNS.findIndex((c) => c.id === id);
    calls.forEach((call, i) => {
      const row = rows[i + 1]!;
      const [, expected] = NAMES[Math.floor(i / 2)]!;
      expect(row, call.sessionID).to.have.length(EXPORT_COLUMNS.length);
      expect(row[column('partyName')], call.sessionID).to.equal(expected);
      expect(row[column('sessionId')]).to.equal(call.sessionID);
      expect(row[column('partyKind')]).to.equal(i % 2 ? 'group' : 'user');
      expect(row[column('direction')]).to.equal(i % 2 ? 'incoming' : 'outgoing');
      // Every other cell is the column's value as it is: numbers written as numbers.
      EXPORT_COLUMNS.forEach(({ id, value }, c) => {
        if (id !== 'partyName') expect(row[c], `${call.sessionID} ${id}`).to.equal(String(value(call, DEMO_VIEWER_UID)));
      });
      expect(Number(row[column('audioMinutes')])).to.equal(call.totalAudioMinutes);
    });
  });

  it('ends every row with CRLF, and a line break inside a name stays inside its quoted field', () => {
    const parts = [...csvParts(corpus(), HEADERS, DEMO_VIEWER_UID)];
    for (const part of parts) {
      expect(part.endsWith('\r\n'), JSON.stringify(part)).to.equal(true);
      expect(csvParseRows(part), JSON.stringify(part)).to.have.length(1);
    }
    const unquotedBreaks = parts.join('').replace(/"(?:[^"]|"")*"/g, '').match(/\r\n|\r|\n/g);
    expect(unquotedBreaks).to.have.length(parts.length);
    expect(unquotedBreaks!.every((end) => end === '\r\n')).to.equal(true);
  });

  it('quotes only what must be, doubles quotes, and leaves numbers alone', () => {
    expect(csvRow(['a', 'b c', 'd,e', 'f"g', 'h\ni', 'j\rk'])).to.equal('a,b c,"d,e","f""g","h\ni","j\rk"\r\n');
    expect(csvField('=1+1')).to.equal("'=1+1");
    expect(csvField('\r=1')).to.equal(`"'\r=1"`);
    expect(csvField(-1)).to.equal('-1');
    expect(csvField(0.615)).to.equal('0.615');
    expect(csvRow([])).to.equal('\r\n');
  });
});
