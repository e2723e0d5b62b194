// Helpers of the embed tests: each opens a plain HTML page in an iframe over HTTP, as a site would serve it, and
// reads what it shows. The pages load the built bundles (dist/), which `npm test` builds before the browser tests.
import { waitUntil } from '@open-wc/testing';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';

export interface EmbedProbe {
  errors: string[];
  warnings: string[];
  violations: string[];
}

export type PageWindow = Window &
  typeof globalThis & {
    embedProbe: EmbedProbe;
    CallLogElements?: Record<string, unknown>;
  };

const frames: HTMLIFrameElement[] = [];

/** Opens `url` (or, with `{ srcdoc }`, that HTML as a page of this origin) in a visible iframe, once loaded. */
export async function openPage(url: string, { srcdoc }: { srcdoc?: string } = {}): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0; display: block;';
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`${url} did not load`)), { once: true });
  });
  if (srcdoc === undefined) frame.src = url;
  else frame.srcdoc = srcdoc;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

export function listIn(page: PageWindow, selector = 'call-log-list'): CallLogList {
  const list = page.document.querySelector(selector);
  if (!list) throw new Error(`no ${selector} in ${page.location.pathname}`);
  return list as CallLogList;
}

export function rowsOf(list: Element): HTMLElement[] {
  return [...(list.shadowRoot?.querySelectorAll<HTMLElement>('[part~="row"]') ?? [])];
}

/** Waits until the list has shown its first page of calls and returns its rows. */
export async function shownRows(list: Element, message = 'the list shows calls'): Promise<HTMLElement[]> {
  await waitUntil(() => rowsOf(list).length > 0, message, { timeout: 5000 });
  return rowsOf(list);
}
