/**
 * Reads calls into the model: one call, or a list of them, as the CometChat Calls REST API sends them or already in
 * the model's names. The wire shape differs from the SDK's `CallLog`: `sessionId`, `mode`, plain-id
 * `initiator`/`receiver` with the entities under `data.entities`, "HH:MM:SS" durations, `participants` with
 * `isJoined` and one entry per device, `recording_url`, and 'canceled'. Reading is defensive: a field of the wrong
 * type gets a safe default, timestamps a `Date` cannot hold and absurd durations or counts are bounded, and a call is
 * only left out when it has no usable session id.
 */
import { describeValue } from '../errors/call-log-error.js';
import {
  CALL_STATUSES,
  entityId,
  PARTICIPANT_STATES,
  type CallCategory,
  type CallEntity,
  type CallLog,
  type CallParticipant,
  type CallRecording,
  type CallStatus,
  type CallType,
  type CallUser,
  type ParticipantState,
  type ReceiverType,
} from './call-log.js';
import { formatDuration, parseDuration } from './duration.js';

/** An item a source could not read and left out of the page (the rest of the page is kept). */
export interface SkippedItem {
  index: number;
  reason: string;
}

/** Who a plain `initiator` or `receiver` id is, as the Calls API sends it under the item's `data.entities`. */
interface KnownEntity {
  entityType?: unknown;
  entity?: unknown;
}

type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** Unix seconds that a `Date` can hold (±8.64e12); others are unreadable, so they get the fallback. */
const timeOr = <T>(value: unknown, fallback: T): number | T =>
  Number.isFinite(value) && Math.abs(value as number) <= 8.64e12 ? (value as number) : fallback;
/** Largest duration (in its unit), count or minutes kept: absurd values are capped so every formatter can show them. */
const MAX_AMOUNT = 1e9;
/** A duration, minutes or count: a finite number, at least 0 and at most `MAX_AMOUNT`. */
const amountOr = <T>(value: unknown, fallback: T): number | T =>
  Number.isFinite(value) ? Math.min(Math.max(value as number, 0), MAX_AMOUNT) : fallback;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const lower = (value: unknown): string => (typeof value === 'string' ? value.trim().toLowerCase() : '');
/** The objects of a list; anything else reads as an empty list. */
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** `user`/`users` or `group`/`groups`, in any case, as the kind it names. */
const readKind = (value: unknown): ReceiverType | undefined =>
  /^(user|group)s?$/.exec(lower(value))?.[1] as ReceiverType | undefined;

/** The kind an entity object shows: its `entityType`, else which id it carries (a `uid` first). */
const kindOf = (entity: Json): ReceiverType | undefined =>
  readKind(entity.entityType) ??
  (typeof entity.uid === 'string' ? 'user' : typeof entity.guid === 'string' ? 'group' : undefined);

/** A user (`uid`, `avatar`) or a group (`guid`, `icon`); the id falls back to the other kind's, then `fallbackId`. */
function entityFrom(entity: Json, kind: ReceiverType, fallbackId: string): CallEntity {
  const [idKey, otherIdKey, imageKey] = kind === 'group' ? ['guid', 'uid', 'icon'] : ['uid', 'guid', 'avatar'];
  const id = nonEmpty(entity[idKey]) ?? nonEmpty(entity[otherIdKey]) ?? fallbackId;
  const image = nonEmpty(entity[imageKey]);
  return {
    entityType: kind,
    [idKey]: id,
    name: nonEmpty(entity.name) ?? id,
    ...(image !== undefined && { [imageKey]: image }),
  } as unknown as CallEntity;
}

/**
 * An initiator or receiver: an entity object as it is, or a plain id completed from its `data.entities` entry
 * (when that entry is for the same id), else `{ uid, name: uid }` / `{ guid, name: guid }`. `kind` is the
 * receiverType when the item states one; otherwise the entity's own kind decides, and a bare id is a user.
 */
function readEntity(value: unknown, known: KnownEntity | undefined, kind: ReceiverType | undefined): CallEntity {
  if (isObject(value)) return entityFrom(value, kind ?? kindOf(value) ?? 'user', '');
  const id = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const entity = isObject(known) && isObject(known.entity) ? known.entity : undefined;
  if (entity) {
    const found = entityFrom(entity, kind ?? kindOf(entity) ?? readKind(known?.entityType) ?? 'user', id);
    if (id === '' || entityId(found) === id) return found;
  }
  return entityFrom({}, kind ?? 'user', id);
}

/** A status the model knows; any other, or none, is `unknown` with the value sent, so it never passes for another. */
function readStatus(raw: Json): Pick<CallLog, 'status' | 'rawStatus'> {
  const said = lower(raw.status);
  const status = said === 'canceled' ? 'cancelled' : said;
  if ((CALL_STATUSES as readonly string[]).includes(status)) return { status: status as CallStatus };
  // A call already in the model's names keeps the value its source sent.
  const sent = nonEmpty(status === 'unknown' ? raw.rawStatus : status && raw.status);
  return { status: 'unknown', ...(sent && { rawStatus: sent }) };
}

const readType = (value: unknown): CallType => (lower(value) === 'video' ? 'video' : 'audio');

/** `meet` and `presenter` as they are; anything else is a `call`. */
const readCategory = (value: unknown): CallCategory => {
  const said = lower(value);
  return said === 'meet' || said === 'presenter' ? said : 'call';
};

/** Minutes from a participant's `totalDuration` (minutes as a number, or a clock string) or its model name. */
function participantMinutes(raw: Json): number {
  if (typeof raw.totalDuration === 'number') return amountOr(raw.totalDuration, 0);
  const seconds = typeof raw.totalDuration === 'string' ? parseDuration(raw.totalDuration) : undefined;
  return seconds !== undefined ? Math.min(seconds / 60, MAX_AMOUNT) : amountOr(raw.totalDurationInMinutes, 0);
}

const readParticipantState = (value: unknown): ParticipantState | undefined => {
  const said = lower(value);
  return (PARTICIPANT_STATES as readonly string[]).includes(said) ? (said as ParticipantState) : undefined;
};

/** The call's initiator or receiver that is the user `uid`: who names, or gives a picture to, a participant. */
function callUser(initiator: CallEntity, receiver: CallEntity, uid: unknown): CallUser | undefined {
  if (initiator.entityType === 'user' && initiator.uid === uid) return initiator;
  return receiver.entityType === 'user' && receiver.uid === uid ? receiver : undefined;
}

/**
 * One device entry of a participant. The API names no participant; one without a name or picture of its own takes
 * them from the call's user with that uid (its initiator or receiver), else stays unnamed.
 */
function readParticipant(raw: Json, initiator: CallEntity, receiver: CallEntity): CallParticipant {
  const uid = text(raw.uid);
  const known = callUser(initiator, receiver, uid);
  const name = nonEmpty(raw.name) ?? known?.name;
  const avatar = nonEmpty(raw.avatar) ?? known?.avatar;
  const joined = raw.isJoined ?? raw.hasJoined;
  const joinedAt = timeOr(raw.joinedAt, undefined);
  const leftAt = timeOr(raw.leftAt, undefined);
  const state = readParticipantState(raw.state);
  const devices = Number.isInteger(raw.devices) && (raw.devices as number) > 1 ? Math.min(raw.devices as number, 1000) : undefined;
  return {
    uid,
    ...(name !== undefined && { name }),
    ...(avatar !== undefined && { avatar }),
    hasJoined: typeof joined === 'boolean' ? joined : state === 'ongoing' || state === 'ended',
    ...(state !== undefined && { state }),
    ...(devices !== undefined && { devices }),
    ...(joinedAt !== undefined && { joinedAt }),
    ...(leftAt !== undefined && { leftAt }),
    totalAudioMinutes: amountOr(raw.totalAudioMinutes, 0),
    totalVideoMinutes: amountOr(raw.totalVideoMinutes, 0),
    totalDurationInMinutes: participantMinutes(raw),
  };
}

/** Minutes added up, to a millionth, so that 0.615 + 0.615 is 1.23 and not 1.2299999999999998. */
const addMinutes = (a: number, b: number): number => Math.min(Math.round((a + b) * 1e6) / 1e6, MAX_AMOUNT);

/** Which of two states a person on two devices is in: in the call on any, else joined on any, else declined on any. */
const STATE_RANK: Record<ParticipantState, number> = { ongoing: 3, ended: 2, rejected: 1, unanswered: 0 };

/**
 * The participants with each person once: the API lists one entry per device (`deviceId`, `mid`), so a person on a
 * phone and a laptop comes twice. Merged: earliest join, latest leave (none while a device is still in the call),
 * minutes added up, the most telling state, and `devices` counting the entries.
 */
function mergeDevices(entries: CallParticipant[]): CallParticipant[] {
  const byUid = new Map<string, CallParticipant>();
  for (const entry of entries) {
    const seen = byUid.get(entry.uid);
    if (!seen) {
      byUid.set(entry.uid, entry);
      continue;
    }
    const state = [seen.state, entry.state].reduce<ParticipantState | undefined>(
      (best, next) => (next !== undefined && (best === undefined || STATE_RANK[next] > STATE_RANK[best]) ? next : best),
      undefined,
    );
    const joins = [seen.joinedAt, entry.joinedAt].filter((at): at is number => at !== undefined);
    const leaves = [seen.leftAt, entry.leftAt].filter((at): at is number => at !== undefined);
    const name = seen.name ?? entry.name;
    const avatar = seen.avatar ?? entry.avatar;
    const stillIn = state === 'ongoing';
    byUid.set(entry.uid, {
      uid: entry.uid,
      ...(name !== undefined && { name }),
      ...(avatar !== undefined && { avatar }),
      hasJoined: seen.hasJoined || entry.hasJoined,
      ...(state !== undefined && { state }),
      devices: (seen.devices ?? 1) + (entry.devices ?? 1),
      ...(joins.length > 0 && { joinedAt: Math.min(...joins) }),
      ...(!stillIn && leaves.length > 0 && { leftAt: Math.max(...leaves) }),
      totalAudioMinutes: addMinutes(seen.totalAudioMinutes, entry.totalAudioMinutes),
      totalVideoMinutes: addMinutes(seen.totalVideoMinutes, entry.totalVideoMinutes),
      totalDurationInMinutes: addMinutes(seen.totalDurationInMinutes, entry.totalDurationInMinutes),
    });
  }
  return byUid.size === entries.length ? entries : [...byUid.values()];
}

/**
 * A recording. Its length is `endTime − startTime` when both are readable: the API's own `duration` is minutes in
 * one of CometChat's documents and seconds in another, and the two times are Unix seconds in both.
 */
function readRecording(raw: Json): CallRecording {
  const startTime = timeOr(raw.startTime, 0);
  const endTime = timeOr(raw.endTime, 0);
  return {
    rid: text(raw.rid),
    recordingURL: text(raw.recording_url ?? raw.recordingURL),
    duration: startTime > 0 && endTime >= startTime ? Math.min(endTime - startTime, MAX_AMOUNT) : amountOr(raw.duration, 0),
    startTime,
    endTime,
  };
}

/** Why an item has no usable session id, or its id. */
function readSessionId(raw: Json): { id: string } | { reason: string } {
  const id = raw.sessionId ?? raw.sessionID;
  if (id === undefined || id === null) return { reason: 'it has no sessionId' };
  if (typeof id !== 'string') return { reason: `its sessionId is ${describeValue(id)}, not a string` };
  if (id.trim() === '') return { reason: 'its sessionId is empty' };
  return { id };
}

// A call a source hands over already in the model (the memory and demo sources, an app's own objects) is most often
// exactly what reading it would build: it is then kept as it is. Checking it costs a fraction of building a copy
// (10,000 calls: about a third of the time, and none of the garbage), and the checks are those reading applies, so
// what passes reads the same either way (a test holds the two equal on the demo data and the fuzz corpus).

const isTime = (value: unknown): value is number => Number.isFinite(value) && Math.abs(value as number) <= 8.64e12;
const isAmount = (value: unknown): value is number =>
  Number.isFinite(value) && (value as number) >= 0 && (value as number) <= MAX_AMOUNT;
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const textOrAbsent = (value: unknown): boolean => value === undefined || isText(value);
const timeOrAbsent = (value: unknown): boolean => value === undefined || isTime(value);

/** A user or group in the model, with the kind `kind` (its own `entityType` when not given). */
function isModelEntity(value: unknown): value is CallEntity {
  if (!isObject(value) || !isText(value.name)) return false;
  if (value.entityType === 'user') return isText(value.uid) && textOrAbsent(value.avatar);
  return value.entityType === 'group' && isText(value.guid) && textOrAbsent(value.icon);
}

/** A participant in the model, as `readParticipant` would build it from itself, beside the call's initiator and receiver. */
function isModelParticipant(value: unknown, initiator: CallEntity, receiver: CallEntity): boolean {
  if (!isObject(value) || typeof value.uid !== 'string') return false;
  const known = callUser(initiator, receiver, value.uid);
  const devices = value.devices;
  return (
    // Reading would name it, or give it a picture, from the call's user of that uid.
    (isText(value.name) || (value.name === undefined && !known)) &&
    (isText(value.avatar) || (value.avatar === undefined && known?.avatar === undefined)) &&
    typeof value.hasJoined === 'boolean' &&
    value.isJoined === undefined &&
    (value.state === undefined || (PARTICIPANT_STATES as readonly unknown[]).includes(value.state)) &&
    (devices === undefined || (Number.isInteger(devices) && (devices as number) > 1 && (devices as number) <= 1000)) &&
    timeOrAbsent(value.joinedAt) &&
    timeOrAbsent(value.leftAt) &&
    value.totalDuration === undefined &&
    isAmount(value.totalAudioMinutes) &&
    isAmount(value.totalVideoMinutes) &&
    isAmount(value.totalDurationInMinutes)
  );
}

/** A recording in the model, its length as `readRecording` works it out. */
function isModelRecording(value: unknown): boolean {
  if (!isObject(value) || typeof value.rid !== 'string' || typeof value.recordingURL !== 'string') return false;
  const { startTime, endTime, duration } = value;
  if (value.recording_url !== undefined || !isTime(startTime) || !isTime(endTime)) return false;
  return startTime > 0 && endTime >= startTime ? duration === Math.min(endTime - startTime, MAX_AMOUNT) : isAmount(duration);
}

/** Whether no two participants share a uid. Most calls have a few, where comparing each pair beats building a set. */
function uniqueUids(participants: readonly Json[]): boolean {
  if (participants.length > 16) return new Set(participants.map((participant) => participant.uid)).size === participants.length;
  for (let i = 1; i < participants.length; i++) {
    for (let j = 0; j < i; j++) if (participants[i]!.uid === participants[j]!.uid) return false;
  }
  return true;
}
/**
 * A talk time as `formatDuration` writes it, the first part unpadded: minutes and seconds under an hour ("0:05",
 * "59:59"), else hours, minutes and seconds ("1:02:03"). A test of the text, where parsing and writing it again
 * allocated and took a sixth of the check of each call.
 */
const WRITTEN_DURATION = /^(?:[1-9]\d*:[0-5]\d|[1-5]?\d):[0-5]\d$/;
/** Whether `raw` is a call in the model that reading would build again field for field: it is kept as it is. */
function isModelCall(raw: Json): raw is Json & CallLog {
  const { initiator, receiver, initiatedAt, startedAt, endedAt, totalDuration, participantInfoList, recordings } = raw;
  if (
    raw.sessionId !== undefined ||
    typeof raw.sessionID !== 'string' ||
    raw.sessionID.trim() === '' ||
    !isModelEntity(initiator) ||
    !isModelEntity(receiver) ||
    raw.receiverType !== receiver.entityType ||
    (raw.type !== 'audio' && raw.type !== 'video') ||
    !(CALL_STATUSES as readonly unknown[]).includes(raw.status) ||
    raw.rawStatus !== undefined ||
    raw.mode !== undefined ||
    (raw.callCategory !== 'call' && raw.callCategory !== 'meet' && raw.callCategory !== 'presenter') ||
    !isTime(initiatedAt) ||
    !(startedAt === undefined || (isTime(startedAt) && startedAt > 0 && startedAt >= initiatedAt)) ||
    !(endedAt === undefined || (isTime(endedAt) && endedAt > 0)) ||
    typeof totalDuration !== 'string' ||
    !isAmount(raw.totalDurationInMinutes) ||
    !isAmount(raw.totalAudioMinutes) ||
    !isAmount(raw.totalVideoMinutes) ||
    !Number.isInteger(raw.totalParticipants) ||
    !isAmount(raw.totalParticipants) ||
    typeof raw.hasRecording !== 'boolean' ||
    raw.participants !== undefined ||
    !Array.isArray(participantInfoList) ||
    !Array.isArray(recordings)
  ) {
    return false;
  }
  // The talk time as reading writes it ("5:30", "1:02:03"), within its bound (only hours can pass it).
  if (!WRITTEN_DURATION.test(totalDuration)) return false;
  if (totalDuration.length > 5 && parseDuration(totalDuration)! > MAX_AMOUNT * 60) return false;
  for (const participant of participantInfoList as unknown[]) {
    if (!isModelParticipant(participant, initiator, receiver)) return false;
  }
  // One entry per person: reading would merge two entries of one uid.
  return uniqueUids(participantInfoList as Json[]) && (recordings as unknown[]).every(isModelRecording);
}

/** The call (as the Calls API sends it, or already in the model's names), or why it cannot be read. */
export function readCall(raw: unknown): CallLog | { reason: string } {
  if (!isObject(raw)) return { reason: `it is ${describeValue(raw)}, not an object` };
  return isModelCall(raw) ? raw : buildCall(raw);
}

/**
 * The call built field by field from what a source sent, or why it cannot be read. Exported for the test that holds
 * it equal to a call kept as it is.
 */
export function buildCall(raw: Json): CallLog | { reason: string } {
  const session = readSessionId(raw);
  if ('reason' in session) return session;

  const known: { initiator?: KnownEntity; receiver?: KnownEntity } =
    isObject(raw.data) && isObject(raw.data.entities) ? raw.data.entities : {};
  const initiator = readEntity(raw.initiator, known.initiator, undefined);
  const receiver = readEntity(raw.receiver, known.receiver, readKind(raw.receiverType));

  const initiatedAt = timeOr(raw.initiatedAt, undefined) ?? timeOr(raw.startedAt, 0);
  // Answered no earlier than placed: a start before it is read as the moment it was placed.
  const answeredAt = timeOr(raw.startedAt, 0) > 0 ? Math.max(raw.startedAt as number, initiatedAt) : undefined;
  const endedAt = timeOr(raw.endedAt, 0) > 0 ? (raw.endedAt as number) : undefined;
  const minutes = amountOr(raw.totalDurationInMinutes, undefined);
  // The talk time: the server's duration; when it sends none, its minutes, else the time from the answer (or, not
  // knowing it, from the call) to the end.
  const said = typeof raw.totalDuration === 'string' ? parseDuration(raw.totalDuration) : undefined;
  const from = answeredAt ?? initiatedAt;
  const seconds = Math.min(
    said ?? (minutes !== undefined ? minutes * 60 : endedAt !== undefined ? Math.max(0, endedAt - from) : 0),
    MAX_AMOUNT * 60,
  );

  const participantInfoList = mergeDevices(
    objects(Array.isArray(raw.participants) ? raw.participants : raw.participantInfoList).map((p) =>
      readParticipant(p, initiator, receiver),
    ),
  );
  const recordings = objects(raw.recordings).map(readRecording);

  // One object literal, optional fields spread in: V8 sizes it at once. Built up key by key (say, dropping undefined
  // fields in a loop), each call took about 90 bytes more: 0.9 MB over 10,000 calls.
  return {
    sessionID: session.id,
    initiator,
    receiver,
    receiverType: receiver.entityType,
    type: readType(raw.type),
    ...readStatus(raw),
    callCategory: readCategory(raw.mode ?? raw.callCategory),
    initiatedAt,
    ...(answeredAt !== undefined && { startedAt: answeredAt }),
    ...(endedAt !== undefined && { endedAt }),
    totalDuration: formatDuration(seconds),
    totalDurationInMinutes: minutes ?? Math.round(seconds) / 60,
    totalAudioMinutes: amountOr(raw.totalAudioMinutes, 0),
    totalVideoMinutes: amountOr(raw.totalVideoMinutes, 0),
    totalParticipants: Math.round(amountOr(raw.totalParticipants, participantInfoList.length)),
    hasRecording: typeof raw.hasRecording === 'boolean' ? raw.hasRecording : recordings.length > 0,
    recordings,
    participantInfoList,
  };
}

/**
 * The calls of a list that can be read; each item that cannot is added to `skipped` with its index and reason.
 */
export function readCalls(
  raw: readonly unknown[],
  skipped: SkippedItem[] = [],
): { items: CallLog[]; skipped: SkippedItem[] } {
  const items: CallLog[] = [];
  raw.forEach((item, index) => {
    const call = readCall(item);
    if ('reason' in call) skipped.push({ index, reason: call.reason });
    else items.push(call);
  });
  return { items, skipped };
}
