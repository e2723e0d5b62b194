// Shared by the reliability suites (faults, races, integrity, fuzz, hostile data, secrets).
import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { CallLogSource } from '../../src/sources/call-log-source.js';
import type { RetryOptions } from '../../src/sources/cometchat-calls-source.js';

export const VIEWER = 'sam.rivera';
/** Retries as the defaults do them, but with waits of a few milliseconds. */
export const QUICK_RETRY: RetryOptions = { retries: 3, baseDelay: 2, maxDelay: 20 };

export const rows = (list: CallLogList) => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
export const part = (list: CallLogList, name: string) =>
  list.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const ids = (calls: readonly { sessionID: string }[]) => calls.map((call) => call.sessionID);
export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const visible = (el: Element | null) => !!el && !el.closest('[hidden]');

/** Waits until the list is done loading: ready, complete or in error. */
export const settled = (list: CallLogList, timeout = 5000) =>
  waitUntil(() => ['ready', 'complete', 'error'].includes(list.status), `the list did not settle (${list.status})`, {
    timeout,
  });

/**
 * A list in a 480 px box, loading with a "Load more" button: on `base` (a base URL, with the test token and quick
 * retries) or a source object, plus `attributes` ("name=value name2=value2").
 */
export async function restList(
  base: string | CallLogSource,
  attributes = '',
  token = 'test-auth-token',
): Promise<CallLogList> {
  const list = document.createElement('call-log-list');
  list.setAttribute('load-more', 'button');
  if (typeof base === 'string') {
    list.retryOptions = QUICK_RETRY;
    list.setAttribute('base-url', base);
    list.setAttribute('auth-token', token);
  } else {
    list.source = base;
  }
  for (const pair of attributes.split(/\s+/).filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    list.setAttribute(name!, value);
  }
  await fixture(html`<div style="width: 480px">${list}</div>`);
  return list;
}

/**
 * Errors that escape to the window (uncaught exceptions and unhandled rejections) while it listens. `stop()` removes
 * the listeners and returns what was caught; the benign ResizeObserver notice is not counted.
 */
export function catchEscapes(): { stop(): string[] } {
  const caught: string[] = [];
  const onError = (event: ErrorEvent) => {
    if (!String(event.message).startsWith('ResizeObserver loop')) caught.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    caught.push(`unhandled rejection: ${String((event.reason as Error)?.message ?? event.reason)}`);
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return caught;
    },
  };
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/** Records every console call (and keeps it out of the test output) until `stop()`. */
export function recordConsole(): { stop(): string[] } {
  const calls: string[] = [];
  const originals = CONSOLE_METHODS.map((method) => [method, console[method]] as const);
  for (const method of CONSOLE_METHODS) {
    console[method] = (...args: unknown[]) => {
      calls.push(`${method}: ${args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : String(arg))).join(' ')}`);
    };
  }
  return {
    stop() {
      for (const [method, original] of originals) console[method] = original as never;
      return calls;
    },
  };
}

/**
 * Takes the page really offline (the browser's network emulation) for `ms`, then back online; resolves once the
 * page is offline. The runner brings it back by itself, since an offline page cannot send it the command.
 */
export async function goOffline(ms: number): Promise<void> {
  const offline = new Promise((resolve) => window.addEventListener('offline', resolve, { once: true }));
  await executeServerCommand('go-offline', { for: ms });
  await offline;
}
