import { entityId, type CallEntity, type CallLog } from '../model/call-log.js';
import { talkSeconds } from '../model/duration.js';
import { isMissed, otherParty } from '../model/party.js';

// The figures of a summary, kept as running sums: each call counted once by its session id, so a call read again
// (a later copy of a call that has since ended) replaces its first count, and calls that arrive later are added
// without counting the others again.

/** What a summary shows of the calls counted. */
export interface CallFigures {
  calls: number;
  /** Calls that connected: ended after an answer, or still going on. */
  answered: number;
  /** Calls the viewer missed (see `isMissed`). */
  missed: number;
  /** Talk time of the calls that ended, in seconds, as their rows show it (ringing not counted). */
  talkSeconds: number;
  /** Talk time per ended call, in seconds; `undefined` when no call has ended. */
  averageSeconds: number | undefined;
  /** The source's own audio and video minutes, added up. */
  audioMinutes: number;
  videoMinutes: number;
  /**
   * The people or groups with the most calls, most first (ties by name), with their number of calls and their latest
   * call counted (what a list's `showCallsWith()` takes).
   */
  busiest: ReadonlyArray<BusyParty>;
}

/** A person or group the calls were with, how many, and their latest call counted. */
export interface BusyParty {
  party: CallEntity;
  calls: number;
  call: CallLog;
}

/** One call's share of the sums. */
interface Share {
  answered: number;
  missed: number;
  ended: number;
  talk: number;
  audio: number;
  video: number;
  party: string;
}

type Sums = Omit<Share, 'party'> & { calls: number };

const SUMMED = ['answered', 'missed', 'ended', 'talk', 'audio', 'video'] as const;

/** A finite, non-negative number, else 0: a source's odd figure never turns a sum into NaN. */
const amount = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0);

export class CallTally {
  readonly #viewerUid: string | undefined;
  readonly #shares = new Map<string, Share>();
  readonly #parties = new Map<string, BusyParty>();
  readonly #sums: Sums = { calls: 0, answered: 0, missed: 0, ended: 0, talk: 0, audio: 0, video: 0 };

  /** `viewerUid`: the signed-in user, from whose side missed calls and the other party are told. */
  constructor(viewerUid: string | undefined) {
    this.#viewerUid = viewerUid;
  }

  /** Calls counted. */
  get size(): number {
    return this.#sums.calls;
  }

  /** Counts each call, or counts it anew if it was counted before. */
  add(calls: Iterable<CallLog>): void {
    for (const call of calls) {
      this.#remove(call.sessionID);
      const party = otherParty(call, this.#viewerUid);
      const key = `${party.entityType}:${entityId(party)}`;
      const ended = call.status === 'ended';
      const share: Share = {
        answered: ended || call.status === 'ongoing' ? 1 : 0,
        missed: isMissed(call, this.#viewerUid) ? 1 : 0,
        ended: ended ? 1 : 0,
        talk: ended ? talkSeconds(call) : 0,
        audio: amount(call.totalAudioMinutes),
        video: amount(call.totalVideoMinutes),
        party: key,
      };
      this.#shares.set(call.sessionID, share);
      this.#sums.calls++;
      for (const name of SUMMED) this.#sums[name] += share[name];
      const counted = this.#parties.get(key);
      // The latest copy's name, in case it changed.
      this.#parties.set(key, { party, calls: (counted?.calls ?? 0) + 1, call });
    }
  }

  /** The figures now, with the `top` busiest parties. */
  figures(top = 3): CallFigures {
    const { calls, answered, missed, ended, talk, audio, video } = this.#sums;
    const busiest = [...this.#parties.values()]
      .sort((a, b) => b.calls - a.calls || nameOf(a.party).localeCompare(nameOf(b.party)))
      .slice(0, top);
    return {
      calls,
      answered,
      missed,
      talkSeconds: talk,
      averageSeconds: ended > 0 ? talk / ended : undefined,
      audioMinutes: audio,
      videoMinutes: video,
      busiest,
    };
  }

  #remove(sessionID: string): void {
    const share = this.#shares.get(sessionID);
    if (!share) return;
    this.#shares.delete(sessionID);
    this.#sums.calls--;
    for (const name of SUMMED) this.#sums[name] -= share[name];
    const counted = this.#parties.get(share.party)!;
    if (counted.calls > 1) counted.calls--;
    else this.#parties.delete(share.party);
  }
}

/** A party's name, or its id when it has none. */
export const nameOf = (party: CallEntity): string => party.name || entityId(party);
