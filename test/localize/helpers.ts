// Shared by the language tests: a pseudo-language made from English, every text a person can read or hear from an
// element, and lists over sources that count what they are asked.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CallLogList } from '../../src/call-log-list/call-log-list.js';
import type { PluralMessage, Translation } from '../../src/localize/messages.js';
import type { CallLog } from '../../src/model/call-log.js';
import type { CallLogPageRequest, CallLogSource } from '../../src/sources/call-log-source.js';
import { MemoryCallLogSource } from '../../src/sources/memory-source.js';
import { call, settled, VIEWER } from '../call-log-list/helpers.js';
import { ALL_ENGLISH } from './english.js';

export { call, settled, VIEWER };

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', s: 'ş', y: 'ý', A: 'Å', E: 'É', O: 'Ö', U: 'Ü', C: 'Ç', S: 'Ş' };

/** English made unreadable as English but still recognisable: accented letters in brackets, placeholders kept. */
function pseudo(text: string): string {
  return `⟦${text.replace(/\{\w+\}|./g, (piece) => (piece.length > 1 ? piece : (ACCENTED[piece] ?? piece)))}⟧`;
}

/** A test-only language (tag `en-XA`, the usual pseudo-locale) with every English message transformed. */
export function pseudoTranslation(): Translation {
  const translation: Record<string, unknown> = { $lang: 'en-XA', $name: 'Pseudo' };
  for (const [key, message] of Object.entries(ALL_ENGLISH)) {
    translation[key] =
      typeof message === 'string'
        ? pseudo(message)
        : Object.fromEntries(Object.entries(message as PluralMessage).map(([form, text]) => [form, pseudo(text)]));
  }
  return translation as unknown as Translation;
}

/**
 * Every word of three letters or more in the English table: none of them may reach a reader in another language.
 * But "and": the empty state's list of filters is joined by `Intl.ListFormat`, which has no pseudo-language and
 * says "and"; real languages get their own word from it. And names in capitals ("HTTP"), which no language translates.
 */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  Object.values(ALL_ENGLISH)
    .flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message as PluralMessage)))
    .flatMap((text) => text.replace(/\{\w+\}/g, ' ').match(/[A-Za-z]{3,}/g) ?? [])
    .filter((word) => word !== 'and' && /[a-z]/.test(word)),
);

/**
 * What a person reads or hears from an element: its shadow root's text, and every accessible name, title and
 * placeholder. A configuration error's technical detail is marked `lang="en"` and left out: it is for the page's
 * author, in the language of the markup.
 */
export function readable(element: Element): string[] {
  const texts: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Element) {
      if (node.localName === 'style' || node.getAttribute('lang') === 'en') return;
      // A day's heading is written by Intl, which speaks English for a pseudo-language it does not know ("Today").
      if (node.getAttribute('part') === 'section-header') return;
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-valuetext']) {
        const value = node.getAttribute(name);
        if (value) texts.push(value);
      }
    } else if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) {
      texts.push(node.textContent!.trim());
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(element.shadowRoot!);
  return texts;
}

/** The words of three letters or more of a language's messages. */
export function wordsOf(messages: object): Set<string> {
  return new Set(
    Object.entries(messages)
      .filter(([key]) => !key.startsWith('$'))
      .flatMap(([, message]) => (typeof message === 'string' ? [message] : Object.values(message as PluralMessage)))
      .flatMap((text) => text.replace(/\{\w+\}/g, ' ').match(/[\p{L}]{3,}/gu) ?? []),
  );
}

/**
 * The English words of the table found in what `element` shows or says; `except` the words the element's own
 * language shares with English (German says "Status" and "Details" too).
 */
export function englishIn(element: Element, except: ReadonlySet<string> = new Set()): string[] {
  return readable(element).flatMap((text) =>
    (text.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => ENGLISH_WORDS.has(word) && !except.has(word)),
  );
}

/** A memory source that counts the pages it is asked for. */
export class CountingSource implements CallLogSource {
  requests = 0;
  readonly #source: MemoryCallLogSource;
  constructor(calls: CallLog[]) {
    this.#source = new MemoryCallLogSource(calls, { viewerUid: VIEWER });
  }
  fetchPage(request: CallLogPageRequest) {
    this.requests++;
    return this.#source.fetchPage(request);
  }
}

/** Calls with every part a row can show: missed, ongoing, a group with participants and recordings. */
export function richCalls(): CallLog[] {
  const now = Math.floor(Date.now() / 1000);
  return [
    call({ sessionID: 'missed', status: 'missed', initiatedAt: now - 600, endedAt: undefined, totalDuration: undefined }),
    call({
      sessionID: 'group',
      type: 'video',
      callCategory: 'meet',
      receiver: { entityType: 'group', guid: 'grupo', name: 'Grupo Uno' },
      receiverType: 'group',
      initiator: { entityType: 'user', uid: VIEWER, name: 'Sam Rivera' },
      initiatedAt: now - 7200,
      startedAt: now - 7180,
      totalParticipants: 3,
      hasRecording: true,
      recordings: [{ rid: 'r1', recordingURL: 'https://example.com/r1.mp4', startTime: now - 7100, endTime: now - 7000, duration: 100 }],
      participantInfoList: [
        { uid: 'ana', name: 'Ana Lopez', hasJoined: true, joinedAt: now - 7170, leftAt: now - 6900, totalAudioMinutes: 0, totalVideoMinutes: 4.5, totalDurationInMinutes: 4.5, devices: 2 },
        { uid: 'ben', name: 'Ben Ode', hasJoined: false, totalAudioMinutes: 0, totalVideoMinutes: 0, totalDurationInMinutes: 0, state: 'unanswered' },
        { uid: 'kim', name: 'Kim Ito', hasJoined: false, totalAudioMinutes: 0, totalVideoMinutes: 0, totalDurationInMinutes: 0, state: 'rejected' },
      ],
    }),
    call({ sessionID: 'old', initiatedAt: now - 86400 * 3 }),
  ];
}

export async function listOf(calls: CallLog[], attributes = html``) {
  const source = new CountingSource(calls);
  const list = await fixture<CallLogList>(html`<call-log-list .source=${source} viewer-uid=${VIEWER}>${attributes}</call-log-list>`);
  await settled(list);
  await waitUntil(() => list.shadowRoot!.querySelector('[part~="row"]'), 'no rows');
  return { list, source };
}
