import type { Localize } from './localize.js';
import type { Translation } from './messages.js';
import { unpackPart, type PackedTranslation } from './packed.js';
import { addEnglishWords, isBuiltIn, languagesChanged, translationFor, warnLanguage } from './registry.js';
import { REPORT_ENGLISH } from './report-messages.js';

// The words of the export and the summary, for the elements that show them: the English part of the table, and each
// language's texts of it. In the script-tag bundles a language's file holds the core's words only; its report words
// are a file of their own beside this one, `call-log-elements-lang-<tag>-report.js`, loaded here the first time
// something shows report words in that language. (From npm, each language is one module with every word, so there is
// nothing to load.)

/** Each language's report words on their way or read (or failed: English then), by its translation. */
const loads = new WeakMap<Translation, Promise<void>>();
const arrived = new WeakSet<Translation>();
let used = false;

/**
 * Whether `translation` is a built-in language without the report words: one read from a script-tag bundle's file,
 * which holds the core's words alone (from npm, each language is one module with every word).
 */
const lacksReportWords = (translation: Translation): boolean => isBuiltIn(translation) && !('export.label' in translation);

/** Adds the report words in English; safe to call again. Each language's come with `reportWordsOf()`. */
export function useReportWords(): void {
  if (used) return;
  used = true;
  addEnglishWords(REPORT_ENGLISH);
}

/**
 * Brings `translation`'s report words (once, from the file beside this one, when its file held the core's alone);
 * resolves when they are there, or could not be read (said on the console; English is shown). Never rejects.
 */
export function reportWordsOf(translation: Translation | null | undefined): Promise<void> {
  if (!translation || !lacksReportWords(translation)) return Promise.resolve();
  let load = loads.get(translation);
  if (!load) {
    load = import(/* @vite-ignore */ `./call-log-elements-lang-${translation.$lang}-report.js`)
      .then(({ default: part }: { default: PackedTranslation }) => {
        if (!unpackPart(part, 'report', Object.keys(REPORT_ENGLISH), translation)) {
          throw new Error('its words of the export and the summary are from another version of call-log-elements than the script');
        }
      })
      .catch((error: unknown) => warnLanguage(translation.$lang, error))
      .finally(() => {
        arrived.add(translation);
        languagesChanged();
      });
    loads.set(translation, load);
  }
  return load;
}

/**
 * Whether an element that shows report words has all its words: its language has arrived, and so have that
 * language's report words (asked for the first time here). Until then the element shows none, rather than English.
 */
export function reportWordsReady(localize: Localize): boolean {
  const translation = translationFor(localize.lang);
  void reportWordsOf(translation);
  return localize.ready && !(translation && lacksReportWords(translation) && !arrived.has(translation));
}
