// React wrappers of the elements, made with @lit/react: `<CallLogList callStatus="missed" onCallLogSelect={...} />`.
// Importing this module registers the tags (like `call-log-elements/define`) and loads the JSX types of the plain
// tags. Properties are set as properties (objects included); every event has an `on…` prop, named from the table of
// events (src/events/element-events.ts). `CallLogList` also takes render props for the parts of its rows
// (`renderSubtitle={(call, view) => …}`), rendered through portals (see row-portals.ts).
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { createPortal } from 'react-dom';
import { CallLogExport as CallLogExportElement } from '../call-log-export/call-log-export.js';
import { defineCallLogExport } from '../call-log-export/define.js';
import { CallLogFilter as CallLogFilterElement } from '../call-log-filter/call-log-filter.js';
import { defineCallLogFilter } from '../call-log-filter/define.js';
import { CallLogList as CallLogListElement } from '../call-log-list/call-log-list.js';
import { defineCallLogList } from '../call-log-list/define.js';
import { CallLogSummary as CallLogSummaryElement } from '../call-log-summary/call-log-summary.js';
import { defineCallLogSummary } from '../call-log-summary/define.js';
import type { RowRenderers, RowView } from '../call-log-list/row.js';
import {
  CALL_LOG_FILTER_EVENTS,
  CALL_LOG_LIST_EVENTS,
  CALL_LOG_SUMMARY_EVENTS,
  type CallLogEventClass,
} from '../events/element-events.js';
import type { CallLog } from '../model/call-log.js';
import type { CamelHandlerName } from '../types/call-log-elements.js';
// The JSX types of the plain tags, for apps that use this module (kept in the declarations: not `import type`).
import '../types/react-jsx.js';
import { ROW_PARTS, RowPortals, type RowPart, type RowSlot, type RowState } from './row-portals.js';

export type { RowPart, RowState } from './row-portals.js';

defineCallLogList();
defineCallLogFilter();
defineCallLogExport();
defineCallLogSummary();

/** The `on…` props of some events, typed for @lit/react: `onCallLogSelect` hands a `CallLogSelectEvent`. */
type EventProps<Classes extends readonly CallLogEventClass[]> = {
  [Class in Classes[number] as CamelHandlerName<Class['eventName']>]: EventName<Class['prototype']>;
};

/** One prop per event, named as `CamelHandlerName` names it: `call-log-select` is `onCallLogSelect`. */
function eventProps<Classes extends readonly CallLogEventClass[]>(classes: Classes): EventProps<Classes> {
  const capitalised = (name: string) => name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());
  return Object.fromEntries(classes.map(({ eventName }) => [`on${capitalised(eventName)}`, eventName])) as EventProps<Classes>;
}

/** `<call-log-list>` as @lit/react makes it: properties and events, without render props. */
const CallLogListElementComponent = createComponent({
  react: React,
  tagName: 'call-log-list',
  elementClass: CallLogListElement,
  displayName: 'CallLogListElement',
  events: eventProps(CALL_LOG_LIST_EVENTS),
});

/**
 * Renders one part of a row in React: `(call, view, { active, expanded }) => <…/>`. `view` is what the built-in row
 * shows, already formatted (`name`, `party`, `direction`, `statusWord`, `time`, `fullTime`, `duration`, …).
 */
export type RowRenderProp = (call: CallLog, view: RowView, state: RowState) => React.ReactNode;

/** The render props of `CallLogList`, one per part of a row; a part without one stays as built in. */
export interface CallLogListRenderProps {
  /** Before the text: the other party's avatar. Inside the row's button: keep it free of controls. */
  renderLeading?: RowRenderProp | undefined;
  /** The first line: the other party's name. Inside the row's button: keep it free of controls. */
  renderTitle?: RowRenderProp | undefined;
  /** The line under it. Inside the row's button: keep it free of controls. */
  renderSubtitle?: RowRenderProp | undefined;
  /** After the text: the call-back buttons. */
  renderTrailing?: RowRenderProp | undefined;
  /** The panel the expand button opens. */
  renderDetails?: RowRenderProp | undefined;
}

type CallLogListOwnProps = React.ComponentPropsWithoutRef<typeof CallLogListElementComponent> & CallLogListRenderProps;

/** One part of one row: the render prop's output, in a portal into the part's container. */
const RowPartPortal = React.memo(function RowPartPortal({ render, slot }: { render: RowRenderProp; slot: RowSlot }) {
  return createPortal(render(slot.call, slot.view, slot.state), slot.container);
});

/**
 * `<call-log-list>` as a React component: every property a prop, every event an `on…` prop, and a render prop per
 * part of a row (`renderLeading`, `renderTitle`, `renderSubtitle`, `renderTrailing`, `renderDetails`).
 *
 * Each render prop given puts a renderer on the element's `renderers` (beside a `renderers` prop, which it overrides
 * for its part) that hands the list a container per row; the component renders a portal of the render prop's
 * output into each container of a row the list shows. After each update of the list, the containers that left its
 * rows (rows scrolled out of the window, details closed) are let go, and their portals unmount.
 */
export const CallLogList = React.forwardRef<CallLogListElement, CallLogListOwnProps>(function CallLogList(props, ref) {
  const { renderLeading, renderTitle, renderSubtitle, renderTrailing, renderDetails, ...elementProps } = props;
  const renderProps: Record<RowPart, RowRenderProp | undefined> = {
    leading: renderLeading,
    title: renderTitle,
    subtitle: renderSubtitle,
    trailing: renderTrailing,
    details: renderDetails,
  };
  const [portals] = React.useState(() => new RowPortals());
  // The renderers change only when a part gains or loses its render prop, not each time a render prop is a new
  // function: a new function renders again in the portals, without the list rendering its rows again.
  const parts = ROW_PARTS.filter((part) => renderProps[part] !== undefined);
  const given = elementProps.renderers;
  const partsKey = parts.join(' ');
  const renderers = React.useMemo((): Partial<RowRenderers> | undefined => {
    if (partsKey === '') return given;
    const own = Object.fromEntries(partsKey.split(' ').map((part) => [part, portals.renderer(part as RowPart)]));
    return { ...given, ...own };
  }, [given, partsKey, portals]);
  // A `renderers` prop is passed on only when there is one to set: without it, a value set on the element directly
  // stays, as it always has.
  const forwarded = partsKey === '' && !('renderers' in props) ? elementProps : { ...elementProps, renderers };

  const element = React.useRef<CallLogListElement | null>(null);
  const setElement = React.useCallback(
    (node: CallLogListElement | null) => {
      element.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );
  // Sweeps after each update of the list; the first sweep catches up with an update that came before.
  React.useLayoutEffect(() => {
    const list = element.current;
    if (!list) return undefined;
    const controller = portals.controllerFor(list);
    list.addController(controller);
    if (list.renderRoot) portals.sweep(list.renderRoot);
    return () => list.removeController(controller);
  }, [portals]);
  const slots = React.useSyncExternalStore(portals.subscribe, portals.getSnapshot, portals.getSnapshot);

  return React.createElement(
    React.Fragment,
    null,
    React.createElement(CallLogListElementComponent, { ...forwarded, ref: setElement }),
    slots.map((slot) => {
      const render = renderProps[slot.part];
      return render ? React.createElement(RowPartPortal, { key: slot.key, render, slot }) : null;
    }),
  );
});
CallLogList.displayName = 'CallLogList';

/** `<call-log-filter>` as a React component. */
export const CallLogFilter = createComponent({
  react: React,
  tagName: 'call-log-filter',
  elementClass: CallLogFilterElement,
  displayName: 'CallLogFilter',
  events: eventProps(CALL_LOG_FILTER_EVENTS),
});

/** `<call-log-export>` as a React component (the export's events are the list's: `onCallLogExport` on `CallLogList`). */
export const CallLogExport = createComponent({
  react: React,
  tagName: 'call-log-export',
  elementClass: CallLogExportElement,
  displayName: 'CallLogExport',
});

/** `<call-log-summary>` as a React component. */
export const CallLogSummary = createComponent({
  react: React,
  tagName: 'call-log-summary',
  elementClass: CallLogSummaryElement,
  displayName: 'CallLogSummary',
  events: eventProps(CALL_LOG_SUMMARY_EVENTS),
});

export type CallLogListProps = React.ComponentProps<typeof CallLogList>;
export type CallLogFilterProps = React.ComponentProps<typeof CallLogFilter>;
export type CallLogExportProps = React.ComponentProps<typeof CallLogExport>;
export type CallLogSummaryProps = React.ComponentProps<typeof CallLogSummary>;
