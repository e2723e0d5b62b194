// Type tests, checked by `tsc` (npm run typecheck), never run: React 19 TSX knows both tags' attributes, properties
// and `on…` event props, and the @lit/react wrappers' props.
import { CallLogFilter, CallLogList, CallLogSummary } from '../../src/react/index.js';
import type { CallLogSelectEvent } from '../../src/events/call-log-events.js';

export const plainTags = [
  <call-log-list
    key="a"
    source="demo"
    call-status="missed"
    session-type="video"
    has-recording
    limit={50}
    group-by="none"
    load-more="button"
    refresh-interval="30"
    hide="avatar call-back"
    collapse
    locale="de"
    strings='{"list.loadMore": "Older calls"}'
    filters={{ callDirection: 'incoming' }}
    oncall-log-select={(event) => event.detail.callLog.sessionID}
    oncall-log-call-back={(event) => event.detail.target.name}
    oncall-log-recording-open={(event) => event.preventDefault()}
    oncall-log-error={(event) => event.detail.error.code}
    oncall-log-load={(event) => event.detail.hasMore}
  />,
  <call-log-filter key="b" for="calls" fields="presets clear" locale="ar" oncall-log-filter-change={(event) => event.detail.filters} />,
  <call-log-summary key="s" for="calls" period="month" oncall-log-period-change={(event) => event.detail.period} />,
  <call-log-export key="x" for="calls" formats="csv" />,
  // @ts-expect-error: not a period
  <call-log-summary key="t" period="year" />,
  // @ts-expect-error: not a status
  <call-log-list key="c" call-status="mised" />,
  // @ts-expect-error: not a region
  <call-log-list key="d" region="mars" />,
  // @ts-expect-error: the handler gets a CallLogSelectEvent, which has no `filters`
  <call-log-list key="e" oncall-log-select={(event) => event.detail.filters} />,
];

export const wrappers = [
  <CallLogList
    key="a"
    source="demo"
    callStatus="missed"
    filters={{ sessionType: 'audio' }}
    onCallLogSelect={(event: CallLogSelectEvent) => event.detail.callLog}
    onCallLogCallBack={(event) => event.detail.type}
  />,
  <CallLogFilter key="b" htmlFor="calls" onCallLogFilterChange={(event) => event.detail.filters.callStatus} />,
  <CallLogSummary key="s" htmlFor="calls" period="week" onCallLogPeriodChange={(event) => event.detail.period} />,
  // @ts-expect-error: not a period
  <CallLogSummary key="t" period="year" />,
  // @ts-expect-error: the handler gets a CallLogFilterChangeEvent, which has no `callLog`
  <CallLogFilter key="c" onCallLogFilterChange={(event) => event.detail.callLog} />,
  // Render props for the parts of the rows: (call, view, { active, expanded }) => a React node.
  <CallLogList
    key="d"
    source="demo"
    renderLeading={(_call, view) => <span className="initial">{view.name[0]}</span>}
    renderTitle={(_call, view) => view.name}
    renderSubtitle={(call, view) => <small>{call.type} · {view.time}</small>}
    renderTrailing={(call, _view, { active }) => <button tabIndex={active ? 0 : -1}>{call.sessionID}</button>}
    renderDetails={(call, _view, { expanded }) => (expanded ? call.participantInfoList.length : null)}
    renderers={{ title: (call) => call.sessionID }}
  />,
  // @ts-expect-error: a render prop returns a React node, not a plain object
  <CallLogList key="e" renderSubtitle={(call) => ({ id: call.sessionID })} />,
  // @ts-expect-error: a view has no `sessionID` (the call has)
  <CallLogList key="f" renderTitle={(_call, view) => view.sessionID} />,
];
