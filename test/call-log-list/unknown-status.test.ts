// <call-log-list>: a call status the list does not know, from the API or a memory source.
import { expect, fixture, html } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { call, memoryList, rows, settled, shown, text } from './helpers.js';

describe('<call-log-list>', () => {
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
});
