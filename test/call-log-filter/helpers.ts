// Shared by the <call-log-filter> tests: controls found the way a person finds them, acting on them, the filter's
// event, a filter linked to a list, and accessible names.
import { fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.js';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { CallLogFilterChangeEvent } from '../../src/events/call-log-events.js';
import type { CallLogFilters } from '../../src/model/query.js';

export type Control = HTMLSelectElement | HTMLInputElement;

export const LABELS = ['Search', 'Type', 'Status', 'Direction', 'Category', 'With recording', 'User', 'Group', 'Date'];
export const PRESETS = ['All', 'Missed', 'Incoming', 'Outgoing'];

// Helpers: find controls the way a person does, by their visible label.

export function controls(filter: CallLogFilter): Control[] {
  return [...filter.shadowRoot!.querySelectorAll<Control>('select, input')];
}

export function labelOf(control: Control): string {
  return [...(control.labels ?? [])].map((label) => label.textContent!.trim()).join(' ');
}

export function byLabel<T extends Control = HTMLSelectElement>(filter: CallLogFilter, label: string): T {
  const found = controls(filter).find((control) => labelOf(control) === label);
  if (!found) throw new Error(`no control labelled "${label}"`);
  return found as T;
}

export function visibleLabels(filter: CallLogFilter): string[] {
  return controls(filter).map(labelOf);
}

export function buttons(filter: CallLogFilter, part: 'preset' | 'clear'): HTMLButtonElement[] {
  return [...filter.shadowRoot!.querySelectorAll<HTMLButtonElement>(`[part~="${part}"]`)];
}

export function preset(filter: CallLogFilter, name: string): HTMLButtonElement {
  const found = buttons(filter, 'preset').find((button) => button.textContent!.trim() === name);
  if (!found) throw new Error(`no preset "${name}"`);
  return found;
}

export function pressed(filter: CallLogFilter): string[] {
  return buttons(filter, 'preset')
    .filter((button) => button.getAttribute('aria-pressed') === 'true')
    .map((button) => button.textContent!.trim());
}

/** What a select shows: the text of its selected option. */
export function shown(select: HTMLSelectElement): string {
  return select.selectedOptions[0]?.textContent?.trim() ?? '';
}

/** Picks an option as a person would; the select fires `change`. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Resolves with the filters of the next `call-log-filter-change`, running `act` once the listener is on. */
export async function nextChange(filter: CallLogFilter, act: () => unknown): Promise<CallLogFilterChangeEvent> {
  const event = oneEvent(filter, CallLogFilterChangeEvent.eventName) as Promise<CallLogFilterChangeEvent>;
  await act();
  return event;
}

/** Counts `call-log-filter-change` events while the test runs. */
export function countChanges(filter: CallLogFilter): { count: number; last?: CallLogFilters } {
  const seen: { count: number; last?: CallLogFilters } = { count: 0 };
  filter.addEventListener(CallLogFilterChangeEvent.eventName, (event) => {
    seen.count += 1;
    seen.last = event.detail.filters;
  });
  return seen;
}

/**
 * A filter and a list side by side in the document, linked by `for`; with `urlState`, the filter's `url-state`
 * (`''` for the attribute without a value).
 */
export async function linkedPair(
  listAttributes = '',
  urlState?: string,
): Promise<{ filter: CallLogFilter; list: CallLogList }> {
  const wrapper = await fixture<HTMLDivElement>(
    // The attributes are test-controlled constants; lit's static html would need unsafeStatic for them anyway.
    html`<div>
      <call-log-filter for="calls" url-state=${ifDefined(urlState)}></call-log-filter>
      <call-log-list id="calls" source="demo"></call-log-list>
    </div>`,
  );
  const filter = wrapper.querySelector('call-log-filter')!;
  const list = wrapper.querySelector('call-log-list')!;
  for (const pair of listAttributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    list.setAttribute(name!, value);
  }
  await list.updateComplete;
  await filter.updateComplete;
  return { filter, list };
}

/** The accessible name of `element` as axe-core computes it (the accname algorithm, across shadow roots). */
export async function accessibleName(element: Element): Promise<string> {
  await import('axe-core');
  // axe-core registers itself on window; its `commons` helpers are not in its type definitions.
  const axe = (window as unknown as { axe: AxeForNames }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(element)).trim();
  } finally {
    axe.teardown();
  }
}

interface AxeForNames {
  setup(root: Node): void;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
}

/** The first element of a part in the filter's shadow root, or `null`. */
export function partOf<T extends HTMLElement = HTMLButtonElement>(filter: CallLogFilter, name: string): T | null {
  return filter.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** The element that has focus inside the filter's shadow root. */
export const focusedIn = (filter: CallLogFilter): Element | null => filter.shadowRoot!.activeElement;

/** A day as an ISO date in the page's time zone, as the date presets compute it: `days` after `date`. */
export function isoDay(date: Date, days = 0): string {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
