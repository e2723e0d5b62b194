// The elements inside a real React 19 app: the @lit/react wrappers (call-log-elements/react) and the plain tags.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type FunctionComponent } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import {
  CallLogFilterChangeEvent,
  CallLogLoadEvent,
  CallLogSelectEvent,
} from '../../src/events/call-log-events.js';
import { CALL_LOG_FILTER_EVENTS, CALL_LOG_LIST_EVENTS, CALL_LOG_SUMMARY_EVENTS } from '../../src/events/element-events.js';
import {
  CallLogFilter as CallLogFilterWrapper,
  CallLogList as CallLogListWrapper,
  CallLogSummary as CallLogSummaryWrapper,
} from '../../src/react/index.js';
import { PlainTagsApp, setWrapperStatus, WrapperApp, type Handlers } from './react-app.tsx';
import { rows, preset, settled } from './elements.js';

interface Received {
  load: CallLogLoadEvent[];
  select: CallLogSelectEvent[];
  filterChange: CallLogFilterChangeEvent[];
}

function recorder(): { handlers: Handlers; received: Received } {
  const received: Received = { load: [], select: [], filterChange: [] };
  return {
    received,
    handlers: {
      onLoad: (event) => received.load.push(event),
      onSelect: (event) => received.select.push(event),
      onFilterChange: (event) => received.filterChange.push(event),
    },
  };
}

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  flushSync(() => root.unmount());
  container.remove();
});

describe('React 19: the @lit/react wrappers', () => {
  it('sets properties, applies filters, hands events to React handlers and unmounts cleanly', async () => {
    const { handlers, received } = recorder();
    flushSync(() => root.render(createElement(WrapperApp, { handlers })));
    const list = container.querySelector<CallLogList>('call-log-list')!;
    const filter = container.querySelector<CallLogFilter>('call-log-filter')!;

    // Properties, set as properties.
    expect(list.callStatus).to.equal('missed');
    expect(list.loadMoreTrigger).to.equal('button');
    expect(filter.htmlFor).to.equal('react-calls');
    // The list's id is a property too, set in the same commit after the filter's `htmlFor`: the filter finds it.
    await waitUntil(() => filter.list === list, 'the filter links to the list');
    await settled(list);
    expect(list.items.length).to.be.greaterThan(0);
    expect(list.items.every((call) => call.status === 'missed')).to.equal(true);
    await waitUntil(() => received.load.length > 0, 'onCallLogLoad is called');
    expect(received.load[0]).to.be.instanceOf(CallLogLoadEvent);

    // A change of React state reaches the element.
    flushSync(() => setWrapperStatus('rejected'));
    expect(list.callStatus).to.equal('rejected');
    await settled(list);
    expect(list.items.every((call) => call.status === 'rejected')).to.equal(true);

    // A person's choice in the filter: the React handler hears it and the list applies it.
    preset(filter, 'Incoming').click();
    expect(received.filterChange).to.have.length(1);
    expect(received.filterChange[0]!.detail.filters.callDirection).to.equal('incoming');
    await settled(list);
    expect(list.callDirection).to.equal('incoming');

    // A row chosen: the React handler gets the typed event.
    rows(list)[0]!.querySelector<HTMLElement>('[part~="row-main"]')!.click();
    expect(received.select).to.have.length(1);
    expect(received.select[0]).to.be.instanceOf(CallLogSelectEvent);
    expect(received.select[0]!.detail.callLog.sessionID).to.equal(list.items[0]!.sessionID);

    // Unmounted: the elements leave the page, and the filter lets go of the list.
    flushSync(() => root.unmount());
    expect(container.childElementCount).to.equal(0);
    expect(list.isConnected).to.equal(false);
    expect(filter.list === null, 'the filter is unlinked').to.equal(true);
    root = createRoot(container);
  });

  it('has an `on…` prop for every event each element fires, named in camel case', () => {
    const wrappers = [
      { component: CallLogListWrapper, tag: 'call-log-list', events: CALL_LOG_LIST_EVENTS },
      { component: CallLogFilterWrapper, tag: 'call-log-filter', events: CALL_LOG_FILTER_EVENTS },
      { component: CallLogSummaryWrapper, tag: 'call-log-summary', events: CALL_LOG_SUMMARY_EVENTS },
    ];
    for (const { component, tag, events } of wrappers) {
      const names = events.map((eventClass) => eventClass.eventName);
      const heard: Event[] = [];
      // `call-log-select` is `onCallLogSelect`.
      const propOf = (name: string) => `on${name.split('-').map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}`;
      const props = Object.fromEntries(names.map((name) => [propOf(name), (event: Event) => heard.push(event)]));
      flushSync(() => root.render(createElement(component as FunctionComponent<Record<string, unknown>>, props)));
      const element = container.querySelector(tag)!;
      const sent = names.map((name) => new Event(name));
      for (const event of sent) element.dispatchEvent(event);
      expect(heard, tag).to.deep.equal(sent);
    }
  });
});

describe('React 19: the plain tags', () => {
  it('passes attributes, sets object properties, wires `on…` handlers and unmounts cleanly', async () => {
    const { handlers, received } = recorder();
    flushSync(() =>
      root.render(createElement(PlainTagsApp, { handlers, filters: { sessionType: 'video', callStatus: 'ended' } })),
    );
    const list = container.querySelector<CallLogList>('call-log-list')!;
    const filter = container.querySelector<CallLogFilter>('call-log-filter')!;

    expect(list.getAttribute('load-more')).to.equal('button');
    expect(list.groupBy).to.equal('none');
    expect(list.filters).to.deep.include({ sessionType: 'video', callStatus: 'ended' });
    await waitUntil(() => filter.list === list, 'the filter links to the list');
    await settled(list);
    expect(list.items.every((call) => call.type === 'video' && call.status === 'ended')).to.equal(true);
    await waitUntil(() => received.load.length > 0, 'oncall-log-load is called');

    preset(filter, 'Missed').click();
    expect(received.filterChange[0]!.detail.filters).to.include({ callStatus: 'missed' });
    await settled(list);
    expect(list.callStatus).to.equal('missed');

    rows(list)[0]!.querySelector<HTMLElement>('[part~="row-main"]')!.click();
    expect(received.select).to.have.length(1);
    expect(received.select[0]!.detail.callLog.status).to.equal('missed');

    // New props from React replace the object property.
    flushSync(() => root.render(createElement(PlainTagsApp, { handlers, filters: { callDirection: 'outgoing' } })));
    expect(list.filters).to.deep.equal({ callDirection: 'outgoing' });

    // Unmounted: the elements leave the page, and the filter lets go of the list.
    flushSync(() => root.unmount());
    expect(container.childElementCount).to.equal(0);
    expect(list.isConnected).to.equal(false);
    expect(filter.list === null, 'the filter is unlinked').to.equal(true);
    root = createRoot(container);
  });
});
