// <call-log-filter>: a linked filter shows the list's filters as they change, whoever changes them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { buttons, byLabel, choose, countChanges, linkedPair, nextChange, pressed, shown } from './helpers.js';

describe('<call-log-filter>', () => {
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
      await waitUntil(() => shown(byLabel(filter, 'Category')) === 'Meeting');
      filter.filters = { callCategory: 'call' };
      await filter.updateComplete;
      expect(shown(byLabel(filter, 'Category'))).to.equal('Meeting');
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
});
