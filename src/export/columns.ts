import { entityId, type CallLog } from '../model/call-log.js';
import { talkSeconds } from '../model/duration.js';
import { directionFor, otherParty } from '../model/party.js';

// The columns of an export, one per fact of a call, in an order that stays the same from release to release so
// that a spreadsheet or a script built on one export reads the next.

export type ExportColumnId =
  | 'sessionId'
  | 'startedAt'
  | 'endedAt'
  | 'direction'
  | 'type'
  | 'status'
  | 'category'
  | 'partyKind'
  | 'partyId'
  | 'partyName'
  | 'participants'
  | 'durationSeconds'
  | 'audioMinutes'
  | 'videoMinutes'
  | 'recordings';

/** A cell: text, or a number worked out here (written as it is: a number is never taken for a formula). */
export type ExportValue = string | number;

export interface ExportColumn {
  readonly id: ExportColumnId;
  /** The cell of `call`; `viewerUid` is the signed-in user, from whose side the direction and the party are told. */
  value(call: CallLog, viewerUid?: string): ExportValue;
}

/** The label of each column, in the reader's language: the element passes its translations. */
export type ExportHeaders = Readonly<Record<ExportColumnId, string>>;

/** Unix seconds as an ISO 8601 UTC date-time; empty when unknown (absent, 0, or beyond what a `Date` holds). */
const isoTime = (seconds: number | undefined): string =>
  seconds !== undefined && seconds > 0 && seconds <= 8.64e12 ? new Date(seconds * 1000).toISOString() : '';

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { id: 'sessionId', value: (call) => call.sessionID },
  // When the call was placed: the time its row shows and the history is sorted by. A call that was never answered
  // has no answer time, and an export without a time for its missed calls would be of little use.
  { id: 'startedAt', value: (call) => isoTime(call.initiatedAt) },
  { id: 'endedAt', value: (call) => isoTime(call.endedAt) },
  { id: 'direction', value: (call, viewerUid) => directionFor(call, viewerUid) ?? '' },
  { id: 'type', value: (call) => call.type },
  { id: 'status', value: (call) => call.status },
  { id: 'category', value: (call) => call.callCategory },
  { id: 'partyKind', value: (call, viewerUid) => otherParty(call, viewerUid).entityType },
  { id: 'partyId', value: (call, viewerUid) => entityId(otherParty(call, viewerUid)) },
  { id: 'partyName', value: (call, viewerUid) => otherParty(call, viewerUid).name },
  { id: 'participants', value: (call) => call.totalParticipants },
  // The talk time, as a row shows it: the call's own duration, else from the answer to the end.
  { id: 'durationSeconds', value: (call) => talkSeconds(call) },
  { id: 'audioMinutes', value: (call) => call.totalAudioMinutes },
  { id: 'videoMinutes', value: (call) => call.totalVideoMinutes },
  { id: 'recordings', value: (call) => call.recordings.length },
];
