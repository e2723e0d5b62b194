// <call-log-list>: configuration errors: bad attribute values, a missing source, and limits.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLogErrorEvent } from '../../src/events/call-log-events.js';
import { scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { part, settled, text } from './helpers.js';

describe('<call-log-list>', () => {
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
});
