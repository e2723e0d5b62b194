import type { Translation } from './messages.js';

// A built-in language as the script-tag bundles ship it: its texts only, part by part (the core's words, and the
// words of each part of the English table loaded on use, see report-messages.ts), each in the order of that part's
// English keys, so a file does not repeat the hundred-odd keys every language shares (a third of its size). A hash of
// each part's key list tells a file from another version of the package apart, whose texts would fall on the wrong
// keys. The bundles put each part of a language in a file of its own, so a page loads the words it shows.

/** The English keys of each part of the message table, by the part's name, in order. */
export type KeyParts = Readonly<Record<string, readonly string[]>>;

/** A language file's content: its tag, name and direction, and per part the hash of its keys and one text per key. */
export interface PackedTranslation {
  $lang: string;
  $name?: string;
  $dir?: 'ltr' | 'rtl';
  $keys: Readonly<Record<string, string>>;
  $values: Readonly<Record<string, readonly unknown[]>>;
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

/** `translation`'s texts, part by part, in the order of each part's keys. */
export function pack(translation: Translation, parts: KeyParts): PackedTranslation {
  const { $lang, $name, $dir } = translation;
  const texts = translation as unknown as Record<string, unknown>;
  const names = Object.keys(parts);
  return {
    $lang,
    ...($name ? { $name } : {}),
    ...($dir ? { $dir } : {}),
    $keys: Object.fromEntries(names.map((name) => [name, keysHash(parts[name]!)])),
    $values: Object.fromEntries(names.map((name) => [name, parts[name]!.map((key) => texts[key])])),
  };
}

/**
 * Puts a packed file's texts of one part onto `translation` (keys as they are, in place); `false` when the file has
 * no such part, or has it for other keys (a file of another version of the package).
 */
export function unpackPart(content: PackedTranslation, name: string, keys: readonly string[], translation: Translation): boolean {
  const values = content.$values[name];
  if (!values || content.$keys[name] !== keysHash(keys)) return false;
  const texts = translation as unknown as Record<string, unknown>;
  keys.forEach((key, index) => (texts[key] = values[index]));
  return true;
}

/**
 * A translation from a module's content: as it is, or unpacked onto the keys of each of `parts` it holds (the core's
 * at least); `undefined` for a packed one without the core's texts or made for other keys (a file of another version
 * of the package).
 */
export function unpack(content: Translation | PackedTranslation, parts: KeyParts): Translation | undefined {
  if (!('$values' in content)) return content;
  const { $lang, $name, $dir } = content;
  const translation: Translation = { $lang, ...($name ? { $name } : {}), ...($dir ? { $dir } : {}) };
  const held = Object.entries(parts).filter(([name]) => name in content.$values);
  const complete = 'core' in content.$values && held.every(([name, keys]) => unpackPart(content, name, keys, translation));
  return complete ? translation : undefined;
}
