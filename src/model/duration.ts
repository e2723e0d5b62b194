import type { CallLog } from './call-log.js';

/**
 * Formats a duration in seconds as the Calls SDK does: "m:ss" under an hour, "h:mm:ss" from an hour on.
 * Negative or non-finite input counts as zero, so bad data never renders as "NaN:NaN".
 */
export function formatDuration(totalSeconds: number): string {
  const seconds = Number.isFinite(totalSeconds) && totalSeconds > 0 ? Math.round(totalSeconds) : 0;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Reads "SS", "M:SS" or "HH:MM:SS" into seconds; `undefined` when it is not such a string. */
export function parseDuration(text: string): number | undefined {
  if (!/^\d+(:\d{1,2}){0,2}$/.test(text.trim())) return undefined;
  return text
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}

/** Seconds of talk: the call's own duration when it is readable, else from the answer (or the call) to the end. */
export function talkSeconds(call: CallLog): number {
  const said = parseDuration(call.totalDuration);
  if (said !== undefined) return said;
  return call.endedAt !== undefined ? Math.max(0, call.endedAt - (call.startedAt ?? call.initiatedAt)) : 0;
}
