// Custom rows from React: the `CallLogList` wrapper's render props (renderSubtitle, renderTrailing, …), rendered
// through portals into containers the list shows in its rows.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLog } from '../../src/model/call-log.js';
import type { CallLogSource } from '../../src/sources/call-log-source.js';
import { DEMO_VIEWER_UID, generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { probes, RowsApp, setRowTag, type RowsAppProps } from './react-rows-app.tsx';
import { rows, settled } from './elements.js';

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  probes.reset();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  flushSync(() => root.unmount());
  container.remove();
});

async function renderApp(props: RowsAppProps): Promise<CallLogList> {
  flushSync(() => root.render(createElement(RowsApp, props)));
  const list = container.querySelector<CallLogList>('call-log-list')!;
  await settled(list);
  return list;
}

const all = (list: CallLogList, selector: string) => [...list.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rowMain = (row: HTMLElement) => row.querySelector<HTMLButtonElement>('[part~="row-main"]')!;
const inRow = (row: HTMLElement, selector: string) => row.querySelector<HTMLElement>(selector);

/** Waits until every rendered row shows its React subtitle and trailing button. */
async function reactPartsShown(list: CallLogList): Promise<void> {
  await waitUntil(() => {
    const shown = rows(list);
    return shown.length > 0 && shown.every((row) => inRow(row, '.custom-subtitle') && inRow(row, '.log-note'));
  }, 'the React parts did not appear in every row');
}

/** The React parts in the list's rows, one per mounted portal. */
const reactParts = (list: CallLogList) => all(list, '.custom-subtitle, .log-note, .custom-details').length;

/** A source that answers every call in one page. */
const wholeHistory = (calls: CallLog[]): CallLogSource => ({
  fetchPage: async ({ page }) => ({
    items: page === 1 ? calls : [],
    pagination: { total: calls.length, count: calls.length, perPage: calls.length, currentPage: page, totalPages: 1 },
  }),
});

describe('React 19: custom rows through CallLogList render props', () => {
  it('shows a React subtitle and a React trailing button with its own state in the rows', async () => {
    const logged: string[] = [];
    let outerClicks = 0;
    // Around the list, React hears an event from a part twice (facebook/react#24136): through React's tree, with the
    // part's element as its target, and as the browser's event leaving the list, with the list as its target. The
    // README's check keeps the second.
    const onOuterClick = (event: MouseEvent<HTMLElement>) => {
      if (event.currentTarget.contains(event.target as Node)) outerClicks++;
    };
    const list = await renderApp({ source: 'demo', onLog: (id) => logged.push(id), onOuterClick });
    await reactPartsShown(list);

    const shown = rows(list);
    const first = list.items[0]!;
    expect(text(inRow(shown[0]!, '.custom-subtitle'))).to.match(new RegExp(`^VIP · ${first.type} · \\S`));
    // The parts given replace the built-in ones; the others stay.
    expect(all(list, '[part~="meta"]')).to.have.length(0);
    expect(all(list, '[part~="call-back-button"]')).to.have.length(0);
    expect(shown.every((row) => inRow(row, '[part~="avatar"]') && text(inRow(row, '[part~="name"]')) !== '')).to.equal(true);
    // The subtitle is inside the row's own button; the trailing part beside it, in the actions.
    expect(rowMain(shown[0]!).contains(inRow(shown[0]!, '.custom-subtitle'))).to.equal(true);
    expect(inRow(shown[0]!, '[part~="actions"]')!.contains(inRow(shown[0]!, '.log-note'))).to.equal(true);
    expect(probes.live).to.equal(reactParts(list));

    // The React button's own handler and state.
    inRow(shown[1]!, '.log-note')!.click();
    await waitUntil(() => text(inRow(rows(list)[1]!, '.log-note')) === 'Log note (1)', 'the button did not count the click');
    expect(logged).to.deep.equal([list.items[1]!.sessionID]);
    expect(text(inRow(rows(list)[0]!, '.log-note'))).to.equal('Log note (0)');
    // A handler around the list, with the check, hears the click once.
    expect(outerClicks).to.equal(1);
  });

  it('renders React state changes inside the rows, keeping their containers', async () => {
    const list = await renderApp({ source: 'demo' });
    await reactPartsShown(list);
    const subtitle = inRow(rows(list)[0]!, '.custom-subtitle')!;
    const holder = subtitle.parentElement!;

    flushSync(() => setRowTag('Gold'));
    await waitUntil(() => all(list, '.custom-subtitle').every((span) => text(span).startsWith('Gold · ')), 'the rows kept the old tag');
    // The same container and the same span, updated by React in place: the part was not mounted again, and the list
    // did not render its rows again for it.
    expect(inRow(rows(list)[0]!, '.custom-subtitle')).to.equal(subtitle);
    expect(subtitle.parentElement).to.equal(holder);
  });

  it('keeps the keyboard on the rows’ own buttons, with one tab stop, and renders the details on expand', async () => {
    const list = await renderApp({ source: 'demo' });
    await reactPartsShown(list);
    const buttons = () => rows(list).map(rowMain);
    const notes = () => rows(list).map((row) => inRow(row, '.log-note')!);
    expect(buttons().map((button) => button.tabIndex).slice(0, 3)).to.deep.equal([0, -1, -1]);
    expect(notes().map((button) => button.tabIndex).slice(0, 3)).to.deep.equal([0, -1, -1]);

    buttons()[0]!.focus();
    buttons()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    await waitUntil(() => list.shadowRoot!.activeElement === buttons()[1], 'focus did not move to the next row');
    // The focused element is the row's own button, not one of React's.
    expect(list.shadowRoot!.activeElement!.getAttribute('part')).to.equal('row-main');
    expect(list.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal(list.items[1]!.sessionID);
    // The tab stop moved, and React's buttons follow it.
    await waitUntil(() => notes()[1]!.tabIndex === 0 && notes()[0]!.tabIndex === -1, 'the React buttons kept the old tab stop');

    // Space expands the focused row: its details come from React, and go when it closes.
    const live = probes.live;
    buttons()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }));
    await waitUntil(() => inRow(rows(list)[1]!, '.custom-details'), 'the React details did not appear');
    expect(text(inRow(rows(list)[1]!, '.custom-details'))).to.contain(list.items[1]!.sessionID);
    expect(probes.live).to.equal(live + 1);
    buttons()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }));
    await waitUntil(() => probes.live === live, 'the details portal stayed mounted');
    expect(all(list, '.custom-details')).to.have.length(0);
  });

  it('leaves no portal mounted once the React tree unmounts', async () => {
    const list = await renderApp({ source: 'demo' });
    await reactPartsShown(list);
    expect(probes.mounted).to.be.greaterThan(0);
    expect(probes.live).to.equal(reactParts(list));

    flushSync(() => root.unmount());
    expect(list.isConnected).to.equal(false);
    expect(probes.unmounted).to.equal(probes.mounted);
    expect(reactParts(list)).to.equal(0);
    root = createRoot(container);
  });

  it('unmounts the portals of rows that leave the rendered window', async () => {
    const calls = generateDemoCallLogs({ seed: 5, count: 1500, now: Date.now() });
    const list = await renderApp({ source: wholeHistory(calls), viewerUid: DEMO_VIEWER_UID, maxHeight: '300px' });
    expect(list.items).to.have.length(1500);
    await reactPartsShown(list);
    const early = calls[12]!.sessionID;
    const last = calls[calls.length - 1]!.sessionID;
    const shownIds = () => rows(list).map((row) => rowMain(row).dataset['id']);
    await waitUntil(() => shownIds().includes(early), 'a row near the top was not rendered');

    list.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!.scrollTop = 1e7;
    await waitUntil(() => shownIds().includes(last) && !shownIds().includes(early), 'the window did not move to the end');
    await reactPartsShown(list);
    // Every mounted portal is in a row the list shows: those of the rows that left were unmounted.
    await waitUntil(() => probes.live === reactParts(list), 'portals of rows that left stayed mounted');
    expect(probes.unmounted).to.be.greaterThan(0);
    expect(probes.live).to.be.lessThan(2 * 200);
    expect(probes.live).to.equal(2 * rows(list).length);
  });

  it('keeps the built-in parts and a renderers prop for the parts without a render prop, and hands its ref the element', async () => {
    const handed: (CallLogList | null)[] = [];
    const list = await renderApp({
      source: 'demo',
      listRef: (element) => {
        handed.push(element);
      },
      parts: ['renderSubtitle'],
      renderers: { title: (call) => `Caller ${call.sessionID.slice(-4)}`, subtitle: () => 'not shown' },
    });
    await waitUntil(() => all(list, '.custom-subtitle').length === rows(list).length, 'the React subtitles did not appear');
    expect(handed).to.deep.equal([list]);
    const first = rows(list)[0]!;
    expect(text(inRow(first, '[part~="name"]'))).to.equal(`Caller ${list.items[0]!.sessionID.slice(-4)}`);
    expect(text(first)).not.to.contain('not shown');
    expect(inRow(first, '[part~="call-back-button"]')).not.to.equal(null);

    // Without the render prop, the renderers prop takes its part back, and the React subtitles unmount.
    flushSync(() =>
      root.render(createElement(RowsApp, { source: 'demo', parts: [], renderers: { subtitle: () => 'plain subtitle' } })),
    );
    await waitUntil(() => probes.live === 0, 'the React subtitles stayed mounted');
    await list.updateComplete;
    expect(all(list, '.custom-subtitle')).to.have.length(0);
    expect(text(rows(list)[0]!)).to.contain('plain subtitle');
    expect(text(inRow(rows(list)[0]!, '[part~="name"]'))).not.to.contain('Caller');
  });
});
