import { CallLogError, describeValue } from '../errors/call-log-error.js';
import { checkFilter, QUERY_KEYS, quoteAll, type CallLogFilters } from '../request/query.js';

export type GroupBy = 'day' | 'none';
export type LoadMoreTrigger = 'scroll' | 'button';
export type Region = 'us' | 'eu' | 'in';

export const REGIONS: readonly Region[] = ['us', 'eu', 'in'];
const GROUP_BY: readonly GroupBy[] = ['day', 'none'];
const LOAD_MORE: readonly LoadMoreTrigger[] = ['scroll', 'button'];

/** The attribute of each filter, named in its errors. */
const FILTER_ATTRIBUTES: Record<(typeof QUERY_KEYS)[number], string> = {
  limit: 'limit',
  sessionType: 'session-type',
  callStatus: 'call-status',
  callCategory: 'call-category',
  callDirection: 'call-direction',
  uid: 'uid',
  guid: 'guid',
  hasRecording: 'has-recording',
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
  region?: string | null;
  locale?: string | null;
  groupBy?: string | null;
  loadMoreTrigger?: string | null;
  refreshInterval?: number | string | null;
}

export interface ListConfig {
  filters: CallLogFilters & { limit?: number };
  region?: Region;
  locale?: string;
  groupBy: GroupBy;
  loadMoreTrigger: LoadMoreTrigger;
  refreshInterval: number;
}

function configError(attribute: string, value: unknown, allowed: string): CallLogError {
  return new CallLogError(
    'INVALID_CONFIG',
    `The ${attribute} attribute is ${describeValue(value)}, which is not allowed: use ${allowed}.`,
  );
}

/** Runs a builder check and rewords its failure as a configuration error naming the attribute. */
function attribute<T>(name: string, value: unknown, check: (value: unknown, where: string) => T): T {
  try {
    return check(value, name);
  } catch (error) {
    const allowed = (error as Error).message.replace(/^.*?; use /, '').replace(/\.$/, '');
    throw configError(name, value, allowed);
  }
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw configError(name, value, quoteAll(allowed));
  return value as T;
}

/**
 * Checks every setting of a list and returns them typed, or throws an `INVALID_CONFIG` `CallLogError` that names
 * the first attribute at fault, its value and the allowed values.
 */
export function readListConfig(settings: ListSettings): ListConfig {
  const filters: Record<string, unknown> = {};
  for (const key of QUERY_KEYS) {
    const value = settings[key];
    if (value != null) filters[key] = attribute(FILTER_ATTRIBUTES[key], value, (v, where) => checkFilter(key, v, where));
  }

  const config: ListConfig = {
    filters: filters as ListConfig['filters'],
    groupBy: oneOf('group-by', settings.groupBy ?? 'day', GROUP_BY),
    loadMoreTrigger: oneOf('load-more', settings.loadMoreTrigger ?? 'scroll', LOAD_MORE),
    refreshInterval: 0,
  };
  if (settings.region != null) config.region = oneOf('region', settings.region, REGIONS);
  if (settings.locale != null && settings.locale !== '') {
    try {
      config.locale = Intl.getCanonicalLocales(settings.locale)[0];
    } catch {
      throw configError('locale', settings.locale, 'a BCP 47 language tag such as "en-US" or "fr"');
    }
  }
  if (settings.refreshInterval != null) {
    const seconds = settings.refreshInterval;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      throw configError('refresh-interval', seconds, 'a number of seconds, 0 or more (0 turns checks off)');
    }
    // Sub-second checks would hammer the API for no visible gain.
    config.refreshInterval = seconds === 0 ? 0 : Math.max(seconds, 1);
  }
  return config;
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
