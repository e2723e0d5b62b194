// <call-log-list>: the events a row fires: select and call back.
import { expect, oneEvent } from '@open-wc/testing';
import { call, memoryList, rowButtons } from './helpers.js';

describe('<call-log-list>', () => {
  describe('events', () => {
    it('fires call-log-select when a row is clicked', async () => {
      const list = await memoryList([call({ sessionID: 'a' }), call({ sessionID: 'b', initiatedAt: 10 })]);
      setTimeout(() => rowButtons(list)[1]!.click());
      const event = await oneEvent(list, 'call-log-select');
      expect(event.detail.callLog.sessionID).to.equal('b');
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    });

    it('fires call-log-call-back with the type and the other party', async () => {
      const list = await memoryList([call({ sessionID: 'a' })]);
      const [audio, video] = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="call-back-button"]')];
      expect(audio!.getAttribute('aria-label')).to.equal('Audio call Ana Lopez');
      setTimeout(() => video!.click());
      const { detail } = await oneEvent(list, 'call-log-call-back');
      expect(detail.type).to.equal('video');
      expect(detail.target).to.deep.equal({ entityType: 'user', uid: 'ana', name: 'Ana Lopez' });
      expect(detail.callLog.sessionID).to.equal('a');
    });
  });
});
