/**
 * The HTTP headers a deployment should send, in one place: docs/deploy.md
 * shows them for nginx and Caddy (a test checks the docs carry exactly these),
 * and the Chromium test loads every page type under them.
 *
 * Public pages need nothing inline: styles are stylesheets, the search page's
 * data block is JSON (not executed). Pagefind compiles its WebAssembly
 * ('wasm-unsafe-eval', which allows no eval of script), in its worker, whose
 * policy is that of /pagefind/pagefind-worker.js's own response: so the
 * public policy, sent with every file, carries it. The admin
 * (Decap CMS) evaluates code and sets inline styles, so it gets its own,
 * looser policy, on /admin/ only.
 */
export const PUBLIC_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export const ADMIN_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Headers for every response (HTML, assets), besides the Content-Security-Policy. */
export const COMMON_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** All headers for a request path. */
export function securityHeaders(path: string): Record<string, string> {
  return { ...COMMON_HEADERS, 'Content-Security-Policy': path.startsWith('/admin/') ? ADMIN_CSP : PUBLIC_CSP };
}
