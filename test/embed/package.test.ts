// The npm build as package.json publishes it: every export exists with its declarations, the entry has no side
// effects, `call-log-elements/define` registers both tags, and `lit` stays a dependency rather than bundled.
import { expect } from '@open-wc/testing';

interface PackageJson {
  main: string;
  types: string;
  exports: Record<string, string | { types: string; default: string }>;
  sideEffects: string[];
  customElements: string;
  files: string[];
}

const read = async (path: string): Promise<string> => {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
};

let pkg: PackageJson;

before(async () => {
  pkg = JSON.parse(await read('/package.json')) as PackageJson;
});

describe('the npm package', () => {
  it('has every file that "exports", "main", "types", "sideEffects" and "customElements" name', async () => {
    const targets = Object.values(pkg.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : [target.types, target.default],
    );
    for (const path of [...targets, pkg.main, pkg.types, ...pkg.sideEffects, pkg.customElements]) {
      await read(`/${path.replace(/^\.\//, '')}`);
    }
    for (const path of pkg.sideEffects) expect(pkg.files.some((dir) => path.startsWith(`./${dir}/`)), path).to.equal(true);
  });

  it('names as side effects only the files that register the tags', () => {
    expect([...pkg.sideEffects].sort()).to.deep.equal([
      './dist/call-log-elements.iife.js',
      './dist/call-log-elements.js',
      './dist/define.js',
      './dist/react/index.js',
    ]);
  });

  it('keeps lit external, and the JSX types of the plain tags come with call-log-elements/react', async () => {
    const list = await read('/__raw/dist/call-log-list/call-log-list.js');
    expect(/from ["']lit["']/.test(list), 'imports lit').to.equal(true);
    expect(list.includes('class LitElement'), 'lit is not bundled').to.equal(false);
    const react = await read('/__raw/dist/react/index.d.ts');
    expect(react).to.include("import '../types/react-jsx.js';");
    expect(await read('/__raw/dist/types/react-jsx.d.ts')).to.include("'call-log-list': CallLogListJsxProps;");
  });

  it('registers nothing from the entry, and both tags from call-log-elements/define', async () => {
    const entry = (await import(/* @vite-ignore */ `${location.origin}/dist/index.js`)) as Record<string, unknown>;
    expect(entry['CallLogList']).to.be.a('function');
    expect(entry['CallLogRequestBuilder']).to.be.a('function');
    expect(customElements.get('call-log-list')).to.equal(undefined);
    expect(customElements.get('call-log-filter')).to.equal(undefined);
    await import(/* @vite-ignore */ `${location.origin}/dist/define.js`);
    expect(customElements.get('call-log-list')).to.equal(entry['CallLogList']);
    expect(customElements.get('call-log-filter')).to.equal(entry['CallLogFilter']);
  });
});
