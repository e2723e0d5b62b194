// custom-elements.json describes everything a page can use of both elements: checked here against the running
// classes and their source. (`npm test` also regenerates it and fails when the checked-in file differs.)
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { CallLogExport } from '../../src/call-log-export/call-log-export.js';
import { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { CallLogSummary } from '../../src/call-log-summary/call-log-summary.js';
import * as listEvents from '../../src/events/call-log-events.js';
import { CALL_LOG_FILTER_EVENTS, CALL_LOG_LIST_EVENTS, CALL_LOG_SUMMARY_EVENTS } from '../../src/events/element-events.js';
import * as exportEvents from '../../src/events/export-events.js';
import * as summaryEvents from '../../src/events/summary-events.js';

const events = { ...listEvents, ...exportEvents, ...summaryEvents };

interface Named {
  name: string;
  [key: string]: unknown;
}

interface Declaration extends Named {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: (Named & { fieldName?: string })[];
  members?: (Named & { kind: string; static?: boolean; privacy?: string })[];
  events?: (Named & { type?: { text: string }; description?: string })[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[]; exports?: (Named & { kind: string })[] }[];
}

const ELEMENTS = [
  {
    tag: 'call-log-list',
    element: CallLogList,
    source: '/src/call-log-list/call-log-list.ts',
    // The element's templates, its own and those of the modules it renders through.
    templates: [
      '/src/call-log-list/call-log-list.ts',
      '/src/call-log-list/row.ts',
      '/src/call-log-list/row-parts.ts',
      '/src/call-log-list/details.ts',
      '/src/call-log-list/states.ts',
    ],
  },
  {
    tag: 'call-log-filter',
    element: CallLogFilter,
    source: '/src/call-log-filter/call-log-filter.ts',
    templates: ['/src/call-log-filter/call-log-filter.ts'],
  },
  {
    tag: 'call-log-export',
    element: CallLogExport,
    source: '/src/call-log-export/call-log-export.ts',
    templates: ['/src/call-log-export/call-log-export.ts'],
  },
  {
    tag: 'call-log-summary',
    element: CallLogSummary,
    source: '/src/call-log-summary/call-log-summary.ts',
    templates: ['/src/call-log-summary/call-log-summary.ts'],
  },
] as const;

/** Members a page does not call: the custom-element and Lit lifecycle. */
const LIFECYCLE = new Set([
  'constructor',
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'willUpdate',
  'update',
  'updated',
  'firstUpdated',
  'render',
  'shouldUpdate',
  'createRenderRoot',
  'scheduleUpdate',
  'performUpdate',
  'getUpdateComplete',
]);

let manifest: Manifest;

before(async () => {
  manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
});

function declarationOf(tag: string): Declaration {
  const found = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName === tag);
  expect(found, `one declaration for <${tag}>`).to.have.length(1);
  return found[0]!;
}

const names = (items: Named[] | undefined): string[] => (items ?? []).map((item) => item.name).sort();
const unique = (items: string[]): string[] => [...new Set(items)].sort();

/** The element's TypeScript source as written. */
async function sourceOf(path: string): Promise<string> {
  const response = await fetch(`/__raw${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

/** Members the source declares `private` or `protected` (TypeScript's, which the compiled class does not show). */
function nonPublicIn(code: string): Set<string> {
  return new Set(
    [...code.matchAll(/^\s*(?:@\w+\([^)]*\)\s*)*(?:private|protected)\s+(?:override\s+)?(?:readonly\s+)?(\w+)/gm)].map(
      (match) => match[1]!,
    ),
  );
}

describe('custom-elements.json', () => {
  it('names both tags, their classes and the modules that register them', () => {
    expect(manifest.schemaVersion).to.be.a('string');
    for (const { tag, element } of ELEMENTS) {
      const declaration = declarationOf(tag);
      expect(declaration.name).to.equal(element.name);
      expect(declaration.customElement).to.equal(true);
      expect(declaration.summary, `<${tag}> has a summary`).to.be.a('string').and.not.equal('');
      expect(customElements.get(tag)).to.equal(element);
      const definitions = manifest.modules
        .flatMap((mod) => mod.exports ?? [])
        .filter((entry) => entry.kind === 'custom-element-definition' && entry.name === tag);
      expect(definitions, `a custom-element-definition for <${tag}>`).to.have.length(1);
    }
  });

  it('lists every attribute, with its property', () => {
    for (const { tag, element } of ELEMENTS) {
      const declaration = declarationOf(tag);
      expect(names(declaration.attributes), tag).to.deep.equal([...element.observedAttributes].sort());
      for (const attribute of declaration.attributes!) {
        const options = element.elementProperties.get(attribute.fieldName as never);
        expect(options, `${tag} [${attribute.name}] → ${String(attribute.fieldName)}`).to.not.equal(undefined);
      }
    }
  });

  it('lists every public property and method, and nothing private', async () => {
    for (const { tag, element, source } of ELEMENTS) {
      const documented = new Set(names(declarationOf(tag).members));
      const internal = nonPublicIn(await sourceOf(source));
      for (const [name, options] of element.elementProperties) if (options.state) internal.add(String(name));
      const reactive = [...element.elementProperties.keys()].map(String).filter((name) => !internal.has(name));
      const own = Object.getOwnPropertyNames(element.prototype).filter(
        (name) => !LIFECYCLE.has(name) && !name.startsWith('_') && !internal.has(name),
      );
      for (const name of unique([...reactive, ...own])) {
        expect(documented.has(name), `${tag}: ${name} is in the manifest`).to.equal(true);
      }
      for (const member of declarationOf(tag).members!) {
        expect(member.privacy ?? 'public', `${tag}: ${member.name}`).to.equal('public');
        expect(member.name in element.prototype, `${tag}: ${member.name} exists`).to.equal(true);
      }
    }
  });

  it('lists every event, typed with its class', () => {
    const classes = (Object.values(events) as unknown[]).filter(
      (value): value is { name: string; eventName: string } => typeof value === 'function' && 'eventName' in value,
    );
    const listed = ELEMENTS.flatMap(({ tag }) => declarationOf(tag).events ?? []);
    // An event two elements fire (a change of filters) is listed by each.
    expect([...new Set(names(listed))]).to.deep.equal(classes.map((c) => c.eventName).sort());
    for (const event of listed) {
      const eventClass = classes.find((c) => c.eventName === event.name)!;
      expect(event.type?.text, event.name).to.equal(eventClass.name);
      expect(event.description, `${event.name} has a description`).to.be.a('string').and.not.equal('');
    }
    expect(names(declarationOf('call-log-filter').events)).to.deep.equal(['call-log-filter-change']);
  });

  it("lists each element's events as the table of events has them (its @fires tags match the table)", () => {
    const table = {
      'call-log-list': CALL_LOG_LIST_EVENTS,
      'call-log-filter': CALL_LOG_FILTER_EVENTS,
      'call-log-summary': CALL_LOG_SUMMARY_EVENTS,
    };
    for (const [tag, classes] of Object.entries(table)) {
      const listed = declarationOf(tag).events ?? [];
      expect(listed.map((event) => event.name), tag).to.deep.equal(classes.map((eventClass) => eventClass.eventName));
      expect(listed.map((event) => event.type?.text), tag).to.deep.equal(classes.map((eventClass) => eventClass.name));
    }
  });

  it('lists every slot and every part of the templates', async () => {
    for (const { tag, templates } of ELEMENTS) {
      const code = (await Promise.all(templates.map(sourceOf))).join('\n');
      const parts = unique(
        [...code.matchAll(/\bpart="([^"$]+)"/g)].flatMap((match) => match[1]!.trim().split(/\s+/)),
      );
      const slots = unique([...code.matchAll(/<slot(?:\s+name="([^"]+)")?/g)].map((match) => match[1] ?? ''));
      const declaration = declarationOf(tag);
      expect(names(declaration.cssParts), `${tag} parts`).to.deep.equal(parts);
      expect(names(declaration.slots), `${tag} slots`).to.deep.equal(slots);
    }
  });

  it('lists every CSS custom property the styles read', () => {
    for (const { tag, element } of ELEMENTS) {
      const css = element.elementStyles
        .map((style) => ('cssText' in style ? style.cssText : [...style.cssRules].map((r) => r.cssText).join('')))
        .join('\n');
      const used = unique([...css.matchAll(/var\(\s*(--call-log-[\w-]+)/g)].map((match) => match[1]!));
      expect(names(declarationOf(tag).cssProperties), `${tag} custom properties`).to.deep.equal(used);
    }
  });
});
