// An Angular component that uses the elements: CUSTOM_ELEMENTS_SCHEMA lets the template hold custom tags;
// [property] binds a property, [attr.name] an attribute, (event) listens to an element's event.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { CallLogFilterChangeEvent, CallLogSelectEvent } from '../../src/events/call-log-events.js';
import type { CallLogFilters } from '../../src/model/query.js';
import type { CallStatus } from '../../src/model/call-log.js';
import '../../src/define.js';

@Component({
  selector: 'app-call-history',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <call-log-filter for="angular-calls" fields="call-status call-direction presets clear"
      (call-log-filter-change)="onFilterChange($event)"></call-log-filter>
    <call-log-list
      id="angular-calls"
      source="demo"
      load-more="button"
      [filters]="filters()"
      [callStatus]="status()"
      (call-log-select)="onSelect($event)"
    ></call-log-list>
    <p class="chosen" aria-live="polite">{{ chosen() }}</p>
  `,
  styles: `
    call-log-filter { border-bottom: 1px solid var(--page-border); }
    call-log-list { --call-log-max-height: 60vh; }
    .chosen { margin: 0; padding: 0.75rem 1rem; border-top: 1px solid var(--page-border); }
  `,
})
export class CallHistoryComponent {
  /** Read by the template: the list's status filter and other filters. */
  readonly status = signal<CallStatus | undefined>(undefined);
  readonly filters = signal<CallLogFilters>({});
  readonly chosen = signal('Choose a call.');
  readonly filterChanges: CallLogFilterChangeEvent[] = [];

  onSelect(event: Event): void {
    const { callLog } = (event as CallLogSelectEvent).detail;
    this.chosen.set(`Chosen: the ${callLog.type} call ${callLog.sessionID} (${callLog.status}).`);
  }

  onFilterChange(event: Event): void {
    this.filterChanges.push(event as CallLogFilterChangeEvent);
  }
}
