/**
 * The parts of blocks filled in when the page is built, not when the article's
 * Markdown is rendered (that rendering is cached with the article and would go
 * stale): an embedded album's photos (the album may change without the
 * article) and a document's type and size (the file may be replaced). The
 * Markdown leaves a link for each (src/markdown/blockTree.ts); this finds
 * them. Pure: the layout passes how to look things up.
 */
import { documentType, formatBytes } from '../markdown/blocks.ts';

/** Quick test on rendered HTML: whether the page needs filling in at all (most articles do not). */
export const hasEmbeds = (html: string): boolean => html.includes('class="album-embed"') || html.includes('class="document-file"');

const ALBUM_EMBED = /<div class="album-embed"><p><a href="\/album-anh\/([a-z0-9-]+)\/">[^<]*<\/a><\/p><\/div>/g;
const DOCUMENT_LINK = /(<a href="(\/van-ban\/[^"]+)" class="document-file">)([^<]*)(<\/a>)/g;

export type BodyPart = { html: string } | { album: string };

/** The body split around embedded albums, so the layout can put each album's grid in its place. */
export function splitAlbumEmbeds(html: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let at = 0;
  for (const m of html.matchAll(ALBUM_EMBED)) {
    if (m.index > at) parts.push({ html: html.slice(at, m.index) });
    parts.push({ album: m[1]! });
    at = m.index + m[0].length;
  }
  if (at < html.length) parts.push({ html: html.slice(at) });
  return parts;
}

/**
 * Each document link with its type and size: “Tải văn bản 125/QĐ-UBND (PDF, 12 KB)”.
 * `size` gives a file's bytes, or undefined when it does not exist (then the
 * path is reported in `missing`).
 */
export function fillDocumentLinks(html: string, size: (path: string) => number | undefined): { html: string; missing: string[] } {
  const missing: string[] = [];
  const out = html.replace(DOCUMENT_LINK, (_all, open: string, path: string, label: string, close: string) => {
    const bytes = size(path);
    if (bytes === undefined) {
      missing.push(path);
      return `${open}${label}${close}`;
    }
    return `${open}${label} (${documentType(path)}, ${formatBytes(bytes)})${close}`;
  });
  return { html: out, missing };
}
