import { css } from 'lit';

/**
 * Only `display` is set on the host. Everything else reads the `--call-log-*` custom properties shared with
 * `<call-log-list>` and `<call-log-filter>`, with the same defaults.
 */
export const styles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  [part~='base'] {
    --_bg: var(--call-log-color-bg, light-dark(#ffffff, #16181d));
    --_accent: var(--call-log-color-accent, light-dark(#0a66d8, #7cb4ff));
    --_muted: var(--call-log-color-muted, light-dark(#59636e, #a8b0b9));
    --_space: var(--call-log-spacing, 0.5rem);

    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    font-family: var(--call-log-font, inherit);
    font-size: var(--call-log-font-size, 0.9375rem);
    line-height: 1.35;
    color: var(--call-log-color-text, light-dark(#1f2328, #e8eaed));
  }

  button {
    box-sizing: border-box;
    min-height: 2.25rem;
    padding: 0.25rem 0.875rem;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--call-log-color-border, light-dark(#818b98, #6e7681));
    border-radius: var(--call-log-radius, 0.5rem);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  [part~='progress'] {
    flex: 1 1 8rem;
    min-width: 6rem;
    accent-color: var(--_accent);
  }

  [part~='status'] {
    margin: 0;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  [part~='status'][data-state='failed'],
  [part~='reason'] {
    margin: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--call-log-color-missed, #e5484d);
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
`;
