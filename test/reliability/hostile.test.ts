// Hostile data and secrets: every string from the API is shown as text, only http(s) (and, for pictures,
// data:image/) URLs are used, and the auth token shows up nowhere but in the authToken header.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { scenario } from '../setup/calls-api.js';
import { catchEscapes, recordConsole, rows, settled, text } from './helpers.js';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './payloads.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const ALLOWED_TAGS = new Set([
  'div', 'slot', 'section', 'h3', 'h4', 'ul', 'li', 'button', 'span', 'img', 'time', 'p', 'a', 'audio', 'video',
  'svg', 'path', 'circle', 'rect',
]);

/** Wire items carrying the payloads in every string the API sends: ids, names, URLs, statuses. */
function hostileItems(): Record<string, unknown>[] {
  const now = Math.floor(Date.now() / 1000);
  const count = Math.max(TEXT_PAYLOADS.length, URL_PAYLOADS.length);
  return Array.from({ length: count }, (_, i) => {
    const word = TEXT_PAYLOADS[i % TEXT_PAYLOADS.length]!;
    const url = URL_PAYLOADS[i % URL_PAYLOADS.length]!;
    const group = i % 3 === 0;
    const them = group ? { guid: `${word}g${i}`, name: `${word} group`, icon: url } : { uid: `${word}u${i}`, name: word, avatar: url };
    return {
      sessionId: `${word}#${i}`,
      type: i % 2 ? 'video' : word,
      status: i % 4 ? 'ended' : word,
      mode: word,
      initiator: group ? `${word}u${i}` : them.uid,
      receiver: group ? them.guid : 'sam.rivera',
      receiverType: group ? 'group' : 'user',
      initiatedAt: now - 60 * (i + 1),
      endedAt: now - 60 * i - 5,
      totalDuration: word,
      hasRecording: true,
      participants: [{ uid: `${word}p${i}`, name: word, avatar: url, isJoined: true, joinedAt: now - 60 * (i + 1), totalDuration: 1 }],
      recordings: [{ rid: `${word}r${i}`, recording_url: url, duration: 30 }, { rid: `ok${i}`, recording_url: 'https://127.0.0.1:9/r.mp4', duration: 3 }],
      data: {
        entities: {
          initiator: { entityType: 'user', entity: group ? { uid: `${word}u${i}`, name: word, avatar: url } : them },
          receiver: group ? { entityType: 'group', entity: them } : { entityType: 'user', entity: { uid: 'sam.rivera', name: word } },
        },
      },
    };
  });
}

/** Resolves once an image that fails on a network round trip has failed: injected images would have failed too. */
async function imagesHaveFailed(): Promise<void> {
  const canary = document.createElement('img');
  canary.referrerPolicy = 'no-referrer';
  const failed = oneEvent(canary, 'error');
  canary.src = `/__calls-api/info?canary=${Math.random()}`;
  document.body.append(canary);
  await failed;
  canary.remove();
}

describe('reliability: hostile data', () => {
  it(`${TEXT_PAYLOADS.length} injection payloads in every field and ${URL_PAYLOADS.length} URLs: shown as text, no code runs, no element is added`, async () => {
    const escapes = catchEscapes();
    const added: string[] = [];
    const watcher = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) added.push(node.localName);
    });
    watcher.observe(document.head, { childList: true, subtree: true });
    const items = hostileItems();
    const names: string[] = [];
    let links = 0;
    let players = 0;
    // In batches, so that every row, its details open, stays near the viewport and renders.
    for (let start = 0; start < items.length; start += 6) {
      const batch = items.slice(start, start + 6);
      const api = await scenario({ items: batch });
      const list = await fixture<CallLogList>(
        html`<call-log-list .baseUrl=${api.baseUrl} .authToken=${'t'} viewer-uid="sam.rivera" group-by="none"></call-log-list>`,
      );
      await settled(list);
      expect(list.error).to.equal(undefined);
      expect(list.items).to.have.length(batch.length);
      await list.updateComplete;
      expect(rows(list)).to.have.length(batch.length);
      // Open every row's details, and play every playable recording.
      for (const button of list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="expand-button"]')) button.click();
      await list.updateComplete;
      for (const button of list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')) button.click();
      await list.updateComplete;
      for (const player of list.shadowRoot!.querySelectorAll<HTMLMediaElement>('audio, video')) player.pause();
      await imagesHaveFailed();

      const elements = [...list.shadowRoot!.querySelectorAll('*')];
      const tags = new Set(elements.map((el) => el.localName));
      expect([...tags].filter((tag) => !ALLOWED_TAGS.has(tag)), 'unexpected elements').to.deep.equal([]);
      for (const el of elements) {
        for (const name of el.getAttributeNames()) expect(name, el.localName).to.not.match(/^on/i);
      }
      names.push(...[...list.shadowRoot!.querySelectorAll('[part~="name"]')].map(text));
      // Links and media only http(s); pictures also data:image/; links open apart, pictures send no referrer.
      for (const a of list.shadowRoot!.querySelectorAll('a')) {
        links++;
        expect(new URL(a.href).protocol).to.be.oneOf(['http:', 'https:']);
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.target).to.equal('_blank');
      }
      for (const img of list.shadowRoot!.querySelectorAll('img')) {
        const src = img.getAttribute('src')!;
        expect(src.startsWith('data:image/') || /^https?:$/.test(new URL(src).protocol), src).to.equal(true);
        expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      }
      for (const player of list.shadowRoot!.querySelectorAll<HTMLMediaElement>('audio, video')) {
        players++;
        expect(new URL(player.src).protocol).to.be.oneOf(['http:', 'https:']);
      }
      list.remove();
    }
    watcher.disconnect();

    expect(window.__pwned).to.equal(undefined);
    expect(escapes.stop()).to.deep.equal([]);
    expect(added.filter((tag) => tag !== 'img'), 'elements added to the document head').to.deep.equal([]);
    // Names are text: every payload is shown as written.
    for (const payload of TEXT_PAYLOADS) expect(names.join('\n')).to.contain(payload.replace(/\s+/g, ' ').trim());
    expect(links).to.be.at.least(items.length);
    expect(players).to.be.at.least(items.length);
  });
});

describe('reliability: secrets', () => {
  const SECRET = `tok-${Math.random().toString(36).slice(2)}-SECRET`;
  const RENEWED = `tok-${Math.random().toString(36).slice(2)}-RENEWED`;

  it('the auth token is in no attribute, event, message, console line or URL: only in the authToken header', async () => {
    const console = recordConsole();
    const seen: string[] = [];
    const record = (event: Event) => {
      const detail = (event as CustomEvent).detail as Record<string, unknown>;
      const error = detail['error'] as Error | undefined;
      seen.push(JSON.stringify(detail), error ? `${error.message} ${error.stack} ${String(error.cause)}` : '');
    };
    const types = ['call-log-load', 'call-log-error', 'call-log-select', 'call-log-call-back', 'call-log-recording-open'];
    for (const type of types) document.addEventListener(type, record);
    const headers: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      headers.push(new Headers(init?.headers).get('authToken') ?? '');
      return realFetch(input, init);
    };
    const api = await scenario({
      validTokens: [SECRET],
      status: 500,
      times: 1,
      errorBody: { error: { code: 'ERR', message: `token ${SECRET} broke it` } },
    });
    try {
      // 1. A server error echoing the token (not retried here), then Retry loads.
      const list = document.createElement('call-log-list');
      Object.assign(list, { baseUrl: api.baseUrl, authToken: SECRET, limit: 5, loadMoreTrigger: 'button', retryOptions: false });
      const failed = oneEvent(list, 'call-log-error');
      document.body.append(list);
      await failed;
      await list.updateComplete;
      seen.push(list.error!.message, list.shadowRoot!.innerHTML);
      list.retry();
      await oneEvent(list, 'call-log-load');
      // 2. Rows are selected and called back.
      await list.updateComplete;
      list.shadowRoot!.querySelector<HTMLElement>('.row-main')!.click();
      list.shadowRoot!.querySelector<HTMLElement>('[part~="call-back-button"]')!.click();
      // 3. The token expires; a 401 that echoes it; the provider's token is refused too (then accepted).
      await api.patch({ validTokens: [RENEWED], status: 401, times: 2, errorBody: { error: { message: `Token ${SECRET} expired` } } });
      list.tokenProvider = async () => RENEWED;
      const refused = oneEvent(list, 'call-log-error');
      list.loadMore();
      await refused;
      await list.updateComplete;
      seen.push(list.error!.message, list.shadowRoot!.innerHTML);
      const loaded = oneEvent(list, 'call-log-load');
      list.retry();
      await loaded;
      // 4. A network failure and a timeout.
      await api.patch({ status: null, reset: true, times: 1 });
      const dropped = oneEvent(list, 'call-log-error');
      list.loadMore();
      await dropped;
      seen.push(list.error!.message);
      list.retry();
      await settled(list);
      seen.push(list.outerHTML, list.shadowRoot!.innerHTML, ...list.getAttributeNames().map((name) => list.getAttribute(name)!));
      list.remove();
    } finally {
      for (const type of types) document.removeEventListener(type, record);
      window.fetch = realFetch;
    }
    const logged = console.stop();
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    const state = await api.state();
    expect(urls.some((url) => url.includes(api.name))).to.equal(true);
    expect(headers).to.include(SECRET).and.include(RENEWED);
    expect(logged, 'console').to.deep.equal([]);
    for (const secret of [SECRET, RENEWED]) {
      // (The scenario's switches name the tokens: they are the test's own set-up, not what the list sent.)
      for (const place of [...seen, ...urls, JSON.stringify(state.lastQuery)]) expect(place).to.not.contain(secret);
    }
  });
});
