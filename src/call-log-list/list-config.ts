import { CallLogError, describeValue } from '../errors/call-log-error.js';
import { checkRange, isUnset, oneOf, QUERY_KEYS, QUERY_RULES, type CallLogFilters, type Rule } from '../model/query.js';
import { COMETCHAT_REGIONS, type CometChatRegion } from '../sources/source-for-list.js';

export type GroupBy = 'day' | 'none';
export type LoadMoreTrigger = 'scroll' | 'button';
const GROUP_BY = oneOf<GroupBy>(['day', 'none']);
const LOAD_MORE = oneOf<LoadMoreTrigger>(['scroll', 'button']);
const REGION = oneOf(COMETCHAT_REGIONS);

const LOCALE: Rule<string> = {
  read(value) {
    try {
      return Intl.getCanonicalLocales(value as string)[0];
    } catch {
      return undefined;
    }
  },
  allowed: 'a BCP 47 language tag such as "en-US" or "fr"',
};

/** The parts of a row a page can leave out with the `hide` attribute. */
export const HIDE_TOKENS = [
  'avatar',
  'time',
  'direction',
  'type',
  'category',
  'status',
  'duration',
  'participants',
  'recording',
  'call-back',
  'details',
] as const;
export type HideToken = (typeof HIDE_TOKENS)[number];

const HIDE: Rule<ReadonlySet<HideToken>> = {
  read(value) {
    const tokens = String(value).split(/\s+/).filter(Boolean);
    return tokens.every((token) => (HIDE_TOKENS as readonly string[]).includes(token))
      ? new Set(tokens as HideToken[])
      : undefined;
  },
  allowed: `space-separated tokens out of ${HIDE_TOKENS.join(' ')}`,
};

const REFRESH_INTERVAL: Rule<number> = {
  // Sub-second checks would hammer the API for no visible gain.
  read: (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined;
    return value === 0 ? 0 : Math.max(value, 1);
  },
  allowed: 'a number of seconds, 0 or more (0 turns checks off)',
};

/**
 * The list's settings as its attributes and properties hold them: strings, possibly not valid. `null` (a property
 * a page cleared) counts as unset, as `undefined` does.
 */
export interface ListSettings {
  limit?: number | string | null;
  sessionType?: string | null;
  callStatus?: string | null;
  callCategory?: string | null;
  callDirection?: string | null;
  uid?: string | null;
  guid?: string | null;
  hasRecording?: boolean | string | null;
  search?: string | null;
  from?: string | Date | null;
  to?: string | Date | null;
  region?: string | null;
  locale?: string | null;
  groupBy?: string | null;
  loadMoreTrigger?: string | null;
  refreshInterval?: number | string | null;
  hide?: string | null;
  collapse?: boolean | null;
}

export interface ListConfig {
  filters: CallLogFilters & { limit?: number };
  region?: CometChatRegion;
  locale?: string;
  groupBy: GroupBy;
  loadMoreTrigger: LoadMoreTrigger;
  refreshInterval: number;
  /** The parts of rows left out. */
  hide: ReadonlySet<HideToken>;
  /** Consecutive calls with the same party, direction and outcome on one day show as one row. */
  collapse: boolean;
}

/** Reads a setting by its rule, or throws an `INVALID_CONFIG` error naming the attribute, value and allowed values. */
function read<T>(attribute: string, value: unknown, rule: Rule<T>): T {
  const result = rule.read(value);
  if (result === undefined) {
    throw new CallLogError(
      'INVALID_CONFIG',
      `The ${attribute} attribute is ${describeValue(value)}, which is not allowed: use ${rule.allowed}.`,
    );
  }
  return result;
}

/** The attribute of a filter: its name in kebab case (`callStatus` is `call-status`). */
export const attributeOf = (key: string): string => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * Checks every setting of a list and returns them typed, or throws an `INVALID_CONFIG` `CallLogError` that names
 * the first attribute at fault, its value and the allowed values.
 */
export function readListConfig(settings: ListSettings): ListConfig {
  const filters: Record<string, unknown> = {};
  for (const key of QUERY_KEYS) {
    // A string set as a property (Vue's `limit="10"`) reads as the same attribute would.
    const value = asAttribute(key, settings[key]);
    if (value != null) filters[key] = read(attributeOf(key), value, QUERY_RULES[key] as Rule<unknown>);
  }
  checkRange(filters, { from: 'The from attribute', to: 'the to attribute' }, 'INVALID_CONFIG');
  const { region, locale, refreshInterval } = settings;
  const config: ListConfig = {
    filters,
    groupBy: read('group-by', settings.groupBy ?? 'day', GROUP_BY),
    loadMoreTrigger: read('load-more', settings.loadMoreTrigger ?? 'scroll', LOAD_MORE),
    refreshInterval: 0,
    hide: read('hide', settings.hide ?? '', HIDE),
    collapse: !!settings.collapse,
  };
  if (region != null) config.region = read('region', region, REGION);
  if (locale != null && locale !== '') config.locale = read('locale', locale, LOCALE);
  if (refreshInterval != null) {
    config.refreshInterval = read('refresh-interval', asAttribute('refreshInterval', refreshInterval), REFRESH_INTERVAL);
  }
  return config;
}

/** A setting given as a string, read as its attribute converter reads it; any other value as it is. */
export function asAttribute(key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  // An empty search box, or `search=""` in markup, searches for nothing.
  if (isUnset(key, value)) return undefined;
  if (key === 'limit' || key === 'refreshInterval') return numberOrText.fromAttribute(value);
  return key === 'hasRecording' ? booleanFilter.fromAttribute(value) : value;
}

/** Attribute converters that keep a value that is not valid, so it can be reported rather than lost. */
export const numberOrText = {
  fromAttribute(value: string | null): number | string | undefined {
    if (value === null) return undefined;
    const number = Number(value);
    return value.trim() !== '' && Number.isFinite(number) ? number : value;
  },
  toAttribute(value: number | string | undefined): string | null {
    return value === undefined ? null : String(value);
  },
};

/** `has-recording` present or "true": only calls with recordings; "false": only without; absent: either. */
export const booleanFilter = {
  fromAttribute(value: string | null): boolean | string | undefined {
    if (value === null) return undefined;
    if (value === '' || value === 'true') return true;
    if (value === 'false') return false;
    return value;
  },
  toAttribute(value: boolean | string | undefined): string | null {
    if (value === undefined) return null;
    return value === true ? '' : String(value);
  },
};
