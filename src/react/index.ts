// React wrappers of the elements, made with @lit/react: `<CallLogList callStatus="missed" onCallLogSelect={...} />`.
// Importing this module registers both tags (like `call-log-elements/define`) and loads the JSX types of the plain
// tags. Properties are set as properties (objects included); every event has an `on…` prop.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { CallLogFilter as CallLogFilterElement } from '../call-log-filter/call-log-filter.js';
import { defineCallLogFilter } from '../call-log-filter/define.js';
import { CallLogList as CallLogListElement } from '../call-log-list/call-log-list.js';
import { defineCallLogList } from '../call-log-list/define.js';
import type {
  CallLogCallBackEvent,
  CallLogErrorEvent,
  CallLogFilterChangeEvent,
  CallLogLoadEvent,
  CallLogRecordingOpenEvent,
  CallLogSelectEvent,
} from '../events/call-log-events.js';
// The JSX types of the plain tags, for apps that use this module (kept in the declarations: not `import type`).
import '../types/react-jsx.js';

defineCallLogList();
defineCallLogFilter();

/** `<call-log-list>` as a React component. */
export const CallLogList = createComponent({
  react: React,
  tagName: 'call-log-list',
  elementClass: CallLogListElement,
  displayName: 'CallLogList',
  events: {
    onCallLogLoad: 'call-log-load' as EventName<CallLogLoadEvent>,
    onCallLogError: 'call-log-error' as EventName<CallLogErrorEvent>,
    onCallLogSelect: 'call-log-select' as EventName<CallLogSelectEvent>,
    onCallLogCallBack: 'call-log-call-back' as EventName<CallLogCallBackEvent>,
    onCallLogRecordingOpen: 'call-log-recording-open' as EventName<CallLogRecordingOpenEvent>,
  },
});

/** `<call-log-filter>` as a React component. */
export const CallLogFilter = createComponent({
  react: React,
  tagName: 'call-log-filter',
  elementClass: CallLogFilterElement,
  displayName: 'CallLogFilter',
  events: {
    onCallLogFilterChange: 'call-log-filter-change' as EventName<CallLogFilterChangeEvent>,
  },
});

export type CallLogListProps = React.ComponentProps<typeof CallLogList>;
export type CallLogFilterProps = React.ComponentProps<typeof CallLogFilter>;
