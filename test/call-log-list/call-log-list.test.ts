import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLogErrorEvent } from '../../src/events/call-log-events.js';
import type { CallLog } from '../../src/model/call-log.js';
import type { CallLogSource } from '../../src/sources/call-log-source.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { MemoryCallLogSource } from '../../src/sources/memory-source.js';
import { apiInfo, scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { call, memoryList, part, PICTURE, rowButtons, rows, settled, shown, text, VIEWER, visible } from './helpers.js';

describe('<call-log-list>', () => {
  describe('source="demo"', () => {
    it('shows the first 30 demo calls, newest first, from the demo viewer\'s side', async () => {
      const list = await fixture<CallLogList>(html`<call-log-list source="demo"></call-log-list>`);
      const { detail } = await oneEvent(list, 'call-log-load');
      expect(detail.page).to.equal(1);
      expect(detail.items).to.have.length(30);
      expect(detail.hasMore).to.equal(true);
      expect(shown(list)).to.deep.equal(detail.items.map((c: CallLog) => c.sessionID));
      const times = list.items.map((c) => c.initiatedAt);
      expect([...times].sort((a, b) => b - a)).to.deep.equal(times);
      expect(text(list.shadowRoot!.querySelector('[part~="name"]'))).to.not.contain('Sam Rivera');
      await expect(list).to.be.accessible();
    });
  });

  describe('the CometChat REST source', () => {
    it('loads from base-url with auth-token over HTTP, sending the token in the header', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} viewer-uid=${VIEWER} limit="10" load-more="button"></call-log-list>`,
      );
      await settled(list);
      expect(list.status).to.equal('ready');
      expect(rows(list)).to.have.length(10);
      const state = await api.state();
      expect(state.lastHeaders.authtoken).to.equal(true);
      expect(state.lastQuery).to.include({ perPage: '10', page: '1' });
    });

    it('keeps the auth token out of the attributes it writes', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(html`<call-log-list base-url=${api.baseUrl}></call-log-list>`);
      list.authToken = 'secret-token-xyz';
      await settled(list);
      expect(list.outerHTML).to.not.contain('secret-token-xyz');
    });

    it('builds the CometChat URL from app-id and region', async () => {
      const list = await fixture<CallLogList>(html`<call-log-list app-id="abc123" region="eu"></call-log-list>`);
      await settled(list);
      expect(list.error?.code).to.equal('INVALID_CONFIG');
      expect(list.error?.message).to.contain('auth token');
    });
  });

  describe('configuration errors', () => {
    const bad: [string, string, string][] = [
      ['call-status', 'mised', '"missed"'],
      ['session-type', 'vidoe', '"audio", "video"'],
      ['call-category', 'webinar', '"call", "meet"'],
      ['call-direction', 'inbound', '"incoming", "outgoing"'],
      ['has-recording', 'maybe', 'true or false'],
      ['limit', 'abc', 'integer from 1 to 100'],
      ['limit', '0', 'integer from 1 to 100'],
      ['region', 'mars', '"us", "eu", "in"'],
      ['group-by', 'week', '"day", "none"'],
      ['load-more', 'auto', '"scroll", "button"'],
      ['refresh-interval', '-5', 'seconds'],
      ['locale', 'en_US!', 'BCP 47'],
      ['source', 'firebase', '"demo"'],
    ];
    for (const [attribute, value, allowed] of bad) {
      it(`${attribute}="${value}" shows an error naming the attribute, the value and what is allowed, and makes no request`, async () => {
        const api = await scenario({});
        const list = document.createElement('call-log-list');
        list.setAttribute('base-url', api.baseUrl);
        list.setAttribute('auth-token', TEST_TOKEN);
        list.setAttribute('app-id', 'app');
        list.setAttribute(attribute, value);
        const errored = oneEvent(list, 'call-log-error');
        const parent = await fixture<HTMLDivElement>(html`<div></div>`);
        parent.append(list);
        const { detail } = (await errored) as CallLogErrorEvent;
        expect(detail.error.code).to.equal('INVALID_CONFIG');
        for (const part of [attribute, value, allowed]) expect(detail.error.message).to.contain(part);
        expect(list.status).to.equal('error');
        expect(text(part(list, 'error'))).to.contain(attribute);
        expect(part(list, 'retry-button')).to.equal(null);
        expect((await api.state()).requests).to.equal(0);
        await expect(list).to.be.accessible();
      });
    }

    it('loads once the bad attribute is fixed', async () => {
      const list = await fixture<CallLogList>(html`<call-log-list source="demo" call-status="mised"></call-log-list>`);
      await settled(list);
      expect(list.error?.code).to.equal('INVALID_CONFIG');
      list.setAttribute('call-status', 'missed');
      await settled(list);
      await waitUntil(() => list.items.length > 0);
      expect(list.items.every((c) => c.status === 'missed')).to.equal(true);
      expect(list.error).to.equal(undefined);
    });

    it('names the missing configuration when there is no source at all', async () => {
      const list = await fixture<CallLogList>(html`<call-log-list></call-log-list>`);
      await settled(list);
      expect(list.error?.code).to.equal('INVALID_CONFIG');
      expect(list.error?.message).to.contain('source="demo"');
      expect(list.error?.message).to.contain('app-id');
    });

    it('clamps a limit above 100 to 100', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="500"></call-log-list>`,
      );
      await settled(list);
      expect((await api.state()).lastQuery['perPage']).to.equal('100');
      expect(list.items).to.have.length(100);
    });
  });

  describe('a call status the list does not know', () => {
    /** A wire call from the local API's recorded shape, 5:30 long, with the given status fields. */
    async function wireCall(sessionId: string, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
      const page = (await (await fetch('/test/fixtures/calls-api-page.json')).json()) as { data: Record<string, unknown>[] };
      const item: Record<string, unknown> = { ...page.data[0]!, sessionId, ...fields };
      if (!('status' in fields)) delete item['status'];
      return item;
    }

    it('shows "Unknown status" and no duration for a status the API sends that the list does not know, or none', async () => {
      const api = await scenario({
        items: [
          await wireCall('s-transferred', { status: 'transferred' }),
          await wireCall('s-none', {}),
          await wireCall('s-ended', { status: 'ended' }),
        ],
      });
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} viewer-uid="superhero2"></call-log-list>`,
      );
      await settled(list);
      expect(list.items.map((c) => [c.status, c.rawStatus])).to.deep.equal([
        ['unknown', 'transferred'],
        ['unknown', undefined],
        ['ended', undefined],
      ]);
      const [transferred, none, ended] = rows(list);
      for (const row of [transferred!, none!]) {
        expect(text(row.querySelector('[part~="status"]'))).to.equal('Unknown status');
        expect(row.querySelector('[part~="duration"]')).to.equal(null);
      }
      expect(ended!.querySelector('[part~="status"]')).to.equal(null);
      expect(text(ended!.querySelector('[part~="duration"]'))).to.not.equal('');
      await expect(list).to.be.accessible();
    });

    it('keeps the raw status of a call from a memory source, and never matches it to a status filter', async () => {
      const unknown = call({ sessionID: 'u', status: 'unknown', rawStatus: 'ended-early' });
      const list = await memoryList([unknown, call({ sessionID: 'e', initiatedAt: 1000 })]);
      expect(list.items.map((c) => [c.sessionID, c.status, c.rawStatus])).to.deep.equal([
        ['u', 'unknown', 'ended-early'],
        ['e', 'ended', undefined],
      ]);
      for (const status of ['ended', 'missed', 'ongoing']) {
        list.setAttribute('call-status', status);
        await list.updateComplete;
        await settled(list);
        await list.updateComplete;
        expect(list.items.map((c) => c.status), status).to.deep.equal(status === 'ended' ? ['ended'] : []);
        expect(shown(list), status).to.not.include('u');
      }
    });

    it('does not take call-status="unknown": the API cannot filter by it', async () => {
      const list = await fixture<CallLogList>(html`<call-log-list source="demo" call-status="unknown"></call-log-list>`);
      await settled(list);
      expect(list.error?.code).to.equal('INVALID_CONFIG');
      expect(list.error?.message).to.contain('call-status attribute is "unknown"');
      expect(list.error?.message.split('use ')[1]).to.contain('"unanswered"').and.not.contain('unknown');
    });
  });

  describe('filters', () => {
    const attributeCases: [string, string, (c: CallLog) => boolean][] = [
      ['session-type', 'video', (c) => c.type === 'video'],
      ['call-status', 'missed', (c) => c.status === 'missed'],
      ['call-category', 'meet', (c) => c.callCategory === 'meet'],
      ['call-direction', 'outgoing', (c) => c.initiator.entityType === 'user' && c.initiator.uid === VIEWER],
      ['has-recording', '', (c) => c.hasRecording],
      ['has-recording', 'false', (c) => !c.hasRecording],
      ['guid', 'design-team', (c) => c.receiver.entityType === 'group' && c.receiver.guid === 'design-team'],
    ];
    for (const [attribute, value, matches] of attributeCases) {
      it(`${attribute}="${value}" shows only matching calls`, async () => {
        const list = document.createElement('call-log-list');
        list.setAttribute('source', 'demo');
        list.setAttribute(attribute, value);
        await fixture(html`<div>${list}</div>`);
        await settled(list);
        expect(list.items.length).to.be.greaterThan(0);
        expect(list.items.every(matches)).to.equal(true);
      });
    }

    it('uid shows only calls that user took part in, group calls through their participants', async () => {
      const demo = generateDemoCallLogs();
      const other = demo.find((c) => c.receiver.entityType === 'user' && c.initiator.entityType === 'user')!;
      const uid = other.initiator.entityType === 'user' && other.initiator.uid !== VIEWER ? other.initiator.uid : (other.receiver as { uid: string }).uid;
      const list = await fixture<CallLogList>(html`<call-log-list source="demo" uid=${uid}></call-log-list>`);
      await settled(list);
      expect(list.items.length).to.be.greaterThan(0);
      for (const c of list.items) {
        const ids = [c.initiator, c.receiver, ...c.participantInfoList].map((who) => ('uid' in who ? who.uid : undefined));
        expect(ids).to.include(uid);
      }
    });

    it('keeps the filters property and the attributes in step both ways', async () => {
      const list = await fixture<CallLogList>(html`<call-log-list source="demo" call-status="missed"></call-log-list>`);
      expect(list.filters).to.deep.equal({ callStatus: 'missed' });
      list.filters = { sessionType: 'video', hasRecording: true, limit: 20 };
      await list.updateComplete;
      expect(list.getAttribute('session-type')).to.equal('video');
      expect(list.hasAttribute('has-recording')).to.equal(true);
      expect(list.getAttribute('limit')).to.equal('20');
      expect(list.hasAttribute('call-status')).to.equal(false);
      await settled(list);
      expect(list.items.every((c) => c.type === 'video' && c.hasRecording)).to.equal(true);
      list.setAttribute('call-direction', 'incoming');
      expect(list.filters).to.deep.equal({ sessionType: 'video', hasRecording: true, limit: 20, callDirection: 'incoming' });
    });

    it('drops a response that arrives for filters no longer current', async () => {
      const api = await scenario({ latencies: [0, 600, 0] });
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} viewer-uid=${VIEWER}></call-log-list>`,
      );
      await settled(list);
      list.setAttribute('session-type', 'audio'); // answered after 600 ms
      await list.updateComplete;
      list.setAttribute('session-type', 'video'); // answered at once
      await oneEvent(list, 'call-log-load');
      expect(list.items.every((c) => c.type === 'video')).to.equal(true);
      const videoRows = list.items.map((c) => c.sessionID);
      // Wait until the slow audio request has ended (answered, or abandoned as aborted), then check nothing changed.
      await waitUntil(
        async () => {
          const { answered, abandoned } = await api.state();
          return answered + abandoned >= 3;
        },
        'the slow request never ended',
        // Its 600 ms answer, or the server noticing the abort, can take seconds on a loaded machine.
        { timeout: 8000 },
      );
      await list.updateComplete;
      expect(list.items.map((c) => c.sessionID)).to.deep.equal(videoRows);
      expect(shown(list).every((id) => videoRows.includes(id!))).to.equal(true);
      expect(list.items.every((c) => c.type === 'video')).to.equal(true);
    });
  });

  describe('pagination', () => {
    it('pages through the local API to the last page with every session id exactly once', async () => {
      const info = await apiInfo();
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="100" load-more="button"></call-log-list>`,
      );
      await settled(list);
      for (let i = 0; i < 10 && part(list, 'load-more-button'); i++) {
        const loaded = oneEvent(list, 'call-log-load');
        part(list, 'load-more-button')!.click();
        await loaded;
        await list.updateComplete;
      }
      const ids = list.items.map((c) => c.sessionID);
      expect(ids).to.have.length(info.count);
      expect(new Set(ids).size).to.equal(info.count);
      expect(list.status).to.equal('complete');
      expect(part(list, 'load-more-button')).to.equal(null);
    });

    it('shows a call that a source sends twice in one page once, and the calls after it in order', async () => {
      const calls = [call({ sessionID: 'a' }), call({ sessionID: 'b', initiatedAt: Math.floor(Date.now() / 1000) - 7200 })];
      const source: CallLogSource = {
        fetchPage: () =>
          Promise.resolve({
            items: [calls[0]!, calls[0]!, calls[1]!],
            pagination: { total: 3, count: 3, perPage: 30, currentPage: 1, totalPages: 1 },
          }),
      };
      const list = await fixture<CallLogList>(html`<call-log-list .source=${source} viewer-uid=${VIEWER}></call-log-list>`);
      await settled(list);
      expect(list.items.map((c) => c.sessionID)).to.deep.equal(['a', 'b']);
      expect(shown(list)).to.deep.equal(['a', 'b']);
    });

    it('asks for the next page before the end comes into view with load-more="scroll"', async () => {
      const list = await fixture<CallLogList>(
        html`<call-log-list source="demo" limit="10" style="--call-log-max-height: 300px"></call-log-list>`,
      );
      await waitUntil(() => list.items.length >= 20, 'the next page was not fetched ahead');
      const base = part(list, 'base')!;
      expect(base.scrollTop).to.equal(0);
      // The rows loaded ahead reach well past the visible box.
      expect(base.scrollHeight).to.be.greaterThan(base.clientHeight * 2);
    });

    it('keeps loading as a person scrolls toward the end', async () => {
      const list = await fixture<CallLogList>(
        html`<call-log-list source="demo" limit="10" style="--call-log-max-height: 300px"></call-log-list>`,
      );
      await settled(list);
      await waitUntil(() => list.status === 'ready' && list.items.length >= 20);
      const before = list.items.length;
      const loaded = oneEvent(list, 'call-log-load');
      part(list, 'base')!.scrollTop = 1e6;
      await loaded;
      expect(list.items.length).to.be.greaterThan(before);
    });

    it('names the button "Load more" and shows a spinner while the next page loads', async () => {
      const api = await scenario({ latencies: [0, 300] });
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="5" load-more="button"></call-log-list>`,
      );
      await settled(list);
      const button = part(list, 'load-more-button')!;
      expect(text(button)).to.equal('Load more');
      button.click();
      await list.updateComplete;
      expect(part(list, 'spinner')).to.not.equal(null);
      expect(part(list, 'spinner')!.getAttribute('aria-label')).to.equal('Loading more calls');
      await expect(list).to.be.accessible();
      await oneEvent(list, 'call-log-load');
      expect(list.items).to.have.length(10);
    });
  });

  describe('states', () => {
    it('shows a loading skeleton for the first page', async () => {
      const api = await scenario({ latency: 300 });
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN}></call-log-list>`,
      );
      expect(list.status).to.equal('loading');
      expect(visible(part(list, 'loading'))).to.equal(true);
      expect(part(list, 'base')!.getAttribute('aria-busy')).to.equal('true');
      await expect(list).to.be.accessible();
      await settled(list);
      expect(visible(part(list, 'loading'))).to.equal(false);
    });

    it('shows "No calls" naming the active filters', async () => {
      const list = await memoryList([call({ sessionID: 'a' })]);
      list.setAttribute('call-status', 'missed');
      list.setAttribute('session-type', 'video');
      await settled(list);
      await waitUntil(() => list.status === 'complete');
      const empty = part(list, 'empty')!;
      expect(visible(empty)).to.equal(true);
      expect(text(empty)).to.contain('No calls');
      expect(text(empty)).to.contain('Type: video');
      expect(text(empty)).to.contain('Status: Missed');
      await expect(list).to.be.accessible();
    });

    it('shows the error with a Retry button that asks again for the same page', async () => {
      const api = await scenario({ status: 503, times: 1 });
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} .retryOptions=${false}></call-log-list>`,
      );
      const { detail } = await oneEvent(list, 'call-log-error');
      expect(detail.error.code).to.equal('HTTP');
      await list.updateComplete;
      const error = part(list, 'error')!;
      expect(visible(error)).to.equal(true);
      expect(text(error)).to.contain('503');
      await expect(list).to.be.accessible();
      const loaded = oneEvent(list, 'call-log-load');
      part(list, 'retry-button')!.click();
      expect((await loaded).detail.page).to.equal(1);
      expect((await api.state()).lastQuery['page']).to.equal('1');
      expect(visible(part(list, 'error'))).to.equal(false);
    });

    it('keeps the loaded rows when a later page fails, and retries that page', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="5" load-more="button" .retryOptions=${false}></call-log-list>`,
      );
      await settled(list);
      await fetch(`/__calls-api/scenarios/${api.name}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 500, times: 1 }),
      });
      const failed = oneEvent(list, 'call-log-error');
      list.loadMore();
      await failed;
      await list.updateComplete;
      expect(rows(list)).to.have.length(5);
      const loaded = oneEvent(list, 'call-log-load');
      list.retry();
      expect((await loaded).detail.page).to.equal(2);
      await list.updateComplete;
      expect(rows(list)).to.have.length(10);
    });

    it('lets the empty, error and loading slots replace the built-in states', async () => {
      const list = await memoryList(
        [],
        html`<p slot="empty">Nothing yet</p><p slot="error">Oops</p><p slot="loading">Wait</p>`,
      );
      const slot = list.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
      expect(slot.assignedElements().map(text)).to.deep.equal(['Nothing yet']);
      expect(visible(slot)).to.equal(true);
      expect(visible(list.shadowRoot!.querySelector('slot[name="error"]'))).to.equal(false);
      expect(visible(list.shadowRoot!.querySelector('slot[name="loading"]'))).to.equal(false);
    });
  });

  describe('rows', () => {
    it('shows initials on a colour when there is no picture, and never an unsafe picture URL', async () => {
      const list = await memoryList([
        call({ sessionID: 'a', initiator: { entityType: 'user', uid: 'ana', name: 'Ana Lopez', avatar: 'javascript:alert(1)' } }),
        call({
          sessionID: 'b',
          initiatedAt: 1000,
          initiator: { entityType: 'user', uid: 'ben', name: 'Ben Ode', avatar: PICTURE },
        }),
        call({
          sessionID: 'c',
          initiatedAt: 500,
          // Unreachable here: the broken picture gives way to initials.
          initiator: { entityType: 'user', uid: 'cy', name: 'Cy Twombly', avatar: 'http://127.0.0.1:9/cy.png' },
        }),
      ]);
      const [a, b] = rows(list);
      const avatarA = a!.querySelector('[part~="avatar"]')!;
      expect(avatarA.tagName).to.equal('SPAN');
      expect(text(avatarA)).to.equal('AL');
      expect((avatarA as HTMLElement).style.background).to.match(/oklch/);
      const img = b!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(PICTURE);
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      await waitUntil(() => text(rows(list)[2]!.querySelector('[part~="avatar"]')) === 'CT', 'no fallback to initials');
    });

    it('marks direction from the viewer\'s side, with missed in the warning colour', async () => {
      const list = await memoryList([
        call({ sessionID: 'in', initiatedAt: 3000 }),
        call({
          sessionID: 'out',
          initiatedAt: 2000,
          initiator: { entityType: 'user', uid: VIEWER, name: 'Sam Rivera' },
          receiver: { entityType: 'user', uid: 'ben', name: 'Ben Ode' },
        }),
        call({ sessionID: 'miss', initiatedAt: 1000, status: 'missed', endedAt: 1000 }),
      ]);
      const [incoming, outgoing, missed] = rows(list);
      expect(text(incoming!.querySelector('[part~="direction"]'))).to.equal('Incoming');
      expect(text(outgoing!.querySelector('[part~="direction"]'))).to.equal('Outgoing');
      expect(text(outgoing!.querySelector('[part~="name"]'))).to.equal('Ben Ode');
      expect(text(missed!.querySelector('[part~="direction"]'))).to.equal('Missed');
      const missedColour = getComputedStyle(missed!.querySelector('[part~="name"]')!).color;
      expect(missedColour).to.not.equal(getComputedStyle(incoming!.querySelector('[part~="name"]')!).color);
    });

    it('shows a status word when the call did not simply end, and a live timer for an ongoing call', async () => {
      const now = Math.floor(Date.now() / 1000);
      const list = await memoryList([
        call({ sessionID: 'live', status: 'ongoing', initiatedAt: now - 65 }),
        call({ sessionID: 'rej', status: 'rejected', initiatedAt: now - 500 }),
        call({ sessionID: 'ok', initiatedAt: now - 900 }),
      ]);
      const [live, rejected, ended] = rows(list);
      expect(text(live!.querySelector('[part~="status"]'))).to.equal('Ongoing');
      expect(text(rejected!.querySelector('[part~="status"]'))).to.equal('Rejected');
      expect(ended!.querySelector('[part~="status"]')).to.equal(null);
      const timer = live!.querySelector('[part~="duration"]')!;
      expect(timer.getAttribute('role')).to.equal('timer');
      const before = text(timer);
      await waitUntil(() => text(live!.querySelector('[part~="duration"]')) !== before, 'the live timer did not tick', {
        timeout: 2500,
      });
    });

    it('puts the full date and time in a <time datetime> and its title', async () => {
      const at = Math.floor(new Date(2024, 0, 15, 9, 30).getTime() / 1000);
      const list = await memoryList([call({ sessionID: 'a', initiatedAt: at, endedAt: at + 60 })]);
      const time = list.shadowRoot!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(new Date(at * 1000).toISOString());
      expect(time.title).to.contain('2024');
      expect(text(time)).to.contain('2024');
    });

    it('formats dates in the locale attribute', async () => {
      const at = Math.floor(new Date(2024, 0, 15, 9, 30).getTime() / 1000);
      const source = new MemoryCallLogSource([call({ sessionID: 'a', initiatedAt: at, endedAt: at + 60 })]);
      const list = await fixture<CallLogList>(html`<call-log-list .source=${source} locale="fr"></call-log-list>`);
      await settled(list);
      expect(text(list.shadowRoot!.querySelector('time'))).to.contain('janv.');
    });

    it('shows participants for groups and a recording mark', async () => {
      const list = await memoryList([
        call({
          sessionID: 'g',
          receiver: { entityType: 'group', guid: 'team', name: 'Team' },
          receiverType: 'group',
          totalParticipants: 4,
          hasRecording: true,
          recordings: [{ rid: 'r1', recordingURL: 'https://rec.example/r1.mp3', duration: 60, startTime: 0, endTime: 60 }],
        }),
      ]);
      expect(text(part(list, 'participants'))).to.contain('4');
      expect(text(part(list, 'recording-mark'))).to.equal('Recorded');
      expect(text(part(list, 'name'))).to.equal('Team');
    });

    it('groups rows by day, or not at all with group-by="none"', async () => {
      const now = new Date();
      const today = Math.floor(now.getTime() / 1000) - 60;
      const yesterday = Math.floor(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 12).getTime() / 1000);
      const list = await memoryList([call({ sessionID: 't', initiatedAt: today }), call({ sessionID: 'y', initiatedAt: yesterday })]);
      const headers = [...list.shadowRoot!.querySelectorAll('[part~="section-header"]')].map(text);
      expect(headers).to.deep.equal(['Today', 'Yesterday']);
      list.setAttribute('group-by', 'none');
      await list.updateComplete;
      expect(list.shadowRoot!.querySelectorAll('[part~="section-header"]')).to.have.length(0);
      expect(rows(list)).to.have.length(2);
    });
  });

  describe('details and recordings', () => {
    const recorded = () =>
      call({
        sessionID: 'rec',
        type: 'video',
        hasRecording: true,
        recordings: [
          { rid: 'r1', recordingURL: 'https://rec.example/r1.mp4', duration: 90, startTime: 0, endTime: 90 },
          { rid: 'r2', recordingURL: 'javascript:alert(1)', duration: 10, startTime: 0, endTime: 10 },
        ],
        participantInfoList: [
          { uid: 'ana', name: 'Ana Lopez', hasJoined: true, joinedAt: 1000, leftAt: 1300, totalAudioMinutes: 5, totalVideoMinutes: 0, totalDurationInMinutes: 5 },
          { uid: 'ben', name: 'Ben Ode', hasJoined: false, totalAudioMinutes: 0, totalVideoMinutes: 0, totalDurationInMinutes: 0 },
        ],
      });

    it('expands with the expand button to show participants and recordings', async () => {
      const list = await memoryList([recorded()]);
      const expand = part(list, 'expand-button')!;
      expect(expand.getAttribute('aria-expanded')).to.equal('false');
      expand.click();
      await list.updateComplete;
      expect(expand.getAttribute('aria-expanded')).to.equal('true');
      const details = part(list, 'details')!;
      expect(visible(details)).to.equal(true);
      const participants = [...details.querySelectorAll('[part~="participant"]')].map(text);
      expect(participants).to.have.length(2);
      expect(participants[0]).to.contain('Ana Lopez').and.contain('Joined');
      expect(participants[1]).to.contain('Ben Ode').and.contain('Did not join');
      expect(text(details)).to.contain('Ana Lopez');
      expect(text(details)).to.contain('Did not join');
      const links = [...details.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://rec.example/r1.mp4']);
      expect(links[0]!.rel).to.equal('noopener noreferrer');
      expect(text(details)).to.contain('Not available');
      await expect(list).to.be.accessible();
    });

    it('expands with Space on the row and collapses with ArrowLeft', async () => {
      const list = await memoryList([recorded()]);
      const row = rowButtons(list)[0]!;
      row.focus();
      row.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }));
      await list.updateComplete;
      expect(part(list, 'expand-button')!.getAttribute('aria-expanded')).to.equal('true');
      row.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }));
      await list.updateComplete;
      expect(part(list, 'expand-button')!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('plays a recording in a native player after a call-log-recording-open event', async () => {
      const list = await memoryList([recorded()]);
      part(list, 'expand-button')!.click();
      await list.updateComplete;
      const play = [...list.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Play')!;
      setTimeout(() => play.click());
      const { detail } = await oneEvent(list, 'call-log-recording-open');
      expect(detail.recording.rid).to.equal('r1');
      expect(detail.callLog.sessionID).to.equal('rec');
      await list.updateComplete;
      const player = part(list, 'player') as HTMLVideoElement;
      expect(player.tagName).to.equal('VIDEO');
      expect(player.getAttribute('src')).to.equal('https://rec.example/r1.mp4');
      player.pause();
    });

    it('leaves the recording to the page when call-log-recording-open is cancelled', async () => {
      const list = await memoryList([recorded()]);
      part(list, 'expand-button')!.click();
      await list.updateComplete;
      list.addEventListener('call-log-recording-open', (event) => event.preventDefault());
      const play = [...list.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Play')!;
      play.click();
      await list.updateComplete;
      expect(part(list, 'player')).to.equal(null);
      const link = list.shadowRoot!.querySelector('a')!;
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
    });
  });

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

  describe('keyboard', () => {
    it('makes the rows one tab stop, moved with the arrow keys, Home and End', async () => {
      const list = await memoryList([
        call({ sessionID: 'a', initiatedAt: 4000 }),
        call({ sessionID: 'b', initiatedAt: 3000 }),
        call({ sessionID: 'c', initiatedAt: 2000 }),
      ]);
      const tabStops = () => rowButtons(list).filter((b) => b.tabIndex === 0).map((b) => b.dataset['id']);
      expect(tabStops()).to.deep.equal(['a']);
      const press = async (key: string) => {
        (list.shadowRoot!.activeElement as HTMLElement).dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
        );
        await list.updateComplete;
        return (list.shadowRoot!.activeElement as HTMLElement).dataset['id'];
      };
      rowButtons(list)[0]!.focus();
      expect(await press('ArrowDown')).to.equal('b');
      expect(tabStops()).to.deep.equal(['b']);
      expect(await press('End')).to.equal('c');
      expect(await press('ArrowDown')).to.equal('c');
      expect(await press('Home')).to.equal('a');
      expect(await press('ArrowUp')).to.equal('a');
    });

    it('selects the focused row with Enter', async () => {
      const list = await memoryList([call({ sessionID: 'a' })]);
      const row = rowButtons(list)[0]!;
      row.focus();
      setTimeout(() => row.click()); // Enter on a native button clicks it
      const { detail } = await oneEvent(list, 'call-log-select');
      expect(detail.callLog.sessionID).to.equal('a');
    });

    it('names every control of a row', async () => {
      const list = await memoryList([call({ sessionID: 'a' })]);
      const buttons = [...list.shadowRoot!.querySelectorAll('button')];
      for (const button of buttons) {
        expect(button.getAttribute('aria-label') || text(button), button.outerHTML).to.not.equal('');
      }
    });
  });

  describe('refresh', () => {
    it('puts new calls at the top without duplicates and removes nothing', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="10" load-more="button"></call-log-list>`,
      );
      await settled(list);
      const before = list.items.map((c) => c.sessionID);
      await fetch(`/__calls-api/scenarios/${api.name}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ insertNow: 2 }),
      });
      await list.refresh();
      await list.updateComplete;
      const after = list.items.map((c) => c.sessionID);
      expect(after).to.have.length(12);
      expect(after.slice(2)).to.deep.equal(before);
      expect(new Set(after).size).to.equal(12);
      expect(shown(list)).to.deep.equal(after);
      await waitUntil(() => text(list.shadowRoot!.querySelector('[role="status"]')) === '2 new calls', 'not announced');
    });

    it('never asks for a page that is already on its way: a check and "Load more" at once take turns', async () => {
      // Counted where the list asks its source, not at the server: Chromium holds back a GET identical to one in
      // flight, so the server would never see the second.
      const api = await scenario({});
      const http = api.source();
      const inFlight = new Map<string, number>();
      let duplicates = 0;
      const source: CallLogSource = {
        async fetchPage(request) {
          const key = JSON.stringify({ ...request.query, page: request.page });
          if (inFlight.get(key)) duplicates++;
          inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
          try {
            return await http.fetchPage(request);
          } finally {
            inFlight.set(key, inFlight.get(key)! - 1);
          }
        },
      };
      const list = await fixture<CallLogList>(html`<call-log-list .source=${source} limit="5" load-more="button"></call-log-list>`);
      await settled(list);
      const before = list.items.map((c) => c.sessionID);
      // Page 2 of "Load more" is slow; the check reads page 1 (all new calls), then would read page 2 while it waits.
      await api.patch({ insertNow: 5, latencies: [600] });
      part(list, 'load-more-button')!.click();
      await waitUntil(() => [...inFlight].some(([key, count]) => key.includes('"page":2') && count > 0), 'no page 2 asked');
      await list.refresh();
      await waitUntil(() => list.controller.status === 'ready', 'page 2 was not shown');
      await api.settled();
      expect(duplicates, 'requests for a page already in flight').to.equal(0);
      // Page 2 had moved down by the five new calls: it repeated the first five, now kept once, under the new ones.
      const after = list.items.map((c) => c.sessionID);
      expect(after).to.have.length(10);
      expect(after.slice(5)).to.deep.equal(before);
    });

    it('a check waiting for a page on its way reads nothing once the list has left the page', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="5" load-more="button"></call-log-list>`,
      );
      await settled(list);
      await api.patch({ latencies: [600] });
      const { requests } = await api.state();
      part(list, 'load-more-button')!.click();
      await waitUntil(async () => (await api.state()).requests > requests, 'page 2 was not asked for');
      const checked = list.refresh();
      list.remove();
      await checked;
      await api.settled();
      expect((await api.state()).requests, 'only page 2 was asked for').to.equal(requests + 1);
    });

    it('checks for new calls every refresh-interval seconds', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="5" refresh-interval="1"></call-log-list>`,
      );
      await settled(list);
      const requests = (await api.state()).requests;
      await waitUntil(async () => (await api.state()).requests > requests, 'no check was made', { timeout: 3000 });
      list.remove();
      const afterRemoval = (await api.state()).requests;
      expect(afterRemoval).to.be.greaterThan(requests);
    });
  });

  describe('filters used a moment ago', () => {
    it('shows their rows at once and checks them again in the background', async () => {
      const api = await scenario({});
      const list = await fixture<CallLogList>(
        html`<call-log-list base-url=${api.baseUrl} auth-token=${TEST_TOKEN} limit="10" load-more="button"></call-log-list>`,
      );
      await settled(list);
      const unfiltered = list.items.map((c) => c.sessionID);
      list.setAttribute('session-type', 'video');
      await oneEvent(list, 'call-log-load');
      await api.settled();
      // The check of the kept rows is slow, so what shows at once can only be the kept rows.
      await api.patch({ latency: 500, insertNow: 1 });
      const before = (await api.state()).requests;
      list.removeAttribute('session-type');
      await list.updateComplete;
      expect(list.status).to.equal('ready');
      expect(list.items.map((c) => c.sessionID)).to.deep.equal(unfiltered);
      expect(shown(list)).to.deep.equal(unfiltered);
      // The check brings in the call added meanwhile, at the top.
      await waitUntil(() => list.items.length === unfiltered.length + 1, 'the kept rows were not checked again');
      expect(list.items.slice(1).map((c) => c.sessionID)).to.deep.equal(unfiltered);
      expect((await api.state()).requests).to.be.greaterThan(before);
    });

    it('starts afresh for filters not used recently', async () => {
      const list = await fixture<CallLogList>(html`<call-log-list source="demo" load-more="button"></call-log-list>`);
      await settled(list);
      list.setAttribute('call-status', 'missed');
      await list.updateComplete;
      expect(list.status).to.equal('loading');
      expect(list.items).to.have.length(0);
    });
  });

  describe('long histories', () => {
    /** A source that answers every call in one page, as a backend holding the whole history might. */
    const wholeHistory = (calls: CallLog[]): CallLogSource => ({
      fetchPage: async ({ page }) => ({
        items: page === 1 ? calls : [],
        pagination: { total: calls.length, count: calls.length, perPage: calls.length, currentPage: page, totalPages: 1 },
      }),
    });
    const history = (count: number) => generateDemoCallLogs({ seed: 3, count, now: Date.now() });

    async function longList(count: number) {
      const calls = history(count);
      const list = await fixture<CallLogList>(
        html`<call-log-list .source=${wholeHistory(calls)} viewer-uid=${VIEWER} style="--call-log-max-height: 400px"></call-log-list>`,
      );
      await settled(list);
      return { list, calls };
    }

    it('keeps only the rows near the viewport in the DOM', async () => {
      const { list } = await longList(2000);
      expect(list.items).to.have.length(2000);
      await list.updateComplete;
      expect(rows(list).length).to.be.within(1, 200);
    });

    it('renders the rows that scroll into view and lets go of those that leave', async () => {
      const { list, calls } = await longList(2000);
      // Row 12 is past the first chunk, which holds the list's tab stop and so stays, and within the margin below
      // the 400 px box, so the window keeps it once it has reported (a row further down may already be let go).
      const early = calls[12]!.sessionID;
      const last = calls[calls.length - 1]!.sessionID;
      await waitUntil(() => shown(list).includes(early), 'a row near the top was not rendered');
      expect(shown(list)).not.to.include(last);
      part(list, 'base')!.scrollTop = 1e7;
      await waitUntil(() => shown(list).includes(last), 'the last row never rendered');
      await waitUntil(() => !shown(list).includes(early), 'the early rows stayed');
      expect(rows(list).length).to.be.lessThan(200);
    });

    it('moves focus with End and Home across rows that were not rendered, keeping the focused row', async () => {
      const { list, calls } = await longList(1000);
      const first = rowButtons(list)[0]!;
      first.focus();
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true }));
      await waitUntil(() => (list.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'] === calls[999]!.sessionID);
      const focused = list.shadowRoot!.activeElement as HTMLElement;
      focused.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, cancelable: true }));
      await waitUntil(() => (list.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'] === calls[0]!.sessionID);
      // Scrolled far away, the focused row stays in the document with its focus.
      part(list, 'base')!.scrollTop = 1e7;
      await waitUntil(() => shown(list).includes(calls[999]!.sessionID));
      expect((list.shadowRoot!.activeElement as HTMLElement).dataset['id']).to.equal(calls[0]!.sessionID);
    });

    /** Scrolls `box` by `step` px an animation frame, as a fling does, until it reaches `to`. */
    async function fling(box: HTMLElement, to: number, step = 300) {
      while (Math.abs(box.scrollTop - to) > 1) {
        box.scrollTop = box.scrollTop < to ? Math.min(to, box.scrollTop + step) : Math.max(to, box.scrollTop - step);
        await new Promise(requestAnimationFrame);
      }
    }

    /** The rendered rows' distances (px) above the box's top and below its bottom, leaving out the pinned chunk. */
    function rowExtent(list: CallLogList, box: { top: number; bottom: number }) {
      const tabStop = list.shadowRoot!.querySelector('.row-main[tabindex="0"]')!.closest('.chunk');
      const rects = rows(list)
        .filter((row) => row.closest('.chunk') !== tabStop)
        .map((row) => row.getBoundingClientRect());
      return {
        above: Math.max(0, ...rects.map((rect) => box.top - rect.bottom)),
        below: Math.max(0, ...rects.map((rect) => rect.top - box.bottom)),
      };
    }

    /** A long list with no ongoing call, whose timer would update the list every second whether it scrolls or not. */
    async function stillList(count: number, style = '') {
      const calls = history(count).filter((c) => c.status !== 'ongoing');
      const list = document.createElement('call-log-list');
      list.viewerUid = VIEWER;
      list.source = wholeHistory(calls);
      list.setAttribute('style', style);
      return list;
    }

    it('keeps more rows ahead of a scroll than behind it, following the scroll position', async () => {
      const list = await fixture<CallLogList>(await stillList(2000, '--call-log-max-height: 400px'));
      await settled(list);
      const base = part(list, 'base')!;
      await fling(base, 30_000);
      const box = base.getBoundingClientRect();
      // Ahead (below), rows come within the whole margin; behind, those past half of it have been let go.
      await waitUntil(() => rowExtent(list, box).below > 800, 'the rows ahead never came');
      await waitUntil(() => rowExtent(list, box).above < 1150, 'the rows behind stayed');
      // Turning back, the rows ahead are those above.
      await fling(base, 20_000);
      await waitUntil(() => rowExtent(list, box).above > 800, 'the rows above never came');
      await waitUntil(() => rowExtent(list, box).below < 1150, 'the rows below stayed');
    });

    it('follows the page scroll when the list has no height limit', async () => {
      const list = await fixture<CallLogList>(await stillList(600));
      await settled(list);
      const page = document.scrollingElement as HTMLElement;
      const top = page.scrollTop;
      try {
        await fling(page, list.getBoundingClientRect().top + page.scrollTop + 15_000);
        const rowAtMiddle = () => list.shadowRoot!.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('[part~="row"]');
        await waitUntil(() => rowAtMiddle(), 'no row at the middle of the viewport');
        await waitUntil(() => rowExtent(list, { top: 0, bottom: innerHeight }).below > 800, 'the rows ahead never came');
      } finally {
        page.scrollTop = top;
      }
    });

    it('follows a scrolling box around it, inside another shadow root', async () => {
      const shell = await fixture<HTMLElement>(html`<div></div>`);
      const scroller = document.createElement('div');
      scroller.style.cssText = 'height: 500px; overflow: auto';
      shell.attachShadow({ mode: 'open' }).append(scroller);
      const list = await stillList(600);
      scroller.append(list);
      await settled(list);
      await fling(scroller, 15_000);
      const box = scroller.getBoundingClientRect();
      const rowAtMiddle = () =>
        list.shadowRoot!.elementFromPoint(box.left + box.width / 2, (box.top + box.bottom) / 2)?.closest('[part~="row"]');
      await waitUntil(() => rowAtMiddle(), 'no row at the middle of the box');
      await waitUntil(() => rowExtent(list, box).below > 800, 'the rows ahead never came');
    });

    it('fills its box again when the box grows without a scroll', async () => {
      const list = await fixture<CallLogList>(await stillList(2000, '--call-log-max-height: 200px'));
      await settled(list);
      const base = part(list, 'base')!;
      await fling(base, 30_000);
      // The window settles: rows fill the margin ahead, and steps stop.
      await waitUntil(() => rowExtent(list, base.getBoundingClientRect()).below > 1100, 'the rows ahead never came');
      for (let frame = 0; frame < 10; frame++) await new Promise(requestAnimationFrame);
      // Taller than the rows kept ahead of the small box: its lower part has only placeholders until the window moves.
      list.style.setProperty('--call-log-max-height', '2400px');
      const box = base.getBoundingClientRect();
      expect(box.height).to.be.greaterThan(2000);
      expect(rowExtent(list, box).below, 'rows below the grown box at once').to.equal(0);
      await waitUntil(() => rowExtent(list, box).below > 800, 'the rows below the grown box never came');
    });

    it('leaves no scroll listener behind on the roots above it once removed', async () => {
      const shell = await fixture<HTMLElement>(html`<div></div>`);
      const inner = shell.attachShadow({ mode: 'open' });
      // Counts the scroll and resize listeners put on and taken off the roots a list inside `inner` listens on.
      const roots: EventTarget[] = [window, document, inner];
      const held = new Map<EventTarget, number>(roots.map((root) => [root, 0]));
      const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
      const count = (by: number) =>
        function (this: EventTarget, type: string, ...rest: unknown[]) {
          if (held.has(this) && (type === 'scroll' || type === 'resize')) held.set(this, held.get(this)! + by);
          return (by > 0 ? add : remove).call(this, type, ...(rest as [EventListener]));
        };
      EventTarget.prototype.addEventListener = count(1);
      EventTarget.prototype.removeEventListener = count(-1);
      try {
        const list = await stillList(40);
        inner.append(list);
        await settled(list);
        expect([...held.values()].every((n) => n > 0), 'a list listens on each root').to.equal(true);
        shell.remove();
        expect([...held.values()]).to.deep.equal([0, 0, 0]);
      } finally {
        EventTarget.prototype.addEventListener = add;
        EventTarget.prototype.removeEventListener = remove;
      }
    });

    it('tells each row its position in its day', async () => {
      const { list } = await longList(300);
      const section = list.shadowRoot!.querySelector('[part~="section"]')!;
      const sectionRows = [...section.querySelectorAll('[part~="row"]')];
      expect(sectionRows.map((row) => Number(row.getAttribute('aria-posinset')))).to.deep.equal(
        sectionRows.map((_, i) => i + 1),
      );
      expect(new Set(sectionRows.map((row) => row.getAttribute('aria-setsize')))).to.have.property('size', 1);
      await expect(list).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('takes any CallLogSource as the source property', async () => {
      const list = await memoryList([call({ sessionID: 'x' })]);
      expect(list.items.map((c) => c.sessionID)).to.deep.equal(['x']);
      expect(list.status).to.equal('complete');
    });
  });
});
