// Test access to the local Calls API that the test runner mounts on the page's own origin.
import type { ScenarioSwitches } from '../../demo/api/calls-api.js';
import { CometChatCallsSource } from '../../src/sources/cometchat-calls-source.js';

export interface ScenarioState {
  requests: number;
  /** Responses sent in full. */
  answered: number;
  /** Requests whose client went away before the answer. */
  abandoned: number;
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
    source: (options: { timeout?: number; authToken?: string } = {}) =>
      new CometChatCallsSource({ baseUrl, authToken: TEST_TOKEN, ...options }),
    state: async (): Promise<ScenarioState> => (await fetch(`/__calls-api/scenarios/${name}`)).json(),
  };
}

/** The parameters the local API generated its data with, to build the same data in memory. */
export async function apiInfo(): Promise<{ seed: number; count: number; now: number; viewerUid: string }> {
  return (await fetch('/__calls-api/info')).json();
}
