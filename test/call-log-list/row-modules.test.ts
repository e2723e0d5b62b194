import { expect } from '@open-wc/testing';
import { CallLogFormat } from '../../src/call-log-list/call-log-format.js';
import { rowKeyAction } from '../../src/call-log-list/row-keys.js';
import { buildSections } from '../../src/call-log-list/sections.js';
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
      const { sections, chunkOf } = buildSections(calls, 'day', format);
      expect(sections.map((s) => [s.label, s.size, s.chunks.map((c) => c.calls.length)])).to.deep.equal([
        ['Today', 10, [8, 2]],
        ['Yesterday', 1, [1]],
      ]);
      // Positions: in the whole list, and in the section.
      expect(sections[0]!.chunks.map((c) => [c.first, c.start])).to.deep.equal([[0, 0], [8, 8]]);
      expect(sections[1]!.chunks.map((c) => [c.first, c.start])).to.deep.equal([[10, 0]]);
      expect(chunkOf.get('today-9')).to.equal(sections[0]!.chunks[1]!.key);
      expect(chunkOf.get('yesterday')).to.equal(sections[1]!.chunks[0]!.key);
    });

    it('puts every call in one section without a heading with group-by none', () => {
      const { sections } = buildSections(calls, 'none', format);
      expect(sections.map((s) => [s.label, s.size, s.chunks.length])).to.deep.equal([[undefined, 11, 2]]);
    });

    it('gives no sections for no calls', () => {
      expect(buildSections([], 'day', format).sections).to.deep.equal([]);
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
    });
  });
});
