// <call-log-filter>: a linked list holding a bad filter value; the control is marked and a person can replace it.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { accessibleName, byLabel, choose, linkedPair, nextChange, pressed, shown } from './helpers.js';

describe('<call-log-filter>', () => {
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
});
