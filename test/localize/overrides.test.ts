// An app's own words: `strings` on one element, a language registered while elements are on the page, and plural
// forms chosen by the language's rules.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { BuiltInTranslation, PluralMessage } from '../../src/localize/messages.js';
import { registerTranslation } from '../../src/localize/registry.js';
import { call, CountingSource, listOf, richCalls, settled, VIEWER } from './helpers.js';

const loadMoreText = (list: CallLogList) => list.shadowRoot!.querySelector('[part~="load-more-button"]')?.textContent?.trim();

describe('overriding words', () => {
  it('changes one word on one element with strings, and not on another', async () => {
    const one = await listOf(richCalls());
    const other = await listOf(richCalls());
    for (const list of [one.list, other.list]) {
      list.loadMoreTrigger = 'button';
      list.limit = 1;
    }
    one.list.strings = { 'list.loadMore': 'Older calls' };
    await waitUntil(() => loadMoreText(one.list) === 'Older calls', 'not overridden');
    await waitUntil(() => loadMoreText(other.list) === 'Load more');
  });

  it('takes strings as a JSON attribute, plural forms and functions of the values', async () => {
    const { list } = await listOf(richCalls());
    list.setAttribute('strings', JSON.stringify({ 'row.participants': { one: 'one person', other: '{count} people' } }));
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="participants"]')!.textContent!.includes('3 people'));
    list.strings = { 'row.participants': ({ count }) => `${count} on the call` };
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="participants"]')!.textContent!.includes('3 on the call'));
  });

  it('uses a language registered after the elements are on the page', async () => {
    const { list } = await listOf(richCalls());
    list.locale = 'fi-FI';
    await list.updateComplete;
    expect(list.shadowRoot!.textContent).to.contain('Missed');
    registerTranslation({ $lang: 'fi', 'direction.missed': 'Vastaamaton' });
    await waitUntil(() => list.shadowRoot!.textContent!.includes('Vastaamaton'), 'the new language is not used');
    // Keys the language leaves out stay English.
    expect(list.shadowRoot!.textContent).to.contain('Recorded');
  });
});

describe('plural forms', () => {
  const counts = [0, 1, 2, 5, 11];
  // The category of each count, by the language's grammar (CLDR), written out rather than computed.
  const categories: Record<string, (keyof PluralMessage)[]> = {
    en: ['other', 'one', 'other', 'other', 'other'],
    pl: ['many', 'one', 'few', 'many', 'many'],
    ar: ['zero', 'one', 'two', 'few', 'many'],
  };

  for (const lang of Object.keys(categories)) {
    it(`says 0, 1, 2, 5 and 11 participants in the forms of ${lang}`, async () => {
      const forms =
        lang === 'en'
          ? { one: '{count} participant', other: '{count} participants' }
          : ((await import(`../../src/localize/translations/${lang}.ts`)) as { default: BuiltInTranslation }).default['row.participants'];
      const now = Math.floor(Date.now() / 1000);
      const calls = counts.map((count, i) =>
        call({
          sessionID: `p${count}`,
          initiatedAt: now - 60 * (i + 1),
          receiver: { entityType: 'group', guid: 'g', name: 'G' },
          receiverType: 'group',
          totalParticipants: count,
        }),
      );
      const source = new CountingSource(calls);
      const list = await fixture<CallLogList>(html`<call-log-list locale=${lang} .source=${source} viewer-uid=${VIEWER}></call-log-list>`);
      await settled(list);
      const said = () =>
        [...list.shadowRoot!.querySelectorAll('[part~="participants"] .visually-hidden')].map((el) => el.textContent!.trim());
      await waitUntil(() => said().length === counts.length && list.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang') === lang);
      const digits = new Intl.NumberFormat(lang);
      expect(said()).to.deep.equal(
        counts.map((count, i) => {
          const form = (forms as PluralMessage)[categories[lang]![i]!] ?? (forms as PluralMessage).other;
          return form.replace('{count}', digits.format(count));
        }),
      );
      expect(new Set(said()).size, 'the forms differ').to.be.greaterThan(1);
    });
  }
});
