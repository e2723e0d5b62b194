// The elements inside a real Angular app: demo/angular's component (CUSTOM_ELEMENTS_SCHEMA, [property] bindings,
// (event) listeners), compiled in the browser and run without zone.js.
import '@angular/compiler';
import { enableProdMode, provideZonelessChangeDetection, type ApplicationRef } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { expect, waitUntil } from '@open-wc/testing';
import { CallHistoryComponent } from '../../demo/angular/call-history.component.js';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { CallLogFilterChangeEvent } from '../../src/events/call-log-events.js';
import { preset, settled } from './elements.js';

// No "running in development mode" line in the test output.
enableProdMode();

describe('Angular (zoneless, JIT)', () => {
  let app: ApplicationRef | undefined;

  afterEach(() => {
    app?.destroy();
    app = undefined;
    document.querySelector('app-call-history')?.remove();
  });

  it('binds properties, hands events to the component and is destroyed cleanly', async () => {
    document.body.append(document.createElement('app-call-history'));
    app = await bootstrapApplication(CallHistoryComponent, { providers: [provideZonelessChangeDetection()] });
    const component = app.components[0]!.instance as CallHistoryComponent;
    const host = document.querySelector('app-call-history')!;
    const list = host.querySelector<CallLogList>('call-log-list')!;
    const filter = host.querySelector<CallLogFilter>('call-log-filter')!;

    expect(list.getAttribute('load-more')).to.equal('button');
    await waitUntil(() => filter.list === list, 'the filter links to the list');
    await settled(list);
    expect(list.items.length).to.be.greaterThan(0);

    // [callStatus] and [filters] follow the component's signals.
    component.filters.set({ sessionType: 'video' });
    component.status.set('missed');
    app.tick();
    expect(list.callStatus).to.equal('missed');
    expect(list.sessionType).to.equal('video');
    await settled(list);
    expect(list.items.every((call) => call.status === 'missed' && call.type === 'video')).to.equal(true);

    // (call-log-filter-change) reaches the component; the list applies the change.
    preset(filter, 'Incoming').click();
    expect(component.filterChanges).to.have.length(1);
    expect(component.filterChanges[0]).to.be.instanceOf(CallLogFilterChangeEvent);
    await settled(list);
    expect(list.callDirection).to.equal('incoming');

    // (call-log-select) updates the component, and Angular shows it.
    await settled(list);
    const first = list.items[0]!;
    list.shadowRoot!.querySelector<HTMLElement>('[part~="row-main"]')!.click();
    await app.whenStable();
    expect(host.querySelector('.chosen')!.textContent).to.include(first.sessionID);

    // Destroyed: the elements leave the page, and the filter lets go of the list.
    app.destroy();
    app = undefined;
    expect(list.isConnected).to.equal(false);
    expect(filter.list === null, 'the filter is unlinked').to.equal(true);
  });
});
