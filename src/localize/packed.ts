import type { Translation } from './messages.js';

// A built-in language as the script-tag bundles ship it: its texts only, in the order of the English table's keys,
// so that a file does not repeat the hundred-odd keys every language shares (a third of its size). A hash of the key
// list it was made for tells a file from another version of the package apart, whose texts would fall on the wrong
// keys.

/** A language file's content: its tag, name and direction, the hash of the keys, and one text per key. */
export interface PackedTranslation {
  $lang: string;
  $name?: string;
  $dir?: 'ltr' | 'rtl';
  $keys: string;
  $values: readonly unknown[];
}

/** A short hash of a list of keys (FNV-1a, 32 bits, base 36): the same in the build and in the page. */
export function keysHash(keys: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of keys.join('\n')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** `translation`'s texts in the order of `keys`. */
export function pack(translation: Translation, keys: readonly string[]): PackedTranslation {
  const { $lang, $name, $dir } = translation;
  const texts = translation as unknown as Record<string, unknown>;
  return { $lang, ...($name ? { $name } : {}), ...($dir ? { $dir } : {}), $keys: keysHash(keys), $values: keys.map((key) => texts[key]) };
}

/**
 * A translation from a module's content: as it is, or unpacked onto `keys`; `undefined` for a packed one made for
 * other keys (a file of another version of the package).
 */
export function unpack(content: Translation | PackedTranslation, keys: readonly string[]): Translation | undefined {
  if (!('$values' in content)) return content;
  if (content.$keys !== keysHash(keys)) return undefined;
  const { $lang, $name, $dir, $values } = content;
  const texts = Object.fromEntries(keys.map((key, index) => [key, $values[index]]));
  return { ...texts, $lang, ...($name ? { $name } : {}), ...($dir ? { $dir } : {}) };
}
