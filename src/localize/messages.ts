import type { CallLogFilters } from '../model/query.js';
import type { REPORT_ENGLISH } from './report-messages.js';

// Every word either element shows or announces, in English: the one table of the package's UI words. Each other
// language is a module of its own under translations/, with the same keys (a test holds them equal).
//
// A message is text with `{name}` placeholders, or, for a count, one text per plural category of the language
// (`Intl.PluralRules`: zero, one, two, few, many, other; `other` is required). Numbers given as values are written
// in the language's digits.

/** The texts of a message that depends on a count, by plural category; `other` is required. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export const ENGLISH = {
  // What a row says of a call, and the filter's options
  'direction.incoming': 'Incoming',
  'direction.outgoing': 'Outgoing',
  'direction.missed': 'Missed',
  'type.audio': 'Audio',
  'type.video': 'Video',
  'status.ongoing': 'Ongoing',
  'status.busy': 'Busy',
  'status.rejected': 'Rejected',
  'status.cancelled': 'Cancelled',
  'status.ended': 'Ended',
  'status.missed': 'Missed',
  'status.initiated': 'Calling',
  'status.unanswered': 'Unanswered',
  'status.unknown': 'Unknown status',
  'category.call': 'Call',
  'category.meet': 'Meeting',
  'category.presenter': 'Presentation',

  // A row
  'row.between': '{from} → {to}',
  'row.participants': { one: '{count} participant', other: '{count} participants' },
  'row.recorded': 'Recorded',
  'row.audioCall': 'Audio call',
  'row.videoCall': 'Video call',
  'row.audioCallWith': 'Audio call {name}',
  'row.videoCallWith': 'Video call {name}',
  'row.details': 'Details',
  // \`collapse\`: consecutive calls with the same person and outcome, shown as one row
  'row.collapsed': '{name} ({count})',
  'details.calls': 'Calls',
  'row.detailsOf': 'Details of the call with {name}',
  // In a row's details: narrows the list to the other party (a person or a group)
  'details.partyCalls': 'All calls with {name}',

  // A row's details
  'details.rang': 'Rang {duration}',
  'details.participants': 'Participants',
  'details.recordings': 'Recordings',
  'participant.declined': 'Declined',
  'participant.unanswered': 'Did not answer',
  'participant.notJoined': 'Did not join',
  'participant.inCall': 'In the call',
  'participant.inCallSince': 'In the call since {time}',
  'participant.joined': 'Joined {time} · {duration}',
  'participant.devices': { one: '{count} device', other: '{count} devices' },
  'recording.name': 'Recording {number}',
  'recording.play': 'Play',
  'recording.open': 'Open',
  'recording.newTab': '{recording} in a new tab',
  'recording.unavailable': 'Not available',

  // The list's states and announcements
  'list.loading': 'Loading calls',
  'list.loadingMore': 'Loading more calls',
  'list.loadMore': 'Load more',
  'list.offline': 'You are offline. The list may be out of date.',
  'list.checkFailed': 'New calls could not be checked. The list may be out of date.',
  'list.loaded': { one: '{count} call', other: '{count} calls' },
  'list.loadedMore': { one: '{count} more call loaded', other: '{count} more calls loaded' },
  'list.newCalls': { one: '{count} new call', other: '{count} new calls' },
  'empty.title': 'No calls',
  'empty.text': 'Calls made and received appear here.',
  'empty.filtered': 'No calls match these filters: {filters}.',
  'empty.filter': '{label}: {value}',
  'empty.withRecording': 'with recording',
  'empty.withoutRecording': 'without recording',
  // A date range in the empty state's list of filters, with one end open (both ends: the dates, as the language
  // writes a range)
  'range.since': 'since {date}',
  'range.until': 'until {date}',
  // A search the source cannot do: the list reads older pages itself, counting as it goes
  'search.found': { one: '{count} found', other: '{count} found' },
  'search.searched': { one: '{count} call searched', other: '{count} calls searched' },
  'search.stop': 'Stop',
  'search.more': 'Search older calls',
  'error.title': 'Calls could not be loaded',
  'error.configTitle': 'This call list is not set up correctly',
  'error.NETWORK': 'The connection failed. Check that you are online and try again.',
  'error.TIMEOUT': 'The server took too long to answer. Try again.',
  'error.AUTH': 'You are not signed in, or your session has ended. Sign in again.',
  'error.HTTP': 'The server could not answer (HTTP {status}). Try again later.',
  'error.BAD_RESPONSE': 'The server sent an answer that could not be read.',
  'error.other': 'Something went wrong. Try again.',
  'error.retry': 'Retry',

  // The filter
  'filter.label': 'Call filters',
  'filter.type': 'Type',
  'filter.status': 'Status',
  'filter.direction': 'Direction',
  'filter.category': 'Category',
  'filter.recording': 'With recording',
  'filter.user': 'User',
  'filter.group': 'Group',
  'filter.search': 'Search',
  'filter.searchHint': 'Name or id',
  'filter.date': 'Date',
  'filter.anyTime': 'Any time',
  'filter.today': 'Today',
  'filter.last7': 'Last 7 days',
  'filter.thisMonth': 'This month',
  'filter.custom': 'Custom',
  'filter.from': 'From',
  'filter.to': 'To',
  // Undoes "All calls with {name}": the filters from before it come back
  'filter.back': 'Back to all calls',
  'filter.all': 'All',
  'filter.invalid': 'Not valid',
  'filter.presets': 'Quick filters',
  'filter.toggle': 'Filters',
  'filter.toggleCount': 'Filters ({count})',
  'filter.clear': 'Clear',
  // A linked filter that cannot filter now: its list's configuration error follows, or the id it looked for
  'filter.listError': 'Filters are off: the call list is not set up correctly.',
  'filter.noList': 'Filters are off: no call list has the id "{id}".',
} satisfies Record<string, string | PluralMessage>;

/** Every English message: the table above and the parts loaded with the elements that show them. */
type AllEnglish = typeof ENGLISH & typeof REPORT_ENGLISH;

/** The key of every message of the package. */
export type MessageKey = keyof AllEnglish;

/** The values a message is given: numbers are written in the language's digits. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A language's messages: every key, as text where English has text and as plural texts where English has those. */
export type Messages = {
  readonly [Key in MessageKey]: AllEnglish[Key] extends string ? string : PluralMessage;
};

/** A built-in language: every message, its tag, its own name and its direction. */
export interface BuiltInTranslation extends Messages {
  $lang: string;
  $dir?: 'ltr' | 'rtl';
  $name: string;
}

/** A language: its messages, its BCP 47 tag and its writing direction (`ltr` when absent). */
export interface Translation extends Partial<Messages> {
  $lang: string;
  $dir?: 'ltr' | 'rtl';
  /** The language's own name ("Deutsch"), for language pickers. */
  $name?: string;
}

/**
 * An app's override of one message: text or plural texts as in a translation, or a function of the message's
 * values.
 */
export type MessageOverride = string | PluralMessage | ((values: MessageValues) => string);

/** Overrides of some messages, by key: the `strings` property of both elements. */
export type MessageOverrides = { readonly [Key in MessageKey]?: MessageOverride };

/** The label of each filter, in the filter's controls and in the empty state's list of filters. */
export const FILTER_LABELS: Readonly<Record<keyof CallLogFilters, MessageKey>> = {
  sessionType: 'filter.type',
  callStatus: 'filter.status',
  callDirection: 'filter.direction',
  callCategory: 'filter.category',
  hasRecording: 'filter.recording',
  uid: 'filter.user',
  guid: 'filter.group',
  search: 'filter.search',
  from: 'filter.from',
  to: 'filter.to',
};

const VALUE_GROUPS = { sessionType: 'type', callStatus: 'status', callDirection: 'direction', callCategory: 'category' };

/** The message that names one value of a filter with a fixed set of values ("Missed" for `callStatus: missed`). */
export function valueKey(filter: keyof typeof VALUE_GROUPS, value: string): MessageKey {
  return `${VALUE_GROUPS[filter]}.${value}` as MessageKey;
}
