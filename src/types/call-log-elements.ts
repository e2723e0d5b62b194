// Type maps of the elements, for frameworks' typings (React's JSX, Vue's GlobalComponents) and for pages'
// own code. Types only: this module has no runtime content.
import type { CallLogExport } from '../call-log-export/call-log-export.js';
import type { CallLogFilter } from '../call-log-filter/call-log-filter.js';
import type { CallLogList } from '../call-log-list/call-log-list.js';
import type { CallLogSummary } from '../call-log-summary/call-log-summary.js';
import type { CallCategory, CallDirection, CallStatus, CallType } from '../model/call-log.js';
import type { CallLogSource } from '../sources/call-log-source.js';

// The event maps, computed from the table of which element fires which events.
export type {
  CallLogElementsEventMap,
  CallLogFilterEventMap,
  CallLogListEventMap,
  CallLogSummaryEventMap,
} from '../events/element-events.js';

/** The custom elements of the package, by tag (as in `HTMLElementTagNameMap`). */
export interface CallLogElementsTagNameMap {
  'call-log-list': CallLogList;
  'call-log-filter': CallLogFilter;
  'call-log-export': CallLogExport;
  'call-log-summary': CallLogSummary;
}

/** A number written as an attribute's text. */
type NumberText = number | `${number}`;

/** The attributes of `<call-log-list>`, as written in HTML. */
export interface CallLogListAttributes {
  /** `demo` for embedded demo data; `cometchat` or absent for the CometChat Calls API. */
  source?: 'demo' | 'cometchat';
  'app-id'?: string;
  region?: 'us' | 'eu' | 'in';
  'auth-token'?: string;
  'base-url'?: string;
  'viewer-uid'?: string;
  limit?: NumberText;
  'session-type'?: CallType;
  'call-status'?: CallStatus;
  'call-category'?: CallCategory;
  'call-direction'?: CallDirection;
  uid?: string;
  guid?: string;
  /** Present, `true` or `''`: only calls with recordings; `false`: only calls without. */
  'has-recording'?: boolean | '' | 'true' | 'false';
  /** Text a name or id contains, case and accents ignored. */
  search?: string;
  /** ISO 8601 date or date-time: calls placed at or after it. */
  from?: string;
  /** ISO 8601 date (its whole day) or date-time: calls placed at or before it. */
  to?: string;
  'server-search'?: boolean | '';
  locale?: string;
  'group-by'?: 'day' | 'none';
  'load-more'?: 'scroll' | 'button';
  'refresh-interval'?: NumberText;
  /** Space-separated: `avatar time direction type category status duration participants recording call-back details`. */
  hide?: string;
  collapse?: boolean | '';
  /** A JSON object of messages by key. */
  strings?: string;
}

/** The attributes of `<call-log-filter>`, as written in HTML. */
export interface CallLogFilterAttributes {
  /** The id of the `<call-log-list>` to drive. */
  for?: string;
  /**
   * Space-separated: `search session-type call-status call-direction call-category has-recording uid guid date presets
   * clear`.
   */
  fields?: string;
  locale?: string;
  /** A JSON object of messages by key. */
  strings?: string;
  /** Keeps the filters in the page URL's query under this prefix (empty: `calls-`). */
  'url-state'?: string;
}

/** The attributes of `<call-log-export>`, as written in HTML. */
export interface CallLogExportAttributes {
  /** The id of the `<call-log-list>` to export. */
  for?: string;
  /** Space-separated: `csv jsonl`. */
  formats?: string;
  locale?: string;
  /** A JSON object of messages by key. */
  strings?: string;
}

/** The attributes of `<call-log-summary>`, as written in HTML. */
export interface CallLogSummaryAttributes {
  /** The id of the `<call-log-list>` to sum up. */
  for?: string;
  period?: 'all' | 'today' | 'week' | 'month' | 'range';
  /** ISO 8601 dates or date-times: the `range` period. */
  from?: string;
  to?: string;
  locale?: string;
  /** A JSON object of messages by key. */
  strings?: string;
}

/** The settable properties of `<call-log-list>` that frameworks bind (camelCase). */
export interface CallLogListProperties {
  source?: 'demo' | 'cometchat' | CallLogSource;
  appId?: string;
  region?: 'us' | 'eu' | 'in';
  authToken?: string;
  baseUrl?: string;
  viewerUid?: string;
  limit?: NumberText;
  sessionType?: CallType;
  callStatus?: CallStatus;
  callCategory?: CallCategory;
  callDirection?: CallDirection;
  uid?: string;
  guid?: string;
  hasRecording?: boolean | 'true' | 'false';
  search?: string;
  from?: string | Date;
  to?: string | Date;
  serverSearch?: boolean;
  locale?: string;
  groupBy?: 'day' | 'none';
  loadMoreTrigger?: 'scroll' | 'button';
  refreshInterval?: NumberText;
  filters?: CallLogList['filters'];
  tokenProvider?: CallLogList['tokenProvider'];
  retryOptions?: CallLogList['retryOptions'];
  resolveUsers?: CallLogList['resolveUsers'];
  renderers?: CallLogList['renderers'];
  hide?: string;
  collapse?: boolean;
  strings?: CallLogList['strings'];
}

/** The settable properties of `<call-log-filter>` that frameworks bind (camelCase). */
export interface CallLogFilterProperties {
  htmlFor?: string | null;
  fields?: string | null;
  filters?: CallLogFilter['filters'];
  locale?: string;
  strings?: CallLogFilter['strings'];
  urlState?: string | null;
}

/** The settable properties of `<call-log-export>` that frameworks bind (camelCase). */
export interface CallLogExportProperties {
  htmlFor?: string | null;
  formats?: string | null;
  locale?: string;
  strings?: CallLogExport['strings'];
}

/** The settable properties of `<call-log-summary>` that frameworks bind (camelCase). */
export interface CallLogSummaryProperties {
  htmlFor?: string | null;
  period?: CallLogSummary['period'];
  from?: string;
  to?: string;
  locale?: string;
  strings?: CallLogSummary['strings'];
}

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** An event's handler as Vue and `@lit/react` name it: `onCallLogSelect` for `call-log-select`. */
export type CamelHandlerName<Name extends string> = `on${Capitalize<Camel<Name>>}`;

/** Handlers named as React 19 wires a custom element's events: `oncall-log-select` listens to `call-log-select`. */
export type LowercaseEventHandlers<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/** Handlers named as Vue and `@lit/react` name them: `onCallLogSelect` listens to `call-log-select`. */
export type CamelEventHandlers<Events> = {
  [Name in keyof Events & string as CamelHandlerName<Name>]?: (event: Events[Name]) => void;
};
