import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }

  .base {
    /* Defaults follow the page's color-scheme; any --call-log-* property set by the page wins. */
    --_text: var(--call-log-color-text, light-dark(#1f2328, #e8eaed));
    --_muted: var(--call-log-color-muted, light-dark(#59636e, #a8b0b9));
    --_bg: var(--call-log-color-bg, light-dark(#ffffff, #16181d));
    --_hover: var(--call-log-color-hover, light-dark(#f2f4f7, #23262d));
    --_border: var(--call-log-color-border, light-dark(#d8dee4, #343942));
    --_accent: var(--call-log-color-accent, light-dark(#0a66d8, #7cb4ff));
    --_missed: var(--call-log-color-missed, light-dark(#c5221f, #ff8a80));
    --_space: var(--call-log-spacing, 0.5rem);
    --_radius: var(--call-log-radius, 0.5rem);
    --_avatar: var(--call-log-avatar-size, 2.5rem);
    box-sizing: border-box;
    /* Contains the visually hidden live region, so it adds no scroll space to the page. */
    position: relative;
    container-type: inline-size;
    max-height: var(--call-log-max-height, none);
    overflow: auto;
    overscroll-behavior: contain;
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--call-log-font, inherit);
    font-size: var(--call-log-font-size, 0.9375rem);
    line-height: 1.35;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  button,
  a {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  svg {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .section-header {
    position: sticky;
    top: 0;
    z-index: 1;
    margin: 0;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 2) calc(var(--_space) * 0.75);
    background: var(--_bg);
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
    border-bottom: 1px solid var(--_border);
  }
  .rows,
  .participants-list,
  .recordings-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .row-line {
    display: flex;
    align-items: center;
    min-height: var(--call-log-row-height, 3.75rem);
    padding-inline-end: var(--_space);
  }
  .row:hover .row-line,
  .row:focus-within .row-line {
    background: var(--_hover);
  }
  .row-main {
    flex: 1;
    min-width: 0;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    align-self: stretch;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .text {
    flex: 1;
    min-width: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'name time' 'meta meta';
    align-items: baseline;
    gap: 0.125rem var(--_space);
  }
  .name {
    grid-area: name;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
    unicode-bidi: plaintext;
  }
  .missed .name {
    color: var(--_missed);
  }
  .time {
    grid-area: time;
    color: var(--_muted);
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
  }
  .meta {
    grid-area: meta;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.625rem;
    color: var(--_muted);
    font-size: 0.8125em;
    min-width: 0;
  }
  .meta > span {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  /* Why a row was found (a name, isolated from the line's direction): in the name's colour, legible on its mark. */
  .search-hit {
    color: var(--_text);
  }
  .meta svg {
    font-size: 1.2em;
  }
  /* Right to left, the marks whose meaning is a direction point the other way, as the reader's phone draws them;
     the play triangle stays, as media controls do. */
  [dir='rtl'] .direction svg,
  [dir='rtl'] a.text-button svg {
    transform: scaleX(-1);
  }
  .direction.missed,
  .status.missed,
  .status.unanswered,
  .status.busy,
  .status.rejected {
    color: var(--_missed);
  }
  .status.ongoing {
    color: var(--_accent);
    font-weight: 600;
  }
  .duration {
    font-variant-numeric: tabular-nums;
  }

  .avatar {
    flex: none;
    width: var(--_avatar);
    height: var(--_avatar);
    border-radius: 50%;
    object-fit: cover;
    display: inline-grid;
    place-items: center;
    color: #fff;
    font-size: calc(var(--_avatar) * 0.38);
    font-weight: 600;
    line-height: 1;
    user-select: none;
  }
  .avatar.small {
    width: calc(var(--_avatar) * 0.7);
    height: calc(var(--_avatar) * 0.7);
    font-size: calc(var(--_avatar) * 0.27);
  }

  .actions {
    flex: none;
    display: flex;
    align-items: center;
    gap: 0.125rem;
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_accent);
    font-size: 1.125rem;
    cursor: pointer;
  }
  .icon-button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .icon-button:focus-visible {
    outline-offset: 0;
  }
  .expand {
    color: var(--_muted);
  }
  .expand svg {
    transition: transform 150ms ease;
  }
  .expanded .expand svg {
    transform: rotate(180deg);
  }

  .details {
    padding: var(--_space) calc(var(--_space) * 2) calc(var(--_space) * 1.5)
      calc(var(--_space) * 3.5 + var(--_avatar));
    border-bottom: 1px solid var(--_border);
    font-size: 0.875em;
  }
  .full-time {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  .details-heading {
    margin: var(--_space) 0 calc(var(--_space) * 0.5);
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .participant,
  .recording {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding: calc(var(--_space) * 0.5) 0;
  }
  .participant-name {
    font-weight: 500;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .participant-time {
    color: var(--_muted);
  }
  .recording-label {
    min-width: 8em;
  }
  .player {
    flex-basis: 100%;
    width: 100%;
    max-width: 32rem;
    border-radius: var(--_radius);
  }
  .unavailable,
  .details-error {
    color: var(--_muted);
  }

  .button,
  .text-button {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    border-radius: var(--_radius);
    cursor: pointer;
    text-decoration: none;
  }
  .button {
    padding: 0.5rem 1rem;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
  }
  .button:hover {
    background: var(--_hover);
  }
  .text-button {
    padding: 0.25rem 0.5rem;
    border: 0;
    background: none;
    color: var(--_accent);
  }
  .text-button:hover {
    background: var(--_hover);
  }

  .notice {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }

  .footer {
    display: flex;
    justify-content: center;
    padding: calc(var(--_space) * 2);
  }
  .search-status {
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    color: var(--_muted);
  }
  .match {
    background: color-mix(in srgb, var(--_accent) 24%, transparent);
    color: inherit;
    border-radius: 2px;
  }
  .party-calls {
    display: block;
    max-inline-size: 100%;
    margin-block-start: var(--_space);
    margin-inline-start: calc(var(--_space) * -1);
    text-align: start;
    overflow-wrap: anywhere;
  }
  .sentinel {
    height: 1px;
  }
  .spinner {
    width: 1.5rem;
    height: 1.5rem;
    border: 3px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 800ms linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  .skeleton-row {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    min-height: var(--call-log-row-height, 3.75rem);
    padding: var(--_space) calc(var(--_space) * 2);
  }
  .skeleton-row .avatar,
  .skeleton-row .lines span {
    background: var(--_hover);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .skeleton-row .lines {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .skeleton-row .lines span {
    height: 0.75rem;
    border-radius: 0.375rem;
    width: 55%;
  }
  .skeleton-row .lines span + span {
    width: 35%;
  }
  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }

  .empty,
  .error {
    padding: calc(var(--_space) * 5) calc(var(--_space) * 2);
    text-align: center;
  }
  .state-title {
    margin: 0 0 var(--_space);
    font-size: 1.0625em;
    font-weight: 600;
  }
  .state-text {
    margin: 0 auto calc(var(--_space) * 2);
    max-width: 36rem;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .error .state-title {
    color: var(--_missed);
  }

  /* Narrow lists: the name takes the whole first line and the time moves under it. */
  @container (max-width: 26rem) {
    .text {
      grid-template-areas: 'name name' 'meta time';
    }
    .row-main {
      gap: var(--_space);
      padding-inline: calc(var(--_space) * 1.5) var(--_space);
    }
    .icon-button {
      width: 2rem;
      height: 2rem;
    }
    .details {
      padding-inline-start: calc(var(--_space) * 1.5);
    }
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner,
    .skeleton-row .avatar,
    .skeleton-row .lines span {
      animation-duration: 0s;
    }
    .expand svg {
      transition: none;
    }
  }
`;
