// The languages of the page: the built-in ones (loaded on first use, each a module of its own), the ones an app
// registers, and one observer of `lang` and `dir` for every element of the package on the page.
import { ENGLISH, type PluralMessage, type Translation } from './messages.js';
import { unpack, type KeyParts, type PackedTranslation } from './packed.js';

type Loader = () => Promise<{ default: Translation | PackedTranslation }>;

/**
 * The built-in languages other than English (which is inline), by lower-case tag. In the script-tag bundles each
 * import becomes a file beside the script (build/bundles.mjs), as the demo data is.
 */
const BUILT_IN: Readonly<Record<string, Loader>> = {
  ar: () => import('./translations/ar.js'),
  bn: () => import('./translations/bn.js'),
  de: () => import('./translations/de.js'),
  es: () => import('./translations/es.js'),
  fr: () => import('./translations/fr.js'),
  he: () => import('./translations/he.js'),
  hi: () => import('./translations/hi.js'),
  hu: () => import('./translations/hu.js'),
  id: () => import('./translations/id.js'),
  it: () => import('./translations/it.js'),
  ja: () => import('./translations/ja.js'),
  ko: () => import('./translations/ko.js'),
  lt: () => import('./translations/lt.js'),
  ms: () => import('./translations/ms.js'),
  nl: () => import('./translations/nl.js'),
  pl: () => import('./translations/pl.js'),
  pt: () => import('./translations/pt.js'),
  'pt-br': () => import('./translations/pt-BR.js'),
  ru: () => import('./translations/ru.js'),
  sv: () => import('./translations/sv.js'),
  tr: () => import('./translations/tr.js'),
  uk: () => import('./translations/uk.js'),
  vi: () => import('./translations/vi.js'),
  zh: () => import('./translations/zh.js'),
  'zh-hant': () => import('./translations/zh-Hant.js'),
};

/** The tags of the built-in languages, English first. */
export const BUILT_IN_LANGUAGES: readonly string[] = ['en', ...Object.keys(BUILT_IN)];

/** The English words known so far: the core table, and the report words once an element that shows them loads. */
const english: Record<string, string | PluralMessage> = { ...ENGLISH };
/** The keys of the core table, which every language file holds. */
const CORE: KeyParts = { core: Object.keys(ENGLISH) };

/** A message in English; `undefined` for a key of words not loaded yet. */
export const englishText = (key: string): string | PluralMessage | undefined => english[key];

/** Adds English words that load with the elements that show them (the report words). */
export const addEnglishWords = (words: Readonly<Record<string, string | PluralMessage>>): void => void Object.assign(english, words);

/** Updates every element of the package: a language's texts have arrived. */
export const languagesChanged = (): void => notify();

/** Says on the console, once per failure, that a language's file could not be read, so English is shown. */
export function warnLanguage(tag: string, error: unknown): void {
  console.warn(`call-log-elements: the "${tag}" translation could not be loaded, so English is shown.`, error);
}

/** An app's languages, by lower-case tag: they win over the built-in ones. */
const registered = new Map<string, Translation>();
const loaded = new Map<string, Translation>();
const loading = new Set<string>();
const failed = new Set<string>();
/** Whether `translation` is a built-in language's (not one an app registered). */
export const isBuiltIn = (translation: Translation): boolean => [...loaded.values()].includes(translation);
/** Called when a language arrives or a `lang`/`dir` changes: each element of the package on the page. */
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * Adds or replaces languages for every element of the package, those already on the page included. A translation
 * may leave out keys: they show in English. `$lang` is matched like the built-in tags (`fi` serves `fi-FI`).
 */
export function registerTranslation(...translations: Translation[]): void {
  for (const translation of translations) registered.set(translation.$lang.toLowerCase(), translation);
  notify();
}

/**
 * The tags to look a language up by, most specific first: the tag itself; Chinese by script (`zh-TW`, `zh-HK` and
 * `zh-Hant` are Traditional); Brazilian Portuguese by region; then the language alone.
 */
function candidates(tag: string): string[] {
  const locale = new Intl.Locale(tag);
  const { language } = locale;
  const tags = [tag.toLowerCase()];
  if (language === 'zh') tags.push(locale.maximize().script === 'Hant' ? 'zh-hant' : 'zh');
  if (language === 'pt' && locale.region === 'BR') tags.push('pt-br');
  tags.push(language);
  return tags;
}

/**
 * The translation for a tag: an app's or a built-in one; `undefined` while a built-in one loads (the listeners hear
 * when it arrives); `null` for English, also when nothing matches or the language could not be loaded.
 */
export function translationFor(tag: string): Translation | null | undefined {
  for (const key of candidates(tag)) {
    const found = registered.get(key) ?? loaded.get(key);
    if (found) return found;
    const load = BUILT_IN[key];
    if (!load || failed.has(key)) continue;
    if (!loading.has(key)) {
      loading.add(key);
      load().then(
        (module) => {
          const content = module.default;
          const translation = unpack(content, CORE);
          if (!translation) throw new Error('the file is from another version of call-log-elements than the script');
          loaded.set(key, translation);
        },
      ).catch(
        (error: unknown) => {
          failed.add(key);
          warnLanguage(key, error);
        },
      ).finally(() => {
        loading.delete(key);
        notify();
      });
    }
    return undefined;
  }
  return null;
}

let observer: MutationObserver | undefined;
const observed = new WeakSet<Node>();

/**
 * Calls `listener` when a language arrives or is registered, when a `lang` or `dir` attribute changes anywhere in
 * the document or in `root` (a shadow root the element lives in), and when the browser's language changes. One
 * observer serves the whole page. Returns the function that stops it.
 */
export function watchLanguage(listener: () => void, root: Node): () => void {
  if (!observer) {
    observer = new MutationObserver(notify);
    addEventListener('languagechange', notify);
  }
  for (const node of [document, root]) {
    if (observed.has(node)) continue;
    observed.add(node);
    observer.observe(node, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
