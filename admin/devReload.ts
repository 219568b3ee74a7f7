/**
 * `npm run cms` only: keep the admin open when the dev server reloads pages
 * because the CMS itself just wrote content.
 *
 * A publish (or a photo, or a deletion) moves main, the served folder gets
 * the new files (admin/server/worktree.ts), and Astro's dev server then tells
 * every open page to reload, the admin too, in the middle of the editor's
 * work. The admin reads content through decap-server, not through its page,
 * so it has no need to. Other reloads (the dev server's first optimisation
 * of Decap's modules, a developer's code change) still happen: only those
 * that follow one of the admin's own writes are ignored.
 */

/** decap-server actions after which the served folder changes. */
export const WRITES_CONTENT = new Set(['publishUnpublishedEntry', 'persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles', 'deleteUnpublishedEntry']);

/** How long after such a write the dev server's reload is taken for its echo. */
export const ECHO_MS = 15_000;

/** Whether a reload at `now` is the echo of a write the admin finished at `wroteAt`. */
export function isEchoOfOwnWrite(wroteAt: number, now: number): boolean {
  return wroteAt > 0 && now - wroteAt >= 0 && now - wroteAt < ECHO_MS;
}

/** The action of a decap-server request body, if it is one. */
export function actionOf(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    const action = (JSON.parse(body) as { action?: unknown }).action;
    return typeof action === 'string' ? action : undefined;
  } catch {
    return undefined;
  }
}

interface Hot {
  on(event: 'vite:beforeFullReload', listener: (payload: { path?: string }) => void): void;
}

/** Watches the admin's requests to `backendUrl` and keeps the page open through their echoes. */
export function keepOpenThroughOwnWrites(hot: Hot, backendUrl: string): void {
  let wroteAt = 0;
  const fetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const action = url.startsWith(backendUrl) ? actionOf(init?.body) : undefined;
    if (action && WRITES_CONTENT.has(action) && response.ok) wroteAt = Date.now();
    return response;
  };
  hot.on('vite:beforeFullReload', (payload) => {
    // Vite reloads only the page a path names; this one names no page.
    if (isEchoOfOwnWrite(wroteAt, Date.now())) payload.path = '/admin/.keep-open.html';
  });
}
