// The words of reports on calls (exporting them, summing them up) in English: a part of the English table loaded
// with the elements that show them (report-words.ts adds it), so a page that does neither downloads none of it. Each
// language has these words too, as its `report` part (see packed.ts): a file of its own in the script-tag bundles.
// Texts and plural texts as in messages.ts, which this module does not import: that one names these keys.

export const REPORT_ENGLISH = {
  // Exporting calls (<call-log-export>, the list's exportCalls())
  'export.label': 'Export calls',
  'export.csv': 'Export CSV',
  'export.jsonl': 'Export JSON Lines',
  'export.reading': 'Exporting calls',
  // How far a reading of every call has come (an export, a summary)
  'report.progressOf': { one: '{read} of {count} call', other: '{read} of {count} calls' },
  'report.progress': { one: '{count} call read', other: '{count} calls read' },
  'export.cancel': 'Cancel',
  'export.cancelled': 'Export cancelled',
  'export.done': { one: '{count} call exported', other: '{count} calls exported' },
  // The reason follows: one of the list's error messages
  'export.failed': 'The export failed. {reason}',
  'export.listError': 'Export is off: the call list is not set up correctly.',
  'export.noList': 'Export is off: no call list has the id "{id}".',
  // The header row of an exported CSV file (its type, status, direction and category use the filter's labels)
  'column.sessionId': 'Session ID',
  'column.startedAt': 'Started (UTC)',
  'column.endedAt': 'Ended (UTC)',
  'column.partyKind': 'Party type',
  'column.partyId': 'Party ID',
  'column.partyName': 'Party name',
  'column.participants': 'Participants',
  'column.durationSeconds': 'Duration (seconds)',
  'column.audioMinutes': 'Audio minutes',
  'column.videoMinutes': 'Video minutes',
  'column.recordings': 'Recordings',

  // Summing calls up (<call-log-summary>); its audio and video minutes use the CSV's headers
  'summary.label': 'Call summary',
  'summary.period': 'Period',
  'summary.allTime': 'All time',
  'summary.thisWeek': 'This week',
  'summary.reading': 'Counting calls',
  'summary.refresh': 'Refresh',
  'summary.calls': 'Calls',
  'summary.answered': 'Answered',
  'summary.missed': 'Missed',
  'summary.talkTime': 'Talk time',
  'summary.averageCall': 'Average call',
  // The top three people or groups, each with its number of calls
  'summary.busiest': 'Most calls with',
  // The reason follows: one of the list's error messages
  'summary.failed': 'The summary could not be counted. {reason}',
  'summary.listError': 'The summary is off: the call list is not set up correctly.',
  'summary.noList': 'The summary is off: no call list has the id "{id}".',
  // The summary's own attributes are wrong: the problem follows, in English, for the page's author
  'summary.configError': 'This summary is not set up correctly.',
} satisfies Record<string, string | { one?: string; other: string }>;
