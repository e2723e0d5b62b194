import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type MessageKey,
  type MessageOverride,
  type MessageOverrides,
  type MessageValues,
  type PluralMessage,
  type Translation,
} from './messages.js';
import { englishText, translationFor, watchLanguage } from './registry.js';

export interface LocalizeConfig {
  /** The element's own `locale`, which wins over every `lang` around it. */
  locale(): string | null | undefined;
  /** The element's `strings`: overrides of single messages. */
  strings(): MessageOverrides | null | undefined;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Plural rules and number formats per language, made once and shared by every element. */
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const warned = new Set<string>();
/** The keys of the report words (report-messages.ts), which load with the elements that show them. */
const REPORT_KEY = /^(export|column|summary|report)\./;

function made<T>(cache: Map<string, T>, lang: string, make: () => T): T {
  let value = cache.get(lang);
  if (value === undefined) cache.set(lang, (value = make()));
  return value;
}

/** The tag in its canonical form, or `undefined` for an empty or malformed one. */
function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The closest `lang` and `dir` of an element and its ancestors, out through the shadow roots it is in to their
 * hosts' ancestors (so a widget inside a German part of an English page speaks German).
 */
function inherited(element: Element): { lang?: string | undefined; dir?: 'ltr' | 'rtl' | undefined } {
  let lang: string | undefined;
  let dir: 'ltr' | 'rtl' | undefined;
  for (let node: Node | null = element; node && !(lang && dir); node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (!(node instanceof Element)) continue;
    lang ||= canonical(node.getAttribute('lang'));
    const value = node.getAttribute('dir')?.toLowerCase();
    if (!dir && (value === 'ltr' || value === 'rtl')) dir = value;
  }
  return { lang, dir };
}

/**
 * The language of an element: the words it shows, the tag its dates and numbers are formatted in, and its writing
 * direction. The language is the element's `locale`, else the closest `lang` (see `inherited`), else the browser's.
 * A change of any of them, of a `dir`, or a language that arrives or is registered updates the element; nothing
 * else of it changes (no calls are asked for again).
 */
export class Localize implements ReactiveController {
  readonly host: Host;
  readonly #config: LocalizeConfig;
  #stop: (() => void) | undefined;
  #lang = 'en';
  #dir: 'ltr' | 'rtl' = 'ltr';
  #translation: Translation | null | undefined = null;
  #strings: MessageOverrides | null | undefined;
  #locale: string | null | undefined;
  /**
   * Set when something the language depends on may have changed (a `lang` or `dir`, a language arriving, the element
   * moving): only then are the ancestors and the registry read again, not at every update (scrolling updates often).
   */
  #stale = true;

  constructor(host: Host, config: LocalizeConfig) {
    this.#config = config;
    (this.host = host).addController(this);
  }

  /** The BCP 47 tag dates, times, numbers and lists are formatted in. */
  get lang(): string {
    return this.#lang;
  }

  get dir(): 'ltr' | 'rtl' {
    return this.#dir;
  }

  /** `false` while the element's language is being loaded: the element shows no words until it has arrived. */
  get ready(): boolean {
    return this.#translation !== undefined;
  }

  hostConnected(): void {
    this.#stale = true;
    this.#stop = watchLanguage(() => {
      this.#stale = true;
      this.host.requestUpdate();
    }, this.host.getRootNode());
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  /** Reads the language again; the host calls it in `willUpdate`. Returns whether anything it says changed. */
  resolve(): boolean {
    const locale = this.#config.locale();
    const strings = this.#config.strings();
    if (!this.#stale && locale === this.#locale && strings === this.#strings) return false;
    this.#stale = false;
    this.#locale = locale;
    const around = inherited(this.host);
    const lang = canonical(locale) ?? around.lang ?? canonical(navigator.language) ?? 'en';
    const translation = translationFor(lang);
    const dir: 'ltr' | 'rtl' = around.dir ?? translation?.$dir ?? 'ltr';
    if (lang === this.#lang && translation === this.#translation && dir === this.#dir && strings === this.#strings) {
      return false;
    }
    if (strings !== this.#strings) this.#checkStrings(strings);
    this.#lang = lang;
    this.#translation = translation;
    this.#dir = dir;
    this.#strings = strings;
    return true;
  }

  /** A message in the element's language, with its values put in. A count selects the plural form. */
  t(key: MessageKey, values: MessageValues = {}): string {
    // A key of a part of the table not loaded yet shows as itself rather than failing.
    const message: MessageOverride = this.#strings?.[key] ?? this.#translation?.[key] ?? englishText(key) ?? key;
    if (typeof message === 'function') return message(values);
    const text =
      typeof message === 'string'
        ? message
        : (message[this.#plural(Number(values.count ?? 0))] ?? message.other);
    return text.replace(/\{(\w+)\}/g, (_: string, name: string) => {
      const value = values[name];
      return typeof value === 'number' ? this.number(value) : (value ?? '');
    });
  }

  number(value: number): string {
    return made(numberFormats, this.#lang, () => new Intl.NumberFormat(this.#lang)).format(value);
  }

  /** "A, B and C" in the element's language. */
  list(items: readonly string[]): string {
    return made(listFormats, this.#lang, () => new Intl.ListFormat(this.#lang)).format(items);
  }

  #plural(count: number): keyof PluralMessage {
    return made(pluralRules, this.#lang, () => new Intl.PluralRules(this.#lang)).select(count) as keyof PluralMessage;
  }

  /** Says once on the console which overrides are not messages: they would silently do nothing. */
  #checkStrings(strings: MessageOverrides | null | undefined): void {
    for (const key of Object.keys(strings ?? {})) {
      // The words of reports load with them: their keys are taken on trust until then.
      if (englishText(key) !== undefined || REPORT_KEY.test(key) || warned.has(key)) continue;
      warned.add(key);
      console.warn(`call-log-elements: "${key}" in strings is not a message key (see the README, "Languages"); it is ignored.`);
    }
  }
}

/**
 * The `strings` attribute of both elements, for pages without script: a JSON object of messages by key, such as
 * `{"list.loadMore": "Older calls"}`. Anything else is ignored, with a warning that says what was expected.
 */
export const stringsAttribute = {
  fromAttribute(value: string | null): MessageOverrides | undefined {
    if (!value) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as MessageOverrides;
    } catch {
      // Reported below.
    }
    console.warn('call-log-elements: the strings attribute is not a JSON object of messages by key; it is ignored.');
    return undefined;
  },
};
