// What a search matches and what a date range covers, as the request, the sources and the highlight read them.
import { expect } from '@open-wc/testing';
import { findIn, fold, readDate, rangeOf } from '../../src/model/find.js';

describe('finding calls: search text', () => {
  it('ignores case and accents, letters without a decomposition included', () => {
    expect(fold('José ÖZDEMİR')).to.equal('jose ozdemir');
    expect(fold('Łódź Işık Straße Ørsted')).to.equal('lodz isik strasse orsted');
  });

  it('finds the offsets of the match in the original text, whatever its folded length', () => {
    expect(findIn('Chloé Martin', 'LOE')).to.deep.equal([2, 5]);
    expect(findIn('Große Anna', 'anna')).to.deep.equal([6, 10]);
    expect(findIn('Große Anna', 'ss')).to.deep.equal([3, 4]);
    expect(findIn('😀 Ana', 'ana')).to.deep.equal([3, 6]);
    expect(findIn('Ana', 'bob')).to.equal(undefined);
    expect(findIn('Ana', '   ')).to.equal(undefined);
  });
});

describe('finding calls: dates', () => {
  it('reads a date as its first moment in the page time zone, and as its last moment for the end of a range', () => {
    expect(readDate('2026-11-03')).to.equal(new Date(2026, 10, 3).getTime());
    expect(readDate('2026-11-03', true)).to.equal(new Date(2026, 10, 4).getTime() - 1);
  });

  it('reads a date-time in the page time zone, or at the offset it gives', () => {
    expect(readDate('2026-11-03T09:30')).to.equal(new Date(2026, 10, 3, 9, 30).getTime());
    expect(readDate('2026-11-03T09:30', true)).to.equal(new Date(2026, 10, 3, 9, 30).getTime());
    expect(readDate('2026-11-03T09:30:15.5Z')).to.equal(Date.UTC(2026, 10, 3, 9, 30, 15, 500));
    expect(readDate('2026-11-03T09:30+02:00')).to.equal(Date.UTC(2026, 10, 3, 7, 30));
  });

  it('refuses what is not an ISO date, or a day that does not exist', () => {
    for (const text of ['2026-02-30', 'December 5', '2026-13-01', '2026-11-03T25:00', '03/11/2026', '']) {
      expect(readDate(text), text).to.equal(undefined);
    }
  });

  it('makes a range with open ends', () => {
    expect(rangeOf('2026-11-01', undefined)).to.deep.equal({ start: new Date(2026, 10, 1).getTime() });
    expect(rangeOf(undefined, undefined)).to.deep.equal({});
  });
});
