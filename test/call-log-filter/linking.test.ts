// <call-log-filter>: linking to a list, by `for` (in the document or a shadow root, found again as the page changes)
// or by being placed inside it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import type { CallLogFilter } from '../../src/call-log-filter/call-log-filter.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { byLabel, choose, linkedPair, nextChange, preset, pressed, shown } from './helpers.js';

describe('<call-log-filter>', () => {
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
      expect(shown(byLabel(filter, 'Category'))).to.equal('Meeting');

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
});
