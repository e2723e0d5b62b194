// Test access to the local Calls API that the test runner mounts on the page's own origin.
import type { ScenarioSwitches } from '../../demo/api/calls-api.js';
import { CometChatCallsSource, type CometChatCallsSourceOptions } from '../../src/sources/cometchat-calls-source.js';

export interface ScenarioState {
  requests: number;
  /** Responses sent in full. */
  answered: number;
  /** Requests whose client went away before the answer. */
  abandoned: number;
  /** Faults the switches injected. */
  faults: number;
  lastQuery: Record<string, string>;
  lastHeaders: { authtoken: boolean };
}

export const TEST_TOKEN = 'test-auth-token';
let counter = 0;

/** A fresh, uniquely named scenario of the local API with the given switches. */
export async function scenario(switches: ScenarioSwitches) {
  const name = `s${++counter}-${Math.random().toString(36).slice(2, 10)}`;
  const response = await fetch(`/__calls-api/scenarios/${name}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(switches),
  });
  if (!response.ok) throw new Error(`Could not set up scenario ${name}: ${response.status}`);
  const baseUrl = `${location.origin}/scenarios/${name}/v3.0`;
  return {
    name,
    baseUrl,
    source: (options: Omit<CometChatCallsSourceOptions, 'baseUrl'> = {}) =>
      new CometChatCallsSource({ baseUrl, authToken: TEST_TOKEN, ...options }),
    state: async (): Promise<ScenarioState> => (await fetch(`/__calls-api/scenarios/${name}`)).json(),
    /**
     * Changes the named switches (null turns one off), keeping the scenario's state; takes the local API's actions
     * too: `insertNow: N` puts N newer calls on top, `removeNow: N` deletes N after the newest, `endNow` ends the
     * ongoing calls.
     */
    patch: async (
      switches: { [K in keyof ScenarioSwitches]?: ScenarioSwitches[K] | null } & { insertNow?: number; removeNow?: number; endNow?: boolean },
    ) => {
      const patched = await fetch(`/__calls-api/scenarios/${name}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(switches),
      });
      if (!patched.ok) throw new Error(`Could not change scenario ${name}: ${patched.status}`);
    },
    /** Resolves once every request of the scenario has been answered or abandoned. */
    settled: async (timeout = 5000) => {
      const until = Date.now() + timeout;
      for (;;) {
        const { requests, answered, abandoned } = (await (await fetch(`/__calls-api/scenarios/${name}`)).json()) as ScenarioState;
        if (answered + abandoned >= requests) return;
        if (Date.now() > until) throw new Error(`Scenario ${name}: ${requests - answered - abandoned} requests never ended`);
      }
    },
  };
}

/** The parameters the local API generated its data with, to build the same data in memory. */
export async function apiInfo(): Promise<{ seed: number; count: number; now: number; viewerUid: string }> {
  return (await fetch('/__calls-api/info')).json();
}
