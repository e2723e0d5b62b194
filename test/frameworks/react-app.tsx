// React 19 apps for the framework tests: one with the @lit/react wrappers (call-log-elements/react), one with the
// plain tags (React 19 sets a prop as a property when the element has one, and `oncall-log-select` listens to
// `call-log-select`).
import { useState } from 'react';
import { CallLogFilter, CallLogList } from '../../src/react/index.js';
import type {
  CallLogFilterChangeEvent,
  CallLogLoadEvent,
  CallLogSelectEvent,
} from '../../src/events/call-log-events.js';
import type { CallLogFilters } from '../../src/model/query.js';
import type { CallStatus } from '../../src/model/call-log.js';

export interface Handlers {
  onLoad(event: CallLogLoadEvent): void;
  onSelect(event: CallLogSelectEvent): void;
  onFilterChange(event: CallLogFilterChangeEvent): void;
}

/** The wrappers, with the list's status filter held in React state and changed from outside. */
export let setWrapperStatus: (status: CallStatus | undefined) => void = () => {};

export function WrapperApp({ handlers }: { handlers: Handlers }) {
  const [status, setStatus] = useState<CallStatus | undefined>('missed');
  setWrapperStatus = setStatus;
  return (
    <main>
      <CallLogFilter htmlFor="react-calls" fields="call-status presets clear" onCallLogFilterChange={handlers.onFilterChange} />
      <CallLogList
        id="react-calls"
        source="demo"
        callStatus={status}
        loadMoreTrigger="button"
        onCallLogLoad={handlers.onLoad}
        onCallLogSelect={handlers.onSelect}
      />
    </main>
  );
}

export function PlainTagsApp({ handlers, filters }: { handlers: Handlers; filters: CallLogFilters }) {
  return (
    <main>
      <call-log-filter for="plain-calls" fields="presets" oncall-log-filter-change={handlers.onFilterChange} />
      <call-log-list
        id="plain-calls"
        source="demo"
        load-more="button"
        group-by="none"
        filters={filters}
        oncall-log-load={handlers.onLoad}
        oncall-log-select={handlers.onSelect}
      />
    </main>
  );
}
