// Minifies the text of Lit's `css` and `html` tagged templates in the script-tag bundles. The JavaScript minifier
// leaves template text alone, and in these bundles it is a fifth of the bytes: indentation, comments and line breaks
// that the browser throws away anyway.
//
// - `css`: parsed and minified by Lightning CSS (already Vite's CSS engine), so nothing but syntax is rewritten.
// - `html`: each run of whitespace that holds a line break becomes one space. Browsers collapse such runs to one space
//   anyway (the elements render no preformatted text), so the DOM renders the same; text inside a line and attribute
//   values are untouched.
import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import { parseAst } from 'vite';

const TAGS = new Set(['css', 'html', 'svg']);

/** Every tagged template whose tag is one of Lit's, with its tag name. */
function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) {
    yield { tag: node.tag.name, quasi: node.quasi };
  }
  for (const key in node) if (key !== 'type') yield* taggedTemplates(node[key]);
}

function minifyCss(text, id) {
  const { code } = transform({ filename: id, code: Buffer.from(text), minify: true });
  return code.toString();
}

const collapseLineBreaks = (text) => text.replace(/\s*\n\s*/g, ' ');

/** The Vite plugin: runs on src/ modules after TypeScript is stripped. */
export function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(css|html|svg)`/.test(code)) return null;
      const output = new MagicString(code);
      for (const { tag, quasi } of taggedTemplates(parseAst(code))) {
        const parts = quasi.quasis;
        if (tag === 'css') {
          // Styles with interpolations would need placeholders; these elements have none.
          if (parts.length !== 1) throw new Error(`${id}: a css\`\` template with \${} interpolations is not minified`);
          const { start, end } = parts[0];
          output.update(start, end, minifyCss(code.slice(start, end), id));
          continue;
        }
        for (const { start, end } of parts) {
          if (start === end) continue;
          output.update(start, end, collapseLineBreaks(code.slice(start, end)));
        }
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
