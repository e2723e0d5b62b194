// The no-code pages: demo/cms.html is the README's copy-paste snippet and the snippet builder's default code, and
// it works as pasted; the builder's other choices make code that works too.
import { expect, waitUntil } from '@open-wc/testing';
import { buildSnippet, DEFAULT_OPTIONS, type SnippetOptions } from '../../demo/snippet.js';
import { closePages, listIn, openPage, rowsOf, shownRows, type PageWindow } from './embed-helpers.js';

async function text(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

/** The snippet on a page of its own, as a CMS page would hold it (same origin: root-relative URLs resolve here). */
async function openSnippet(snippet: string): Promise<PageWindow> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>\n${snippet}</body></html>`;
  const page = await openPage('about:srcdoc', { srcdoc: html });
  await waitUntil(() => page.customElements.get('call-log-list') !== undefined, 'the script registers the elements');
  return page;
}

afterEach(closePages);

describe('demo/cms.html (the copy-paste snippet)', () => {
  it('is the snippet builder’s default code, and the README shows it verbatim', async () => {
    const cms = await text('/demo/cms.html');
    expect(cms).to.equal(buildSnippet(DEFAULT_OPTIONS));
    const readme = await text('/README.md');
    expect(readme.includes(`\`\`\`html\n${cms}\`\`\``), 'README has the snippet in an html block').to.equal(true);
  });

  it('uses only HTML: one script tag, the two elements with attributes and a <style> block', async () => {
    const cms = await text('/demo/cms.html');
    const parsed = new DOMParser().parseFromString(cms, 'text/html');
    const scripts = parsed.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.textContent).to.equal('');
    expect(scripts[0]!.getAttribute('src')).to.equal('/call-log-elements.iife.js');
    expect(parsed.querySelectorAll('call-log-list, call-log-filter')).to.have.length(2);
    expect(parsed.querySelector('style')!.textContent).to.match(/--call-log-color-accent:/);
    expect(cms).not.to.match(/\son\w+=/);
  });

  it('shows the themed calls when opened as a page', async () => {
    const page = await openPage('/demo/cms.html');
    const list = listIn(page);
    await shownRows(list);
    expect(page.embedProbe, 'the page has no probe: it is the snippet alone').to.equal(undefined);
    const base = list.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(page.getComputedStyle(base).backgroundColor).to.equal('rgb(253, 252, 255)');
    // The filter's code is a file of its own, which may come after the first rows.
    const filter = page.document.querySelector('call-log-filter')!;
    await waitUntil(() => filter.shadowRoot?.querySelector('[part~="preset"][aria-pressed="true"]'), 'the filter did not render');
    const active = filter.shadowRoot!.querySelector<HTMLElement>('[part~="preset"][aria-pressed="true"]')!;
    expect(page.getComputedStyle(active).backgroundColor).to.equal('rgb(109, 40, 217)');
    expect(list.getAttribute('locale')).to.equal('en-GB');
  });
});

describe('the snippet builder’s code', () => {
  it('with the local Calls API as the base URL, a status filter and dark colours, loads over HTTP', async () => {
    const options: SnippetOptions = {
      ...DEFAULT_OPTIONS,
      source: 'proxy',
      baseUrl: `${location.origin}/v3.0`,
      authToken: 'embed-test-token',
      callStatus: 'missed',
      filterFields: [],
      theme: 'dark',
      colours: undefined,
      groupBy: 'none',
    };
    const snippet = buildSnippet(options);
    expect(snippet).not.to.include('<call-log-filter');
    const page = await openSnippet(snippet);
    const list = listIn(page);
    await shownRows(list);
    expect(list.items.every((call) => call.status === 'missed')).to.equal(true);
    expect(list.shadowRoot!.querySelector('[part~="section-header"]')).to.equal(null);
    const base = list.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    // The elements' own dark background.
    expect(page.getComputedStyle(base).backgroundColor).to.equal('rgb(22, 24, 29)');
    expect(rowsOf(list).length).to.be.greaterThan(0);
  });

  it('in German, without pictures or call-back buttons, with repeated calls as one row, works from the script tag', async () => {
    const snippet = buildSnippet({ ...DEFAULT_OPTIONS, locale: 'de-DE', hide: ['avatar', 'call-back'], collapse: true });
    expect(snippet).to.include('hide="avatar call-back"').and.include(' collapse').and.include('locale="de-DE"');
    const page = await openSnippet(snippet);
    const list = listIn(page);
    await shownRows(list);
    // The German words come from the language file beside the script.
    const { default: de } = await import('../../src/localize/translations/de.js');
    const base = () => list.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    await waitUntil(() => base().getAttribute('lang') === 'de-DE', 'not in German');
    expect(list.shadowRoot!.querySelector('[part~="avatar"], [part~="call-back-button"]')).to.equal(null);
    expect(list.shadowRoot!.querySelector('[part~="load-more-button"]')!.textContent!.trim()).to.equal(de['list.loadMore']);
    const filter = page.document.querySelector('call-log-filter')!;
    await waitUntil(() => filter.shadowRoot?.querySelector('[part~="clear"]')?.textContent?.trim() === de['filter.clear'], 'the filter is not in German');
  });

  it('with export buttons and a summary of the week over the local Calls API, works from the script tag', async () => {
    const snippet = buildSnippet({
      ...DEFAULT_OPTIONS,
      source: 'proxy',
      baseUrl: `${location.origin}/v3.0`,
      authToken: 'embed-test-token',
      exportFormats: ['csv'],
      summaryPeriod: 'week',
    });
    expect(snippet).to.include('<call-log-export for="call-history" formats="csv" locale="en-GB"></call-log-export>');
    expect(snippet).to.include('<call-log-summary for="call-history" period="week" locale="en-GB"></call-log-summary>');
    expect(snippet).to.include('  call-log-summary {');
    const page = await openSnippet(snippet);
    await shownRows(listIn(page));
    await page.customElements.whenDefined('call-log-summary');
    const summary = page.document.querySelector('call-log-summary')!;
    await waitUntil(() => summary.shadowRoot?.querySelector('[part~="figures"][aria-busy="false"]'), 'the summary did not count', { timeout: 10_000 });
    const exporter = page.document.querySelector('call-log-export')!;
    await page.customElements.whenDefined('call-log-export');
    await waitUntil(() => exporter.shadowRoot?.querySelector('[part~="export-button"]'), 'no export button');
    const buttons = [...exporter.shadowRoot!.querySelectorAll('[part~="export-button"]')].map((button) => button.getAttribute('data-format'));
    expect(buttons).to.deep.equal(['csv']);
    // The theme applies to them too.
    expect(page.getComputedStyle(summary).getPropertyValue('--call-log-color-accent').trim()).to.equal('#6d28d9');
  });

  it('escapes what is typed, so a value cannot add markup', () => {
    const locale = 'en"><script>alert(1)</script>';
    const snippet = buildSnippet({ ...DEFAULT_OPTIONS, locale, font: 'x; } body { color: red' });
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    expect(parsed.querySelectorAll('script')).to.have.length(1);
    expect(parsed.querySelector('call-log-list')!.getAttribute('locale')).to.equal(locale);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(parsed.querySelector('style')!.textContent!);
    expect([...sheet.cssRules].map((rule) => (rule as CSSStyleRule).selectorText)).to.deep.equal([
      'call-log-list, call-log-filter',
      'call-log-list',
    ]);
  });
});
