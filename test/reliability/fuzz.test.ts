// Bad input, fuzzed with fast-check (fixed seeds, so CI runs are reproducible): every attribute of both elements
// with random strings, numbers, empty and very long values; then call data with missing fields, wrong types,
// absurd numbers, unknown statuses, future dates, empty, 10,000-character, right-to-left and emoji names.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { FUZZ_RUNS, HARD_CASES } from './counts.js';
import { catchEscapes, part, rows } from './helpers.js';


const LONG = 'x'.repeat(10_000);
/** Values that have broken parsers before: empty, blank, numeric edge cases, prototype keys, markup, very long. */
const NASTY = [
  '', ' ', '\t\n', '0', '-0', '-1', '1.5', '1e309', '-1e309', 'NaN', 'Infinity', '0x10', '1e2', '010', '+5', '5px',
  'true', 'false', 'null', 'undefined', '__proto__', 'constructor', 'toString', '<script>', '"><img src=x>',
  '\u0000', '\u202e', '👩‍👩‍👧‍👦', 'مرحبا', LONG, `${LONG}1`,
];

/** Any value an attribute could hold, allowed ones included so that valid configurations are reached too. */
const attributeValue = (allowed: readonly string[] = []): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: allowed.length ? fc.constantFrom(...allowed) : fc.constant('') },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: fc.string({ minLength: 2000, maxLength: 12_000, unit: 'grapheme-ascii' }) },
  );

/** What each display and filter attribute allows, as the README documents it: a check written apart from the code. */
const numeric = (value: string): number | undefined => (value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : undefined);
const oneOf = (...allowed: string[]) => (value: string) => allowed.includes(value);
interface AttributeSpec {
  /** Allowed values to mix into the random ones. */
  allowed: string[];
  /** Random values that are all allowed, when the allowed ones are not a short list. */
  validValues?: fc.Arbitrary<string>;
  valid(value: string): boolean;
}
const nonBlank = fc.string({ minLength: 1, maxLength: 300, unit: 'binary' }).filter((v) => v.trim() !== '');
const FILTER_ATTRIBUTES: Record<string, AttributeSpec> = {
  limit: {
    allowed: ['1', '10', '100', '500', ' 7 ', '1e2', '0x10'],
    validValues: fc.integer({ min: 1, max: 10_000 }).map(String),
    valid: (v) => Number.isInteger(numeric(v)) && numeric(v)! >= 1 },
  'session-type': { allowed: ['audio', 'video'], valid: oneOf('audio', 'video') },
  'call-status': {
    allowed: ['ongoing', 'busy', 'rejected', 'cancelled', 'ended', 'missed', 'initiated', 'unanswered'],
    valid: oneOf('ongoing', 'busy', 'rejected', 'cancelled', 'ended', 'missed', 'initiated', 'unanswered'),
  },
  'call-category': { allowed: ['call', 'meet'], valid: oneOf('call', 'meet') },
  'call-direction': { allowed: ['incoming', 'outgoing'], valid: oneOf('incoming', 'outgoing') },
  uid: { allowed: ['ana.lopez', 'sam.rivera'], validValues: nonBlank, valid: (v) => v.trim() !== '' },
  guid: { allowed: ['design-team'], validValues: nonBlank, valid: (v) => v.trim() !== '' },
  'has-recording': { allowed: ['', 'true', 'false'], valid: oneOf('', 'true', 'false') },
  locale: {
    allowed: ['en-GB', 'fr', 'ar-EG', 'ja-JP-u-ca-japanese'],
    valid: (v) => {
      if (v === '') return true;
      try {
        Intl.getCanonicalLocales(v);
        return true;
      } catch {
        return false;
      }
    },
  },
  'group-by': { allowed: ['day', 'none'], valid: oneOf('day', 'none') },
  'load-more': { allowed: ['scroll', 'button'], valid: oneOf('scroll', 'button') },
  'refresh-interval': {
    allowed: ['0', '1', '30', '0.01', '1e12'],
    validValues: fc.double({ min: 0, max: 1e15, noNaN: true }).map(String),
    valid: (v) => numeric(v) !== undefined && numeric(v)! >= 0 },
  'viewer-uid': { allowed: ['sam.rivera'], validValues: fc.string({ unit: 'binary' }), valid: () => true },
};

/** Some attributes, each with any value at all. */
const attributesArbitrary = (spec: Record<string, { allowed: string[] }>) =>
  fc.record(Object.fromEntries(Object.entries(spec).map(([name, { allowed }]) => [name, attributeValue(allowed)])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Record<string, string>>;

/** Half the time some attributes that are all allowed (random where the rule is not a list), else any values. */
const filterAttributes = fc.oneof(
  fc.record(
    Object.fromEntries(
      Object.entries(FILTER_ATTRIBUTES).map(([name, { allowed, validValues }]) => [
        name,
        fc.oneof(fc.constantFrom(...allowed.filter((v) => FILTER_ATTRIBUTES[name]!.valid(v))), validValues ?? fc.constantFrom(...allowed)),
      ]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string>>,
  attributesArbitrary(FILTER_ATTRIBUTES),
);

async function settledOrConfigError(list: CallLogList): Promise<void> {
  await list.updateComplete;
  await waitUntil(() => list.status !== 'loading', `still loading (${list.status})`, { timeout: 5000 });
  await list.updateComplete;
}

function setAll(element: Element, attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
}

describe('reliability: fuzz', () => {
  let escapes: ReturnType<typeof catchEscapes>;
  beforeEach(() => (escapes = catchEscapes()));
  afterEach(() => expect(escapes.stop(), 'errors that escaped').to.deep.equal([]));

  it(`display and filter attributes: a valid configuration loads, anything else is INVALID_CONFIG naming the attribute (${FUZZ_RUNS.filterAttributes} cases, twice each)`, async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    const outcomes = { valid: 0, invalid: 0 };
    await fc.assert(
      fc.asyncProperty(filterAttributes, filterAttributes, async (first, second) => {
        const list = document.createElement('call-log-list');
        list.setAttribute('source', 'demo');
        setAll(list, first);
        box.append(list);
        try {
          // At creation, then changed on the connected element (the changes are merged, as attributes are).
          for (const attributes of [first, { ...first, ...second }]) {
            if (attributes !== first) setAll(list, second);
            await settledOrConfigError(list);
            const bad = Object.entries(attributes).filter(([name, value]) => !FILTER_ATTRIBUTES[name]!.valid(value));
            outcomes[bad.length === 0 ? 'valid' : 'invalid']++;
            if (bad.length === 0) {
              expect(list.error, JSON.stringify(attributes).slice(0, 300)).to.equal(undefined);
              expect(list.status).to.be.oneOf(['ready', 'complete']);
            } else {
              expect(list.status).to.equal('error');
              expect(list.error?.code).to.equal('INVALID_CONFIG');
              expect(bad.some(([name]) => list.error!.message.includes(`The ${name} attribute`))).to.equal(true);
              expect(list.error!.message.length).to.be.below(400);
              expect(part(list, 'retry-button')).to.equal(null);
            }
          }
        } finally {
          list.remove();
        }
      }),
      { numRuns: FUZZ_RUNS.filterAttributes, seed: 5_001, endOnFailure: true },
    );
    // Both sides were reached often enough to mean something.
    expect(outcomes.valid).to.be.greaterThan(FUZZ_RUNS.filterAttributes / 3);
    expect(outcomes.invalid).to.be.greaterThan(FUZZ_RUNS.filterAttributes / 3);
  });

  it(`connection attributes: a valid configuration asks only http(s) URLs, anything else is INVALID_CONFIG (${FUZZ_RUNS.connectionAttributes} cases)`, async () => {
    const urls: string[] = [];
    const realFetch = window.fetch;
    // Nothing leaves the page: an empty page for every request, after the checks a real fetch makes of its input.
    window.fetch = async (input, init) => {
      const request = new Request(input, init);
      urls.push(request.url);
      return new Response(JSON.stringify({ data: [], meta: { pagination: { total: 0, count: 0, total_pages: 0 } } }));
    };
    const connection = {
      source: ['demo', 'cometchat'],
      'app-id': ['app-1', 'a1b2c3'],
      region: ['us', 'eu', 'in'],
      'auth-token': ['token-1'],
      'base-url': ['/v3.0', 'https://api.example/v3.0', 'javascript:alert(1)', 'http://u:p@x/v3.0', '//h/v3.0'],
    };
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    try {
      await fc.assert(
        fc.asyncProperty(attributesArbitrary(Object.fromEntries(Object.entries(connection).map(([k, allowed]) => [k, { allowed }]))), async (attributes) => {
          urls.length = 0;
          const list = document.createElement('call-log-list');
          list.retryOptions = false;
          setAll(list, attributes);
          box.append(list);
          try {
            await settledOrConfigError(list);
            const expected = validConnection(attributes);
            if (expected) {
              expect(list.error, JSON.stringify(attributes).slice(0, 300)).to.equal(undefined);
              expect(list.status).to.be.oneOf(['ready', 'complete']);
              for (const url of urls) expect(new URL(url).protocol).to.be.oneOf(['http:', 'https:']);
            } else {
              expect(list.error?.code, JSON.stringify(attributes).slice(0, 300)).to.equal('INVALID_CONFIG');
              expect(urls).to.deep.equal([]);
            }
          } finally {
            list.remove();
          }
        }),
        { numRuns: FUZZ_RUNS.connectionAttributes, seed: 5_002, endOnFailure: true },
      );
    } finally {
      window.fetch = realFetch;
    }
  });

  it(`<call-log-filter> attributes: it renders its controls whatever for and fields hold (${FUZZ_RUNS.filterElement} cases)`, async () => {
    const box = await fixture<HTMLDivElement>(html`<div><call-log-list id="calls" source="demo"></call-log-list></div>`);
    await fc.assert(
      fc.asyncProperty(
        attributesArbitrary({ for: { allowed: ['calls', 'nope'] }, fields: { allowed: ['call-status clear', 'presets', 'bogus uid'] } }),
        async (attributes) => {
          const filter = document.createElement('call-log-filter');
          setAll(filter, attributes);
          box.prepend(filter);
          try {
            await filter.updateComplete;
            expect(filter.shadowRoot!.querySelector('[part~="base"]')).to.not.equal(null);
          } finally {
            filter.remove();
          }
        },
      ),
      { numRuns: FUZZ_RUNS.filterElement, seed: 5_003, endOnFailure: true },
    );
  });

  it(`the filters property: any object either loads or is INVALID_CONFIG (${FUZZ_RUNS.filtersProperty} cases)`, async () => {
    const list = await fixture<CallLogList>(html`<call-log-list source="demo"></call-log-list>`);
    const keys = ['limit', 'sessionType', 'callStatus', 'hasRecording', 'callCategory', 'callDirection', 'uid', 'guid'];
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.anything(), fc.constantFrom('audio', 'missed', 5, true))),
        async (filters) => {
          list.filters = filters as never;
          await settledOrConfigError(list);
          if (list.error) expect(list.error.code).to.equal('INVALID_CONFIG');
          else expect(list.status).to.be.oneOf(['ready', 'complete']);
        },
      ),
      { numRuns: FUZZ_RUNS.filtersProperty, seed: 5_004, endOnFailure: true },
    );
  });

  describe('call data', () => {
    it(`random wire items render, each call once, within the list's width (${FUZZ_RUNS.callData} pages)`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(wireItem, { minLength: 1, maxLength: 8 }), async (items) => {
          await showsEveryCall(items);
        }),
        { numRuns: FUZZ_RUNS.callData, seed: 5_005, endOnFailure: true },
      );
    });

    it(`the ${HARD_CASES} named hard cases render: missing fields, wrong types, absurd durations, future dates, long, RTL and emoji names`, async () => {
      const now = Math.floor(Date.now() / 1000);
      const cases: Record<string, unknown>[] = [
        { sessionId: 'missing-everything' },
        { sessionId: 'wrong-types', type: 7, status: ['ended'], mode: {}, initiator: 12, receiver: true, initiatedAt: '2024', totalDuration: 5, participants: 'x', recordings: {} },
        { sessionId: 'negative', initiatedAt: now - 60, endedAt: now - 3600, totalDuration: '-00:05:00', totalDurationInMinutes: -5 },
        { sessionId: 'absurd', initiatedAt: now - 60, endedAt: now + 1e12, totalDurationInMinutes: 1e300, totalParticipants: 1e12 },
        { sessionId: 'unknown-status', status: 'teleported', type: 'hologram', mode: 'broadcast', initiatedAt: now },
        { sessionId: 'future', initiatedAt: now + 86_400 * 400, endedAt: now + 86_400 * 400 + 60 },
        { sessionId: 'far-future', initiatedAt: 8e12, status: 'ongoing' },
        { sessionId: 'empty-names', initiator: { uid: '', name: '' }, receiver: { uid: 'sam.rivera', name: '' }, initiatedAt: now },
        { sessionId: 'long-name', initiator: { uid: 'long', name: LONG }, receiver: 'sam.rivera', initiatedAt: now - 5, participants: [{ uid: 'long', name: LONG, isJoined: true, joinedAt: now, totalDuration: 3 }] },
        { sessionId: 'long-word-name', initiator: { uid: 'w', name: 'W'.repeat(10_000) }, receiver: 'sam.rivera', initiatedAt: now - 6 },
        { sessionId: 'rtl', initiator: { uid: 'rtl', name: 'مريم العتيبي \u202e gnp.exe' }, receiver: 'sam.rivera', initiatedAt: now - 7 },
        { sessionId: 'emoji', receiverType: 'group', receiver: { guid: 'party', name: '🎉👩‍👩‍👧‍👦🏳️‍🌈 Family' }, initiator: 'x', initiatedAt: now - 8, totalParticipants: 7 },
        { sessionId: 'zalgo', initiator: { uid: 'z', name: 'Z̴̡̛͖a̷͇̔l̷͈̏g̸̣̈o̶̺͝' }, receiver: 'sam.rivera', initiatedAt: now - 9 },
        { sessionId: `${'id'.repeat(5_000)}`, initiatedAt: now - 10 },
        { sessionId: 'many-participants', receiverType: 'group', receiver: { guid: 'g', name: 'G' }, participants: Array.from({ length: 200 }, (_, i) => ({ uid: `p${i}`, name: `P ${i}` })), initiatedAt: now - 11 },
      ];
      expect(cases).to.have.length(HARD_CASES);
      await showsEveryCall(cases, true);
    });
  });
});

/** The connection attributes' rules from the README (source, app id and region or base URL, auth token). */
function validConnection(a: Record<string, string>): boolean {
  if (a['region'] !== undefined && !['us', 'eu', 'in'].includes(a['region'])) return false;
  const source = a['source'];
  if (source === 'demo') return true;
  if (source !== undefined && source !== 'cometchat') return false;
  const baseUrl = a['base-url'] || undefined;
  const appId = a['app-id'] || undefined;
  if (baseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(baseUrl.trim(), location.href);
    } catch {
      return false;
    }
    if (baseUrl.trim() === '' || /[?#]/.test(baseUrl) || !['http:', 'https:'].includes(url.protocol)) return false;
    if (url.username || url.password) return false;
  } else if (appId === undefined || !/^[A-Za-z0-9-]+$/.test(appId) || a['region'] === undefined) {
    return false;
  }
  // A header carries printable ASCII only.
  const token = a['auth-token'] ?? '';
  return token.trim() !== '' && /^[\x20-\x7e]*$/.test(token);
}

const NAMES = ['', ' ', 'Ana López', 'مريم العتيبي', 'שָׁלוֹם', '👩‍💻🔥', 'Z̴̡̛͖a̷l̷g̸o̶', 'x'.repeat(10_000), 'W'.repeat(3_000), '\u202eevil', 'a\nb\tc'];
const anyName = fc.oneof(fc.constantFrom(...NAMES), fc.string({ unit: 'binary', maxLength: 40 }), fc.anything());
const anyTime = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000_000 }),
  fc.constantFrom(-1, 0, 1e12, 8.64e12, 8.64e12 + 1, 1e20, Math.floor(Date.now() / 1000) + 1e7),
  fc.double(),
  fc.anything(),
);
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-1, 0, 1e300, -1e300), fc.anything());
/**
 * Picture and recording URLs: unusable schemes, unreachable hosts and values of other types. (Random strings would be
 * relative URLs that the test server itself would be asked for.)
 */
const anyUrl = fc.oneof(
  fc.constantFrom('', 'javascript:alert(1)', 'data:text/html,<b>x</b>', 'http://127.0.0.1:9/a.png', 'https://127.0.0.1:9/r.mp4', 'data:image/gif;base64,R0lGODlhAQABAAAAACw='),
  fc.integer(),
  fc.boolean(),
  fc.object(),
);
const entity = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.record({ uid: fc.oneof(fc.string({ maxLength: 12 }), fc.anything()), name: anyName, avatar: anyUrl }, { requiredKeys: [] }),
  fc.record({ guid: fc.string({ maxLength: 12 }), name: anyName, icon: anyUrl }, { requiredKeys: [] }),
  fc.anything(),
);
const wireItem = fc.record(
  {
    sessionId: fc.oneof({ weight: 5, arbitrary: fc.string({ minLength: 1, maxLength: 16 }) }, { weight: 1, arbitrary: fc.anything() }),
    type: fc.oneof(fc.constantFrom('audio', 'video'), fc.anything()),
    status: fc.oneof(fc.constantFrom('ongoing', 'busy', 'rejected', 'canceled', 'ended', 'missed', 'initiated', 'unanswered', 'teleported'), fc.anything()),
    mode: fc.oneof(fc.constantFrom('call', 'meet', 'presenter'), fc.anything()),
    initiator: entity,
    receiver: entity,
    receiverType: fc.oneof(fc.constantFrom('user', 'group'), fc.anything()),
    initiatedAt: anyTime,
    startedAt: anyTime,
    endedAt: anyTime,
    totalDuration: fc.oneof(fc.constantFrom('00:05:30', '99:99:99', '-1', '1:2:3:4', ''), fc.anything()),
    totalDurationInMinutes: anyNumber,
    totalAudioMinutes: anyNumber,
    totalParticipants: anyNumber,
    hasRecording: fc.anything(),
    participants: fc.oneof(
      fc.array(fc.record({ uid: fc.anything(), name: anyName, avatar: anyUrl, isJoined: fc.anything(), joinedAt: anyTime, leftAt: anyTime, totalDuration: anyNumber }, { requiredKeys: [] }), { maxLength: 4 }),
      fc.anything(),
    ),
    recordings: fc.oneof(
      fc.array(fc.record({ rid: fc.anything(), recording_url: anyUrl, duration: anyNumber, startTime: anyTime, endTime: anyTime }, { requiredKeys: [] }), { maxLength: 3 }),
      fc.anything(),
    ),
  },
  { requiredKeys: ['sessionId'] },
);

/**
 * Serves `items` as one page through the local API and checks the list shows each call with a readable session id
 * once, in the order served, with nothing wider than the list, also with every row's details open.
 */
async function showsEveryCall(items: unknown[], allDetails = false): Promise<void> {
  // What JSON makes of the items is what the browser receives.
  const wire = JSON.parse(JSON.stringify(items)) as Record<string, unknown>[];
  const api = await scenario({ items: wire });
  const box = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
  const list = document.createElement('call-log-list');
  Object.assign(list, { baseUrl: api.baseUrl, authToken: TEST_TOKEN, viewerUid: 'sam.rivera', limit: 100, retryOptions: false });
  box.append(list);
  await waitUntil(() => list.status !== 'loading' && list.status !== 'idle', 'the list did not settle', { timeout: 5000 });
  expect(list.error).to.equal(undefined);
  const readable = wire
    .map((item) => item?.['sessionId'])
    .filter((id): id is string => typeof id === 'string' && id.trim() !== '');
  const expected = [...new Set(readable)];
  expect(list.items.map((call) => call.sessionID)).to.deep.equal(expected);
  await list.updateComplete;
  const shown = rows(list);
  expect(shown).to.have.length(expected.length);
  if (allDetails) {
    for (const button of list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="expand-button"]')) button.click();
    await list.updateComplete;
  }
  const width = list.getBoundingClientRect().width;
  expect(width).to.be.at.most(361);
  const base = part(list, 'base')!;
  expect(base.scrollWidth, 'horizontal overflow').to.be.at.most(base.clientWidth + 1);
  for (const row of shown) {
    const id = row.querySelector<HTMLElement>('.row-main')?.dataset['id']?.slice(0, 40);
    expect(row.getBoundingClientRect().width, `row ${id}`).to.be.at.most(width + 1);
    const line = row.querySelector('.row-line') ?? row;
    expect(line.getBoundingClientRect().height, `row ${id}`).to.be.below(200);
  }
  box.remove();
}
