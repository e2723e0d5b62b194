// 401/403 give the AUTH error, never retried as such; a new authToken, or a fresh one from tokenProvider, resumes the
// list where it stopped. Tokens are checked by the local API's `validTokens` switch, as an expiring token would be.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { scenario } from '../setup/calls-api.js';
import { ids, part, recordConsole, restList, rows, settled, visible } from './helpers.js';

describe('reliability: auth', () => {
  it('a new authToken after a 401 keeps the rows and asks again for the page that failed', async () => {
    const api = await scenario({ validTokens: ['first'] });
    const list = await restList(api.baseUrl, 'limit=5', 'first');
    await settled(list);
    const before = ids(list.items);
    await api.patch({ validTokens: ['second'] }); // the first token expires
    const failed = oneEvent(list, 'call-log-error');
    list.loadMore();
    expect((await failed).detail.error.code).to.equal('AUTH');
    expect((await api.state()).requests).to.equal(2); // AUTH is not retried
    await list.updateComplete;
    expect(rows(list)).to.have.length(5);
    expect(visible(part(list, 'error'))).to.equal(true);

    const loaded = oneEvent(list, 'call-log-load');
    list.authToken = 'second';
    expect((await loaded).detail.page).to.equal(2);
    expect(ids(list.items).slice(0, 5)).to.deep.equal(before);
    expect(new Set(ids(list.items)).size).to.equal(10);
    expect((await api.state()).lastQuery['page']).to.equal('2');
    expect(list.error).to.equal(undefined);
  });

  it('a new authToken while the list is fine changes the token and nothing else', async () => {
    const api = await scenario({ validTokens: ['first', 'second'] });
    const list = await restList(api.baseUrl, 'limit=5', 'first');
    await settled(list);
    const requests = (await api.state()).requests;
    list.authToken = 'second';
    await list.updateComplete;
    expect((await api.state()).requests).to.equal(requests);
    const loaded = oneEvent(list, 'call-log-load');
    list.loadMore();
    expect((await loaded).detail.page).to.equal(2);
  });

  it('tokenProvider: awaited once on a 401, the same page asked again with the fresh token, no error shown', async () => {
    const api = await scenario({ validTokens: ['fresh'] });
    let calls = 0;
    const errors: unknown[] = [];
    const list = document.createElement('call-log-list');
    list.tokenProvider = async () => {
      calls++;
      return 'fresh';
    };
    list.addEventListener('call-log-error', (event) => errors.push(event.detail.error));
    const loaded = oneEvent(list, 'call-log-load');
    Object.assign(list, { baseUrl: api.baseUrl, authToken: 'stale', limit: 5, loadMoreTrigger: 'button' });
    document.body.append(list);
    try {
      expect((await loaded).detail.page).to.equal(1);
      expect(calls).to.equal(1);
      expect(errors).to.deep.equal([]);
      expect(await api.state()).to.include({ requests: 2 });
      // Later pages go out with the fresh token.
      const next = oneEvent(list, 'call-log-load');
      list.loadMore();
      await next;
      expect(calls).to.equal(1);
      expect(new Set(ids(list.items)).size).to.equal(10);
    } finally {
      list.remove();
    }
  });

  it('tokenProvider: a token that expires on a later page is renewed, keeping the rows', async () => {
    const api = await scenario({ validTokens: ['one'] });
    const tokens = ['two'];
    const list = await restList(api.baseUrl, 'limit=5', 'one');
    list.tokenProvider = async () => tokens.shift()!;
    await settled(list);
    const before = ids(list.items);
    await api.patch({ validTokens: ['two'] });
    const loaded = oneEvent(list, 'call-log-load');
    list.loadMore();
    expect((await loaded).detail.page).to.equal(2);
    expect(ids(list.items).slice(0, 5)).to.deep.equal(before);
    expect(tokens).to.deep.equal([]);
  });

  it('tokenProvider: a token that expires before a check for new calls is renewed, and the new calls come in', async () => {
    const api = await scenario({ validTokens: ['one'] });
    const tokens = ['two'];
    const errors: unknown[] = [];
    const list = await restList(api.baseUrl, 'limit=5', 'one');
    list.tokenProvider = async () => tokens.shift()!;
    list.addEventListener('call-log-error', (event) => errors.push(event.detail.error));
    await settled(list);
    const before = ids(list.items);
    await api.patch({ validTokens: ['two'], insertNow: 2 });
    await list.refresh();
    expect(ids(list.items)).to.have.length(7);
    expect(ids(list.items).slice(2)).to.deep.equal(before);
    expect(tokens, 'the provider was asked').to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('tokenProvider: with no auth-token at all, the first token comes from it', async () => {
    const api = await scenario({ validTokens: ['from-provider'] });
    const list = document.createElement('call-log-list');
    list.tokenProvider = () => 'from-provider';
    list.baseUrl = api.baseUrl;
    const loaded = oneEvent(list, 'call-log-load');
    document.body.append(list);
    try {
      await loaded;
      expect(list.items.length).to.be.greaterThan(0);
      // The source's own first try had no token, so it never reached the server.
      expect((await api.state()).requests).to.equal(1);
    } finally {
      list.remove();
    }
  });

  it('tokenProvider: a token refused again shows the AUTH error after one call; Retry calls it once more', async () => {
    const api = await scenario({ status: 403 });
    let calls = 0;
    const list = document.createElement('call-log-list');
    list.tokenProvider = async () => `renewed-${++calls}`;
    Object.assign(list, { baseUrl: api.baseUrl, authToken: 'stale', limit: 5 });
    const failed = oneEvent(list, 'call-log-error');
    document.body.append(list);
    try {
      expect((await failed).detail.error).to.include({ code: 'AUTH', status: 403 });
      expect(calls).to.equal(1);
      expect((await api.state()).requests).to.equal(2);
      await list.updateComplete;
      const again = oneEvent(list, 'call-log-error');
      part(list, 'retry-button')!.click();
      await again;
      expect(calls).to.equal(2);
      expect((await api.state()).requests).to.equal(4);
    } finally {
      list.remove();
    }
  });

  it('tokenProvider: a provider that throws leaves the AUTH error, and nothing reaches the console', async () => {
    const api = await scenario({ status: 401 });
    const console = recordConsole();
    try {
      const list = document.createElement('call-log-list');
      list.tokenProvider = () => Promise.reject(new Error('provider secret detail'));
      Object.assign(list, { baseUrl: api.baseUrl, authToken: 'stale' });
      const failed = oneEvent(list, 'call-log-error');
      document.body.append(list);
      const { error } = (await failed).detail;
      expect(error).to.include({ code: 'AUTH' });
      expect(error.message).to.not.contain('provider secret detail');
      list.remove();
    } finally {
      expect(console.stop()).to.deep.equal([]);
    }
  });
});
