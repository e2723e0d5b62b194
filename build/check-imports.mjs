// `npm run imports:check` (part of `npm run lint`): the import graph of src/ has no cycle and no import that runs back
// up a layer. `node build/check-imports.mjs --graph` also prints the graph, layer by layer.
//
// Every relative import counts: static and dynamic, `export ... from`, and type-only ones (`import type`,
// `import('...').T`). A type-only import costs nothing at run time, but it is still a dependency of the code and of
// the declarations in dist/, so it is held to the same rules; the messages say when an import is type-only.
// Imports of packages (lit, react, ...) are not part of the graph.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(root, 'src');

/**
 * The layers, lowest first, each a list of folders of src/ (or files at its top). A module may import from its own
 * layer or a lower one, never from a higher one.
 */
const LAYERS = [
  ['errors'],
  ['model'],
  // The request builder; the source interface and the sources (see the rules below).
  ['request', 'sources'],
  ['controllers', 'events', 'localize', 'registration'],
  // Exporting calls: CSV and JSON Lines of what a controller reads.
  ['export'],
  // One folder per element, and how the controls link to a list.
  ['call-log-list', 'call-log-filter', 'call-log-export', 'call-log-summary', 'linking'],
  // The entry points: what the package exports and registers, the script-tag bundles' entry, the React wrappers, the
  // framework types.
  ['define.ts', 'index.ts', 'list-exports.ts', 'script-tag', 'react', 'types'],
];

/** The modules of sources/ that the rest of src/ may import: the source interface and the choice of a list's source. */
const SOURCE_DOORS = ['sources/call-log-source.ts', 'sources/source-for-list.ts'];
const ENTRY_LAYER = LAYERS.length - 1;

/** The rules, by name, as a message states them. */
const RULES = {
  'no-cycle': 'modules do not import each other, directly or through others',
  'layer': `an import goes to the same layer or a lower one (lowest first: ${LAYERS.map((l) => l.join(' ')).join(' < ')})`,
  'sources-without-request': 'sources/ does not import request/: a source reads the query it is given',
  'source-doors': `outside sources/, below the entry points, sources/ is imported only through ${SOURCE_DOORS.join(' and ')} (no concrete source or parser)`,
};

/**
 * Violations known today, each allowed with its reason: `{ from, to, rule, reason }`, paths from src/, `rule` a key of
 * RULES. The check fails when one is no longer seen, so the list only ever shrinks: remove an entry with the fix that
 * ends it. None is left today.
 */
const KNOWN = [];

/** Every .ts and .tsx file under `dir`, declarations left out. */
function modulesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return modulesUnder(path);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
    })
    .sort();
}

const isFile = (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** The file a relative specifier names, as TypeScript finds it (`./x.js` is `./x.ts`); `undefined` when there is none. */
function resolveSpecifier(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(m|c)?jsx?$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((path) => /\.tsx?$/.test(path) && isFile(path));
}

/** All of an import's or export's names are types (`import { type A, type B }`), so nothing is left at run time. */
const allTypes = (elements) => elements !== undefined && elements.length > 0 && elements.every((e) => e.isTypeOnly);

/** The relative imports of one module: `{ specifier, line, kind }`, kind being `static`, `dynamic` or `type-only`. */
function importsOf(path) {
  const text = readFileSync(path, 'utf8');
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  /** `node` is the import (its first line is the one told); `literal` its specifier. */
  const add = (node, literal, importKind) => {
    if (!literal || !ts.isStringLiteralLike(literal)) return;
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push({ specifier: literal.text, line, kind: importKind });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && allTypes(named)));
      add(node, node.moduleSpecifier, typeOnly ? 'type-only' : 'static');
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(node, node.moduleSpecifier, node.isTypeOnly || allTypes(named) ? 'type-only' : 'static');
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression, node.isTypeOnly ? 'type-only' : 'static');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node, node.arguments[0], 'dynamic');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal, 'type-only');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found.filter(({ specifier }) => specifier.startsWith('.'));
}

/** The ways a module is imported, strongest first: loaded with the importer, loaded later, or not at run time. */
const KINDS = ['static', 'dynamic', 'type-only'];

/** A path from src/, with forward slashes. */
const fromSrc = (path) => relative(srcDir, path).split(sep).join('/');

/** The layer of a module (its index in LAYERS), by its folder or, at the top of src/, its file name. */
function layerOf(module) {
  const top = module.split('/')[0];
  return LAYERS.findIndex((layer) => layer.includes(top));
}

const problems = [];
const modules = modulesUnder(srcDir).map(fromSrc);
/** module -> its imports, `{ to, line, kind }`, `to` a path from src/, one per module imported. */
const graph = new Map();
for (const module of modules) {
  if (layerOf(module) === -1) {
    problems.push(`src/${module} is in no layer: add its folder (or file) to LAYERS in build/check-imports.mjs.`);
  }
  const edges = [];
  for (const { specifier, line, kind } of importsOf(join(srcDir, module))) {
    const target = resolveSpecifier(join(srcDir, module), specifier);
    if (target === undefined) {
      problems.push(`src/${module}:${line} imports "${specifier}", which names no module.`);
    } else if (relative(srcDir, target).startsWith('..')) {
      problems.push(`src/${module}:${line} imports "${specifier}", outside src/.`);
    } else {
      // One import per module imported: the first of its strongest kind (static, dynamic, type-only).
      const to = fromSrc(target);
      const seen = edges.find((edge) => edge.to === to);
      if (!seen) edges.push({ to, line, kind });
      else if (KINDS.indexOf(kind) < KINDS.indexOf(seen.kind)) Object.assign(seen, { line, kind });
    }
  }
  graph.set(module, edges);
}

/** One import as a message names it. */
const told = (from, { to, line, kind }) =>
  `src/${from}:${line} imports src/${to}${kind === 'static' ? '' : ` (${kind})`}`;

const known = (from, to, rule) => KNOWN.find((entry) => entry.from === from && entry.to === to && entry.rule === rule);
const seenKnown = new Set();
const allowed = [];

/** Records an import that breaks `rule`, unless it is a known violation. */
function broken(rule, from, edge) {
  const entry = known(from, edge.to, rule);
  if (entry) {
    seenKnown.add(entry);
    allowed.push(`${told(from, edge)}: ${rule}, allowed: ${entry.reason}`);
  } else {
    problems.push(`${told(from, edge)}: this breaks "${rule}": ${RULES[rule]}.`);
  }
}

// The layers, and the rules within the layer of the request and the sources.
for (const [from, edges] of graph) {
  for (const edge of edges) {
    const [fromLayer, toLayer] = [layerOf(from), layerOf(edge.to)];
    if (fromLayer === -1 || toLayer === -1) continue;
    if (toLayer > fromLayer) broken('layer', from, edge);
    if (from.startsWith('sources/') && edge.to.startsWith('request/')) broken('sources-without-request', from, edge);
    const door = SOURCE_DOORS.includes(edge.to);
    if (!from.startsWith('sources/') && edge.to.startsWith('sources/') && !door && fromLayer < ENTRY_LAYER) {
      broken('source-doors', from, edge);
    }
  }
}

/**
 * Strongly connected components (Tarjan), iteratively: every group of modules that reach each other. A module alone
 * is one only when it imports itself.
 */
function cycles(edgesOf) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let next = 0;
  for (const start of edgesOf.keys()) {
    if (index.has(start)) continue;
    const work = [[start, 0]];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [module, i] = frame;
      const targets = edgesOf.get(module) ?? [];
      if (i < targets.length) {
        frame[1]++;
        const to = targets[i];
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push([to, 0]);
        } else if (onStack.has(to)) {
          low.set(module, Math.min(low.get(module), index.get(to)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(module)));
      }
      if (low.get(module) === index.get(module)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== module);
        if (component.length > 1 || targets.includes(module)) found.push(component.sort());
      }
    }
  }
  return found;
}

/** One cycle through `start` within `component`, as the imports that make it (shortest, by breadth-first search). */
function cycleThrough(start, component) {
  const inside = new Set(component);
  const cameFrom = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const module = queue.shift();
    for (const edge of graph.get(module)) {
      if (!inside.has(edge.to) || cameFrom.has(edge.to)) continue;
      cameFrom.set(edge.to, { from: module, edge });
      if (edge.to === start) {
        const path = [];
        let at = start;
        do {
          const step = cameFrom.get(at);
          path.unshift(step);
          at = step.from;
        } while (at !== start);
        return path;
      }
      queue.push(edge.to);
    }
  }
  return [];
}

// Cycles, on the graph less the imports known to close one.
const targetsOf = (keep) =>
  new Map([...graph].map(([from, edges]) => [from, edges.filter((edge) => keep(from, edge)).map((e) => e.to)]));
for (const component of cycles(targetsOf((from, edge) => !known(from, edge.to, 'no-cycle')))) {
  const path = cycleThrough(component[0], component);
  const steps = path.map(({ from, edge }) => told(from, edge)).join(', ');
  const others = component.length > path.length ? ` (and ${component.length - path.length} more modules tied in)` : '';
  problems.push(`An import cycle: ${steps}${others}: this breaks "no-cycle": ${RULES['no-cycle']}.`);
}
// A known cycle is still seen when its import exists and its two ends reach each other.
const fullComponents = cycles(targetsOf(() => true));
for (const entry of KNOWN.filter((e) => e.rule === 'no-cycle')) {
  const edge = graph.get(entry.from)?.find((e) => e.to === entry.to);
  if (edge && fullComponents.some((c) => c.includes(entry.from) && c.includes(entry.to))) {
    seenKnown.add(entry);
    allowed.push(`${told(entry.from, edge)}: no-cycle, allowed: ${entry.reason}`);
  }
}

for (const entry of KNOWN) {
  if (!(entry.rule in RULES)) problems.push(`A known violation names no rule: "${entry.rule}" (${entry.from}).`);
  else if (!seenKnown.has(entry)) {
    problems.push(
      `src/${entry.from} -> src/${entry.to} (${entry.rule}) is allowed in KNOWN but no longer happens: ` +
        'remove it from build/check-imports.mjs.',
    );
  }
}

if (process.argv.includes('--graph')) {
  LAYERS.forEach((layer, i) => {
    console.log(`Layer ${i}: ${layer.join(', ')}`);
    for (const module of modules.filter((m) => layerOf(m) === i)) {
      const edges = graph.get(module);
      const list = edges.map(({ to, kind }) => (kind === 'static' ? to : `${to} (${kind})`)).join(', ');
      console.log(`  ${module}${list ? ` -> ${list}` : ''}`);
    }
  });
  console.log('');
}

const importCount = [...graph.values()].reduce((sum, edges) => sum + edges.length, 0);
if (allowed.length > 0) {
  console.log(`Known violations, allowed until fixed (KNOWN in build/check-imports.mjs):`);
  for (const line of allowed) console.log(`  ${line}`);
}
if (problems.length > 0) {
  console.error(`The import graph of src/ breaks its rules (build/check-imports.mjs):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  `Import graph of src/: ${modules.length} modules, ${importCount} imports; no cycle and no import against the ` +
    `layers${allowed.length > 0 ? ` beyond the ${allowed.length} known above` : ''}.`,
);
