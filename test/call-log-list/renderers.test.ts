import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import { defaultRenderers, type RowRenderers } from '../../src/call-log-list/row.js';
import { scenario, TEST_TOKEN } from '../setup/calls-api.js';
import { call, memoryList, part, rowButtons, rows, settled, text, VIEWER } from './helpers.js';

/** A subtitle that keeps the built-in one and adds a ticket number, and a trailing button of the app's own. */
const ticketRenderers = (logged: string[]): Partial<RowRenderers> => ({
  subtitle: (call, view, context) =>
    html`${defaultRenderers.subtitle(call, view, context)}<span class="ticket">Ticket ${call.sessionID.slice(-4)}</span>`,
  trailing: (call) => html`<button class="log-note" type="button" @click=${() => logged.push(call.sessionID)}>Log note</button>`,
});

const tickets = (list: CallLogList) => [...list.shadowRoot!.querySelectorAll('.ticket')].map(text);

describe('<call-log-list> custom rows (renderers)', () => {
  it('replaces the subtitle and the trailing area over the REST source, through paging, a refresh and a filter change', async () => {
    const api = await scenario({});
    const logged: string[] = [];
    const list = await fixture<CallLogList>(
      html`<call-log-list
        base-url=${api.baseUrl}
        auth-token=${TEST_TOKEN}
        viewer-uid=${VIEWER}
        limit="5"
        load-more="button"
        .renderers=${ticketRenderers(logged)}
      ></call-log-list>`,
    );
    await settled(list);
    const expectCustomRows = () => {
      expect(tickets(list)).to.deep.equal(list.items.map((c) => `Ticket ${c.sessionID.slice(-4)}`));
      // The built-in subtitle is still there, wrapped; the call-back buttons are replaced.
      expect(rows(list).every((row) => row.querySelector('[part~="meta"]'))).to.equal(true);
      expect(part(list, 'call-back-button')).to.equal(null);
    };
    expectCustomRows();
    await expect(list).to.be.accessible();

    part(list, 'load-more-button')!.click();
    await oneEvent(list, 'call-log-load');
    await list.updateComplete;
    expect(list.items).to.have.length(10);
    expectCustomRows();

    await api.patch({ insertNow: 2 });
    await list.refresh();
    await list.updateComplete;
    expect(list.items).to.have.length(12);
    expectCustomRows();

    list.sessionType = 'video';
    await waitUntil(() => list.items.length > 0 && list.items.every((c) => c.type === 'video'), 'the filter did not apply');
    await settled(list);
    await list.updateComplete;
    expectCustomRows();

    list.shadowRoot!.querySelector<HTMLButtonElement>('.log-note')!.click();
    expect(logged).to.deep.equal([list.items[0]!.sessionID]);
  });

  it('keeps the row shell: one tab stop, arrow keys, the expand button and axe', async () => {
    const list = await memoryList([call({ sessionID: 'a', initiatedAt: 3000 }), call({ sessionID: 'b', initiatedAt: 2000 })]);
    list.renderers = { title: (c) => `Caller ${c.sessionID}`, details: () => html`<p class="custom-details">Notes</p>` };
    await list.updateComplete;
    expect(rows(list).map((row) => text(row.querySelector('[part~="name"]')))).to.deep.equal(['Caller a', 'Caller b']);
    const [first, second] = rowButtons(list);
    expect([first!.tabIndex, second!.tabIndex]).to.deep.equal([0, -1]);
    first!.focus();
    first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    await waitUntil(() => list.shadowRoot!.activeElement === rowButtons(list)[1], 'focus did not move');
    rowButtons(list)[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }));
    await list.updateComplete;
    const details = rows(list)[1]!.querySelector('[part~="details"]')!;
    expect(text(details)).to.equal('Notes');
    await expect(list).to.be.accessible();

    // Back to the built-in parts.
    list.renderers = undefined;
    await list.updateComplete;
    expect(text(rows(list)[0]!.querySelector('[part~="name"]'))).to.equal('Ana Lopez');
  });

  it('renders hostile data in a custom part as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__hostileRan=true"><script>window.__hostileRan=true</script>';
    const list = await memoryList([
      call({ sessionID: 'x', initiator: { entityType: 'user', uid: 'eve', name: hostile } }),
    ]);
    list.renderers = {
      title: (_c, view) => html`<b class="custom-title">${view.name}</b>`,
      subtitle: (c) => c.initiator.name,
    };
    await list.updateComplete;
    const title = list.shadowRoot!.querySelector('.custom-title')!;
    expect(title.textContent).to.equal(hostile);
    expect(title.querySelector('img, script')).to.equal(null);
    expect(list.shadowRoot!.querySelector('[part~="row"] img:not([part~="avatar"]), [part~="row"] script')).to.equal(null);
    expect((window as { __hostileRan?: boolean }).__hostileRan).to.equal(undefined);
  });
});
