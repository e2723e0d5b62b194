import {
  CALL_STATUSES,
  type CallEntity,
  type CallGroup,
  type CallLog,
  type CallParticipant,
  type CallRecording,
  type CallUser,
} from '../model/call-log.js';
import { formatDuration } from '../model/duration.js';
import { DEMO_VIEWER_UID } from './demo-viewer.js';

// Kept importable from here, beside the generator.
export { DEMO_VIEWER_UID };

export interface DemoDataOptions {
  /** Seed of the pseudo-random generator: the same seed, count and `now` give the same calls. Default 1. */
  seed?: number;
  /** How many calls. Default 240. */
  count?: number;
  /** Unix milliseconds the newest call is placed relative to. Default `Date.now()`. */
  now?: number;
}

const HOUR = 36e5;
const DAY = 24 * HOUR;

/** A small avatar drawn in code (a person on a coloured disc), so the demo needs no network. */
const picture = (color: string): string =>
  'data:image/svg+xml,' +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="20" fill="${color}"/><g fill="#fff"><circle cx="20" cy="16" r="7"/><path d="M7 34a13 11 0 0 1 26 0z"/></g></svg>`,
  );

/** "First Last" → uid "first.last" (accents dropped); every third person has a picture, the rest show initials. */
const PEOPLE: CallUser[] = [
  'Aisha Khan',
  'Mateo García',
  'Yuki Tanaka',
  'Chinedu Okafor',
  'Priya Nair',
  'Lars Nilsson',
  'Chloé Martin',
  'Wei Zhang',
  'Fatima Haddad',
  'Noah Cohen',
  'Sofia Rossi',
  'Kwame Mensah',
].map((name, i) => ({
  entityType: 'user' as const,
  uid: name.normalize('NFD').replace(/[^a-z ]/gi, '').toLowerCase().replace(' ', '.'),
  name,
  ...(i % 3 ? {} : { avatar: picture(`hsl(${i * 37},55%,45%)`) }),
}));

const VIEWER: CallUser = { entityType: 'user', uid: DEMO_VIEWER_UID, name: 'Sam Rivera' };

/**
 * Everyone in the demo data, the viewer first: what an app's `resolveUsers` would look up, since the calls name only
 * their initiator and receiver.
 */
export const DEMO_USERS: readonly CallUser[] = [VIEWER, ...PEOPLE];

/** Each group: the viewer plus six people. */
const GROUPS = ['Design Team', 'Support Rota', 'Product Sync', 'Book Club'].map((name, g) => ({
  group: {
    entityType: 'group',
    guid: name.toLowerCase().replace(' ', '-'),
    name,
    ...(g % 2 ? {} : { icon: picture(`hsl(${g * 90 + 200},45%,40%)`) }),
  } as CallGroup,
  members: [VIEWER, ...PEOPLE.filter((_, j) => j % 4 === g || j % 4 === (g + 1) % 4)],
}));

/** Status by weight, as indices of CALL_STATUSES: mostly ended (4), some missed (5), unanswered (7), rejected (2), busy (1), cancelled (3), rarely initiated (6). */
const STATUS_WEIGHTS = '4'.repeat(30) + '5555557772221133336';

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A deterministic, seeded history of realistic call logs, newest first. */
export function generateDemoCallLogs({ seed = 1, count = 240, now = Date.now() }: DemoDataOptions = {}): CallLog[] {
  if (!(count >= 1)) return [];
  // mulberry32
  let state = seed >>> 0;
  const rand = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(rand() * n);
  const pick = <T>(list: ArrayLike<T>): T => list[int(list.length)];
  const hex = (): string => int(2 ** 32).toString(16).padStart(8, '0');

  // The ongoing call started minutes ago; the rest fall in daytime: a few today, a few yesterday, the rest over six weeks.
  const ongoingAt = now - (2 + int(20)) * 6e4;
  const today = new Date(now).setHours(0, 0, 0, 0);
  const times = Array.from({ length: count - 1 }, (_, i) => {
    const day = today - (i < 5 ? 0 : i < 10 ? 1 : 2 + int(40)) * DAY;
    const top = Math.min(day + 21 * HOUR, ongoingAt - 6e4);
    const from = Math.min(day + 8 * HOUR, top - HOUR);
    return from + rand() * (top - from);
  }).sort((a, b) => b - a);
  times.unshift(ongoingAt);

  const logs: CallLog[] = [];
  let newer = Math.floor(now / 1000);
  for (const [i, ms] of times.entries()) {
    // Strictly older than the call after it, so the order is total.
    const initiatedAt = Math.min(Math.floor(ms / 1000), newer - 1);
    const sessionID = `v1.us.demo.${hex()}${i.toString(16).padStart(4, '0')}`;
    const type = rand() < 0.6 ? 'audio' : 'video';
    const inGroup = rand() < 0.25;
    const { group, members } = pick(GROUPS);
    const outgoing = rand() < (inGroup ? 0.3 : 0.5);
    const other = pick(PEOPLE);
    const initiator: CallUser = outgoing ? VIEWER : inGroup ? pick(members.slice(1)) : other;
    const receiver: CallEntity = inGroup ? group : outgoing ? other : VIEWER;
    let status = i ? CALL_STATUSES[+pick(STATUS_WEIGHTS)] : 'ongoing';
    // An unanswered call is "missed" by whoever it rang.
    if (status === 'missed' && outgoing) status = 'unanswered';
    else if (status === 'unanswered' && !outgoing && !inGroup) status = 'missed';
    const ended = status === 'ended';
    const live = ended || status === 'ongoing';
    // Rings for a few seconds before it is answered (derived from the index, so the random sequence, and with it
    // the rest of the history, stays as it was).
    const startedAt = live ? initiatedAt + 3 + ((i * 7) % 19) : undefined;
    const answered = startedAt ?? initiatedAt;
    // Seconds of talk, kept clear of the next call.
    const seconds = ended ? Math.max(8, Math.min(Math.round(15 + rand() ** 2 * (inGroup ? 4800 : 2400)), newer - answered - 30)) : 0;
    const endedAt = !i || status === 'initiated' ? undefined : answered + (seconds || 10 + int(40));

    // As the Calls API lists them: a uid, figures and a state, no name or picture of their own (the call's entities
    // name its initiator and receiver; an app's resolver the others). Some joined group members used two devices.
    const participantInfoList: CallParticipant[] = (inGroup ? members : [initiator, receiver as CallUser]).map((user, m) => {
      const joined = live && (user === initiator || user === VIEWER || !inGroup || rand() < 0.7);
      const joinedAt = answered + (joined && user !== initiator ? int(Math.min(60, seconds / 2)) : 0);
      const leftAt = ended ? answered + seconds - (user === initiator || !inGroup ? 0 : int(seconds - (joinedAt - answered))) : undefined;
      const minutes = joined && leftAt ? round2((leftAt - joinedAt) / 60) : 0;
      const declined = status === 'rejected' ? user !== initiator : inGroup && (i + m) % 3 === 0;
      // Named as a reader names them from the call's entities: the initiator and the receiver only.
      const named = user === initiator || user === receiver;
      return {
        uid: user.uid,
        ...(named ? { name: user.name, ...(user.avatar ? { avatar: user.avatar } : {}) } : {}),
        hasJoined: joined,
        state: joined ? (leftAt ? 'ended' : 'ongoing') : declined ? 'rejected' : 'unanswered',
        ...(joined && inGroup && user !== initiator && (i + m) % 7 === 0 ? { devices: 2 } : {}),
        ...(joined ? { joinedAt, ...(leftAt ? { leftAt } : {}) } : {}),
        totalAudioMinutes: type === 'audio' ? minutes : 0,
        totalVideoMinutes: type === 'video' ? minutes : 0,
        totalDurationInMinutes: minutes,
      };
    });

    const recordings: CallRecording[] = [];
    if (ended && seconds > 60 && rand() < (inGroup ? 0.4 : 0.12)) {
      for (let r = 1 + int(2), at = answered + 5; r-- && at < answered + seconds - 20; ) {
        const rid = `r${hex()}`;
        const duration = 10 + int(answered + seconds - at - 10);
        recordings.push({ rid, recordingURL: `https://recordings.example.com/${sessionID}/${rid}.mp4`, duration, startTime: at, endTime: at + duration });
        at += duration + 5;
      }
    }

    const sum = (key: 'totalAudioMinutes' | 'totalVideoMinutes'): number => round2(participantInfoList.reduce((n, p) => n + p[key], 0));
    logs.push({
      sessionID,
      initiator,
      receiver,
      receiverType: receiver.entityType,
      type,
      status,
      // Some of the meetings are presentations (one presents, the others watch).
      callCategory: inGroup && rand() < 0.6 ? (i % 4 === 0 ? 'presenter' : 'meet') : 'call',
      initiatedAt,
      ...(startedAt !== undefined ? { startedAt } : {}),
      ...(endedAt ? { endedAt } : {}),
      totalDuration: formatDuration(seconds),
      totalDurationInMinutes: round2(seconds / 60),
      totalAudioMinutes: sum('totalAudioMinutes'),
      totalVideoMinutes: sum('totalVideoMinutes'),
      totalParticipants: participantInfoList.length,
      hasRecording: recordings.length > 0,
      recordings,
      participantInfoList,
    });
    newer = initiatedAt;
  }
  return logs;
}
