/**
 * A body that cannot render (a block without its alt text, say) never becomes
 * a page without its body. Astro's glob loader catches a render error, logs
 * it and stores the entry with no HTML, so the page would show title and
 * cover and nothing else. Instead the failure is kept with the entry:
 * - `astro build` fails, naming every such file and what is wrong;
 * - under `astro dev` (and `npm run cms`) the page itself throws the same
 *   message, so the dev server's error page says which block is wrong.
 * It is kept in the stored entry, so an unchanged broken file still fails the
 * next (incremental) build.
 */
import { relative } from 'node:path';
import { fill, vi } from '../i18n/vi.ts';

/** The key in a rendered entry's metadata that holds why its body could not be rendered. */
export const RENDER_ERROR = 'tinPhuongRenderError';

interface Rendered {
  html: string;
  metadata?: Record<string, unknown>;
}

/** What is stored in place of the HTML: nothing to show, and the reason, naming the file. */
export function failedRender(filePath: string, error: unknown, root: string): Rendered {
  const message = error instanceof Error ? error.message : String(error);
  const file = relative(root, filePath) || filePath;
  // The blocks plugin names the file itself (src/markdown/plugins.ts); other errors get it here.
  const named = message.includes(filePath) ? message.replace(filePath, file) : `${file}: ${message}`;
  return { html: '', metadata: { [RENDER_ERROR]: named } };
}

/** Why this entry's body cannot be shown, if it cannot. */
export function renderError(entry: { rendered?: Rendered | undefined }): string | undefined {
  const reason = entry.rendered?.metadata?.[RENDER_ERROR];
  return typeof reason === 'string' ? reason : undefined;
}

/** The build's one error for every body that cannot render, or undefined when all can. */
export function renderFailuresMessage(entries: Iterable<{ rendered?: Rendered | undefined }>): string | undefined {
  const reasons = [...entries].flatMap((entry) => renderError(entry) ?? []).sort();
  if (!reasons.length) return undefined;
  return [fill(vi.build.bodies, { count: reasons.length }), ...reasons.map((r) => `- ${r.replaceAll('\n', '\n  ')}`)].join('\n');
}

/** Stops a page whose body cannot render (the dev server shows this as its error page). */
export function assertRendered(entry: { rendered?: Rendered | undefined }): void {
  const reason = renderError(entry);
  if (reason) throw new Error(`${vi.build.bodyPage}\n${reason}`);
}
