// React wrappers of the elements, made with @lit/react: `<CallLogList callStatus="missed" onCallLogSelect={...} />`.
// Importing this module registers both tags (like `call-log-elements/define`) and loads the JSX types of the plain
// tags. Properties are set as properties (objects included); every event has an `on…` prop, named from the table of
// events (src/events/element-events.ts).
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { CallLogFilter as CallLogFilterElement } from '../call-log-filter/call-log-filter.js';
import { defineCallLogFilter } from '../call-log-filter/define.js';
import { CallLogList as CallLogListElement } from '../call-log-list/call-log-list.js';
import { defineCallLogList } from '../call-log-list/define.js';
import { CALL_LOG_FILTER_EVENTS, CALL_LOG_LIST_EVENTS, type CallLogEventClass } from '../events/element-events.js';
import type { CamelHandlerName } from '../types/call-log-elements.js';
// The JSX types of the plain tags, for apps that use this module (kept in the declarations: not `import type`).
import '../types/react-jsx.js';

defineCallLogList();
defineCallLogFilter();

/** The `on…` props of some events, typed for @lit/react: `onCallLogSelect` hands a `CallLogSelectEvent`. */
type EventProps<Classes extends readonly CallLogEventClass[]> = {
  [Class in Classes[number] as CamelHandlerName<Class['eventName']>]: EventName<Class['prototype']>;
};

/** One prop per event, named as `CamelHandlerName` names it: `call-log-select` is `onCallLogSelect`. */
function eventProps<Classes extends readonly CallLogEventClass[]>(classes: Classes): EventProps<Classes> {
  const capitalised = (name: string) => name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());
  return Object.fromEntries(classes.map(({ eventName }) => [`on${capitalised(eventName)}`, eventName])) as EventProps<Classes>;
}

/** `<call-log-list>` as a React component. */
export const CallLogList = createComponent({
  react: React,
  tagName: 'call-log-list',
  elementClass: CallLogListElement,
  displayName: 'CallLogList',
  events: eventProps(CALL_LOG_LIST_EVENTS),
});

/** `<call-log-filter>` as a React component. */
export const CallLogFilter = createComponent({
  react: React,
  tagName: 'call-log-filter',
  elementClass: CallLogFilterElement,
  displayName: 'CallLogFilter',
  events: eventProps(CALL_LOG_FILTER_EVENTS),
});

export type CallLogListProps = React.ComponentProps<typeof CallLogList>;
export type CallLogFilterProps = React.ComponentProps<typeof CallLogFilter>;
