import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../src/define.js';
import { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import { defineCallLogFilter } from '../../src/call-log-filter/define.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { CallLogError } from '../../src/errors/call-log-error.js';
import { CallLogFilterChangeEvent } from '../../src/events/call-log-events.js';
import type { CallLogFilters } from '../../src/request/query.js';

type Control = HTMLSelectElement | HTMLInputElement;

const LABELS = ['Type', 'Status', 'Direction', 'Category', 'With recording', 'User', 'Group'];
const PRESETS = ['All', 'Missed', 'Incoming', 'Outgoing'];

// Helpers: find controls the way a person does, by their visible label.

function controls(filter: CallLogFilter): Control[] {
  return [...filter.shadowRoot!.querySelectorAll<Control>('select, input')];
}

function labelOf(control: Control): string {
  return [...(control.labels ?? [])].map((label) => label.textContent!.trim()).join(' ');
}

function byLabel<T extends Control = HTMLSelectElement>(filter: CallLogFilter, label: string): T {
  const found = controls(filter).find((control) => labelOf(control) === label);
  if (!found) throw new Error(`no control labelled "${label}"`);
  return found as T;
}

function visibleLabels(filter: CallLogFilter): string[] {
  return controls(filter).map(labelOf);
}

function buttons(filter: CallLogFilter, part: 'preset' | 'clear'): HTMLButtonElement[] {
  return [...filter.shadowRoot!.querySelectorAll<HTMLButtonElement>(`[part~="${part}"]`)];
}

function preset(filter: CallLogFilter, name: string): HTMLButtonElement {
  const found = buttons(filter, 'preset').find((button) => button.textContent!.trim() === name);
  if (!found) throw new Error(`no preset "${name}"`);
  return found;
}

function pressed(filter: CallLogFilter): string[] {
  return buttons(filter, 'preset')
    .filter((button) => button.getAttribute('aria-pressed') === 'true')
    .map((button) => button.textContent!.trim());
}

/** What a select shows: the text of its selected option. */
function shown(select: HTMLSelectElement): string {
  return select.selectedOptions[0]?.textContent?.trim() ?? '';
}

/** Picks an option as a person would; the select fires `change`. */
function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Resolves with the filters of the next `call-log-filter-change`, running `act` once the listener is on. */
async function nextChange(filter: CallLogFilter, act: () => unknown): Promise<CallLogFilterChangeEvent> {
  const event = oneEvent(filter, CallLogFilterChangeEvent.eventName) as Promise<CallLogFilterChangeEvent>;
  await act();
  return event;
}

/** Counts `call-log-filter-change` events while the test runs. */
function countChanges(filter: CallLogFilter): { count: number; last?: CallLogFilters } {
  const seen: { count: number; last?: CallLogFilters } = { count: 0 };
  filter.addEventListener(CallLogFilterChangeEvent.eventName, (event) => {
    seen.count += 1;
    seen.last = event.detail.filters;
  });
  return seen;
}

/** A filter and a list side by side in the document, linked by `for`. */
async function linkedPair(listAttributes = ''): Promise<{ filter: CallLogFilter; list: CallLogList }> {
  const wrapper = await fixture<HTMLDivElement>(
    // The attributes are test-controlled constants; lit's static html would need unsafeStatic for them anyway.
    html`<div>
      <call-log-filter for="calls"></call-log-filter>
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
async function accessibleName(element: Element): Promise<string> {
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

describe('<call-log-filter>', () => {
  describe('controls and labels', () => {
    it('names every control by its visible label', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      expect(visibleLabels(filter)).to.deep.equal(LABELS);
      for (const label of LABELS) {
        const control = byLabel<Control>(filter, label);
        expect(await accessibleName(control), label).to.equal(label);
        expect(control.labels![0]!.checkVisibility(), `label "${label}" is visible`).to.equal(true);
      }
    });

    it('uses native controls: selects, a checkbox and text fields', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      for (const label of ['Type', 'Status', 'Direction', 'Category']) {
        expect(byLabel(filter, label).localName, label).to.equal('select');
      }
      expect(byLabel<HTMLInputElement>(filter, 'With recording').type).to.equal('checkbox');
      expect(byLabel<HTMLInputElement>(filter, 'User').type).to.equal('text');
      expect(byLabel<HTMLInputElement>(filter, 'Group').type).to.equal('text');
    });

    it('offers All plus each value, capitalised', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const options = (label: string) => [...byLabel(filter, label).options].map((option) => option.text.trim());
      expect(options('Type')).to.deep.equal(['All', 'Audio', 'Video']);
      expect(options('Status')).to.deep.equal([
        'All',
        'Ongoing',
        'Busy',
        'Rejected',
        'Cancelled',
        'Ended',
        'Missed',
        'Initiated',
        'Unanswered',
      ]);
      expect(options('Direction')).to.deep.equal(['All', 'Incoming', 'Outgoing']);
      expect(options('Category')).to.deep.equal(['All', 'Call', 'Meet', 'Presenter']);
    });

    it('has the preset buttons and Clear, with All pressed when nothing is filtered', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      expect(buttons(filter, 'preset').map((button) => button.textContent!.trim())).to.deep.equal(PRESETS);
      expect(pressed(filter)).to.deep.equal(['All']);
      expect(buttons(filter, 'clear').map((button) => button.textContent!.trim())).to.deep.equal(['Clear']);
      for (const button of [...buttons(filter, 'preset'), ...buttons(filter, 'clear')]) {
        expect(button.type).to.equal('button');
      }
    });

    it('exposes the named parts', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const count = (part: string) => filter.shadowRoot!.querySelectorAll(`[part~="${part}"]`).length;
      expect(count('base')).to.equal(1);
      expect(count('field')).to.equal(7);
      expect(count('label')).to.equal(7);
      expect(count('control')).to.equal(7);
      expect(count('presets')).to.equal(1);
      expect(count('preset')).to.equal(4);
      expect(count('clear')).to.equal(1);
    });
  });

  describe('fields', () => {
    it('shows only the controls listed, in their usual order', async () => {
      const filter = await fixture<CallLogFilter>(
        html`<call-log-filter fields="uid clear call-status"></call-log-filter>`,
      );
      expect(visibleLabels(filter)).to.deep.equal(['Status', 'User']);
      expect(buttons(filter, 'preset')).to.have.length(0);
      expect(buttons(filter, 'clear')).to.have.length(1);
    });

    it('ignores unknown tokens', async () => {
      const filter = await fixture<CallLogFilter>(
        html`<call-log-filter fields="presets  bogus SESSION-TYPE has_recording"></call-log-filter>`,
      );
      expect(visibleLabels(filter)).to.deep.equal(['Type']);
      expect(buttons(filter, 'preset')).to.have.length(4);
      expect(buttons(filter, 'clear')).to.have.length(0);
    });

    it('shows no control for an empty value, and every control without the attribute', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter fields=""></call-log-filter>`);
      expect(controls(filter)).to.have.length(0);
      expect(filter.shadowRoot!.querySelectorAll('button')).to.have.length(0);
      filter.removeAttribute('fields');
      await elementUpdated(filter);
      expect(visibleLabels(filter)).to.deep.equal(LABELS);
    });

    it('follows changes of the attribute', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter fields="presets"></call-log-filter>`);
      filter.setAttribute('fields', 'call-direction has-recording');
      await elementUpdated(filter);
      expect(visibleLabels(filter)).to.deep.equal(['Direction', 'With recording']);
      expect(buttons(filter, 'preset')).to.have.length(0);
    });
  });

  describe('changes by a person', () => {
    it('fires a bubbling, composed, cancelable call-log-filter-change from a select', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const event = await nextChange(filter, () => choose(byLabel(filter, 'Type'), 'video'));
      expect(event).to.be.instanceOf(CallLogFilterChangeEvent);
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(event.detail.filters).to.deep.equal({ sessionType: 'video' });
    });

    it('gives the complete new set from each select', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      let event = await nextChange(filter, () => choose(byLabel(filter, 'Status'), 'busy'));
      expect(event.detail.filters).to.deep.equal({ callStatus: 'busy' });
      event = await nextChange(filter, () => choose(byLabel(filter, 'Direction'), 'outgoing'));
      expect(event.detail.filters).to.deep.equal({ callStatus: 'busy', callDirection: 'outgoing' });
      event = await nextChange(filter, () => choose(byLabel(filter, 'Category'), 'meet'));
      expect(event.detail.filters).to.deep.equal({ callStatus: 'busy', callDirection: 'outgoing', callCategory: 'meet' });
      event = await nextChange(filter, () => choose(byLabel(filter, 'Status'), ''));
      expect(event.detail.filters, 'All leaves the filter unset').to.deep.equal({
        callDirection: 'outgoing',
        callCategory: 'meet',
      });
      expect(filter.filters).to.deep.equal({ callDirection: 'outgoing', callCategory: 'meet' });
    });

    it('sets hasRecording when "With recording" is checked, and unsets it (not false) when unchecked', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const checkbox = byLabel<HTMLInputElement>(filter, 'With recording');
      let event = await nextChange(filter, () => checkbox.click());
      expect(event.detail.filters).to.deep.equal({ hasRecording: true });
      event = await nextChange(filter, () => checkbox.click());
      expect(event.detail.filters).to.deep.equal({});
      expect(event.detail.filters).not.to.have.property('hasRecording');
    });

    it('applies the User field on Enter, not on each keystroke', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const seen = countChanges(filter);
      byLabel<HTMLInputElement>(filter, 'User').focus();
      await sendKeys({ type: 'aisha.khan' });
      expect(seen.count, 'typing fires nothing').to.equal(0);
      const event = await nextChange(filter, () => sendKeys({ press: 'Enter' }));
      expect(event.detail.filters).to.deep.equal({ uid: 'aisha.khan' });
      expect(seen.count).to.equal(1);
    });

    it('applies the Group field when it loses focus, trimmed; emptied, it unsets the filter', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const group = byLabel<HTMLInputElement>(filter, 'Group');
      group.focus();
      await sendKeys({ type: '  design-team ' });
      let event = await nextChange(filter, () => sendKeys({ press: 'Tab' }));
      expect(event.detail.filters).to.deep.equal({ guid: 'design-team' });
      await filter.updateComplete;
      expect(group.value).to.equal('design-team');
      group.focus();
      group.select();
      await sendKeys({ press: 'Backspace' });
      event = await nextChange(filter, () => sendKeys({ press: 'Enter' }));
      expect(event.detail.filters).to.deep.equal({});
    });

    it('fires nothing when only spaces are typed into an empty field', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const seen = countChanges(filter);
      const user = byLabel<HTMLInputElement>(filter, 'User');
      user.focus();
      await sendKeys({ type: '   ' });
      await sendKeys({ press: 'Enter' });
      await filter.updateComplete;
      expect(seen.count).to.equal(0);
      expect(user.value).to.equal('');
    });
  });

  describe('presets and Clear', () => {
    it('Missed sets the status and drops the direction, keeping other filters', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { sessionType: 'video', callDirection: 'incoming', callStatus: 'ended' };
      await filter.updateComplete;
      const event = await nextChange(filter, () => preset(filter, 'Missed').click());
      expect(event.detail.filters).to.deep.equal({ sessionType: 'video', callStatus: 'missed' });
      await filter.updateComplete;
      expect(pressed(filter)).to.deep.equal(['Missed']);
      expect(shown(byLabel(filter, 'Status'))).to.equal('Missed');
      expect(shown(byLabel(filter, 'Direction'))).to.equal('All');
    });

    it('Incoming and Outgoing set the direction and drop the status', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { callStatus: 'missed', uid: 'aisha.khan' };
      await filter.updateComplete;
      let event = await nextChange(filter, () => preset(filter, 'Incoming').click());
      expect(event.detail.filters).to.deep.equal({ uid: 'aisha.khan', callDirection: 'incoming' });
      await filter.updateComplete;
      expect(pressed(filter)).to.deep.equal(['Incoming']);
      event = await nextChange(filter, () => preset(filter, 'Outgoing').click());
      expect(event.detail.filters).to.deep.equal({ uid: 'aisha.khan', callDirection: 'outgoing' });
      await filter.updateComplete;
      expect(pressed(filter)).to.deep.equal(['Outgoing']);
    });

    it('All clears every filter', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { callStatus: 'missed', hasRecording: true, guid: 'book-club' };
      await filter.updateComplete;
      expect(pressed(filter)).to.deep.equal(['Missed']);
      const event = await nextChange(filter, () => preset(filter, 'All').click());
      expect(event.detail.filters).to.deep.equal({});
      await filter.updateComplete;
      expect(pressed(filter)).to.deep.equal(['All']);
      expect(byLabel<HTMLInputElement>(filter, 'With recording').checked).to.equal(false);
      expect(byLabel<HTMLInputElement>(filter, 'Group').value).to.equal('');
    });

    it('marks no preset when the filters match none', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { callStatus: 'missed', callDirection: 'incoming' };
      await filter.updateComplete;
      expect(pressed(filter)).to.deep.equal([]);
      expect(buttons(filter, 'preset').every((button) => button.getAttribute('aria-pressed') === 'false')).to.equal(true);
    });

    it('fires nothing when the active preset is pressed again', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const seen = countChanges(filter);
      preset(filter, 'All').click();
      await filter.updateComplete;
      expect(seen.count).to.equal(0);
    });

    it('Clear clears every filter', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { sessionType: 'audio', callCategory: 'meet', uid: 'wei.zhang' };
      await filter.updateComplete;
      const event = await nextChange(filter, () => buttons(filter, 'clear')[0]!.click());
      expect(event.detail.filters).to.deep.equal({});
      expect(filter.filters).to.deep.equal({});
    });
  });

  describe('filters property', () => {
    it('shows filters set from code and fires nothing', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      const seen = countChanges(filter);
      filter.filters = { sessionType: 'video', callStatus: 'missed', hasRecording: true, uid: 'noah.cohen' };
      await filter.updateComplete;
      expect(seen.count).to.equal(0);
      expect(shown(byLabel(filter, 'Type'))).to.equal('Video');
      expect(shown(byLabel(filter, 'Status'))).to.equal('Missed');
      expect(byLabel<HTMLInputElement>(filter, 'With recording').checked).to.equal(true);
      expect(byLabel<HTMLInputElement>(filter, 'User').value).to.equal('noah.cohen');
      expect(filter.filters).to.deep.equal({
        sessionType: 'video',
        callStatus: 'missed',
        hasRecording: true,
        uid: 'noah.cohen',
      });
    });

    it('drops a limit and throws a CallLogError for a bad value', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { callCategory: 'call', limit: 10 } as CallLogFilters;
      expect(filter.filters).to.deep.equal({ callCategory: 'call' });
      expect(() => (filter.filters = { callStatus: 'lost' } as unknown as CallLogFilters)).to.throw(CallLogError);
      expect(filter.filters).to.deep.equal({ callCategory: 'call' });
    });

    it('returns a copy', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.filters = { callCategory: 'call' };
      filter.filters.callCategory = 'meet';
      expect(filter.filters).to.deep.equal({ callCategory: 'call' });
    });
  });

  describe('linking', () => {
    it('links by for to a list in the document and applies changes to it', async () => {
      const { filter, list } = await linkedPair();
      expect(filter.list).to.equal(list);
      const event = await nextChange(filter, () => choose(byLabel(filter, 'Status'), 'missed'));
      expect(event.detail.filters).to.deep.equal({ callStatus: 'missed' });
      expect(list.filters).to.deep.include({ callStatus: 'missed' });
      await list.updateComplete;
      expect(list.getAttribute('call-status'), "the list's attribute follows").to.equal('missed');
    });

    it('links within a shadow root, not to a list of the same id outside it', async () => {
      const outside = await fixture<HTMLDivElement>(
        html`<div><call-log-list id="calls" source="demo"></call-log-list><div class="host"></div></div>`,
      );
      const root = outside.querySelector('.host')!.attachShadow({ mode: 'open' });
      render(
        html`<call-log-list id="calls" source="demo"></call-log-list>
          <call-log-filter for="calls"></call-log-filter>`,
        root,
      );
      const filter = root.querySelector('call-log-filter')!;
      const inner = root.querySelector('call-log-list')!;
      expect(filter.list).to.equal(inner);
      await filter.updateComplete;
      await nextChange(filter, () => choose(byLabel(filter, 'Type'), 'audio'));
      expect(inner.filters).to.deep.include({ sessionType: 'audio' });
      expect(outside.querySelector('call-log-list')!.filters).not.to.have.property('sessionType');
    });

    it('links to a list that appears later', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><call-log-filter for="later"></call-log-filter></div>`);
      const filter = wrapper.querySelector('call-log-filter')!;
      expect(filter.list).to.equal(null);
      const list = document.createElement('call-log-list');
      list.setAttribute('source', 'demo');
      list.setAttribute('call-direction', 'outgoing');
      list.id = 'later';
      wrapper.append(list);
      await waitUntil(() => filter.list === list, 'the filter links to the new list');
      await waitUntil(() => shown(byLabel(filter, 'Direction')) === 'Outgoing', "it shows the list's filters");
    });

    it('links to a list that gets the id later, and unlinks when the list goes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <call-log-filter for="renamed"></call-log-filter>
          <call-log-list source="demo"></call-log-list>
        </div>`,
      );
      const filter = wrapper.querySelector('call-log-filter')!;
      const list = wrapper.querySelector('call-log-list')!;
      expect(filter.list).to.equal(null);
      list.id = 'renamed';
      await waitUntil(() => filter.list === list, 'links once the id matches');
      list.remove();
      await waitUntil(() => filter.list === null, 'unlinks once the list is gone');
    });

    it('re-links when for changes, and stops following the old list', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <call-log-list id="first" source="demo"></call-log-list>
          <call-log-list id="second" source="demo" call-category="meet"></call-log-list>
          <call-log-filter for="first"></call-log-filter>
        </div>`,
      );
      const filter = wrapper.querySelector('call-log-filter')!;
      const [first, second] = wrapper.querySelectorAll('call-log-list');
      expect(filter.list).to.equal(first);
      filter.setAttribute('for', 'second');
      expect(filter.list).to.equal(second);
      await filter.updateComplete;
      expect(shown(byLabel(filter, 'Category'))).to.equal('Meet');

      first!.filters = { sessionType: 'video' };
      await first!.updateComplete;
      await filter.updateComplete;
      expect(shown(byLabel(filter, 'Type')), 'the old list no longer drives it').to.equal('All');

      await nextChange(filter, () => choose(byLabel(filter, 'Direction'), 'incoming'));
      expect(second!.filters).to.deep.include({ callCategory: 'meet', callDirection: 'incoming' });
      expect(first!.filters).not.to.have.property('callDirection');

      filter.htmlFor = 'nowhere';
      expect(filter.list).to.equal(null);
    });

    it('links to the list it is placed in', async () => {
      const list = await fixture<CallLogList>(
        html`<call-log-list source="demo"><call-log-filter></call-log-filter></call-log-list>`,
      );
      const filter = list.querySelector('call-log-filter')!;
      expect(filter.list).to.equal(list);
      await nextChange(filter, () => preset(filter, 'Incoming').click());
      expect(list.filters).to.deep.include({ callDirection: 'incoming' });
    });

    it('links to no list when for is empty, not even the list it is placed in', async () => {
      const list = await fixture<CallLogList>(
        html`<call-log-list id="" source="demo"><call-log-filter for=""></call-log-filter></call-log-list>`,
      );
      expect(list.querySelector('call-log-filter')!.list).to.equal(null);
    });

    it('does not link to an element that is not a list', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><p id="calls">Not a list</p><call-log-filter for="calls"></call-log-filter></div>`,
      );
      expect(wrapper.querySelector('call-log-filter')!.list).to.equal(null);
    });

    it('links to a list whose element is defined later', async () => {
      // A list class of its own under a new tag: the element exists before its definition, as on a page whose
      // script loads late.
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <late-call-log-list id="late" source="demo" call-status="busy"></late-call-log-list>
          <call-log-filter for="late"></call-log-filter>
        </div>`,
      );
      const filter = wrapper.querySelector('call-log-filter')!;
      expect(filter.list).to.equal(null);
      const { CallLogList } = await import('../../src/call-log-list/call-log-list.js');
      customElements.define('late-call-log-list', class extends CallLogList {});
      const list = wrapper.querySelector('late-call-log-list');
      await waitUntil(() => filter.list === list, 'links once the element is upgraded');
      await waitUntil(() => shown(byLabel(filter, 'Status')) === 'Busy');
    });

    it('unlinks when disconnected and links again when put back', async () => {
      const { filter, list } = await linkedPair();
      const parent = filter.parentElement!;
      filter.remove();
      expect(filter.list).to.equal(null);
      list.filters = { callStatus: 'ended' };
      await list.updateComplete;
      await filter.updateComplete;
      expect(shown(byLabel(filter, 'Status')), 'a detached filter does not follow').to.equal('All');
      parent.append(filter);
      expect(filter.list).to.equal(list);
      await filter.updateComplete;
      expect(shown(byLabel(filter, 'Status'))).to.equal('Ended');
    });

    it('still fires its event when unlinked, for the page to use', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      expect(filter.list).to.equal(null);
      const event = await nextChange(filter, () => preset(filter, 'Outgoing').click());
      expect(event.detail.filters).to.deep.equal({ callDirection: 'outgoing' });
      await filter.updateComplete;
      expect(pressed(filter)).to.deep.equal(['Outgoing']);
    });
  });

  describe("showing the linked list's filters", () => {
    it('shows the filters set by attributes on the list', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <call-log-list
            id="calls"
            source="demo"
            session-type="video"
            call-status="missed"
            has-recording
            uid="aisha.khan"
          ></call-log-list>
          <call-log-filter for="calls"></call-log-filter>
        </div>`,
      );
      const filter = wrapper.querySelector('call-log-filter')!;
      await filter.updateComplete;
      expect(shown(byLabel(filter, 'Type'))).to.equal('Video');
      expect(shown(byLabel(filter, 'Status'))).to.equal('Missed');
      expect(byLabel<HTMLInputElement>(filter, 'With recording').checked).to.equal(true);
      expect(byLabel<HTMLInputElement>(filter, 'User').value).to.equal('aisha.khan');
      expect(pressed(filter)).to.deep.equal(['Missed']);
      expect(filter.filters).to.deep.equal({
        sessionType: 'video',
        callStatus: 'missed',
        hasRecording: true,
        uid: 'aisha.khan',
      });
    });

    it('marks a bad value set on the list as not valid, and keeps has-recording="false"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <call-log-list id="calls" source="demo" call-status="lost" has-recording="false"></call-log-list>
          <call-log-filter for="calls"></call-log-filter>
        </div>`,
      );
      const filter = wrapper.querySelector('call-log-filter')!;
      const list = wrapper.querySelector('call-log-list')!;
      await filter.updateComplete;
      expect(shown(byLabel(filter, 'Status'))).to.equal('Not valid');
      expect(byLabel(filter, 'Status').getAttribute('aria-invalid')).to.equal('true');
      expect(byLabel<HTMLInputElement>(filter, 'With recording').checked).to.equal(false);
      expect(filter.filters).to.deep.equal({ hasRecording: false });
      const event = await nextChange(filter, () => choose(byLabel(filter, 'Type'), 'audio'));
      expect(event.detail.filters).to.deep.equal({ hasRecording: false, sessionType: 'audio' });
      expect(list.filters).to.deep.equal({ hasRecording: false, sessionType: 'audio' });
    });

    it("follows changes of the list's attributes", async () => {
      const { filter, list } = await linkedPair();
      list.setAttribute('call-status', 'missed');
      await waitUntil(() => shown(byLabel(filter, 'Status')) === 'Missed', 'the Status select shows Missed');
      expect(pressed(filter)).to.deep.equal(['Missed']);
      list.setAttribute('guid', 'book-club');
      list.removeAttribute('call-status');
      await waitUntil(() => byLabel<HTMLInputElement>(filter, 'Group').value === 'book-club');
      expect(shown(byLabel(filter, 'Status'))).to.equal('All');
    });

    it("follows the list's filters property, and ignores its own filters property while linked", async () => {
      const { filter, list } = await linkedPair();
      const seen = countChanges(filter);
      list.filters = { callCategory: 'meet' };
      await waitUntil(() => shown(byLabel(filter, 'Category')) === 'Meet');
      filter.filters = { callCategory: 'call' };
      await filter.updateComplete;
      expect(shown(byLabel(filter, 'Category'))).to.equal('Meet');
      expect(list.filters).to.deep.include({ callCategory: 'meet' });
      expect(filter.filters).to.deep.equal({ callCategory: 'meet' });
      expect(seen.count).to.equal(0);
    });

    it("keeps the list's limit when a person changes the filters", async () => {
      const { filter, list } = await linkedPair('limit=10 call-status=busy');
      await waitUntil(() => shown(byLabel(filter, 'Status')) === 'Busy');
      const event = await nextChange(filter, () => buttons(filter, 'clear')[0]!.click());
      expect(event.detail.filters).to.deep.equal({});
      expect(list.filters).to.deep.equal({ limit: 10 });
      await list.updateComplete;
      expect(list.hasAttribute('call-status')).to.equal(false);
      expect(list.getAttribute('limit')).to.equal('10');
    });
  });

  describe('a linked list given a bad filter value', () => {
    /** Sets an attribute on the list and waits for the configuration error it causes. */
    async function breakList(list: CallLogList, name: string, value: string): Promise<void> {
      const error = oneEvent(list, 'call-log-error');
      list.setAttribute(name, value);
      expect((await error).detail.error.code).to.equal('INVALID_CONFIG');
    }

    it('marks the control not valid at once, with no preset pressed, and follows the list back', async () => {
      const { filter, list } = await linkedPair('call-status=missed');
      await waitUntil(() => shown(byLabel(filter, 'Status')) === 'Missed');
      await breakList(list, 'call-status', 'bogus');
      await filter.updateComplete;
      const status = byLabel(filter, 'Status');
      expect(shown(status)).to.equal('Not valid');
      expect(status.getAttribute('aria-invalid')).to.equal('true');
      expect(pressed(filter)).to.deep.equal([]);
      expect(filter.filters).to.deep.equal({});
      // Back to the value it had: the list's filters in force did not change, but the filter must follow.
      list.setAttribute('call-status', 'missed');
      await waitUntil(() => shown(byLabel(filter, 'Status')) === 'Missed', 'the Status select shows Missed again');
      expect(byLabel(filter, 'Status').getAttribute('aria-invalid')).to.equal('false');
      expect(pressed(filter)).to.deep.equal(['Missed']);
    });

    it("follows the list's other changes while the list is in error", async () => {
      const { filter, list } = await linkedPair();
      await breakList(list, 'call-status', 'bogus');
      list.setAttribute('session-type', 'video');
      await waitUntil(() => shown(byLabel(filter, 'Type')) === 'Video', 'the Type select shows Video');
      expect(shown(byLabel(filter, 'Status'))).to.equal('Not valid');
      expect(list.error?.code).to.equal('INVALID_CONFIG');
    });

    it('marks the checkbox and a text field too', async () => {
      const { filter, list } = await linkedPair('has-recording');
      await waitUntil(() => byLabel<HTMLInputElement>(filter, 'With recording').checked);
      await breakList(list, 'has-recording', 'maybe');
      list.setAttribute('uid', ' ');
      await waitUntil(() => byLabel(filter, 'User').getAttribute('aria-invalid') === 'true', 'User is marked');
      const recording = byLabel<HTMLInputElement>(filter, 'With recording');
      expect(recording.getAttribute('aria-invalid')).to.equal('true');
      expect(recording.checked).to.equal(false);
      expect(byLabel<HTMLInputElement>(filter, 'User').value).to.equal('');
      expect(byLabel(filter, 'Group').getAttribute('aria-invalid')).to.equal('false');
    });

    it('lets a person replace the bad value, choosing All too', async () => {
      const { filter, list } = await linkedPair('session-type=audio');
      await waitUntil(() => shown(byLabel(filter, 'Type')) === 'Audio');
      await breakList(list, 'call-status', 'bogus');
      await filter.updateComplete;
      const loaded = oneEvent(list, 'call-log-load');
      const event = await nextChange(filter, () => choose(byLabel(filter, 'Status'), ''));
      expect(event.detail.filters).to.deep.equal({ sessionType: 'audio' });
      await loaded;
      expect(list.error).to.equal(undefined);
      expect(list.hasAttribute('call-status')).to.equal(false);
      await filter.updateComplete;
      expect(shown(byLabel(filter, 'Status'))).to.equal('All');
      expect(byLabel(filter, 'Status').getAttribute('aria-invalid')).to.equal('false');
    });

    it('passes axe with a control marked not valid', async () => {
      const { filter, list } = await linkedPair();
      await breakList(list, 'call-direction', 'inbound');
      await filter.updateComplete;
      expect(byLabel(filter, 'Direction').getAttribute('aria-invalid')).to.equal('true');
      expect(await accessibleName(byLabel(filter, 'Direction'))).to.equal('Direction');
      await expect(filter).to.be.accessible();
    });
  });

  describe('cancelling', () => {
    it('leaves the list unchanged and shows its filters again', async () => {
      const { filter, list } = await linkedPair('call-direction=incoming');
      await waitUntil(() => shown(byLabel(filter, 'Direction')) === 'Incoming');
      filter.addEventListener(CallLogFilterChangeEvent.eventName, (event) => event.preventDefault());
      const before = list.filters;
      const direction = byLabel(filter, 'Direction');
      const event = await nextChange(filter, () => choose(direction, 'outgoing'));
      expect(event.defaultPrevented).to.equal(true);
      expect(list.filters).to.deep.equal(before);
      await filter.updateComplete;
      expect(shown(direction)).to.equal('Incoming');
      expect(filter.filters).to.deep.equal({ callDirection: 'incoming' });
    });

    it('puts a cancelled checkbox and text field back', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      filter.addEventListener(CallLogFilterChangeEvent.eventName, (event) => event.preventDefault());
      const checkbox = byLabel<HTMLInputElement>(filter, 'With recording');
      await nextChange(filter, () => checkbox.click());
      await filter.updateComplete;
      expect(checkbox.checked).to.equal(false);
      const user = byLabel<HTMLInputElement>(filter, 'User');
      user.focus();
      await sendKeys({ type: 'wei.zhang' });
      await nextChange(filter, () => sendKeys({ press: 'Enter' }));
      await filter.updateComplete;
      expect(user.value).to.equal('');
      expect(filter.filters).to.deep.equal({});
    });
  });

  describe('narrow', () => {
    async function narrowFilter(): Promise<CallLogFilter> {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"><call-log-filter></call-log-filter></div>`);
      const filter = wrapper.querySelector<CallLogFilter>('call-log-filter')!;
      await waitUntil(() => filter.shadowRoot!.querySelector('[part~="toggle"]'), 'no "Filters" button when narrow');
      return filter;
    }
    const fieldsBox = (filter: CallLogFilter) => filter.shadowRoot!.querySelector<HTMLElement>('.fields')!;

    it('folds the controls behind a "Filters" button, below the presets', async () => {
      const filter = await narrowFilter();
      const toggle = filter.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      expect(toggle.textContent!.trim()).to.equal('Filters');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(fieldsBox(filter).hidden).to.equal(true);
      expect(filter.shadowRoot!.querySelector('[part~="presets"]')!.checkVisibility()).to.equal(true);
      await expect(filter).to.be.accessible();
      toggle.click();
      await filter.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(fieldsBox(filter).hidden).to.equal(false);
      expect(toggle.compareDocumentPosition(fieldsBox(filter)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(filter).to.be.accessible();
    });

    it('counts the filters set on its button', async () => {
      const filter = await narrowFilter();
      filter.filters = { callStatus: 'missed', sessionType: 'video' };
      await filter.updateComplete;
      expect(filter.shadowRoot!.querySelector('[part~="toggle"]')!.textContent!.trim()).to.equal('Filters (2)');
    });

    it('counts a control the linked list holds a bad value for', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 360px">
          <call-log-filter for="narrow-calls"></call-log-filter>
          <call-log-list id="narrow-calls" source="demo" call-status="bogus"></call-log-list>
        </div>`,
      );
      const filter = wrapper.querySelector<CallLogFilter>('call-log-filter')!;
      const toggle = () => filter.shadowRoot!.querySelector('[part~="toggle"]')?.textContent?.trim();
      await waitUntil(() => toggle() === 'Filters (1)', 'the "Filters" button counts the bad value');
    });

    it('shows every control at once when wide', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><call-log-filter></call-log-filter></div>`);
      const filter = wrapper.querySelector<CallLogFilter>('call-log-filter')!;
      await filter.updateComplete;
      expect(filter.shadowRoot!.querySelector('[part~="toggle"]')).to.equal(null);
      expect(fieldsBox(filter).hidden).to.equal(false);
    });
  });

  describe('accessibility', () => {
    it('passes axe unlinked', async () => {
      const filter = await fixture<CallLogFilter>(html`<call-log-filter></call-log-filter>`);
      await expect(filter).to.be.accessible();
    });

    it('passes axe linked', async () => {
      const { filter } = await linkedPair();
      await expect(filter).to.be.accessible();
    });

    it('passes axe with filters set, a preset pressed', async () => {
      const { filter } = await linkedPair('call-status=missed has-recording uid=aisha.khan');
      await waitUntil(() => pressed(filter).includes('Missed'));
      await expect(filter).to.be.accessible();
    });
  });

  describe('defineCallLogFilter', () => {
    it('is safe to call again', () => {
      expect(() => defineCallLogFilter()).not.to.throw();
      expect(customElements.get('call-log-filter')).to.equal(CallLogFilter);
    });

    it('registers under another tag too', () => {
      defineCallLogFilter('my-call-filter');
      expect(document.createElement('my-call-filter')).to.be.instanceOf(CallLogFilter);
    });

    it('warns once, without throwing, when the tag belongs to another class', () => {
      customElements.define('taken-call-filter', class extends HTMLElement {});
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        defineCallLogFilter('taken-call-filter');
        defineCallLogFilter('taken-call-filter');
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('taken-call-filter');
    });
  });
});
