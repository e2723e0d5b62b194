// The embed code of the snippet builder (snippet-builder.html): plain HTML, a script tag, the elements with
// attributes and a <style> block of CSS custom properties. With the defaults it is exactly demo/cms.html.
import { CALL_LOG_FILTER_FIELDS } from '../src/call-log-filter/call-log-filter.js';

export type SourceKind = 'demo' | 'cometchat' | 'proxy';
export type Theme = 'light dark' | 'light' | 'dark';

export interface SnippetOptions {
  /** Where the page loads the classic script from. */
  scriptUrl: string;
  source: SourceKind;
  appId: string;
  region: 'us' | 'eu' | 'in';
  baseUrl: string;
  authToken: string;
  viewerUid: string;
  sessionType: '' | 'audio' | 'video';
  callStatus: '' | 'ongoing' | 'busy' | 'rejected' | 'cancelled' | 'ended' | 'missed' | 'initiated' | 'unanswered';
  callDirection: '' | 'incoming' | 'outgoing';
  callCategory: '' | 'call' | 'meet' | 'presenter';
  hasRecording: '' | 'true' | 'false';
  /** Only calls with a name or id containing this text. */
  search: string;
  /** ISO dates (`YYYY-MM-DD`) the calls are placed within; empty: open. */
  from: string;
  to: string;
  /** The filter keeps its filters in the page address, so a filtered view can be bookmarked and shared. */
  urlState: boolean;
  /** The `<call-log-filter>` above the list, with these controls; none: no filter bar. */
  filterFields: string[];
  /** The `<call-log-export>` buttons above the list, for these formats; none: no export. */
  exportFormats: ('csv' | 'jsonl')[];
  /** A `<call-log-summary>` above the list, counting this period first; `''`: no summary. */
  summaryPeriod: '' | 'all' | 'today' | 'week' | 'month';
  locale: string;
  groupBy: 'day' | 'none';
  loadMore: 'scroll' | 'button';
  /** Parts of each row to leave out (`hide` tokens). */
  hide: string[];
  /** Consecutive calls with the same person and outcome as one row. */
  collapse: boolean;
  theme: Theme;
  font: string;
  /** Custom colours; absent: the elements' own, which follow light and dark. */
  colours: { accent: string; missed: string; text: string; background: string } | undefined;
  radius: number;
  /** Pixels past which the list scrolls inside itself; 0: it grows with the page. */
  maxHeight: number;
}

export const LIST_ID = 'call-history';

/** The filter's controls, in its own order. */
export const ALL_FILTER_FIELDS = CALL_LOG_FILTER_FIELDS;

export const DEFAULT_OPTIONS: SnippetOptions = {
  scriptUrl: '/call-log-elements.iife.js',
  source: 'demo',
  appId: '',
  region: 'us',
  baseUrl: '',
  authToken: '',
  viewerUid: '',
  sessionType: '',
  callStatus: '',
  callDirection: '',
  callCategory: '',
  hasRecording: '',
  search: '',
  from: '',
  to: '',
  urlState: false,
  filterFields: ['call-status', 'call-direction', 'presets', 'clear'],
  exportFormats: [],
  summaryPeriod: '',
  locale: 'en-GB',
  groupBy: 'day',
  loadMore: 'button',
  hide: [],
  collapse: false,
  theme: 'light',
  font: 'system-ui, sans-serif',
  colours: { accent: '#6d28d9', missed: '#be123c', text: '#1e1b2e', background: '#fdfcff' },
  radius: 12,
  maxHeight: 560,
};

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `name="value"` pairs, without those left empty. */
function attributes(pairs: [string, string][]): string[] {
  return pairs.filter(([, value]) => value !== '').map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
}

/** An element on one line, or one attribute a line when that would be long. */
function element(tag: string, attrs: string[]): string {
  const oneLine = `<${tag}${attrs.map((a) => ` ${a}`).join('')}></${tag}>`;
  if (oneLine.length <= 110) return oneLine;
  return `<${tag}\n${attrs.map((a) => `  ${a}`).join('\n')}\n></${tag}>`;
}

/** A CSS value typed into the form: no braces, semicolons or angle brackets, so it stays one declaration. */
const cssValue = (value: string): string => value.replace(/[{};<>]/g, '').trim();

export function buildSnippet(options: SnippetOptions): string {
  const o = options;
  const source =
    o.source === 'demo'
      ? attributes([['source', 'demo']])
      : o.source === 'cometchat'
        ? attributes([
            ['app-id', o.appId],
            ['region', o.region],
          ])
        : attributes([['base-url', o.baseUrl]]);
  const user = o.source === 'demo' ? [] : attributes([['auth-token', o.authToken], ['viewer-uid', o.viewerUid]]);
  const list = element('call-log-list', [
    ...attributes([['id', LIST_ID]]),
    ...source,
    ...user,
    ...attributes([
      ['session-type', o.sessionType],
      ['call-status', o.callStatus],
      ['call-direction', o.callDirection],
      ['call-category', o.callCategory],
      ['has-recording', o.hasRecording],
      ['search', o.search.trim()],
      ['from', o.from],
      ['to', o.to],
      ['group-by', o.groupBy],
      ['load-more', o.loadMore],
      ['locale', o.locale.trim()],
      ['hide', o.hide.join(' ')],
    ]),
    ...(o.collapse ? ['collapse'] : []),
  ]);
  // The filter speaks the list's language too.
  const filter =
    o.filterFields.length > 0
      ? element(
          'call-log-filter',
          [
            ...attributes([['for', LIST_ID], ['fields', o.filterFields.join(' ')], ['locale', o.locale.trim()]]),
            ...(o.urlState ? ['url-state'] : []),
          ],
        )
      : undefined;
  const exporter =
    o.exportFormats.length > 0
      ? element('call-log-export', attributes([['for', LIST_ID], ['formats', o.exportFormats.join(' ')], ['locale', o.locale.trim()]]))
      : undefined;
  const summary = o.summaryPeriod
    ? element('call-log-summary', attributes([['for', LIST_ID], ['period', o.summaryPeriod], ['locale', o.locale.trim()]]))
    : undefined;
  const controls = [filter, exporter, summary].filter((tag): tag is string => tag !== undefined);
  // The elements the shared theme applies to: the list, and whichever controls the code has.
  const themed = ['call-log-list', 'call-log-filter', ...(exporter ? ['call-log-export'] : []), ...(summary ? ['call-log-summary'] : [])];

  const shared = [`color-scheme: ${o.theme};`];
  if (o.font.trim()) shared.push(`--call-log-font: ${cssValue(o.font)};`);
  if (o.colours) {
    shared.push(
      `--call-log-color-accent: ${cssValue(o.colours.accent)};`,
      `--call-log-color-missed: ${cssValue(o.colours.missed)};`,
      `--call-log-color-text: ${cssValue(o.colours.text)};`,
      `--call-log-color-bg: ${cssValue(o.colours.background)};`,
    );
  }
  shared.push(`--call-log-radius: ${o.radius}px;`);
  const style = [
    '<style>',
    ...themed.map((tag, index) => `  ${tag}${index < themed.length - 1 ? ',' : ' {'}`),
    ...shared.map((line) => `    ${line}`),
    '  }',
    ...(o.maxHeight > 0 ? ['  call-log-list {', `    --call-log-max-height: ${o.maxHeight}px;`, '  }'] : []),
    '</style>',
  ];

  return [
    '<!-- Call history: paste into an HTML block of any page. -->',
    `<script src="${escapeAttribute(o.scriptUrl)}" defer></script>`,
    ...style,
    ...controls,
    list,
    '',
  ].join('\n');
}
