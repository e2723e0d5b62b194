// Test-runner middleware for the embed tests (test/embed/): plain HTML pages that load the built bundles.
// - The bundles in dist/ (which `npm test` builds first) are served byte for byte, not through the runner's
//   transforms, at /dist/ and at the site root (the URLs in demo/cms.html, as on a site that hosts them there).
// - /alone/call-log-elements.js is the module bundle without the files beside it (languages, demo data fail).
// - Pages under /test/embed/pages/csp/ are served with a strict Content Security Policy that requires Trusted Types.
// - /__raw/src/... and /__raw/dist/... are files as written (the runner serves them compiled), for the manifest and
//   package tests.

import { readFile } from 'node:fs/promises';

/**
 * No inline script, no eval, scripts and styles from this origin only (so no `style` attributes either), Lit's
 * Trusted Types policy only.
 */
export const STRICT_CSP = [
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The bundles and the files they load on use: the filter, the demo data and the languages. */
const BUNDLE = /^(?:\/dist)?\/(call-log-elements(?:\.iife|-[\w-]+?(?:\.iife)?)?\.js)$/;
const dist = new URL('../../dist/', import.meta.url);
const root = new URL('../../', import.meta.url);

export async function embedPages(context, next) {
  // /alone/: the module bundle by itself, without the files that belong beside it (a site that copied one file).
  if (context.path === '/alone/call-log-elements.js') {
    context.type = 'text/javascript';
    context.set('Cache-Control', 'no-store');
    context.body = await readFile(new URL('call-log-elements.js', dist));
    return;
  }
  // Answered as a server that cannot serve it (503), not 404, which the runner lists as a broken link of a test.
  if (context.path.startsWith('/alone/')) {
    context.status = 503;
    context.body = '';
    return;
  }
  const bundle = BUNDLE.exec(context.path)?.[1];
  if (bundle) {
    context.type = 'text/javascript';
    context.set('Cache-Control', 'no-store');
    context.body = await readFile(new URL(bundle, dist));
    return;
  }
  const raw = /^\/__raw\/((?:src|dist)\/[\w/.-]+\.(?:ts|js))$/.exec(context.path);
  if (raw && !raw[1].includes('..')) {
    context.type = 'text/plain';
    context.body = await readFile(new URL(raw[1], root), 'utf8');
    return;
  }
  await next();
  if (context.path.startsWith('/test/embed/pages/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
}
