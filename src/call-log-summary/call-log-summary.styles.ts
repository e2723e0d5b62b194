import { css } from 'lit';

/**
 * Only `display` is set on the host. Everything else reads the `--call-log-*` custom properties shared with the
 * other elements, with the same defaults; default colours use `light-dark()` so they follow the page's
 * `color-scheme`.
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
    --_divider: var(--call-log-color-border, light-dark(#d8dee4, #343942));
    --_radius: var(--call-log-radius, 0.5rem);
    --_space: var(--call-log-spacing, 0.5rem);

    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
    font-family: var(--call-log-font, inherit);
    font-size: var(--call-log-font-size, 0.9375rem);
    line-height: 1.35;
    color: var(--call-log-color-text, light-dark(#1f2328, #e8eaed));
  }

  [part~='header'],
  [part~='progress-row'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  [part~='header'] label {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin-inline-end: auto;
    color: var(--_muted);
  }

  select,
  button {
    box-sizing: border-box;
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    font: inherit;
    color: var(--call-log-color-text, light-dark(#1f2328, #e8eaed));
    background: var(--_bg);
    border: 1px solid var(--call-log-color-border, light-dark(#818b98, #6e7681));
    border-radius: var(--_radius);
  }
  button {
    cursor: pointer;
  }
  select:hover:not(:disabled),
  button:hover:not(:disabled) {
    border-color: var(--_accent);
  }
  select:disabled,
  button:disabled {
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

  /* Figures flow into as many columns as fit: two at 360 px, all seven in a row on a wide page. */
  [part~='figures'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
    gap: var(--_space);
    margin: 0;
  }
  [part~='figures'][aria-busy='true'] [part~='value'] {
    color: var(--_muted);
  }
  [part~='figure'] {
    display: flex;
    flex-direction: column-reverse;
    justify-content: flex-end;
    gap: 0.125rem;
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_bg);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }
  [part~='label'] {
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='value'] {
    margin: 0;
    font-size: 1.375em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  [data-figure='missed'] [part~='value'] {
    color: var(--call-log-color-missed, light-dark(#c5221f, #ff8a80));
  }

  [part~='busiest-group'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
  }
  [part~='busiest-label'] {
    margin: 0;
    color: var(--_muted);
  }
  [part~='busiest'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='party'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--_divider);
    border-radius: 999px;
  }
  [part~='party-name'] {
    font-weight: 600;
  }
  [part~='party-calls'] {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
`;
