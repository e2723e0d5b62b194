import { entityId, type CallDirection, type CallEntity, type CallLog } from './call-log.js';

// A call from the viewer's side: whom it was with and which way it went. The model holds an initiator and a
// receiver; which of them is "the other party" depends on who is looking.

/** Whether `entity` is the viewer. */
export const isViewer = (entity: CallEntity, viewerUid: string | undefined): boolean =>
  viewerUid !== undefined && entity.entityType === 'user' && entity.uid === viewerUid;

/**
 * Whom the call was with, as a row shows it: the group of a group call; the receiver of a call the viewer placed;
 * otherwise the initiator (the viewer received the call, or no viewer is known).
 */
export function otherParty(call: CallLog, viewerUid: string | undefined): CallEntity {
  const { initiator, receiver } = call;
  return receiver.entityType === 'group' || isViewer(initiator, viewerUid) ? receiver : initiator;
}

/**
 * The direction of a call from the viewer's side, as a `callDirection` filter judges it: `outgoing` when the viewer
 * placed it, `incoming` when it was placed to the viewer or to a group; `undefined` when no viewer is known or the
 * viewer was neither side of a one-to-one call.
 */
export function directionFor(call: CallLog, viewerUid: string | undefined): CallDirection | undefined {
  const { initiator, receiver } = call;
  if (viewerUid === undefined) return undefined;
  if (isViewer(initiator, viewerUid)) return 'outgoing';
  if (receiver.entityType === 'group' || entityId(receiver) === viewerUid) return 'incoming';
  return undefined;
}

/** Statuses after which a call counts as missed by the person it was for: nobody picked it up. */
const MISSED_STATUSES: ReadonlySet<string> = new Set(['missed', 'unanswered', 'cancelled', 'busy']);

/**
 * Whether the viewer missed the call: one placed to them (or to their group) that nobody picked up. Without a viewer,
 * any call nobody picked up.
 */
export const isMissed = (call: CallLog, viewerUid: string | undefined): boolean =>
  MISSED_STATUSES.has(call.status) && (viewerUid === undefined || !isViewer(call.initiator, viewerUid));
