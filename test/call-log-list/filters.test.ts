// <call-log-list>: the filter attributes and property, stale responses, and filters used a moment ago.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLog } from '../../src/model/call-log.js';
import { generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { settled, shown, VIEWER, expectShown } from './helpers.js';

describe('<call-log-list>', () => {
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
      await api.patch({ latency: 1500, insertNow: 1 });
      const before = (await api.state()).requests;
      list.removeAttribute('session-type');
      await list.updateComplete;
      expect(list.status).to.equal('ready');
      expect(list.items.map((c) => c.sessionID)).to.deep.equal(unfiltered);
      await expectShown(list, unfiltered);
      // The check brings in the call added meanwhile, at the top.
      await waitUntil(() => list.items.length === unfiltered.length + 1, 'the kept rows were not checked again', { timeout: 5000 });
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
});
