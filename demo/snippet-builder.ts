// The embed code builder: a form of the elements' attributes and look, the embed code it makes (demo/snippet.ts),
// and that code running in a frame beside it. The frame always loads this server's copy of the script, whatever
// address the code names, so the result shows even before the script is hosted anywhere.
import {
  ALL_FILTER_FIELDS,
  buildSnippet,
  DEFAULT_OPTIONS,
  type SnippetOptions,
  type SourceKind,
  type Theme,
} from './snippet.js';

const LOCAL_SCRIPT = '/call-log-elements.iife.js';
const PREVIEW_MAX_HEIGHT = 760;

const form = document.querySelector<HTMLFormElement>('#options')!;
const code = document.querySelector<HTMLElement>('#code')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;
const resetButton = document.querySelector<HTMLButtonElement>('#reset')!;
let frame = document.querySelector<HTMLIFrameElement>('#preview')!;

type Control = HTMLInputElement | HTMLSelectElement;

function control(name: string): Control {
  const found = form.elements.namedItem(name);
  if (!found || found instanceof RadioNodeList) throw new Error(`no single control "${name}"`);
  return found as Control;
}

const value = (name: string): string => control(name).value;
const checked = (name: string): boolean => (control(name) as HTMLInputElement).checked;

function number(name: string, fallback: number): number {
  const parsed = Number.parseInt(value(name), 10);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
}

/** The options the form shows. */
function readForm(): SnippetOptions {
  const fields = [...form.querySelectorAll<HTMLInputElement>('input[name="filterFields"]')]
    .filter((box) => box.checked)
    .map((box) => box.value);
  return {
    scriptUrl: value('scriptUrl').trim() || DEFAULT_OPTIONS.scriptUrl,
    source: value('source') as SourceKind,
    appId: value('appId').trim(),
    region: value('region') as SnippetOptions['region'],
    baseUrl: value('baseUrl').trim(),
    authToken: value('authToken').trim(),
    viewerUid: value('viewerUid').trim(),
    sessionType: value('sessionType') as SnippetOptions['sessionType'],
    callStatus: value('callStatus') as SnippetOptions['callStatus'],
    callDirection: value('callDirection') as SnippetOptions['callDirection'],
    callCategory: value('callCategory') as SnippetOptions['callCategory'],
    hasRecording: value('hasRecording') as SnippetOptions['hasRecording'],
    search: value('search'),
    from: value('from'),
    to: value('to'),
    urlState: checked('urlState'),
    filterFields: ALL_FILTER_FIELDS.filter((field) => fields.includes(field)),
    exportFormats: [...form.querySelectorAll<HTMLInputElement>('input[name="exportFormats"]')]
      .filter((box) => box.checked)
      .map((box) => box.value as 'csv' | 'jsonl'),
    summaryPeriod: value('summaryPeriod') as SnippetOptions['summaryPeriod'],
    locale: value('locale').trim(),
    groupBy: value('groupBy') as SnippetOptions['groupBy'],
    loadMore: value('loadMore') as SnippetOptions['loadMore'],
    hide: [...form.querySelectorAll<HTMLInputElement>('input[name="hide"]')].filter((box) => box.checked).map((box) => box.value),
    collapse: checked('collapse'),
    theme: value('theme') as Theme,
    font: value('font'),
    colours: checked('customColours')
      ? { accent: value('accent'), missed: value('missed'), text: value('text'), background: value('background') }
      : undefined,
    radius: Math.min(number('radius', DEFAULT_OPTIONS.radius), 24),
    maxHeight: number('maxHeight', DEFAULT_OPTIONS.maxHeight),
  };
}

/** Shows `options` in the form. */
function writeForm(options: SnippetOptions): void {
  const texts: Record<string, string> = {
    scriptUrl: options.scriptUrl,
    source: options.source,
    appId: options.appId,
    region: options.region,
    baseUrl: options.baseUrl,
    authToken: options.authToken,
    viewerUid: options.viewerUid,
    sessionType: options.sessionType,
    callStatus: options.callStatus,
    callDirection: options.callDirection,
    callCategory: options.callCategory,
    hasRecording: options.hasRecording,
    summaryPeriod: options.summaryPeriod,
    search: options.search,
    from: options.from,
    to: options.to,
    locale: options.locale,
    groupBy: options.groupBy,
    loadMore: options.loadMore,
    theme: options.theme,
    font: options.font,
    radius: String(options.radius),
    maxHeight: String(options.maxHeight),
  };
  for (const [name, text] of Object.entries(texts)) control(name).value = text;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="filterFields"]')) {
    box.checked = options.filterFields.includes(box.value);
  }
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="hide"]')) box.checked = options.hide.includes(box.value);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="exportFormats"]')) {
    box.checked = options.exportFormats.includes(box.value as 'csv' | 'jsonl');
  }
  (control('collapse') as HTMLInputElement).checked = options.collapse;
  (control('urlState') as HTMLInputElement).checked = options.urlState;
  const colours = options.colours ?? DEFAULT_OPTIONS.colours!;
  (control('customColours') as HTMLInputElement).checked = options.colours !== undefined;
  control('accent').value = colours.accent;
  control('missed').value = colours.missed;
  control('text').value = colours.text;
  control('background').value = colours.background;
}

/** Shows only the fields that apply: those of the chosen source, the colours when custom colours are on. */
function showRelevantFields(options: SnippetOptions): void {
  for (const element of form.querySelectorAll<HTMLElement>('[data-for-source]')) {
    element.hidden = !element.dataset['forSource']!.split(' ').includes(options.source);
  }
  for (const element of form.querySelectorAll<HTMLElement>('[data-when="customColours"]')) {
    element.hidden = options.colours === undefined;
  }
}

/** The embed code running on a page of its own; the new frame replaces the old once its list has loaded. */
function preview(snippet: string): void {
  const next = document.createElement('iframe');
  next.title = frame.title;
  next.className = 'loading';
  next.srcdoc = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="color-scheme" content="light dark">
<style>body { margin: 16px; font-family: system-ui, sans-serif; }</style></head>
<body>
${snippet}
</body>
</html>`;
  frame.after(next);
  let shown = false;
  const show = (): void => {
    if (shown || !next.isConnected) return;
    shown = true;
    const old = frame;
    frame = next;
    frame.id = 'preview';
    next.classList.remove('loading');
    old.remove();
    fitHeight(next);
  };
  next.addEventListener('load', () => {
    const page = next.contentDocument!;
    page.addEventListener('call-log-load', show, { once: true });
    page.addEventListener('call-log-error', show, { once: true });
    // Nothing to load (the list is not set up yet): show what there is.
    setTimeout(show, 1500);
  });
}

/** The frame is as tall as the page in it, up to a limit past which it scrolls. */
function fitHeight(target: HTMLIFrameElement): void {
  const body = target.contentDocument?.body;
  if (!body) return;
  const fit = (): void => {
    target.style.height = `${Math.min(body.scrollHeight + 32, PREVIEW_MAX_HEIGHT)}px`;
  };
  new ResizeObserver(fit).observe(body);
  fit();
}

let timer: ReturnType<typeof setTimeout> | undefined;
let lastPreview = '';

function update(): void {
  const options = readForm();
  showRelevantFields(options);
  code.textContent = buildSnippet(options);
  copyStatus.textContent = '';
  const runnable = buildSnippet({ ...options, scriptUrl: LOCAL_SCRIPT });
  if (runnable === lastPreview) return;
  lastPreview = runnable;
  clearTimeout(timer);
  // Typing in a text field: wait for a pause rather than reload the frame for every key.
  timer = setTimeout(() => preview(runnable), 300);
}

async function copyCode(): Promise<void> {
  const text = code.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied.';
  } catch {
    // No clipboard access (an insecure origin, a refusal): select the code for the person to copy.
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', () => void copyCode());
resetButton.addEventListener('click', () => {
  writeForm(DEFAULT_OPTIONS);
  update();
});

writeForm(DEFAULT_OPTIONS);
update();
