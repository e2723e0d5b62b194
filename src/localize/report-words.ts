import type { Translation } from './messages.js';
import { unpackPart } from './packed.js';
import { addEnglishPart, eachLanguageFile, languagesChanged, warnLanguage } from './registry.js';
import { REPORT_ENGLISH } from './report-messages.js';

// The words of the export and the summary, for the elements that show them: the English part of the table, and each
// language's texts of it. In the script-tag bundles a language's file holds the core's words only; its report words
// are a file of their own beside this one, `call-log-elements-lang-<tag>-report.js`, loaded here when both the
// language and a report element are on the page. (From npm, each language is one module with every word, so there is
// nothing to load.)

/** The translations whose report words are on their way. */
const pending = new WeakSet<Translation>();
let used = false;

/** Whether `translation`'s report words are on their way: an element that shows them waits, rather than show English. */
export const reportWordsPending = (translation: Translation): boolean => pending.has(translation);

/** Adds the report words, in English and in every language read now or later; safe to call again. */
export function useReportWords(): void {
  if (used) return;
  used = true;
  addEnglishPart('report', REPORT_ENGLISH);
  const keys = Object.keys(REPORT_ENGLISH);
  eachLanguageFile((content, translation, tag) => {
    if ('report' in content.$values) return;
    pending.add(translation);
    const file = new URL(/* @vite-ignore */ `call-log-elements-lang-${content.$lang}-report.js`, import.meta.url).href;
    import(/* @vite-ignore */ file)
      .then(({ default: part }: { default: Parameters<typeof unpackPart>[0] }) => {
        if (!unpackPart(part, 'report', keys, translation)) {
          throw new Error('its words of the export and the summary are from another version of call-log-elements than the script');
        }
      })
      .catch((error: unknown) => warnLanguage(tag, error))
      .finally(() => {
        pending.delete(translation);
        languagesChanged();
      });
  });
}
