import { expect } from '@open-wc/testing';
import { call, memoryList, rows, settled } from './helpers.js';

// Frameworks set attributes written as strings in their templates as properties (Vue's `limit="10"`): the list
// reads such a string as the same attribute would.
describe('<call-log-list> settings given as strings', () => {
  it('reads limit, has-recording and refresh-interval set as string properties as their attributes', async () => {
    const calls = Array.from({ length: 5 }, (_, i) =>
      call({ sessionID: `c${i}`, initiatedAt: Math.floor(Date.now() / 1000) - 60 * (i + 1), hasRecording: i % 2 === 0 }),
    );
    const list = await memoryList(calls);
    list.loadMoreTrigger = 'button';
    list.limit = '2';
    list.hasRecording = 'true';
    list.refreshInterval = '0';
    await list.updateComplete;
    await settled(list);
    expect(list.error).to.equal(undefined);
    expect(rows(list)).to.have.length(2);
    expect(list.items.every((c) => c.hasRecording)).to.equal(true);
    list.limit = 'ten';
    await list.updateComplete;
    expect(list.error?.code).to.equal('INVALID_CONFIG');
    expect(list.error?.message).to.contain('"ten"');
  });
});
