// The README's "Reliability" section quotes how much the suites do; this keeps the figures true.
import { expect } from '@open-wc/testing';
import { FUZZ_RUNS, HARD_CASES, MOUNT_CYCLES, RACE_RUNS } from './counts.js';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './payloads.js';

describe('reliability: the README', () => {
  it('quotes the counts the suites run', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('## Reliability'), readme.indexOf('## Development'));
    const attributes = FUZZ_RUNS.filterAttributes + FUZZ_RUNS.connectionAttributes + FUZZ_RUNS.filterElement + FUZZ_RUNS.filtersProperty;
    const fuzz = attributes + FUZZ_RUNS.callData + HARD_CASES;
    const payloads = TEXT_PAYLOADS.length + URL_PAYLOADS.length;
    const figure = (n: number) => n.toLocaleString('en');
    for (const quoted of [
      `**${figure(fuzz)} fuzz cases** (${attributes} sets of attributes, ${FUZZ_RUNS.callData} pages of random calls, ${HARD_CASES} named hard cases)`,
      `**${payloads} hostile payloads** (${TEXT_PAYLOADS.length} in text fields, ${URL_PAYLOADS.length} URLs)`,
      `**${RACE_RUNS}** random filter-change sequences`,
      `**${MOUNT_CYCLES}** mount/unmount`,
      `${MOUNT_CYCLES} mount/unmount cycles with`,
    ]) {
      expect(section.replace(/\s+/g, ' ')).to.contain(quoted);
    }
  });
});
