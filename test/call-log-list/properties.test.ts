// <call-log-list>: properties: any CallLogSource as the source.
import { expect } from '@open-wc/testing';
import { call, memoryList } from './helpers.js';

describe('<call-log-list>', () => {
  describe('properties', () => {
    it('takes any CallLogSource as the source property', async () => {
      const list = await memoryList([call({ sessionID: 'x' })]);
      expect(list.items.map((c) => c.sessionID)).to.deep.equal(['x']);
      expect(list.status).to.equal('complete');
    });
  });
});
