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
export type CallCategory = 'call' | 'meet';
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
  /** Seconds. */
  duration: number;
  /** Unix seconds. */
  startTime: number;
  /** Unix seconds. */
  endTime: number;
}

export interface CallParticipant {
  uid: string;
  name: string;
  avatar?: string;
  hasJoined: boolean;
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
  /** Unix seconds. */
  initiatedAt: number;
  /** Unix seconds; absent while the call has not ended. */
  endedAt?: number;
  /** Human readable: "5:30" or "1:02:03". */
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
export const CALL_CATEGORIES: readonly CallCategory[] = ['call', 'meet'];
export const CALL_DIRECTIONS: readonly CallDirection[] = ['incoming', 'outgoing'];

/** The id of an entity, whichever kind it is. */
export function entityId(entity: CallEntity): string {
  return entity.entityType === 'user' ? entity.uid : entity.guid;
}

/** The picture of an entity: a user's avatar or a group's icon. */
export function entityImage(entity: CallEntity): string | undefined {
  return entity.entityType === 'user' ? entity.avatar : entity.icon;
}
