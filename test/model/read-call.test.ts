// Reading calls: a call a source hands over already in the model is kept as it is only when reading it would build
// the same call field for field; anything else is read (and made safe) as before.
import { expect } from '@open-wc/testing';
import type { CallLog } from '../../src/model/call-log.js';
import { buildCall, readCall } from '../../src/model/read-call.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';

const demo = generateDemoCallLogs({ seed: 7, count: 600, now: Date.UTC(2026, 11, 4) });

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const ODD_VALUES: unknown[] = [
  undefined, null, '', ' ', 'x', 'Ended', 'canceled', 'unknown', 0, -1, 1.5, 1e13, NaN, Infinity, true, [], {},
  '5:30', '0:05', '05:30', '1:02:03', '99:99', { uid: 'u' }, [{ uid: 'a' }, { uid: 'a' }],
  // Talk times at the edges of how they are written: a full hour, past an hour in minutes, spaces, past the bound.
  '0:00', '59:59', '60:00', '1:00:00', '01:00:00', '1:60:00', '1:2:03', ' 5:30', '5:30 ', '99999999999:00:00',
];

/** `call` with one field, or one field of a nested object, set to an odd value. */
function mutate(call: CallLog, next: () => number): unknown {
  const copy = structuredClone(call) as unknown as Record<string, unknown>;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const value = pick(ODD_VALUES);
  const targets: Record<string, unknown>[] = [copy];
  for (const key of ['initiator', 'receiver']) targets.push(copy[key] as Record<string, unknown>);
  for (const key of ['participantInfoList', 'recordings']) {
    const list = copy[key] as Record<string, unknown>[];
    if (list.length) targets.push(pick(list));
  }
  const target = pick(targets);
  const keys = [...Object.keys(target), 'sessionId', 'mode', 'participants', 'isJoined', 'totalDuration', 'recording_url', 'rawStatus'];
  target[pick(keys)] = value;
  return copy;
}

/**
 * `value` with only the keys `shape` has, at every level: a key the model does not have (an app's own field) is kept
 * on a call kept as it is, and read by nothing.
 */
function project(value: unknown, shape: unknown): unknown {
  if (Array.isArray(shape) && Array.isArray(value)) return value.map((item, i) => project(item, shape[i]));
  if (shape && typeof shape === 'object' && value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(shape).map((key) => [key, project((value as Record<string, unknown>)[key], (shape as Record<string, unknown>)[key])]));
  }
  return value;
}

describe('reading calls already in the model', () => {
  it('keeps each demo call as it is, equal to the call reading builds', () => {
    for (const call of demo) {
      expect(readCall(call), call.sessionID).to.equal(call);
      expect(buildCall(call as never), call.sessionID).to.deep.equal(call);
    }
  });

  it('keeps a changed call only when reading would build the same call, over 5,000 odd changes', () => {
    const next = random(11);
    let kept = 0;
    let read = 0;
    for (let i = 0; i < 5000; i++) {
      const changed = mutate(demo[i % demo.length]!, next);
      const result = readCall(changed);
      if (result === changed) {
        kept++;
        const built = buildCall(changed as never);
        expect(built, JSON.stringify(changed)).to.deep.equal(project(changed, built));
      } else {
        read++;
      }
    }
    // Both ways are taken: the check is neither always nor never true.
    expect(kept).to.be.greaterThan(100);
    expect(read).to.be.greaterThan(1000);
  });

  it('reads a call in the wire shape, or with a duplicate participant, into a new object', () => {
    const call = demo.find((c) => c.participantInfoList.length > 1)!;
    const twice = { ...call, participantInfoList: [call.participantInfoList[0]!, call.participantInfoList[0]!] };
    const read = readCall(twice) as CallLog;
    expect(read).to.not.equal(twice);
    expect(read.participantInfoList).to.have.length(1);
    expect(read.participantInfoList[0]!.devices).to.equal(2);
  });
});
