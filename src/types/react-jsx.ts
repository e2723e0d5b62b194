// `<call-log-list>`, `<call-log-filter>`, `<call-log-export>` and `<call-log-summary>` in React 19 TSX, used as plain tags:
// their attributes, their properties (React 19 sets a prop as a property when the element has one) and their events
// (`oncall-log-select={...}`).
// Load these types with `import type {} from 'call-log-elements/jsx'` (or `call-log-elements/react` does it).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CallLogExport } from '../call-log-export/call-log-export.js';
import type { CallLogFilter } from '../call-log-filter/call-log-filter.js';
import type { CallLogList } from '../call-log-list/call-log-list.js';
import type { CallLogSummary } from '../call-log-summary/call-log-summary.js';
import type {
  CallLogExportAttributes,
  CallLogFilterAttributes,
  CallLogFilterEventMap,
  CallLogFilterProperties,
  CallLogListAttributes,
  CallLogListEventMap,
  CallLogListProperties,
  CallLogSummaryAttributes,
  CallLogSummaryEventMap,
  LowercaseEventHandlers,
} from './call-log-elements.js';

type ElementProps<Element extends HTMLElement, Own> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element>, Element>,
  keyof Own
> &
  Own;

/** The props of `<call-log-list>` in React 19 TSX. */
export type CallLogListJsxProps = ElementProps<
  CallLogList,
  Omit<CallLogListAttributes, 'source'> &
    Pick<CallLogListProperties, 'source' | 'filters'> &
    LowercaseEventHandlers<CallLogListEventMap>
>;

/** The props of `<call-log-filter>` in React 19 TSX. */
export type CallLogFilterJsxProps = ElementProps<
  CallLogFilter,
  CallLogFilterAttributes & Pick<CallLogFilterProperties, 'filters'> & LowercaseEventHandlers<CallLogFilterEventMap>
>;

/** The props of `<call-log-export>` in React 19 TSX (it fires no events of its own: the list fires the export's). */
export type CallLogExportJsxProps = ElementProps<CallLogExport, CallLogExportAttributes>;

/** The props of `<call-log-summary>` in React 19 TSX. */
export type CallLogSummaryJsxProps = ElementProps<CallLogSummary, CallLogSummaryAttributes & LowercaseEventHandlers<CallLogSummaryEventMap>>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'call-log-list': CallLogListJsxProps;
      'call-log-filter': CallLogFilterJsxProps;
      'call-log-export': CallLogExportJsxProps;
      'call-log-summary': CallLogSummaryJsxProps;
    }
  }
}
