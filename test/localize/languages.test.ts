// Which language an element speaks, and following it as it changes: by `lang` around the element, by its own
// `locale`, mirrored for right-to-left languages, without asking the source for calls again.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { BuiltInTranslation } from '../../src/localize/messages.js';
import { CountingSource, englishIn, richCalls, settled, VIEWER, wordsOf } from './helpers.js';

async function translation(tag: string): Promise<BuiltInTranslation> {
  return ((await import(`../../src/localize/translations/${tag}.ts`)) as { default: BuiltInTranslation }).default;
}

const rowsOf = (list: CallLogList) => list.shadowRoot!.querySelectorAll('[part~="row"]');

/** A list and a filter linked to it, over a source that counts what it is asked. */
async function pair(attributes: { lang?: string; listLocale?: string } = {}) {
  const source = new CountingSource(richCalls());
  const wrapper = await fixture<HTMLElement>(html`<div lang=${attributes.lang ?? ''}>
    <call-log-filter for="languages-list"></call-log-filter>
    <call-log-list id="languages-list" .source=${source} viewer-uid=${VIEWER} locale=${attributes.listLocale ?? ''}></call-log-list>
  </div>`);
  const list = wrapper.querySelector<CallLogList>('call-log-list')!;
  const filter = wrapper.querySelector<CallLogFilter>('call-log-filter')!;
  await settled(list);
  await waitUntil(() => rowsOf(list).length > 0, 'no rows');
  return { list, filter, source };
}

describe('the language of the elements', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('is German on a page whose <html lang> is German, with no English word', async () => {
    document.documentElement.lang = 'de-AT';
    const de = await translation('de');
    const { list, filter } = await pair();
    await waitUntil(() => list.shadowRoot!.textContent!.includes(de['direction.missed']), 'not German');
    for (const button of list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="expand-button"]')) button.click();
    await list.updateComplete;
    expect(englishIn(list, wordsOf(de))).to.deep.equal([]);
    expect(englishIn(filter, wordsOf(de))).to.deep.equal([]);
    expect(list.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('de-AT');
    await expect(list).to.be.accessible();
  });

  it('is Arabic, mirrored, on a page whose <html lang> is Arabic', async () => {
    document.documentElement.lang = 'ar';
    const ar = await translation('ar');
    const { list, filter } = await pair();
    await waitUntil(() => list.shadowRoot!.textContent!.includes(ar['direction.missed']), 'not Arabic');
    expect(englishIn(list, wordsOf(ar))).to.deep.equal([]);
    expect(englishIn(filter, wordsOf(ar))).to.deep.equal([]);
    const row = rowsOf(list)[0]!;
    const avatar = row.querySelector('[part~="avatar"]')!.getBoundingClientRect();
    const name = row.querySelector('[part~="name"]')!.getBoundingClientRect();
    expect(avatar.left, 'the avatar is right of the name').to.be.greaterThan(name.right - 1);
    const actions = row.querySelector('[part~="actions"]')!.getBoundingClientRect();
    expect(actions.right, 'the actions are left of the name').to.be.lessThan(name.left + 1);
    expect(getComputedStyle(filter.shadowRoot!.querySelector('[part~="base"]')!).direction).to.equal('rtl');
    await expect(list).to.be.accessible();
  });

  it('follows <html lang> from English to Spanish without asking for calls again', async () => {
    document.documentElement.lang = 'en';
    const es = await translation('es');
    const { list, filter, source } = await pair();
    const asked = source.requests;
    expect(list.shadowRoot!.textContent).to.contain('Missed');
    document.documentElement.lang = 'es';
    await waitUntil(() => list.shadowRoot!.textContent!.includes(es['direction.missed']), 'the list is not Spanish');
    await waitUntil(() => filter.shadowRoot!.textContent!.includes(es['filter.clear']), 'the filter is not Spanish');
    expect(englishIn(list, wordsOf(es))).to.deep.equal([]);
    expect(source.requests).to.equal(asked);
  });

  it("follows the closest lang around it, and the element's own locale wins for that element only", async () => {
    document.documentElement.lang = 'en';
    const fr = await translation('fr');
    const it_ = await translation('it');
    const { list, filter } = await pair({ lang: 'fr', listLocale: 'it' });
    await waitUntil(() => list.shadowRoot!.textContent!.includes(it_['direction.missed']), 'the list is not Italian');
    await waitUntil(() => filter.shadowRoot!.textContent!.includes(fr['filter.clear']), 'the filter is not French');
    list.locale = undefined;
    await waitUntil(() => list.shadowRoot!.textContent!.includes(fr['direction.missed']), 'the list is not French');
  });

  it('shows its loading state, not English, while its language loads', async () => {
    const source = new CountingSource(richCalls());
    const list = await fixture<CallLogList>(html`<call-log-list locale="ko" .source=${source} viewer-uid=${VIEWER}></call-log-list>`);
    const ko = await translation('ko');
    const seen: string[][] = [];
    // Every render until the Korean words are in: none may hold an English word.
    while (!list.shadowRoot!.textContent!.includes(ko['direction.missed'])) {
      seen.push(englishIn(list));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(seen.flat()).to.deep.equal([]);
    expect(englishIn(list, wordsOf(ko))).to.deep.equal([]);
  });
});
