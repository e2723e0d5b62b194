/** The call log model: the properties of the Calls SDK's `CallLog`, with the SDK's names and types. */

export type CallType = 'audio' | 'video';
export type CallStatus =
  | 'ongoing'
  | 'busy'
  | 'rejected'
  | 'cancelled'
  | 'ended'
  | 'missed'
  | 'initiated'
  | 'unanswered';
/** A one-to-one or group `call`, a `meet`ing, or a `presenter` session (one presents, the others watch). */
export type CallCategory = 'call' | 'meet' | 'presenter';
export type CallDirection = 'incoming' | 'outgoing';
export type ReceiverType = 'user' | 'group';

export interface CallUser {
  entityType: 'user';
  uid: string;
  name: string;
  avatar?: string;
}

export interface CallGroup {
  entityType: 'group';
  guid: string;
  name: string;
  icon?: string;
}

/** Who took part: a user or a group, told apart by `entityType`. */
export type CallEntity = CallUser | CallGroup;

export interface CallRecording {
  rid: string;
  recordingURL: string;
  /** Seconds: from `endTime − startTime` when both are known (the API's own `duration` field has no agreed unit). */
  duration: number;
  /** Unix seconds. */
  startTime: number;
  /** Unix seconds. */
  endTime: number;
}

/**
 * Where a participant stands: `ongoing` (in the call), `ended` (joined and left), `unanswered` (never answered) or
 * `rejected` (declined).
 */
export type ParticipantState = 'ongoing' | 'ended' | 'unanswered' | 'rejected';

/**
 * One person in a call. The Calls API lists one entry per device; readers merge them, so each person appears once
 * (earliest join, latest leave, minutes added up, `devices` counting the entries).
 */
export interface CallParticipant {
  uid: string;
  /**
   * Absent when no one has said it: the API names only the initiator and receiver (in `data.entities`), not other
   * participants. The list's `resolveUsers` property can name them.
   */
  name?: string;
  avatar?: string;
  hasJoined: boolean;
  /** Absent when the source did not say. */
  state?: ParticipantState;
  /** How many devices the person took part from, when more than one. */
  devices?: number;
  /** Unix seconds, when the participant joined. */
  joinedAt?: number;
  /** Unix seconds, when the participant left. */
  leftAt?: number;
  totalAudioMinutes: number;
  totalVideoMinutes: number;
  totalDurationInMinutes: number;
}

export interface CallLog {
  sessionID: string;
  initiator: CallEntity;
  receiver: CallEntity;
  receiverType: ReceiverType;
  type: CallType;
  /**
   * `unknown` when the source sent a status this version does not know, or none: shown as such rather than
   * passed off as another.
   */
  status: CallStatus | 'unknown';
  /** The status the source sent when `status` is `unknown`; absent when it sent none. */
  rawStatus?: string;
  callCategory: CallCategory;
  /** Unix seconds, when the call was placed. Calls are sorted and grouped into days by it. */
  initiatedAt: number;
  /** Unix seconds, when the call was answered; absent when it never was (or the source did not say). */
  startedAt?: number;
  /** Unix seconds; absent while the call has not ended. */
  endedAt?: number;
  /** The talk time, from answer to end (ringing not counted). Human readable: "5:30" or "1:02:03". */
  totalDuration: string;
  totalDurationInMinutes: number;
  totalAudioMinutes: number;
  totalVideoMinutes: number;
  totalParticipants: number;
  hasRecording: boolean;
  recordings: CallRecording[];
  participantInfoList: CallParticipant[];
}

export const CALL_TYPES: readonly CallType[] = ['audio', 'video'];
export const CALL_STATUSES: readonly CallStatus[] = [
  'ongoing',
  'busy',
  'rejected',
  'cancelled',
  'ended',
  'missed',
  'initiated',
  'unanswered',
];
export const CALL_CATEGORIES: readonly CallCategory[] = ['call', 'meet', 'presenter'];
export const PARTICIPANT_STATES: readonly ParticipantState[] = ['ongoing', 'ended', 'unanswered', 'rejected'];
export const CALL_DIRECTIONS: readonly CallDirection[] = ['incoming', 'outgoing'];

/** The id of an entity, whichever kind it is. */
export function entityId(entity: CallEntity): string {
  return entity.entityType === 'user' ? entity.uid : entity.guid;
}

/** The picture of an entity: a user's avatar or a group's icon. */
export function entityImage(entity: CallEntity): string | undefined {
  return entity.entityType === 'user' ? entity.avatar : entity.icon;
}
