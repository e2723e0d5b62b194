// The script-tag bundles on plain HTML pages served over HTTP: dist/call-log-elements.js (module) and
// dist/call-log-elements.iife.js (classic), alone, twice, together, after the elements, and under a strict Content
// Security Policy with Trusted Types.
import { expect, waitUntil } from '@open-wc/testing';
import type { Translation } from '../../src/localize/messages.js';
import type { CallLog, CallUser } from '../../src/model/call-log.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';
import type { CallLogSource } from '../../src/sources/call-log-source.js';
import { unpack, unpackPart, type PackedTranslation } from '../../src/localize/packed.js';
import german from '../../src/localize/translations/de.js';
import { KEY_PARTS } from '../localize/english.js';
import { scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { closePages, listIn, openPage, rowsOf, shownRows, type PageWindow } from './embed-helpers.js';

const PAGES = '/test/embed/pages';

/** The page registered both tags, its elements are upgraded and linked, it shows calls and logged nothing. */
async function expectWorkingEmbed(page: PageWindow): Promise<void> {
  const list = listIn(page);
  const filter = page.document.querySelector('call-log-filter')!;
  await shownRows(list);
  // The filter's code is a file of its own, loaded once the page has one.
  await page.customElements.whenDefined('call-log-filter');
  const ListClass = page.customElements.get('call-log-list');
  const FilterClass = page.customElements.get('call-log-filter');
  expect(ListClass, 'call-log-list is defined').to.be.a('function');
  expect(FilterClass, 'call-log-filter is defined').to.be.a('function');
  expect(list).to.be.instanceOf(ListClass!);
  expect(filter).to.be.instanceOf(FilterClass!);
  expect((filter as unknown as { list: unknown }).list, 'the filter drives the list').to.equal(list);
  expect(page.document.querySelectorAll(':not(:defined)')).to.have.length(0);
  expect(page.embedProbe.errors, 'errors').to.deep.equal([]);
  expect(page.embedProbe.warnings, 'warnings').to.deep.equal([]);
}

afterEach(closePages);

// `import x from "y"`, `import{a as b}from"y"`, `export*from"y"`: a specifier list holds no string or parenthesis,
// so the word "from" in the code's own strings (a `from` filter) is not taken for an import.
const STATIC_IMPORT = /\b(?:import|export)\s*[{*\w$][^;()`'"]*\bfrom\s*["'`]/;

describe('dist/call-log-elements.js (module script)', () => {
  it('is one self-contained, minified module with Lit in production mode', async () => {
    const code = await (await fetch('/dist/call-log-elements.js')).text();
    // Booleans, not the code itself: a failure should not print 90 KB of it.
    expect(STATIC_IMPORT.test(code), 'a static import is left: Lit is not bundled').to.equal(false);
    const dynamicImports = new Set(code.match(/\bimport\s*\([^)]*\)/g) ?? []);
    // The demo data, a language, and the files of a row's details, the filter, the export buttons, exporting and the
    // summary, beside itself (exporting and the summary each load the reading of every page, and the words they
    // share, which load a language's words of them, in turn).
    expect(dynamicImports.size, [...dynamicImports].join(' ')).to.equal(8);
    for (const file of ['details', 'filter', 'export', 'summary', 'list-link', 'export-calls']) {
      expect(dynamicImports, file).to.include(`import(\`./call-log-elements-${file}.js\`)`);
    }
    // Relative to the script itself, as an `import()` of it resolves.
    expect(code.includes('`./call-log-elements-demo-data.js`'), 'the demo data beside itself').to.equal(true);
    expect(/=>import\(`\.\/call-log-elements-lang-\$\{\w+\}\.js`\)/.test(code), 'languages beside itself').to.equal(true);
    expect(code.includes('import.meta') || code.includes('currentScript'), 'no reading of its own address').to.equal(false);
    expect(code.includes('function defineCallLogList'), 'names kept: not minified').to.equal(false);
    expect(code.includes('Lit is in dev mode'), "Lit's development build").to.equal(false);
  });

  it('keeps each language in self-contained files of its own, one per part: its texts in the order of the English keys', async () => {
    const read = async (file: string) => {
      const code = await (await fetch(`/dist/${file}`)).text();
      expect(STATIC_IMPORT.test(code) || /\bimport\s*\(/.test(code), `${file} imports nothing`).to.equal(false);
      return ((await import(/* @vite-ignore */ `${location.origin}/dist/${file}`)) as { default: PackedTranslation }).default;
    };
    const core = await read('call-log-elements-lang-de.js');
    const report = await read('call-log-elements-lang-de-report.js');
    expect(core.$lang).to.equal('de');
    expect(Object.keys(core.$values), 'the core\'s words alone').to.deep.equal(['core']);
    expect(core.$values.core).to.have.length(KEY_PARTS.core.length);
    expect(Object.keys(report.$values), 'the words of the export and the summary').to.deep.equal(['report']);
    expect(report.$values.report).to.have.length(KEY_PARTS.report.length);
    const de = unpack(core, KEY_PARTS)! as unknown as Record<string, unknown>;
    expect(Object.keys(de)).to.have.length(KEY_PARTS.core.length + 2);
    expect(unpackPart(report, 'report', KEY_PARTS.report, de as unknown as Translation)).to.equal(true);
    expect(de).to.deep.equal({ ...german });
    // Made for other keys (another version of the package), neither is read.
    expect(unpack(core, { ...KEY_PARTS, core: [...KEY_PARTS.core, 'a.new.key'] })).to.equal(undefined);
    expect(unpackPart(report, 'report', [...KEY_PARTS.report, 'a.new.key'], {} as Translation)).to.equal(false);
  });

  // The language files are the same for both bundles.
  for (const [kind, script] of [
    ['module', '<script type="module" src="/dist/call-log-elements.js"></script>'],
    ['classic', '<script src="/dist/call-log-elements.iife.js"></script>'],
  ] as const) {
    it(`loads a language's words of the summary with the summary, and shows none in English meanwhile (${kind} script)`, async () => {
      const api = await scenario({ count: 120, latency: 50 });
      const page = await openPage('about:srcdoc', {
        srcdoc: `<!doctype html><html lang="de"><head><meta charset="utf-8"><script src="/test/embed/pages/probe.js"></script></head><body>
          <call-log-summary for="calls"></call-log-summary>
          <call-log-list id="calls" base-url="${api.baseUrl}" auth-token="${TEST_TOKEN}" viewer-uid="sam.rivera"></call-log-list>
          ${script}</body></html>`,
      });
      await page.customElements.whenDefined('call-log-summary');
      const summary = page.document.querySelector('call-log-summary')!;
      const shown: string[] = [];
      // Every text the summary has shown, from its first render on.
      const watch = new MutationObserver(() => shown.push(summary.shadowRoot?.textContent ?? ''));
      watch.observe(summary.shadowRoot ?? summary, { subtree: true, childList: true, characterData: true });
      await waitUntil(() => summary.shadowRoot!.querySelector('[part~="refresh-button"]')?.textContent?.trim() === 'Aktualisieren', 'no German words', { timeout: 5000 });
      watch.disconnect();
      expect(shown.some((text) => /Refresh|Period|Calls/.test(text)), 'English shown meanwhile').to.equal(false);
      // Beside the script (this page's own address is the test runner's, at the root).
      const files = page.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(files).to.include.members(['/dist/call-log-elements-lang-de.js', '/dist/call-log-elements-lang-de-report.js']);
      expect(page.embedProbe.errors).to.deep.equal([]);
      expect(page.embedProbe.warnings).to.deep.equal([]);
    });

    it(`heads the CSV of a German list's exportCalls() in German, with no export element on the page (${kind} script)`, async () => {
      const api = await scenario({ count: 40 });
      const page = await openPage('about:srcdoc', {
        srcdoc: `<!doctype html><html lang="de"><head><meta charset="utf-8"><script src="/test/embed/pages/probe.js"></script></head><body>
          <call-log-list base-url="${api.baseUrl}" auth-token="${TEST_TOKEN}" viewer-uid="sam.rivera"></call-log-list>
          ${script}</body></html>`,
      });
      const list = listIn(page);
      await shownRows(list);
      await waitUntil(() => list.shadowRoot!.querySelector('[part~="base"][lang="de"]'), 'the list did not speak German');
      // The page takes the file instead of a download.
      list.addEventListener('call-log-export', (event) => event.preventDefault());
      const result = await list.exportCalls();
      const header = (await result!.file.text()).replace(/^\uFEFF/, '').split('\r\n')[0];
      expect(header.startsWith('Sitzungs-ID,Beginn (UTC),Ende (UTC)'), header).to.equal(true);
      expect(result!.count).to.equal(40);
      expect(page.embedProbe.errors).to.deep.equal([]);
      expect(page.embedProbe.warnings).to.deep.equal([]);
    });
  }

  it('shows English, and says so once on the console, when a language file is not beside it', async () => {
    // A German page whose site copied the bundle alone (/alone/ serves nothing else), over the local Calls API.
    const page = await openPage('about:srcdoc', {
      srcdoc: `<!doctype html><html lang="de"><head><meta charset="utf-8"><script src="/test/embed/pages/probe.js"></script></head><body>
        <call-log-filter for="calls"></call-log-filter>
        <call-log-list id="calls" base-url="${location.origin}/v3.0" auth-token="embed-test-token" load-more="button"></call-log-list>
        <script type="module" src="/alone/call-log-elements.js"></script></body></html>`,
    });
    const list = listIn(page);
    await shownRows(list);
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="base"][lang]'), 'no words shown');
    expect(list.shadowRoot!.querySelector('[part~="load-more-button"]')!.textContent!.trim()).to.equal('Load more');
    const said = page.embedProbe.warnings.filter((warning) => warning.includes('"de" translation could not be loaded'));
    expect(said, 'one warning').to.have.length(1);
    // The filter's file is not there either: said once, naming it; the list works on.
    await waitUntil(() => page.embedProbe.errors.length > 0, 'the missing filter file is not said');
    expect(page.embedProbe.errors).to.have.length(1);
    expect(page.embedProbe.errors[0]).to.include('<call-log-filter> could not be loaded from call-log-elements-filter.js');
    expect(page.customElements.get('call-log-filter')).to.equal(undefined);
  });

  it('keeps the demo data in a self-contained file of its own', async () => {
    const code = await (await fetch('/dist/call-log-elements-demo-data.js')).text();
    expect(STATIC_IMPORT.test(code) || /\bimport\s*\(/.test(code), 'it imports nothing').to.equal(false);
    expect(code.includes('import.meta'), "nothing of the bundles' loader").to.equal(false);
    const demo = (await import(/* @vite-ignore */ `${location.origin}/dist/call-log-elements-demo-data.js`)) as {
      generateDemoCallLogs: (options: { count: number }) => unknown[];
    };
    expect(demo.generateDemoCallLogs({ count: 3 })).to.have.length(3);
  });

  it('never loads the demo data on a page that shows the Calls API', async () => {
    const api = await scenario({});
    const page = await openPage('', {
      srcdoc: `<script src="/test/embed/pages/probe.js"></script>
        <call-log-list base-url="${api.baseUrl}" auth-token="${TEST_TOKEN}"></call-log-list>
        <script type="module" src="/dist/call-log-elements.js"></script>`,
    });
    await shownRows(listIn(page));
    const loaded = page.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include('/dist/call-log-elements.js');
    expect(loaded.filter((path) => path.includes('demo-data'))).to.deep.equal([]);
    expect(page.embedProbe.errors, 'errors').to.deep.equal([]);
  });

  it('upgrades the elements written before it and shows calls', async () => {
    await expectWorkingEmbed(await openPage(`${PAGES}/module.html`));
  });

  it('runs twice on one page (two URLs) without an error or a warning', async () => {
    await expectWorkingEmbed(await openPage(`${PAGES}/module-twice.html`));
  });

  it('exports the package entry', async () => {
    const bundle = (await import(/* @vite-ignore */ `${location.origin}/dist/call-log-elements.js`)) as Record<
      string,
      unknown
    >;
    for (const name of ['CallLogList', 'CallLogRequestBuilder', 'CallLogError', 'createDemoSource', 'loadCallLogFilter']) {
      expect(bundle[name], name).to.be.a('function');
    }
    // The filter's class comes with its file.
    expect(bundle['CallLogFilter']).to.equal(undefined);
    const CallLogFilter = await (bundle['loadCallLogFilter'] as () => Promise<unknown>)();
    expect(CallLogFilter).to.equal(customElements.get('call-log-filter'));
  });
});

describe('dist/call-log-elements.iife.js (classic script)', () => {
  it('registers the elements before the page parses them, and shows calls', async () => {
    await expectWorkingEmbed(await openPage(`${PAGES}/iife.html`));
  });

  it('loads the demo data from beside the script, not from the page’s address', async () => {
    const page = await openPage(`${PAGES}/iife.html`);
    await shownRows(listIn(page));
    const loaded = page.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded.filter((path) => path.includes('demo-data'))).to.deep.equal(['/dist/call-log-elements-demo-data.js']);
  });

  it('exposes the public classes on window.CallLogElements, and they work', async () => {
    const page = await openPage(`${PAGES}/iife.html`);
    const api = page.CallLogElements as Record<string, unknown> & {
      CallLogRequestBuilder: new () => {
        setSource(source: unknown): { setCallStatus(s: string): { build(): { fetchNext(): Promise<unknown[]> } } };
      };
      createDemoSource(): unknown;
      CallLogError: new (code: string, message: string) => Error & { code: string };
    };
    for (const name of [
      'CallLogList',
      'loadCallLogFilter',
      'CallLogRequest',
      'CallLogRequestBuilder',
      'CometChatCallsSource',
      'MemoryCallLogSource',
      'createDemoSource',
      'CallLogError',
      'CallLogSelectEvent',
    ]) {
      expect(api[name], name).to.be.a('function');
    }
    expect(api.CallLogList).to.equal(page.customElements.get('call-log-list'));
    expect(await (api['loadCallLogFilter'] as () => Promise<unknown>)()).to.equal(page.customElements.get('call-log-filter'));
    const missed = (await new api.CallLogRequestBuilder()
      .setSource(api.createDemoSource())
      .setCallStatus('missed')
      .build()
      .fetchNext()) as { status: string }[];
    expect(missed.length).to.be.greaterThan(0);
    expect(missed.every((call) => call.status === 'missed')).to.equal(true);
    expect(new api.CallLogError('AUTH', 'no').code).to.equal('AUTH');
  });

  it('runs on a page in a legacy encoding whose server names no charset (windows-1252), and folds letters beyond ASCII', async () => {
    // A classic script served with no charset is read in the page's encoding, as many older sites are not in UTF-8.
    const bytes = await (await fetch('/dist/call-log-elements.iife.js')).arrayBuffer();
    const script = URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
    const html = `<!doctype html><meta charset="windows-1252"><script src="${location.origin}${PAGES}/probe.js"></script>
      <script src="${script}"></script><call-log-list search="pawel lodz"></call-log-list>`;
    const page = await openPage(URL.createObjectURL(new Blob([html], { type: 'text/html;charset=windows-1252' })));
    expect(page.document.characterSet).to.equal('windows-1252');
    const api = page.CallLogElements as { MemoryCallLogSource: new (calls: CallLog[]) => CallLogSource } | undefined;
    expect(api, 'the script ran').to.not.equal(undefined);
    const [first, other] = structuredClone(generateDemoCallLogs({ seed: 3, count: 40 }).filter((call) => call.receiver.entityType === 'user'));
    const receiver = { ...(first!.receiver as CallUser), name: 'Paweł Łódź' };
    const named: CallLog = {
      ...first!,
      receiver,
      participantInfoList: first!.participantInfoList.map((participant) =>
        participant.uid === receiver.uid ? { ...participant, name: receiver.name } : participant,
      ),
    };
    const list = listIn(page);
    list.source = new api!.MemoryCallLogSource([named, other!]);
    const rows = await shownRows(list);
    expect(rows.map((row) => row.querySelector('[part="name"]')!.textContent)).to.deep.equal([`${named.initiator.name} → Paweł Łódź`]);
    expect(page.embedProbe.errors, 'errors').to.deep.equal([]);
  });

  it('runs twice on one page without an error or a warning; the first copy stays in charge', async () => {
    const page = await openPage(`${PAGES}/iife-twice.html`);
    await expectWorkingEmbed(page);
    expect(page.CallLogElements!['CallLogList']).to.equal(page.customElements.get('call-log-list'));
  });

  it('applies the filter through the bundled elements', async () => {
    const page = await openPage(`${PAGES}/iife.html`);
    const list = listIn(page);
    await shownRows(list);
    // The filter's code is a file of its own, which may come after the first rows.
    const filter = page.document.querySelector('call-log-filter')!;
    await waitUntil(() => filter.shadowRoot?.querySelector('[part~="preset"]'), 'the filter did not render');
    const missed = [...filter.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="preset"]')].find(
      (button) => button.textContent!.trim() === 'Missed',
    )!;
    missed.click();
    await list.updateComplete;
    expect(list.getAttribute('call-status')).to.equal('missed');
    await waitUntil(() => list.status !== 'loading' && list.items.length > 0, 'the missed calls load');
    expect(list.items.every((call) => call.status === 'missed')).to.equal(true);
    expect(rowsOf(list).length).to.be.greaterThan(0);
  });
});

describe('both bundles on one page', () => {
  it('the module and the classic script together give no error and working elements', async () => {
    await expectWorkingEmbed(await openPage(`${PAGES}/mixed.html`));
  });

  it('elements already in the page upgrade when the script arrives later', async () => {
    const page = await openPage(`${PAGES}/no-script.html`);
    expect(page.customElements.get('call-log-list')).to.equal(undefined);
    expect(page.document.querySelectorAll(':not(:defined)')).to.have.length(2);
    const script = page.document.createElement('script');
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    script.src = '/dist/call-log-elements.iife.js';
    page.document.head.append(script);
    await loaded;
    await expectWorkingEmbed(page);
  });
});

describe('a page with a strict Content Security Policy and Trusted Types required', () => {
  for (const bundle of ['module', 'iife']) {
    it(`the ${bundle} bundle shows styled, themed rows with no violation`, async () => {
      const page = await openPage(`${PAGES}/csp/${bundle}.html`);
      await expectWorkingEmbed(page);
      const list = listIn(page);
      const base = list.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      const style = page.getComputedStyle(base);
      // The element's own styles apply (adopted stylesheets), with the page's custom properties.
      expect(style.color).to.equal('rgb(20, 30, 40)');
      expect(style.backgroundColor).to.equal('rgb(250, 245, 235)');
      const row = rowsOf(list)[0]!;
      expect(row.getBoundingClientRect().height).to.be.at.least(70);
      expect(page.embedProbe.violations, 'violations').to.deep.equal([]);

      // The policy is in force: the same page refuses eval and an HTML string.
      expect(() => page.eval('1')).to.throw();
      expect(() => {
        page.document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
      }).to.throw(/TrustedHTML/);
      await waitUntil(() => page.embedProbe.violations.length >= 2, 'the violations are reported');
    });
  }
});

describe('files loaded on use', () => {
  describe('a row\'s details', () => {
    /** The script files the page has asked for, by name. */
    const filesOf = (page: PageWindow): string[] =>
      page.performance.getEntriesByType('resource').map((entry) => entry.name.replace(/^.*\//, ''));

    for (const script of ['call-log-elements.js', 'call-log-elements.iife.js']) {
      const detailsFile = script.replace(/^call-log-elements/, 'call-log-elements-details');
      it(`loads ${detailsFile} only when a person reaches for a row, then shows the details`, async () => {
        const api = await scenario({});
        const page = await openPage('', {
          srcdoc: `<script src="/test/embed/pages/probe.js"></script>
            <call-log-list base-url="${api.baseUrl}" auth-token="${TEST_TOKEN}"></call-log-list>
            <script ${script.endsWith('.iife.js') ? '' : 'type="module" '}src="/dist/${script}"></script>`,
        });
        const list = listIn(page);
        const [row] = await shownRows(list);
        expect(filesOf(page), 'before anyone reaches for a row').not.to.include(detailsFile);
        const expand = row.querySelector<HTMLButtonElement>('[part~="expand-button"]')!;
        expand.dispatchEvent(new page.PointerEvent('pointerenter'));
        await waitUntil(() => filesOf(page).includes(detailsFile), 'the pointer over the expand button loads nothing');
        expand.click();
        await list.updateComplete;
        const details = row.querySelector('[part~="details"]')!;
        expect(details.querySelector('[part~="party-calls-button"]')?.textContent?.trim()).to.match(/^All calls with /);
        expect(page.embedProbe.errors, 'errors').to.deep.equal([]);
      });
    }

    it('shows when the call was placed, and that the connection failed, when its file is not beside the bundle', async () => {
      const page = await openPage('about:srcdoc', {
        srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/test/embed/pages/probe.js"></script></head><body>
          <call-log-list base-url="${location.origin}/v3.0" auth-token="embed-test-token"></call-log-list>
          <script type="module" src="/alone/call-log-elements.js"></script></body></html>`,
      });
      const list = listIn(page);
      const [row] = await shownRows(list);
      row.querySelector<HTMLButtonElement>('[part~="expand-button"]')!.click();
      await list.updateComplete;
      const details = row.querySelector('[part~="details"]')!;
      expect(details.hasAttribute('hidden')).to.equal(false);
      expect(details.querySelector('.full-time')?.textContent).to.equal(row.querySelector('time')!.title);
      expect(details.textContent).to.include('The connection failed.');
      expect(page.embedProbe.errors).to.have.length(1);
      expect(page.embedProbe.errors[0]).to.include('the details of calls could not be loaded');
    });
  });

  /** The script files the page requested, by path. */
  const scriptsOf = (page: PageWindow): string[] =>
    page.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js') && !path.includes('probe'));

  for (const [name, script] of [
    ['module', '<script type="module" src="/dist/call-log-elements.js"></script>'],
    ['classic', '<script src="/dist/call-log-elements.iife.js"></script>'],
  ] as const) {
    it(`a page with a list alone never downloads the filter (${name} script)`, async () => {
      const api = await scenario({});
      const page = await openPage('', {
        srcdoc: `<script src="/test/embed/pages/probe.js"></script>${script}
          <call-log-list base-url="${api.baseUrl}" auth-token="${TEST_TOKEN}"></call-log-list>`,
      });
      await shownRows(listIn(page));
      expect(scriptsOf(page)).to.deep.equal([name === 'module' ? '/dist/call-log-elements.js' : '/dist/call-log-elements.iife.js']);
      expect(page.customElements.get('call-log-filter')).to.equal(undefined);
      expect(page.embedProbe.errors).to.deep.equal([]);
    });

    it(`a filter added later loads its file once, from beside the script, and drives the list (${name} script)`, async () => {
      const page = await openPage('', {
        srcdoc: `<script src="/test/embed/pages/probe.js"></script>${script}
          <call-log-list id="calls" source="demo"></call-log-list>`,
      });
      const list = listIn(page);
      await shownRows(list);
      const filter = page.document.createElement('call-log-filter');
      filter.setAttribute('for', 'calls');
      const wrapper = page.document.createElement('section');
      wrapper.append(filter);
      page.document.body.prepend(wrapper);
      await page.customElements.whenDefined('call-log-filter');
      await waitUntil(() => (filter as unknown as { list?: unknown }).list === list, 'the filter links to the list');
      const file = name === 'module' ? '/dist/call-log-elements-filter.js' : '/dist/call-log-elements-filter.iife.js';
      expect(scriptsOf(page).filter((path) => path.includes('filter'))).to.deep.equal([file]);
      // A second filter costs nothing more.
      page.document.body.append(page.document.createElement('call-log-filter'));
      await waitUntil(() => page.document.querySelectorAll('call-log-filter:not(:defined)').length === 0);
      expect(scriptsOf(page).filter((path) => path.includes('filter'))).to.deep.equal([file]);
      expect(page.embedProbe.errors).to.deep.equal([]);
      expect(page.embedProbe.warnings).to.deep.equal([]);
    });
  }

  it('loadCallLogFilter() defines the filter for one in a shadow root, which the page cannot see', async () => {
    const page = await openPage('', {
      srcdoc: `<script src="/test/embed/pages/probe.js"></script><script src="/dist/call-log-elements.iife.js"></script>
        <div id="host"></div>`,
    });
    const root = page.document.getElementById('host')!.attachShadow({ mode: 'open' });
    const filter = page.document.createElement('call-log-filter');
    root.append(filter);
    const load = page.CallLogElements!['loadCallLogFilter'] as () => Promise<CustomElementConstructor>;
    const FilterClass = await load();
    expect(filter).to.be.instanceOf(FilterClass);
    expect(await load(), 'loaded once').to.equal(FilterClass);
    expect(page.embedProbe.errors).to.deep.equal([]);
  });
});
