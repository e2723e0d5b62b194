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

/**
 * Counts what the package's code (a stack frame under /src/) creates and releases: timeouts and intervals, listeners
 * on `window`, elements observed by IntersectionObservers. `stop()` restores the originals and tells what is left.
 */
export function trackResources() {
  const fromPackage = () => (new Error().stack ?? '').split('\n').some((line) => line.includes('/src/') && !line.includes('node_modules'));
  const timers = new Map<number, string>();
  const listeners = new Map<string, number>();
  const observed = new Map<IntersectionObserver, Set<Element>>();
  const created = { timers: 0, listeners: 0, observed: 0 };
  const real = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    addEventListener: window.addEventListener,
    removeEventListener: window.removeEventListener,
    IntersectionObserver: window.IntersectionObserver,
  };
  const ids = new WeakMap<object, number>();
  let next = 0;
  const key = (type: string, listener: unknown, options?: boolean | EventListenerOptions) => {
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    if (!ids.has(listener as object)) ids.set(listener as object, ++next);
    return `${type}/${ids.get(listener as object)}/${capture}`;
  };

  window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const tracked = fromPackage();
    const id = real.setTimeout.call(
      window,
      () => {
        timers.delete(id);
        if (typeof handler === 'function') (handler as (...args: unknown[]) => void)(...rest);
      },
      ms,
    ) as unknown as number;
    if (tracked) {
      timers.set(id, `timeout ${ms} ms`);
      created.timers++;
    }
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    real.clearTimeout.call(window, id);
  }) as typeof clearTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = real.setInterval.call(window, handler as () => void, ms, ...(rest as [])) as unknown as number;
    if (fromPackage()) {
      timers.set(id, `interval ${ms} ms`);
      created.timers++;
    }
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    real.clearInterval.call(window, id);
  }) as typeof clearInterval;
  window.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (listener && fromPackage()) {
      const k = key(type, listener, options);
      listeners.set(k, (listeners.get(k) ?? 0) + 1);
      created.listeners++;
    }
    return real.addEventListener.call(window, type, listener!, options);
  } as typeof window.addEventListener;
  window.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if (listener) {
      const k = key(type, listener, options);
      if (listeners.has(k)) listeners.delete(k);
    }
    return real.removeEventListener.call(window, type, listener!, options);
  } as typeof window.removeEventListener;
  window.IntersectionObserver = class extends real.IntersectionObserver {
    override observe(target: Element): void {
      if (!observed.has(this)) observed.set(this, new Set());
      observed.get(this)!.add(target);
      created.observed++;
      super.observe(target);
    }
    override unobserve(target: Element): void {
      observed.get(this)?.delete(target);
      super.unobserve(target);
    }
    override disconnect(): void {
      observed.delete(this);
      super.disconnect();
    }
  };

  return {
    stop() {
      Object.assign(window, real);
      return {
        created,
        timers: [...timers.values()],
        listeners: [...listeners.keys()],
        observed: [...observed.values()].reduce((sum, targets) => sum + targets.size, 0),
      };
    },
  };
}
