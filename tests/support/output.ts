/**
 * Reading a built site's output folder as a crawler would: its files, the
 * file a URL is served from, and the tags of a page (meta, links, JSON-LD),
 * with attribute values decoded as a browser decodes them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const SITE = 'https://phuong-mau.example.vn';

/** Every file in the output, as forward-slash paths relative to it. */
export function outputFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => statSync(join(dir, f)).isFile());
}

/** The file a site path is served from (…/ → …/index.html), or undefined when none exists. */
export function servedFile(dir: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!).replace(/^\//, '');
  const file = clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
  return existsSync(join(dir, file)) && statSync(join(dir, file)).isFile() ? file : undefined;
}

/** The site path of an HTML file (tin-tuc/index.html → /tin-tuc/). */
export const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
export const decode = (value: string) =>
  value.replace(
    /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
    (m, e: string) =>
      ENTITIES[e.toLowerCase()] ??
      (e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : m),
  );

/** Attributes of one tag's source ("<meta a="b" c>"). */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    if (m.index === 0) continue; // the tag name
    out[m[1]!.toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** Every tag of a name in the HTML, as attribute maps. */
export function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => attributes(m[0]));
}

/** Open Graph and Twitter card values: property/name → content (first wins, as Facebook reads them). */
export function shareTags(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const meta of tags(html, 'meta')) {
    const key = meta.property ?? meta.name;
    if (key && meta.content !== undefined && !(key in out)) out[key] = meta.content;
  }
  return out;
}

/** The JSON-LD blocks of a page, parsed. */
export function jsonLdBlocks(html: string): { raw: string; data: Record<string, unknown> }[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => ({ raw: m[1]!, data: JSON.parse(m[1]!) }));
}

export const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
