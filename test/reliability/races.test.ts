// Filters changed many times in quick succession while each answer takes its own random time: the rows shown are
// always exactly the last filters' result. A property-based test (fast-check) over random sequences, with the
// latencies set per request by the local API's `latencies` switch.
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { CallLog } from '../../src/model/call-log.js';
import type { CallLogFilters } from '../../src/model/query.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { pageOf } from '../../src/sources/memory-source.js';
import { apiInfo, scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { RACE_RUNS } from './counts.js';
import { ids, text } from './helpers.js';

/** Each run of the property is a fresh list and scenario. Seeded, so a failure can be replayed. */
const SEED = 20_261_128;

type Filters = CallLogFilters & { limit: number };

const filtersArbitrary: fc.Arbitrary<Filters> = fc.record(
  {
    limit: fc.constantFrom(5, 10, 30),
    sessionType: fc.constantFrom('audio', 'video'),
    callStatus: fc.constantFrom('ended', 'missed', 'rejected', 'cancelled'),
    callDirection: fc.constantFrom('incoming', 'outgoing'),
    hasRecording: fc.boolean(),
    callCategory: fc.constantFrom('call', 'meet'),
  },
  { requiredKeys: ['limit'] },
);

/** One change: the filters, how long its answer takes, and whether the next change waits for the element's update. */
const stepArbitrary = fc.record({
  filters: filtersArbitrary,
  latency: fc.integer({ min: 0, max: 120 }),
  awaitUpdate: fc.boolean(),
});

describe('reliability: races', () => {
  let demo: CallLog[];
  let viewer: string;

  before(async () => {
    const info = await apiInfo();
    demo = generateDemoCallLogs(info);
    viewer = info.viewerUid;
  });

  it(`the rows shown are exactly the last filters' first page, whatever order the answers come in (${RACE_RUNS} random runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 7 }), async (steps) => {
        const api = await scenario({ latencies: [0, ...steps.map((step) => step.latency)] });
        const list = document.createElement('call-log-list');
        Object.assign(list, { baseUrl: api.baseUrl, authToken: TEST_TOKEN, viewerUid: viewer, loadMoreTrigger: 'button' });
        document.body.append(list);
        try {
          await list.updateComplete;
          for (const step of steps) {
            list.filters = step.filters;
            if (step.awaitUpdate) await list.updateComplete;
          }
          await list.updateComplete;
          // Every request has ended (answered, or abandoned when aborted), then the list has settled.
          await api.settled();
          await waitUntil(() => list.status !== 'loading', 'the list kept loading', { timeout: 3000 });
          await list.updateComplete;

          const last = steps[steps.length - 1]!.filters;
          const expected = pageOf(demo, last, 1, viewer).items;
          expect(list.status).to.be.oneOf(['ready', 'complete']);
          expect(list.filters).to.deep.equal(last);
          expect(ids(list.items)).to.deep.equal(ids(expected));
          const shown = [...list.shadowRoot!.querySelectorAll<HTMLElement>('.row-main')].map((row) => row.dataset['id']);
          expect(shown).to.deep.equal(ids(expected).slice(0, shown.length));
          if (expected.length === 0) expect(text(list.shadowRoot!.querySelector('[part~="empty"]'))).to.contain('No calls');
        } finally {
          list.remove();
        }
      }),
      { numRuns: RACE_RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
