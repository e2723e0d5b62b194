import { svg, type SVGTemplateResult } from 'lit';

// 24x24 stroke icons, drawn in currentColor so they follow the theme. Each is decorative: the text beside it names it.
// Their size and strokes come from the stylesheet, matched once, rather than from attributes parsed on every icon.
const icon = (body: SVGTemplateResult) => svg`<svg viewBox="0 0 24 24" aria-hidden="true">${body}</svg>`;

export const icons = {
  incoming: icon(svg`<path d="M17 7 7 17M16 17H7V8"/>`),
  outgoing: icon(svg`<path d="M7 17 17 7M8 7h9v9"/>`),
  missed: icon(svg`<path d="m3 7 9 9 9-9M3 7h5M3 7v5"/>`),
  audio: icon(
    svg`<path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1 1 .4 1.9.7 2.8a2 2 0 0 1-.5 2.1L8 9.9a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.8.7a2 2 0 0 1 1.7 2Z"/>`,
  ),
  video: icon(svg`<path d="m16 13 5.2 3.5a.5.5 0 0 0 .8-.4V7.9a.5.5 0 0 0-.8-.4L16 11"/><rect x="2" y="6" width="14" height="12" rx="2"/>`),
  recording: icon(svg`<circle cx="12" cy="12" r="9"/><circle cx="12" cy="12" r="3.5" fill="currentColor"/>`),
  people: icon(svg`<path d="M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2"/><circle cx="9" cy="7" r="4"/><path d="M22 21v-2a4 4 0 0 0-3-3.9M16 3.1a4 4 0 0 1 0 7.8"/>`),
  chevron: icon(svg`<path d="m6 9 6 6 6-6"/>`),
  play: icon(svg`<path d="m7 4 13 8-13 8Z"/>`),
  external: icon(svg`<path d="M15 3h6v6M10 14 21 3M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6"/>`),
};
