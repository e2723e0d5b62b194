// Everything of the package entry but the filter and export elements. The script-tag bundles export this at once and load the
// filter when a page first has one (src/script-tag/); the package entry (index.ts) adds the filter.
export { CallLogError, type CallLogErrorCode } from './errors/call-log-error.js';
export * from './model/call-log.js';
export { formatDuration } from './model/duration.js';
export { DEFAULT_LIMIT, MAX_LIMIT, type CallLogFilters, type CallLogQuery } from './model/query.js';
export {
  CallLogRequest,
  CallLogRequestBuilder,
  type FetchCallbacks,
  type FetchOptions,
} from './request/call-log-request.js';
export type {
  CallLogPage,
  CallLogPageRequest,
  CallLogPagination,
  CallLogSource,
  CallLogSourceCapabilities,
  SkippedItem,
} from './sources/call-log-source.js';
export {
  CometChatCallsSource,
  type CometChatCallsSourceOptions,
  type RetryOptions,
} from './sources/cometchat-calls-source.js';
export { MemoryCallLogSource, type MemoryCallLogSourceOptions } from './sources/memory-source.js';
export type { DemoDataOptions } from './sources/demo-data.js';
export { createDemoSource, DEMO_VIEWER_UID } from './sources/demo-source.js';
export { CallLogController, type CallLogControllerConfig, type CallLogStatus } from './controllers/call-log-controller.js';
export type { ResolvedUser, UserResolver } from './controllers/user-directory.js';
// The export's events come with the package entry (index.ts), and in the script-tag bundles with the export.
export {
  CallLogCallBackEvent,
  CallLogErrorEvent,
  CallLogFilterChangeEvent,
  CallLogLoadEvent,
  CallLogRecordingOpenEvent,
  CallLogSelectEvent,
  type CallLogExportFormat,
  type CallLogLoadDetail,
} from './events/call-log-events.js';
// Types only, so the bundles leave the table of events out; this also brings its `HTMLElementEventMap` entries.
export type {
  CallLogElementsEventMap,
  CallLogFilterEventMap,
  CallLogListEventMap,
  CallLogSummaryEventMap,
} from './events/element-events.js';
export { BUILT_IN_LANGUAGES, registerTranslation } from './localize/registry.js';
export {
  ENGLISH,
  type BuiltInTranslation,
  type MessageKey,
  type MessageOverride,
  type MessageOverrides,
  type MessageValues,
  type PluralMessage,
  type Translation,
} from './localize/messages.js';
export { CallLogList } from './call-log-list/call-log-list.js';
export type { CallLogExportOptions, CallLogExportResult } from './export/export-calls.js';
export {
  defaultRenderers,
  type RowActions,
  type RowContext,
  type RowRenderer,
  type RowRenderers,
  type RowView,
} from './call-log-list/row.js';
export { defineCallLogList } from './call-log-list/define.js';
