// The elements inside a real Vue 3 app, as the README documents: `isCustomElement`, attributes, `:prop` and `.prop`
// bindings, `@event` listeners.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick, ref, type App } from 'vue';
import '../../src/define.js';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import {
  CallLogFilterChangeEvent,
  CallLogLoadEvent,
  CallLogSelectEvent,
} from '../../src/events/call-log-events.js';
import type { CallStatus } from '../../src/model/call-log.js';
import type { CallLogFilters } from '../../src/model/query.js';
import { rows, preset, settled } from './elements.js';

const TEMPLATE = `
  <call-log-filter for="vue-calls" fields="call-status presets clear" @call-log-filter-change="onFilterChange" />
  <call-log-list
    id="vue-calls"
    source="demo"
    load-more="button"
    :filters.prop="extra"
    :call-status="status"
    @call-log-load="onLoad"
    @call-log-select="onSelect"
  />
`;

describe('Vue 3', () => {
  let container: HTMLElement;
  let app: App | undefined;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
  });

  it('binds attributes and properties, applies filters, hands events to Vue handlers and unmounts cleanly', async () => {
    const warnings: string[] = [];
    const status = ref<CallStatus | undefined>('missed');
    const extra = ref<CallLogFilters>({ sessionType: 'audio' });
    const received = { load: [] as CallLogLoadEvent[], select: [] as CallLogSelectEvent[], change: [] as Event[] };
    app = createApp({
      template: TEMPLATE,
      setup: () => ({
        status,
        extra,
        onLoad: (event: CallLogLoadEvent) => received.load.push(event),
        onSelect: (event: CallLogSelectEvent) => received.select.push(event),
        onFilterChange: (event: CallLogFilterChangeEvent) => received.change.push(event),
      }),
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('call-log-');
    app.config.warnHandler = (message) => warnings.push(message);
    app.mount(container);

    const list = container.querySelector<CallLogList>('call-log-list')!;
    const filter = container.querySelector<CallLogFilter>('call-log-filter')!;
    expect(list.getAttribute('load-more')).to.equal('button');
    expect(list.callStatus).to.equal('missed');
    expect(list.sessionType, '.prop binding of an object').to.equal('audio');
    await waitUntil(() => filter.list === list, 'the filter links to the list');
    await settled(list);
    expect(list.items.length).to.be.greaterThan(0);
    expect(list.items.every((call) => call.status === 'missed' && call.type === 'audio')).to.equal(true);
    await waitUntil(() => received.load.length > 0, 'the @call-log-load handler is called');
    expect(received.load[0]).to.be.instanceOf(CallLogLoadEvent);

    // Reactive state reaches the element.
    status.value = 'ended';
    await nextTick();
    expect(list.callStatus).to.equal('ended');
    await settled(list);
    expect(list.items.every((call) => call.status === 'ended')).to.equal(true);

    // A person's choice in the filter: Vue's handler hears it and the list applies it.
    preset(filter, 'Outgoing').click();
    expect(received.change).to.have.length(1);
    expect(received.change[0]).to.be.instanceOf(CallLogFilterChangeEvent);
    await settled(list);
    expect(list.callDirection).to.equal('outgoing');

    rows(list)[0]!.querySelector<HTMLElement>('[part~="row-main"]')!.click();
    expect(received.select).to.have.length(1);
    expect(received.select[0]!.detail.callLog.sessionID).to.equal(list.items[0]!.sessionID);

    // Unmounted: the elements leave the page, and the filter lets go of the list.
    app.unmount();
    app = undefined;
    expect(container.childElementCount).to.equal(0);
    expect(list.isConnected).to.equal(false);
    expect(filter.list === null, 'the filter is unlinked').to.equal(true);
    expect(warnings, "Vue's warnings").to.deep.equal([]);
  });
});
