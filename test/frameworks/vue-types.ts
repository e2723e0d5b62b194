// Type tests, checked by `tsc` (npm run typecheck), never run: Vue's GlobalComponents knows both tags' properties
// and events (`@call-log-select` is the `onCallLogSelect` prop), as Volar / vue-tsc use them in templates.
import type { GlobalComponents } from 'vue';
import type {} from '../../src/types/vue.js';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const list: Props<'call-log-list'> = {
  source: 'demo',
  callStatus: 'missed',
  groupBy: 'none',
  loadMoreTrigger: 'button',
  filters: { sessionType: 'video' },
  onCallLogSelect: (event) => event.detail.callLog.sessionID,
  onCallLogCallBack: (event) => event.detail.target.name,
  onCallLogLoad: (event) => event.detail.page,
};

export const filter: Props<'call-log-filter'> = {
  for: 'calls',
  fields: 'presets clear',
  onCallLogFilterChange: (event) => event.detail.filters,
};

export const summary: Props<'call-log-summary'> = {
  for: 'calls',
  period: 'week',
  onCallLogPeriodChange: (event) => event.detail.period,
};

// @ts-expect-error: not a period
export const badPeriod: Props<'call-log-summary'> = { period: 'year' };
// @ts-expect-error: not a status
export const badStatus: Props<'call-log-list'> = { callStatus: 'mised' };
// @ts-expect-error: a CallLogSelectEvent has no `filters`
export const badHandler: Props<'call-log-list'> = { onCallLogSelect: (event) => event.detail.filters };
