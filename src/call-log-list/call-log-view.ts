import type { CallEntity, CallLog } from '../model/call-log.js';
import { entityId, entityImage } from '../model/call-log.js';
import { talkSeconds } from '../model/duration.js';
import { isMissed, isViewer, otherParty } from '../model/party.js';

/** How a row marks the call: from the viewer's side when the viewer is known. */
export type RowDirection = 'incoming' | 'outgoing' | 'missed';

/** Words of the list's language that a view needs. */
export type ViewWords = (key: 'row.between' | `status.${CallLog['status']}`, values?: Readonly<Record<string, string>>) => string;

export interface CallView {
  /** Whom the row is about: the other party, or the group. */
  party: CallEntity;
  /** The name shown; without a viewer a one-to-one call names both sides. */
  name: string;
  direction: RowDirection | undefined;
  /** A word for a call that did not simply end. */
  statusWord: string | undefined;
  /** When the call was placed. */
  placedAt: Date;
  /** The talk time in seconds, from the answer to the end (ringing not counted); 0 when the call never connected. */
  durationSeconds: number;
  /** Seconds it rang before it was answered, when the source says when it was. */
  ringSeconds: number | undefined;
  /** Shown for groups, meetings and presentations. */
  participants: number | undefined;
}

/** The way a call went for the viewer; a row shows a missed call as such, whoever else it was placed to. */
export function rowDirection(call: CallLog, viewerUid: string | undefined): RowDirection | undefined {
  if (viewerUid === undefined) return undefined;
  return isViewer(call.initiator, viewerUid) ? 'outgoing' : isMissed(call, viewerUid) ? 'missed' : 'incoming';
}

/** What a row shows of a call, from the viewer's side when `viewerUid` is known, in the words `t` gives. */
export function viewCall(call: CallLog, viewerUid: string | undefined, t: ViewWords): CallView {
  const group = call.receiver.entityType === 'group';
  const party = otherParty(call, viewerUid);
  const direction = rowDirection(call, viewerUid);
  const name =
    viewerUid === undefined && !group
      ? t('row.between', { from: call.initiator.name, to: call.receiver.name })
      : party.name || entityId(party);
  return {
    party,
    name,
    direction,
    statusWord: call.status === 'ended' ? undefined : t(`status.${call.status}`),
    placedAt: new Date(call.initiatedAt * 1000),
    // No duration for an unknown outcome either: the time to its end may have been ringing, not talking. An ongoing
    // call's runs on a clock, from its answer.
    durationSeconds: call.status === 'ended' ? talkSeconds(call) : 0,
    ringSeconds: call.startedAt !== undefined ? call.startedAt - call.initiatedAt : undefined,
    participants: group || call.callCategory !== 'call' ? call.totalParticipants : undefined,
  };
}

/** Up to two initials of a name, for an avatar without a picture. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return letters.map((word) => Array.from(word)[0]!.toLocaleUpperCase()).join('') || '?';
}

/**
 * A stable colour for an id. OKLCH keeps the lightness equal across hues, so white initials read on every one of
 * them (contrast above 4.5:1).
 */
export function avatarColour(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return `oklch(48% 0.13 ${Math.abs(hash) % 360})`;
}

/**
 * The URL to use, or `undefined`: only `http:` and `https:` (and, for pictures, `data:image/`), so a hostile
 * `javascript:` or other scheme never reaches an `href` or `src`.
 */
export function safeUrl(url: unknown, { image = false } = {}): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  if (image && /^data:image\/(png|jpe?g|gif|webp|svg\+xml|avif)[;,]/i.test(url.trim())) return url.trim();
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function partyImage(entity: CallEntity): string | undefined {
  return safeUrl(entityImage(entity), { image: true });
}
