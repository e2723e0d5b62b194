/**
 * A local stand-in for the CometChat Calls REST API (`GET /v3.0/calls`, `GET /v3.0/calls/{sessionId}`), serving the
 * seeded demo history in the real API's wire shape. Node only (node:http types), no dependencies. Mounted by the
 * test runner and the Vite dev server, and run on its own by `npm run api` (serve.ts).
 *
 * Tests steer it per named scenario: `PUT /__calls-api/scenarios/{name}` sets switches (latency, error statuses,
 * broken bodies, hanging, dropped connections, data shifting under paging, raw items) that apply to requests under
 * `/scenarios/{name}/v3.0/...`, replacing earlier ones and resetting the scenario; `PATCH` changes only the switches
 * it names (null turns one off) and keeps the scenario's state, and takes actions on its calls right away:
 * `insertNow: N` (N newer calls on top), `removeNow: N` (deletes the N calls after the newest, as an admin could
 * while a person pages) and `endNow: true` (every ongoing call ends now). These controls are the local API's own:
 * the real Calls API has no such routes.
 * `GET /__calls-api/scenarios/{name}` tells what those requests were, and how many faults were injected.
 *
 * The faults (`status`, `hang`, `reset`, `malformed`, `wrongEnvelope`; one applies per request, in that order)
 * answer the first `times` requests, then the scenario answers normally; without `times` they answer every request.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { CALL_CATEGORIES, CALL_TYPES, entityId, type CallEntity, type CallLog, type CallParticipant } from '../../src/model/call-log.js';
import { parseDuration } from '../../src/model/duration.js';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_SEARCH_LENGTH, type CallLogQuery } from '../../src/model/query.js';
import { DEMO_VIEWER_UID, generateDemoCallLogs } from '../../src/sources/demo-data.js';
import { pageOf, queryMatcher } from '../../src/sources/memory-source.js';

export interface CallsApiOptions {
  /** Seed of the demo data. Default 1. */
  seed?: number;
  /** How many demo calls. Default 240. */
  count?: number;
  /** Unix milliseconds the demo history is placed relative to. Default: `Date.now()` at creation. */
  now?: number;
}

/** What the data set is built from, so a test can build the same calls in memory (`GET /__calls-api/info`). */
export interface CallsApiInfo {
  seed: number;
  count: number;
  now: number;
  viewerUid: string;
}

export interface CallsApi {
  /** True for the paths this API answers: `/v3.0/...`, `/scenarios/...` and `/__calls-api/...`. */
  matches(url: string): boolean;
  /** Answers a request; one it does not match goes to `next` (or gets a 404 without one). */
  handle(req: IncomingMessage, res: ServerResponse, next?: () => void): Promise<void>;
  info: CallsApiInfo;
}

/** Switches of one test scenario; see the file comment. */
export interface ScenarioSwitches {
  latency?: number;
  latencies?: number[];
  status?: number;
  times?: number;
  errorBody?: unknown;
  retryAfter?: number;
  malformed?: boolean;
  wrongEnvelope?: boolean;
  hang?: boolean;
  /**
   * Drops the connection in the middle of the answer, a network failure to the client. (Dropping it before any
   * answer is not deterministic: a browser may send such a request again by itself on a new connection.)
   */
  reset?: boolean;
  insertPerPage?: number;
  items?: unknown[];
  /** The only auth tokens accepted; any other gets a 401, as an expired or revoked token does. */
  validTokens?: string[];
  /** The scenario serves its own seeded history of this many calls (up to 50,000) instead of the shared one. */
  count?: number;
}

interface Scenario {
  switches: ScenarioSwitches;
  latencies: number[];
  /** Requests the fault switches still answer. */
  faultsLeft: number;
  /** Faults injected so far. */
  faults: number;
  /** The scenario's own copy of the data once `insertPerPage` has changed it. */
  data?: CallLog[];
  inserted: number;
  requests: number;
  /** Responses sent in full. */
  answered: number;
  /** Requests whose client went away before the answer (aborted, timed out, hung). */
  abandoned: number;
  lastQuery: Record<string, string> | null;
  lastHeaders: { authtoken: boolean; accept: string | null } | null;
}

const PREFIXES = ['/v3.0/', '/scenarios/', '/__calls-api/'];
const MAX_LATENCY_MS = 30_000;
const MAX_BODY_CHARS = 1_000_000;
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, PUT, PATCH, OPTIONS',
  'Access-Control-Allow-Headers': 'authToken, Accept, Content-Type',
  'Access-Control-Expose-Headers': 'Retry-After',
};

/** A failure answered as `{ error: { code, message } }`. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const badRequest = (message: string) => new ApiError(400, 'ERR_BAD_REQUEST', message);

/** A path segment decoded; a broken escape is the client's error, not the server's. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest(`The path segment ${JSON.stringify(segment)} is not validly %-encoded.`);
  }
}
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// ---- The wire shape -------------------------------------------------------------------------------------------

/** "HH:MM:SS", as the Calls API writes durations. */
function clock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
}

function wireEntity(entity: CallEntity): Record<string, unknown> {
  return entity.entityType === 'user'
    ? { uid: entity.uid, name: entity.name, ...(entity.avatar !== undefined && { avatar: entity.avatar }) }
    : { guid: entity.guid, name: entity.name, ...(entity.icon !== undefined && { icon: entity.icon }) };
}

/**
 * The participant entries of one person as the real API lists them: one per device (`deviceId`, `mid`), with a uid,
 * figures and a state but no name or picture. A person on two devices joined on the second a little later and
 * split the minutes.
 */
function wireParticipants(p: CallParticipant, log: CallLog): Record<string, unknown>[] {
  const devices = p.devices ?? 1;
  return Array.from({ length: devices }, (_, device) => {
    const share = (minutes: number) => Math.round((minutes / devices) * 1e4) / 1e4;
    const joinedAt = p.joinedAt !== undefined ? Math.min(p.joinedAt + device * 5, p.leftAt ?? Infinity) : undefined;
    return {
      uid: p.uid,
      isJoined: p.hasJoined,
      state: p.state ?? (!p.hasJoined ? 'unanswered' : p.leftAt !== undefined ? 'ended' : 'ongoing'),
      ...(joinedAt !== undefined && { joinedAt }),
      ...(p.leftAt !== undefined && { leftAt: p.leftAt }),
      totalAudioMinutes: share(p.totalAudioMinutes),
      totalVideoMinutes: share(p.totalVideoMinutes),
      totalDuration: share(p.totalDurationInMinutes),
      ...(p.hasJoined && { deviceId: `${p.uid}.device${device + 1}`, mid: `${log.sessionID}.${p.uid}.${device + 1}` }),
    };
  });
}

/** A model call log as the real Calls API sends it. */
export function toWireCall(log: CallLog): Record<string, unknown> {
  const seconds = parseDuration(log.totalDuration) ?? log.totalDurationInMinutes * 60;
  return {
    sessionId: log.sessionID,
    type: log.type,
    mode: log.callCategory,
    status: log.status === 'cancelled' ? 'canceled' : log.status,
    initiator: entityId(log.initiator),
    receiver: entityId(log.receiver),
    receiverType: log.receiverType,
    initiatedAt: log.initiatedAt,
    ...(log.startedAt !== undefined && { startedAt: log.startedAt }),
    ...(log.endedAt !== undefined && { endedAt: log.endedAt }),
    totalDuration: clock(seconds),
    totalDurationInMinutes: log.totalDurationInMinutes,
    totalAudioMinutes: log.totalAudioMinutes,
    totalVideoMinutes: log.totalVideoMinutes,
    totalParticipants: log.totalParticipants,
    hasRecording: log.hasRecording,
    participants: log.participantInfoList.flatMap((p) => wireParticipants(p, log)),
    recordings: log.recordings.map((r) => ({
      rid: r.rid,
      recording_url: r.recordingURL,
      duration: r.duration,
      startTime: r.startTime,
      endTime: r.endTime,
    })),
    data: {
      entities: {
        initiator: { entityType: log.initiator.entityType, entity: wireEntity(log.initiator) },
        receiver: { entityType: log.receiver.entityType, entity: wireEntity(log.receiver) },
      },
    },
  };
}

// ---- Reading requests -----------------------------------------------------------------------------------------

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    const list = allowed.map((v) => `"${v}"`).join(', ');
    throw badRequest(`Bad value for "${name}": ${JSON.stringify(value)}; use one of ${list}.`);
  }
  return value as T;
}

function positiveInt(params: URLSearchParams, name: string, fallback: number): number {
  const text = params.get(name);
  if (text === null) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw badRequest(`Bad value for "${name}": ${JSON.stringify(text)}; use a whole number from 1.`);
  }
  return Number(text);
}

/** The list query in the model's terms; a bad value throws a 400 naming it. Unknown parameters are ignored. */
function readListQuery(params: URLSearchParams): { query: CallLogQuery; page: number } {
  const query: CallLogQuery = { limit: Math.min(positiveInt(params, 'perPage', DEFAULT_LIMIT), MAX_LIMIT) };
  const page = positiveInt(params, 'page', 1);
  const get = (name: string) => params.get(name) ?? undefined;
  const type = get('type');
  if (type !== undefined) query.sessionType = oneOf('type', type, CALL_TYPES);
  const status = get('status');
  if (status !== undefined) {
    const wire = ['ongoing', 'busy', 'rejected', 'canceled', 'ended', 'missed', 'initiated', 'unanswered'] as const;
    const value = oneOf('status', status === 'cancelled' ? 'canceled' : status, wire);
    query.callStatus = value === 'canceled' ? 'cancelled' : value;
  }
  const mode = get('mode');
  if (mode !== undefined) query.callCategory = oneOf('mode', mode, CALL_CATEGORIES);
  const direction = get('direction');
  if (direction !== undefined) query.callDirection = oneOf('direction', direction, ['incoming', 'outgoing'] as const);
  for (const name of ['uid', 'guid'] as const) {
    const id = get(name);
    if (id === undefined) continue;
    if (id.trim() === '') throw badRequest(`Bad value for "${name}": it is empty; leave it out or give an id.`);
    query[name] = id;
  }
  const hasRecording = get('hasRecording');
  if (hasRecording !== undefined) query.hasRecording = oneOf('hasRecording', hasRecording, ['true', 'false']) === 'true';
  // LOCAL ONLY: CometChat's Calls API has no search parameter. This one stands for an app's own backend or proxy
  // that adds search (the source's `serverSearch` option). `startedAt` and `endedAt`, which the reference lists
  // without saying what they match, are ignored here as unknown parameters are: clients must not rely on them.
  const search = get('search')?.trim();
  if (search) query.search = search.slice(0, MAX_SEARCH_LENGTH);
  return { query, page };
}

function readSwitches(body: unknown): ScenarioSwitches {
  if (!isObject(body)) throw badRequest('The scenario body must be a JSON object of switches.');
  const number = (key: string, value: unknown, min: number, max: number, integer = false): number => {
    const ok = typeof value === 'number' && value >= min && value <= max && (!integer || Number.isInteger(value));
    if (!ok) {
      const what = integer ? 'a whole number' : 'a number';
      const range = max < Infinity ? `from ${min} to ${max}` : `from ${min}`;
      throw badRequest(`Switch "${key}": ${JSON.stringify(value)} is not ${what} ${range}.`);
    }
    return value;
  };
  const flag = (key: string, value: unknown): boolean => {
    if (typeof value !== 'boolean') throw badRequest(`Switch "${key}": ${JSON.stringify(value)} is not true or false.`);
    return value;
  };
  const switches: ScenarioSwitches = {};
  for (const [key, value] of Object.entries(body)) {
    switch (key) {
      case 'latency': // Milliseconds, capped at 30 s.
        switches.latency = Math.min(number(key, value, 0, Infinity), MAX_LATENCY_MS);
        break;
      case 'latencies':
        if (!Array.isArray(value)) throw badRequest(`Switch "latencies" must be an array of milliseconds.`);
        switches.latencies = value.map((ms) => Math.min(number(key, ms, 0, Infinity), MAX_LATENCY_MS));
        break;
      case 'retryAfter': // Seconds.
        switches.retryAfter = number(key, value, 0, 86_400, true);
        break;
      case 'status':
        switches.status = number(key, value, 200, 599, true);
        break;
      case 'times':
        switches.times = number(key, value, 0, Number.MAX_SAFE_INTEGER, true);
        break;
      case 'count':
        switches.count = number(key, value, 0, 50_000, true);
        break;
      case 'insertPerPage':
        switches.insertPerPage = number(key, value, 0, MAX_LIMIT, true);
        break;
      case 'malformed':
      case 'wrongEnvelope':
      case 'hang':
      case 'reset':
        switches[key] = flag(key, value);
        break;
      case 'errorBody':
        switches.errorBody = value;
        break;
      case 'items':
        if (!Array.isArray(value)) throw badRequest(`Switch "items" must be an array of raw call items.`);
        switches.items = value;
        break;
      case 'validTokens':
        if (!Array.isArray(value) || !value.every((token) => typeof token === 'string' && token !== '')) {
          throw badRequest(`Switch "validTokens" must be an array of non-empty strings.`);
        }
        switches.validTokens = value;
        break;
      default:
        throw badRequest(
          `Unknown switch "${key}"; use latency, latencies, status, times, errorBody, retryAfter, malformed, ` +
            'wrongEnvelope, hang, reset, insertPerPage, items, validTokens or count.',
        );
    }
  }
  return switches;
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  let text = '';
  req.setEncoding('utf8');
  for await (const chunk of req) {
    text += chunk;
    if (text.length > MAX_BODY_CHARS) throw new ApiError(413, 'ERR_TOO_LARGE', 'The body is over 1 MB.');
  }
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('The body is not JSON.');
  }
}

// ---- Writing responses ----------------------------------------------------------------------------------------

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Cache-Control': 'no-store',
    ...(text !== undefined && { 'Content-Type': 'application/json; charset=utf-8' }),
    ...headers,
  });
  res.end(text);
}

const errorBody = (code: string, message: string) => ({ error: { code, message } });

/** Marks a request whose client went away before it was answered (499, "client closed request", in logs). */
function clientGone(res: ServerResponse): void {
  if (!res.headersSent) res.statusCode = 499;
}

/** Resolves true after `ms`, or false as soon as the client goes away (the timer is cleared then). */
function delay(res: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer);
      clientGone(res);
      resolve(false);
    };
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(true);
    }, ms);
    res.once('close', onClose);
  });
}

/** Never answers: resolves when the client goes away. Holds no timer, so it keeps no process alive. */
function untilClosed(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (res.destroyed || req.socket.destroyed) return Promise.resolve(clientGone(res));
  return new Promise((resolve) =>
    res.once('close', () => {
      clientGone(res);
      resolve();
    }),
  );
}

const SWITCH_NAMES: readonly (keyof ScenarioSwitches)[] = [
  'latency', 'latencies', 'status', 'times', 'errorBody', 'retryAfter', 'malformed', 'wrongEnvelope', 'hang', 'reset',
  'insertPerPage', 'items', 'validTokens',
];

/** The fault switches, in the order in which they apply when several are set. */
const FAULTS = ['status', 'hang', 'reset', 'malformed', 'wrongEnvelope'] as const;
type Fault = (typeof FAULTS)[number];

/** The fault this request gets, if any, counted against the scenario's `times`. */
function takeFault(scenario: Scenario): Fault | undefined {
  const { switches } = scenario;
  const fault = FAULTS.find((key) => (key === 'status' ? switches.status !== undefined : switches[key] === true));
  if (fault === undefined || scenario.faultsLeft <= 0) return undefined;
  scenario.faultsLeft--;
  scenario.faults++;
  return fault;
}

/** A copy of a call moved `by` seconds later, under a new id. */
function shiftCall(log: CallLog, suffix: string, by: number): CallLog {
  const moved: CallLog = {
    ...log,
    sessionID: `${log.sessionID}${suffix}`,
    initiatedAt: log.initiatedAt + by,
    recordings: log.recordings.map((r) => ({
      ...r,
      rid: `${r.rid}${suffix}`,
      startTime: r.startTime + by,
      endTime: r.endTime + by,
    })),
    participantInfoList: log.participantInfoList.map((p) => ({
      ...p,
      ...(p.joinedAt !== undefined && { joinedAt: p.joinedAt + by }),
      ...(p.leftAt !== undefined && { leftAt: p.leftAt + by }),
    })),
  };
  if (log.endedAt !== undefined) moved.endedAt = log.endedAt + by;
  return moved;
}

// ---- The API --------------------------------------------------------------------------------------------------

export function createCallsApi(options: CallsApiOptions = {}): CallsApi {
  const info: CallsApiInfo = {
    seed: options.seed ?? 1,
    count: options.count ?? 240,
    now: options.now ?? Date.now(),
    viewerUid: DEMO_VIEWER_UID,
  };
  // Built on first use from the fixed options (the same calls as building them now): a failing generator then
  // shows as a 500 naming the problem instead of stopping the server that mounts this API.
  let demoCalls: CallLog[] | undefined;
  const baseData = () => (demoCalls ??= generateDemoCallLogs(info));
  const scenarios = new Map<string, Scenario>();

  const newScenario = (switches: ScenarioSwitches = {}): Scenario => ({
    switches,
    ...(switches.count !== undefined && { data: generateDemoCallLogs({ ...info, count: switches.count }) }),
    latencies: [...(switches.latencies ?? [])],
    faultsLeft: switches.times ?? Infinity,
    faults: 0,
    inserted: 0,
    requests: 0,
    answered: 0,
    abandoned: 0,
    lastQuery: null,
    lastHeaders: null,
  });

  const matches = (url: string) => PREFIXES.some((prefix) => url.startsWith(prefix));

  /** Adds `count` calls on top of the scenario's data, newer than all others. */
  function insertCalls(scenario: Scenario, count: number): void {
    const data = (scenario.data ??= [...baseData()]);
    const templates = baseData();
    if (templates.length === 0) return;
    let newest = data.reduce((max, log) => Math.max(max, log.initiatedAt), 0);
    const batch: CallLog[] = [];
    for (let i = 0; i < count; i++) {
      const template = templates[scenario.inserted % templates.length];
      newest += 60;
      batch.unshift(shiftCall(template, `.new${++scenario.inserted}`, newest - template.initiatedAt));
    }
    data.unshift(...batch);
  }

  /** Deletes `count` calls just after the newest one: above the position of a person reading further down. */
  function removeCalls(scenario: Scenario, count: number): void {
    const data = (scenario.data ??= [...baseData()]);
    data.splice(1, count);
  }

  /** Ends every ongoing call now: the talk time runs to this moment. */
  function endOngoingCalls(scenario: Scenario): void {
    const data = (scenario.data ??= [...baseData()]);
    const now = Math.floor(Date.now() / 1000);
    for (const [i, log] of data.entries()) {
      if (log.status !== 'ongoing') continue;
      const seconds = Math.max(0, now - (log.startedAt ?? log.initiatedAt));
      data[i] = {
        ...log,
        status: 'ended',
        endedAt: now,
        totalDuration: clock(seconds),
        totalDurationInMinutes: seconds / 60,
        participantInfoList: log.participantInfoList.map((p) => (p.hasJoined && p.leftAt === undefined ? { ...p, leftAt: now, state: 'ended' } : p)),
      };
    }
  }

  function listCalls(params: URLSearchParams, scenario: Scenario | undefined): unknown {
    const { query, page } = readListQuery(params);
    const pagination = (total: number, count: number, totalPages = Math.ceil(total / query.limit)) => ({
      total,
      count,
      per_page: query.limit,
      current_page: page,
      total_pages: totalPages,
    });
    const raw = scenario?.switches.items;
    if (raw) {
      const slice = raw.slice((page - 1) * query.limit, page * query.limit);
      return { data: slice, meta: { pagination: pagination(raw.length, slice.length) } };
    }
    const data = scenario?.data ?? baseData();
    const result = pageOf(data, query, page, info.viewerUid);
    const total = result.pagination.total ?? data.filter(queryMatcher(query, info.viewerUid)).length;
    const body = {
      data: result.items.map(toWireCall),
      meta: { pagination: pagination(total, result.items.length, result.pagination.totalPages) },
    };
    if (scenario?.switches.insertPerPage) insertCalls(scenario, scenario.switches.insertPerPage);
    return body;
  }

  function oneCall(sessionId: string, scenario: Scenario | undefined): unknown {
    const raw = scenario?.switches.items;
    const item = raw
      ? raw.find((candidate) => isObject(candidate) && candidate.sessionId === sessionId)
      : (scenario?.data ?? baseData()).find((log) => log.sessionID === sessionId);
    if (item === undefined) {
      throw new ApiError(404, 'ERR_SESSION_NOT_FOUND', `No call has the session id ${JSON.stringify(sessionId)}.`);
    }
    return { data: raw ? item : toWireCall(item as CallLog) };
  }

  /** A request under `/v3.0/`, through the scenario's switches when it has one. */
  async function serveApi(req: IncomingMessage, res: ServerResponse, url: URL, path: string, scenario?: Scenario) {
    let fault: Fault | undefined;
    if (scenario) {
      scenario.requests++;
      res.once('close', () => (res.writableFinished ? scenario.answered++ : scenario.abandoned++));
      scenario.lastQuery = Object.fromEntries(url.searchParams);
      scenario.lastHeaders = { authtoken: typeof req.headers.authtoken === 'string', accept: req.headers.accept ?? null };
      const { switches } = scenario;
      const wait = scenario.latencies.length > 0 ? scenario.latencies.shift()! : (switches.latency ?? 0);
      if (wait > 0 && !(await delay(res, wait))) return;
      fault = takeFault(scenario);
      if (fault === 'hang') return untilClosed(req, res);
      if (fault === 'reset') {
        res.writeHead(200, { ...CORS_HEADERS, 'Content-Type': 'application/json', 'Content-Length': '4096' });
        res.write('{"data": [');
        return void setImmediate(() => res.destroy());
      }
      if (fault === 'status' && switches.status !== undefined) {
        const status = switches.status;
        const headers: Record<string, string> =
          switches.retryAfter !== undefined ? { 'Retry-After': String(switches.retryAfter) } : {};
        const name = (STATUS_CODES[status] ?? 'Error').toUpperCase().replace(/[^A-Z0-9]+/g, '_');
        const message = `Scenario answer: ${status} ${STATUS_CODES[status] ?? ''}`.trim();
        const body = switches.errorBody ?? errorBody(`ERR_${name}`, message);
        return send(res, status, status === 204 || status === 304 ? undefined : body, headers);
      }
    }
    const token = req.headers.authtoken;
    if (typeof token !== 'string' || token.trim() === '') {
      throw new ApiError(401, 'AUTH_ERR_AUTH_TOKEN_NOT_FOUND', 'The authToken header is missing or empty.');
    }
    if (scenario?.switches.validTokens && !scenario.switches.validTokens.includes(token)) {
      throw new ApiError(401, 'AUTH_ERR_INVALID_TOKEN', 'The auth token is not valid, or has expired.');
    }
    if (fault === 'malformed') return send(res, 200, '{"data": [{"sessionId": "v1.us.trunc');
    if (fault === 'wrongEnvelope') return send(res, 200, { items: [] });
    const one = /^\/v3\.0\/calls\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && path === '/v3.0/calls') return send(res, 200, listCalls(url.searchParams, scenario));
    if (req.method === 'GET' && one) return send(res, 200, oneCall(decodeSegment(one[1]), scenario));
    throw new ApiError(404, 'ERR_NOT_FOUND', `The Calls API has no route ${req.method} ${path}.`);
  }

  async function serveControl(req: IncomingMessage, res: ServerResponse, path: string) {
    if (req.method === 'GET' && path === '/__calls-api/info') return send(res, 200, info);
    const named = /^\/__calls-api\/scenarios\/([^/]+)$/.exec(path);
    if (named && req.method === 'PUT') {
      const switches = readSwitches(await readJsonBody(req));
      scenarios.set(scenarioName(named[1]), newScenario(switches));
      return send(res, 200, { switches });
    }
    if (named && req.method === 'PATCH') {
      const body = await readJsonBody(req);
      if (!isObject(body)) throw badRequest('The scenario body must be a JSON object of switches.');
      const { insertNow, removeNow, endNow, ...changes } = body;
      // A switch set to null is turned off.
      const off = Object.keys(changes).filter((key) => changes[key] === null);
      for (const key of off) delete changes[key];
      const switches = readSwitches(changes);
      const unknown = off.find((key) => !SWITCH_NAMES.includes(key as keyof ScenarioSwitches));
      if (unknown !== undefined) throw badRequest(`Unknown switch "${unknown}".`);
      if (removeNow !== undefined && (!Number.isInteger(removeNow) || (removeNow as number) < 0)) {
        throw badRequest(`"removeNow": ${JSON.stringify(removeNow)} is not a whole number from 0.`);
      }
      if (endNow !== undefined && typeof endNow !== 'boolean') {
        throw badRequest(`"endNow": ${JSON.stringify(endNow)} is not true or false.`);
      }
      if (insertNow !== undefined && (!Number.isInteger(insertNow) || (insertNow as number) < 0)) {
        throw badRequest(`"insertNow": ${JSON.stringify(insertNow)} is not a whole number from 0.`);
      }
      const name = scenarioName(named[1]);
      const scenario = scenarios.get(name) ?? newScenario();
      scenarios.set(name, scenario);
      scenario.switches = { ...scenario.switches, ...switches };
      for (const key of off) delete scenario.switches[key as keyof ScenarioSwitches];
      if (switches.latencies) scenario.latencies = [...switches.latencies];
      if (FAULTS.some((key) => switches[key] !== undefined) || switches.times !== undefined) {
        scenario.faultsLeft = scenario.switches.times ?? Infinity;
      }
      if (insertNow) insertCalls(scenario, Math.min(insertNow as number, MAX_LIMIT));
      if (removeNow) removeCalls(scenario, Math.min(removeNow as number, MAX_LIMIT));
      if (endNow) endOngoingCalls(scenario);
      return send(res, 200, { switches: scenario.switches });
    }
    if (named && req.method === 'GET') {
      const scenario = scenarios.get(scenarioName(named[1]));
      const { requests = 0, answered = 0, abandoned = 0, faults = 0, lastQuery = null, lastHeaders = null } =
        scenario ?? {};
      const switches = scenario?.switches ?? {};
      return send(res, 200, { requests, answered, abandoned, faults, lastQuery, lastHeaders, switches });
    }
    throw new ApiError(404, 'ERR_NOT_FOUND', `No route ${req.method} ${path}.`);
  }

  function scenarioName(encoded: string): string {
    const name = decodeSegment(encoded);
    if (!/^[\w.-]{1,100}$/.test(name)) {
      throw badRequest(`Bad scenario name ${JSON.stringify(name)}: use 1-100 letters, digits, ".", "_" or "-".`);
    }
    return name;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, next?: () => void): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://calls-api.local');
    const path = url.pathname;
    if (!matches(path)) {
      if (next) return next();
      return send(res, 404, errorBody('ERR_NOT_FOUND', `No route ${req.method} ${path}.`));
    }
    try {
      if (req.method === 'OPTIONS') return send(res, 204);
      if (path.startsWith('/__calls-api/')) return await serveControl(req, res, path);
      const scoped = /^\/scenarios\/([^/]+)(\/.*)$/.exec(path);
      if (scoped) {
        const name = scenarioName(scoped[1]);
        if (!scoped[2].startsWith('/v3.0/')) throw new ApiError(404, 'ERR_NOT_FOUND', `No route ${req.method} ${path}.`);
        let scenario = scenarios.get(name);
        if (!scenario) scenarios.set(name, (scenario = newScenario()));
        return await serveApi(req, res, url, scoped[2], scenario);
      }
      if (path.startsWith('/scenarios/')) throw new ApiError(404, 'ERR_NOT_FOUND', `No route ${req.method} ${path}.`);
      return await serveApi(req, res, url, path);
    } catch (error) {
      if (error instanceof ApiError) return send(res, error.status, errorBody(error.code, error.message));
      const message = error instanceof Error ? error.message : String(error);
      return send(res, 500, errorBody('ERR_INTERNAL', `The local Calls API failed: ${message}`));
    }
  }

  return { matches, handle, info };
}
