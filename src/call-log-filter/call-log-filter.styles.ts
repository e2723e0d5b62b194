import { css } from 'lit';

/**
 * Only `display` is set on the host, so the page keeps control of the box. Everything else reads `--call-log-*`
 * custom properties (shared with `<call-log-list>`) with fallbacks; default colours use `light-dark()` so they follow
 * the page's `color-scheme`.
 */
export const styles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  [part~='base'] {
    /* The same defaults as <call-log-list>, except the border: a control's outline needs 3:1 contrast. */
    --_bg: var(--call-log-color-bg, light-dark(#ffffff, #16181d));
    --_accent: var(--call-log-color-accent, light-dark(#0a66d8, #7cb4ff));
    --_space: var(--call-log-spacing, 0.5rem);

    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    container-type: inline-size;
    font-family: var(--call-log-font, inherit);
    font-size: var(--call-log-font-size, 0.9375rem);
    line-height: 1.35;
    color: var(--call-log-color-text, light-dark(#1f2328, #e8eaed));
    background: var(--_bg);
  }

  /* Why the controls are disabled: quiet, in the labels' colour, with the warning colour's mark. */
  .reason {
    margin: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--call-log-color-missed, #e5484d);
    color: var(--call-log-color-muted, light-dark(#59636e, #a8b0b9));
    overflow-wrap: anywhere;
  }
  [part~='control']:disabled,
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  /* Fields flow into as many columns as fit: two at 360 px, a single row at 1024 px. */
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8.5rem), 1fr));
    gap: var(--_space);
    align-items: end;
  }

  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-width: 0;
  }

  [part~='label'] {
    font-size: 0.875em;
    color: var(--call-log-color-muted, light-dark(#59636e, #a8b0b9));
  }

  /* Controls and buttons share one look; the text colour is the element's own. */
  [part~='control'],
  button {
    box-sizing: border-box;
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--call-log-color-border, light-dark(#818b98, #6e7681));
    border-radius: var(--call-log-radius, 0.5rem);
  }

  [part~='control'] {
    min-width: 0;
  }

  /* The search box's hint in the labels' colour: the browser's paler grey reads under 4.5:1. */
  [part~='control']::placeholder {
    color: var(--call-log-color-muted, light-dark(#59636e, #a8b0b9));
    opacity: 1;
  }

  /* The checkbox sits beside its label, lined up with the bottom of the other controls. */
  .checkbox {
    flex-direction: row;
    align-items: center;
    min-height: 2.25rem;
  }

  .checkbox [part~='label'] {
    font-size: inherit;
    color: inherit;
  }

  .checkbox [part~='control'] {
    min-height: auto;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    padding: 0;
    accent-color: var(--_accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }

  [part~='presets'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }

  button {
    padding-inline: 0.875rem;
    cursor: pointer;
  }

  /* Only the presets have aria-pressed, and only the "Filters" button aria-expanded. */
  button:hover,
  [aria-expanded='true'] {
    border-color: var(--_accent);
  }

  [aria-pressed='true'] {
    color: var(--_bg);
    background: var(--_accent);
    border-color: var(--_accent);
  }

  [part~='clear'] {
    margin-inline-start: auto;
  }

  /* "Back to all calls" leads with an arrow pointing back the way the text reads; the words name it, so the arrow
     is silent to assistive technology. */
  [part~='back'] {
    border-color: var(--_accent);
  }
  [part~='back']::before {
    content: '\\2190' / '';
    margin-inline-end: 0.375em;
  }
  [dir='rtl'] [part~='back']::before {
    content: '\\2192' / '';
  }

  [hidden] {
    display: none !important;
  }

  /* On a phone the four presets fit one line. */
  @container (max-width: 26rem) {
    button {
      padding-inline: 0.5rem;
    }
  }

  /* A value the linked list rejects: a ring in the warning colour (a checkbox has no border of its own to colour). */
  [aria-invalid='true'] {
    outline: 2px solid var(--call-log-color-missed, #e5484d);
  }

  /* Visible focus rings for keyboard users, in the accent colour (only the controls and buttons take focus). */
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    [aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
