// The Custom Elements Manifest (custom-elements.json), made by @custom-elements-manifest/analyzer from the elements'
// JSDoc (@summary, @fires, @slot, @csspart, @cssprop) and their Lit properties. `npm run manifest` writes it;
// `npm test` fails when the checked-in one differs from what the source gives (build/manifest.mjs --check).

/** The modules the manifest describes: the elements, the modules that register them, and their events. */
const GLOBS = [
  'src/call-log-list/call-log-list.ts',
  'src/call-log-list/define.ts',
  'src/call-log-filter/call-log-filter.ts',
  'src/call-log-filter/define.ts',
  'src/call-log-export/call-log-export.ts',
  'src/call-log-export/define.ts',
  'src/call-log-summary/call-log-summary.ts',
  'src/call-log-summary/define.ts',
  'src/events/call-log-events.ts',
  'src/events/export-events.ts',
  'src/events/summary-events.ts',
];

/**
 * The tags: each element is registered by `defineX(tag = 'x-y') { defineElement(tag, X); }` rather than a literal
 * `customElements.define`, so the analyzer cannot see the tag. This reads it from that default parameter and adds the
 * element's `custom-element-definition` export to the registering module.
 */
function registrations() {
  /** @type {{ tag: string, className: string, modulePath: string }[]} */
  const found = [];
  return {
    name: 'call-log-registrations',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isIdentifier(tagArg) || !ts.isIdentifier(classArg)) return;
      let scope = node.parent;
      while (scope && !ts.isFunctionDeclaration(scope)) scope = scope.parent;
      const parameter = scope?.parameters.find((p) => p.name.getText() === tagArg.text);
      if (!parameter?.initializer || !ts.isStringLiteral(parameter.initializer)) return;
      found.push({ tag: parameter.initializer.text, className: classArg.text, modulePath: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tag, className, modulePath } of found) {
        const owner = customElementsManifest.modules.find((mod) =>
          mod.declarations?.some((d) => d.kind === 'class' && d.name === className),
        );
        if (!owner) throw new Error(`custom-elements-manifest: no class ${className} for <${tag}>`);
        const declaration = owner.declarations.find((d) => d.name === className);
        declaration.tagName = tag;
        declaration.customElement = true;
        const registering = customElementsManifest.modules.find((mod) => mod.path === modulePath);
        registering.exports = registering.exports ?? [];
        registering.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: owner.path },
        });
      }
    },
  };
}

/**
 * The public API only: private and protected members (`#fields`, `@state() private`, lifecycle overrides) are
 * implementation, not something a page can use.
 */
function publicMembersOnly() {
  return {
    name: 'call-log-public-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected',
          );
        }
      }
    },
  };
}

/**
 * One entry per event, named as fired and typed with its class. The analyzer adds an entry for every
 * `dispatchEvent(new XEvent(...))` (guessing its name from the first argument) beside those of the `@fires` tags;
 * this takes the name from the event class's `static eventName`, and the description from the `@fires` tag.
 */
function typedEvents() {
  return {
    name: 'call-log-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      const eventClasses = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const eventName = declaration.members?.find((m) => m.static && m.name === 'eventName')?.default;
          if (declaration.kind === 'class' && eventName) {
            eventClasses.set(declaration.name, { name: eventName.replace(/^['"`]|['"`]$/g, ''), module: mod.path });
          }
        }
      }
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.events) continue;
          const byName = new Map();
          for (const event of declaration.events) {
            // `@fires name - {Type} description`: the type written at the start of the description.
            const typed = /^\{(\w+)\}\s*/.exec(event.description ?? '');
            const typeName =
              event.type?.text ??
              typed?.[1] ??
              [...eventClasses].find(([, eventClass]) => eventClass.name === event.name)?.[0];
            const known = typeName ? eventClasses.get(typeName) : undefined;
            const name = known?.name ?? event.name;
            if (!name) continue;
            const entry = byName.get(name) ?? { name };
            const description = typed ? event.description.slice(typed[0].length) : event.description;
            if (description) entry.description = description;
            if (known) {
              entry.type = { text: typeName };
              entry.reference = { name: typeName, module: known.module };
            }
            byName.set(name, entry);
          }
          // In the order of the `@fires` tags (the analyzer lists the events it found in the code first).
          const documented = declaration.events.filter((event) => event.description).map((event) => event.name);
          const rank = (entry) => (documented.includes(entry.name) ? documented.indexOf(entry.name) : Infinity);
          declaration.events = [...byName.values()].sort((a, b) => rank(a) - rank(b)).map(({ name, type, description, reference }) => ({
            name,
            ...(type ? { type } : {}),
            ...(description ? { description } : {}),
            ...(reference ? { reference } : {}),
          }));
        }
      }
    },
  };
}

/** Type texts on one line: `| boolean\n    | string` as written across lines becomes `boolean | string`. */
function oneLineTypes() {
  const tidy = (value) => {
    if (Array.isArray(value)) value.forEach(tidy);
    else if (value && typeof value === 'object') {
      if (typeof value.text === 'string') value.text = value.text.replace(/\s+/g, ' ').replace(/^\| /, '');
      Object.values(value).forEach(tidy);
    }
  };
  return {
    name: 'call-log-one-line-types',
    packageLinkPhase({ customElementsManifest }) {
      tidy(customElementsManifest.modules);
    },
  };
}

/** Module paths as the npm package has them: `src/x.ts` is published as `dist/x.js` (with `dist/x.d.ts`). */
function publishedPaths() {
  const published = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');
  const rewrite = (value) => {
    if (Array.isArray(value)) value.forEach(rewrite);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = published(inner);
        else rewrite(inner);
      }
    }
  };
  return {
    name: 'call-log-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: GLOBS,
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [registrations(), publicMembersOnly(), typedEvents(), oneLineTypes(), publishedPaths()],
};
