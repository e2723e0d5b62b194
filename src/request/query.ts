import { CallLogError, describeValue } from '../errors/call-log-error.js';
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

function invalid(where: string, value: unknown, allowed: string): CallLogError {
  return new CallLogError('INVALID_ARGUMENT', `${where}: ${describeValue(value)} is not allowed; use ${allowed}.`);
}

function listAllowed(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/**
 * Checks a page size: an integer of at least 1; anything above the maximum clamps to it.
 * `where` names the setter or attribute in the error.
 */
export function checkLimit(value: unknown, where = 'setLimit'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw invalid(where, value, `an integer from 1 to ${MAX_LIMIT} (larger values are clamped to ${MAX_LIMIT})`);
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
    throw invalid(where, value, `one of ${listAllowed(allowed)}`);
  }
  return value as (typeof FILTER_VALUES)[K][number];
}

export function checkBoolean(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw invalid(where, value, 'true or false');
  return value;
}

export function checkId(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(where, value, 'a non-empty id string');
  return value;
}

/**
 * Checks a whole filters object (as set on an element's `filters` property or given to a source): unknown keys
 * and bad values throw a `CallLogError` naming them. Undefined values count as unset.
 */
export function checkFilters(filters: unknown, where = 'filters'): CallLogFilters & { limit?: number } {
  if (filters === null || typeof filters !== 'object') throw invalid(where, filters, 'an object of filters');
  const result: CallLogFilters & { limit?: number } = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null) continue;
    const at = `${where}.${key}`;
    switch (key) {
      case 'limit':
        result.limit = checkLimit(value, at);
        break;
      case 'sessionType':
      case 'callStatus':
      case 'callCategory':
      case 'callDirection':
        (result as Record<string, unknown>)[key] = checkEnum(key, value, at);
        break;
      case 'hasRecording':
        result.hasRecording = checkBoolean(value, at);
        break;
      case 'uid':
      case 'guid':
        result[key] = checkId(value, at);
        break;
      default:
        throw invalid(where, key, `the keys "limit", ${listAllowed(FILTER_KEYS)}`);
    }
  }
  return result;
}

/** True when both queries ask for the same thing. */
export function sameQuery(a: CallLogQuery, b: CallLogQuery): boolean {
  return a.limit === b.limit && FILTER_KEYS.every((key) => a[key] === b[key]);
}
