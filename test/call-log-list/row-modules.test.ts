import { expect } from '@open-wc/testing';
import { CallLogFormat } from '../../src/call-log-list/call-log-format.js';
import { rowKeyAction } from '../../src/call-log-list/row-keys.js';
import { buildSections, chunkOfRow } from '../../src/call-log-list/sections.js';
import { entityId, type CallLog } from '../../src/model/call-log.js';
import { call } from './helpers.js';

describe('the list modules', () => {
  describe('buildSections', () => {
    const now = new Date(2026, 11, 4, 18, 0);
    const format = new CallLogFormat('en', now);
    const at = (day: number, hour: number) => Math.floor(new Date(2026, 11, day, hour).getTime() / 1000);
    const calls = [
      ...Array.from({ length: 10 }, (_, i) => call({ sessionID: `today-${i}`, initiatedAt: at(4, 17) - i * 60 })),
      call({ sessionID: 'yesterday', initiatedAt: at(3, 9) }),
    ];

    it('groups calls by the day they were placed, in chunks of 8 rows', () => {
      const { sections } = buildSections(calls, 'day', format);
      expect(sections.map((s) => [s.label, s.size, s.chunks.map((c) => c.calls.length)])).to.deep.equal([
        ['Today', 10, [8, 2]],
        ['Yesterday', 1, [1]],
      ]);
      // Positions: in the whole list, and in the section.
      expect(sections[0]!.chunks.map((c) => [c.first, c.start])).to.deep.equal([[0, 0], [8, 8]]);
      expect(sections[1]!.chunks.map((c) => [c.first, c.start])).to.deep.equal([[10, 0]]);
      expect(chunkOfRow(sections, 'today-9')).to.equal(sections[0]!.chunks[1]!.key);
      expect(chunkOfRow(sections, 'yesterday')).to.equal(sections[1]!.chunks[0]!.key);
      expect(chunkOfRow(sections, 'no-such-call')).to.equal(undefined);
    });

    it('puts every call in one section without a heading with group-by none', () => {
      const { sections } = buildSections(calls, 'none', format);
      expect(sections.map((s) => [s.label, s.size, s.chunks.length])).to.deep.equal([[undefined, 11, 2]]);
    });

    it('gives no sections for no calls', () => {
      expect(buildSections([], 'day', format).sections).to.deep.equal([]);
    });

    it('joins runs of consecutive calls into one row when asked, never across days', () => {
      // Calls with the same initiator join; "b" breaks the run of "a"; the last "a" of today and the one of
      // yesterday are on different days.
      const from = (uid: string, id: string, initiatedAt: number) =>
        call({ sessionID: id, initiatedAt, initiator: { entityType: 'user', uid, name: uid } });
      const run = [
        from('a', 'a1', at(4, 17)),
        from('a', 'a2', at(4, 16)),
        from('a', 'a3', at(4, 15)),
        from('b', 'b1', at(4, 14)),
        from('a', 'a4', at(4, 13)),
        from('a', 'a5', at(3, 13)),
      ];
      const sameInitiator = (x: CallLog, y: CallLog) => entityId(x.initiator) === entityId(y.initiator);
      const { sections, rows, runs } = buildSections(run, 'day', format, sameInitiator);
      expect(rows.map((c) => c.sessionID)).to.deep.equal(['a1', 'b1', 'a4', 'a5']);
      expect(runs.get('a1')!.map((c) => c.sessionID)).to.deep.equal(['a1', 'a2', 'a3']);
      expect([...runs.keys()]).to.deep.equal(['a1']);
      expect(sections.map((s) => s.size)).to.deep.equal([3, 1]);
      // A call inside a run heads no row: a row for it is not found.
      expect(chunkOfRow(sections, 'a2')).to.equal(undefined);
      expect(chunkOfRow(sections, 'a1')).to.equal(sections[0]!.chunks[0]!.key);
      // Without the rule every call is a row.
      expect(buildSections(run, 'day', format).rows).to.have.length(6);
    });
  });

  describe('rowKeyAction', () => {
    it('moves with the arrows, Home and End, within the rows', () => {
      expect(rowKeyAction('ArrowDown', 0, 3)).to.deep.equal({ move: 1 });
      expect(rowKeyAction('ArrowDown', 2, 3)).to.deep.equal({ move: 2 });
      expect(rowKeyAction('ArrowUp', 0, 3)).to.deep.equal({ move: 0 });
      expect(rowKeyAction('Home', 2, 3)).to.deep.equal({ move: 0 });
      expect(rowKeyAction('End', 0, 3)).to.deep.equal({ move: 2 });
    });

    it('toggles with Space, opens with → and closes with ←, and leaves other keys alone', () => {
      expect([' ', 'ArrowRight', 'ArrowLeft', 'Enter', 'a'].map((key) => rowKeyAction(key, 1, 3))).to.deep.equal([
        'toggle',
        'expand',
        'collapse',
        undefined,
        undefined,
      ]);
      // Right to left, ← opens and → closes.
      expect(['ArrowLeft', 'ArrowRight'].map((key) => rowKeyAction(key, 1, 3, true))).to.deep.equal(['expand', 'collapse']);
    });
  });
});
