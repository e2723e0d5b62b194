// JSON Lines: one call per line, and read back through the model's reader the calls come back equal.
import { expect } from '@open-wc/testing';
import { jsonlParts, readJsonl } from '../../src/export/jsonl.js';
import type { CallLog } from '../../src/model/call-log.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';

const NOW = Date.UTC(2026, 11, 4, 12);

describe('JSON Lines', () => {
  it('writes one line per call, and the model reader reads back equal calls', () => {
    const calls = generateDemoCallLogs({ seed: 5, count: 600, now: NOW });
    const parts = [...jsonlParts(calls)];
    expect(parts).to.have.length(calls.length);
    const text = parts.join('');
    expect(text.split('\n')).to.have.length(calls.length + 1);
    const { items, skipped } = readJsonl(text);
    expect(skipped).to.deep.equal([]);
    expect(items).to.deep.equal(calls);
  });

  it('keeps hostile text and a status this version does not know', () => {
    const [call] = generateDemoCallLogs({ seed: 9, count: 1, now: NOW });
    const odd: CallLog = {
      ...call!,
      sessionID: 'line\nbreak\u2028sep',
      initiator: { entityType: 'user', uid: 'u1', name: 'Two\r\nlines "quoted" \u200F👩🏽‍💻' },
      status: 'unknown',
      rawStatus: 'forwarded',
    };
    const text = [...jsonlParts([odd, call!])].join('');
    expect(text.split('\n')).to.have.length(3);
    expect(readJsonl(text).items).to.deep.equal([odd, call]);
  });

  it('skips a line that is not JSON or not a call, telling its line', () => {
    const [call] = generateDemoCallLogs({ seed: 9, count: 1, now: NOW });
    const text = `${JSON.stringify(call)}\n{oops\n\n{"sessionId":""}\n${JSON.stringify(call)}\r\n`;
    const { items, skipped } = readJsonl(text);
    expect(items).to.deep.equal([call, call]);
    expect(skipped).to.deep.equal([
      { index: 1, reason: 'it is not JSON' },
      { index: 3, reason: 'its sessionId is empty' },
    ]);
  });
});
