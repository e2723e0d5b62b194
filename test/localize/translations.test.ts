// The built-in languages, read from their modules: each has every key of the English table and no other, the same
// placeholders, and the plural forms its grammar has.
import { expect } from '@open-wc/testing';
import type { BuiltInTranslation, PluralMessage } from '../../src/localize/messages.js';
import { BUILT_IN_LANGUAGES } from '../../src/localize/registry.js';
import { ALL_ENGLISH as ENGLISH } from './english.js';

const FILES: Record<string, string> = { 'pt-br': 'pt-BR', 'zh-hant': 'zh-Hant' };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort().join(' ');

describe('the built-in languages', () => {
  it('are English and 25 others', () => {
    expect(BUILT_IN_LANGUAGES).to.have.length(26);
    expect(BUILT_IN_LANGUAGES[0]).to.equal('en');
  });

  for (const lang of BUILT_IN_LANGUAGES.slice(1)) {
    const file = FILES[lang] ?? lang;
    it(`${file} has every message, with the placeholders and plural forms it needs`, async () => {
      const { default: translation } = (await import(`../../src/localize/translations/${file}.ts`)) as { default: BuiltInTranslation };
      const problems: string[] = [];
      expect(translation.$lang).to.equal(file);
      expect(translation.$name, 'its own name').to.be.a('string').and.not.equal('');
      const categories = new Intl.PluralRules(file).resolvedOptions().pluralCategories;
      for (const [key, english] of Object.entries(ENGLISH)) {
        const message = (translation as unknown as Record<string, unknown>)[key];
        if (message === undefined) {
          problems.push(`${file}: ${key} is missing`);
        } else if (typeof english === 'string') {
          if (typeof message !== 'string') problems.push(`${file}: ${key} should be text`);
          else if (placeholders(message) !== placeholders(english)) problems.push(`${file}: ${key} has {${placeholders(message)}}, English {${placeholders(english)}}`);
        } else {
          const forms = message as PluralMessage;
          if (Object.keys(forms).sort().join() !== [...categories].sort().join()) {
            problems.push(`${file}: ${key} has the forms ${Object.keys(forms).join()}, the language ${categories.join()}`);
          }
          if (!forms.other.includes('{count}')) problems.push(`${file}: ${key}.other does not say {count}`);
        }
      }
      for (const key of Object.keys(translation)) {
        if (!key.startsWith('$') && !(key in ENGLISH)) problems.push(`${file}: ${key} is not a message of the English table`);
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
