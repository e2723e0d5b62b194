import { invalid } from '../errors/call-log-error.js';
import {
  CALL_CATEGORIES,
  CALL_DIRECTIONS,
  CALL_STATUSES,
  CALL_TYPES,
  type CallCategory,
  type CallDirection,
  type CallStatus,
  type CallType,
} from '../model/call-log.js';

export const DEFAULT_LIMIT = 30;
export const MAX_LIMIT = 100;

/** The filters of a call-log query, keyed by the builder's names. An unset filter is absent. */
export interface CallLogFilters {
  sessionType?: CallType;
  callStatus?: CallStatus;
  hasRecording?: boolean;
  callCategory?: CallCategory;
  callDirection?: CallDirection;
  uid?: string;
  guid?: string;
}

/** What a source is asked for: the filters plus the page size. */
export interface CallLogQuery extends CallLogFilters {
  limit: number;
}

export const FILTER_KEYS = [
  'sessionType',
  'callStatus',
  'hasRecording',
  'callCategory',
  'callDirection',
  'uid',
  'guid',
] as const satisfies readonly (keyof CallLogFilters)[];

/** The allowed values of each enumerated filter. */
export const FILTER_VALUES = {
  sessionType: CALL_TYPES,
  callStatus: CALL_STATUSES,
  callCategory: CALL_CATEGORIES,
  callDirection: CALL_DIRECTIONS,
} as const;

type EnumFilter = keyof typeof FILTER_VALUES;

/** Every key a query has: the page size and the filters. */
export const QUERY_KEYS = ['limit', ...FILTER_KEYS] as const;

/** The values quoted, for a list of what is allowed: `"a", "b"`. */
export const quoteAll = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

/**
 * Checks a page size: an integer of at least 1; anything above the maximum clamps to it.
 * `where` names the setter or attribute in the error.
 */
export function checkLimit(value: unknown, where = 'setLimit'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw invalid(`${where}:`, value, `an integer from 1 to ${MAX_LIMIT} (larger values are clamped to ${MAX_LIMIT})`);
  }
  return Math.min(value, MAX_LIMIT);
}

/** Checks one enumerated filter against its allowed values. */
export function checkEnum<K extends EnumFilter>(
  key: K,
  value: unknown,
  where: string,
): (typeof FILTER_VALUES)[K][number] {
  const allowed = FILTER_VALUES[key] as readonly string[];
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw invalid(`${where}:`, value, `one of ${quoteAll(allowed)}`);
  }
  return value as (typeof FILTER_VALUES)[K][number];
}

export function checkBoolean(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw invalid(`${where}:`, value, 'true or false');
  return value;
}

export function checkId(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(`${where}:`, value, 'a non-empty id string');
  return value;
}

/** Checks the value of one filter, or of `limit`, by its key; `where` names the setter or key in the error. */
export function checkFilter(key: (typeof QUERY_KEYS)[number], value: unknown, where: string): unknown {
  if (key === 'limit') return checkLimit(value, where);
  if (key === 'hasRecording') return checkBoolean(value, where);
  if (key === 'uid' || key === 'guid') return checkId(value, where);
  return checkEnum(key, value, where);
}

/**
 * Checks a whole filters object (as set on an element's `filters` property or given to a source): unknown keys
 * and bad values throw a `CallLogError` naming them. Undefined values count as unset.
 */
export function checkFilters(filters: unknown, where = 'filters'): CallLogFilters & { limit?: number } {
  if (filters === null || typeof filters !== 'object') throw invalid(`${where}:`, filters, 'an object of filters');
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null) continue;
    if (!(QUERY_KEYS as readonly string[]).includes(key)) {
      throw invalid(`${where}:`, key, `the keys ${quoteAll(QUERY_KEYS)}`);
    }
    result[key] = checkFilter(key as (typeof QUERY_KEYS)[number], value, `${where}.${key}`);
  }
  return result;
}

/** True when both queries ask for the same thing. */
export function sameQuery(a: CallLogQuery, b: CallLogQuery): boolean {
  return QUERY_KEYS.every((key) => a[key] === b[key]);
}
