/**
 * Links of an imported HTML page. A link to another site stays a link. A
 * link to the same old portal cannot stay (the old portal goes away): when
 * the page it points to was imported, it leads to that article's new
 * address and the old address gets a redirect entry (content/redirects.json,
 * src/lib/redirects.ts), so bookmarks and other sites' links to it keep
 * working; otherwise it becomes its text. Anything but http(s), mailto and
 * tel (javascript:, data:, vbscript:…) becomes its text. Pure.
 */
import type { Block, BlockLink } from './body.ts';
import { articleUrl } from '../lib/routes.ts';

/** An old portal address as a lookup key: host without “www.”, path without a trailing slash, query kept, no fragment. */
export function urlKey(url: URL): { host: string; path: string } {
  const path = (safeDecode(url.pathname).replace(/\/+$/, '') || '/') + url.search;
  return { host: url.host.toLowerCase().replace(/^www\./, ''), path };
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text).normalize('NFC');
  } catch {
    return text;
  }
}

/** Old addresses of imported pages → their entry ids (2019/slug), by path then host. */
export class UrlIndex {
  private byPath = new Map<string, { host: string; id: string }[]>();
  add(url: string | undefined, id: string): void {
    const parsed = parseUrl(url);
    if (!parsed) return;
    const { host, path } = urlKey(parsed);
    const list = this.byPath.get(path) ?? [];
    if (!list.some((e) => e.host === host && e.id === id)) list.push({ host, id });
    this.byPath.set(path, list);
  }
  find(url: URL, relative: boolean): string | undefined {
    const { host, path } = urlKey(url);
    const list = this.byPath.get(path) ?? [];
    // A relative link is on the page's own portal: any host of that path will do only when there is one.
    return (list.find((e) => e.host === host) ?? (relative && list.length === 1 ? list[0] : undefined))?.id;
  }
}

const parseUrl = (url: string | undefined) => {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed : undefined;
  } catch {
    return undefined;
  }
};

/** A path a static server can redirect from (src/schema/redirects.ts): from the root, ASCII, no query. */
const REDIRECT_FROM = /^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/;
/** The base for relative links of a page whose own address is not known. */
const NO_BASE = 'http://cong-cu.invalid/';

export interface RedirectEntry {
  from: string;
  to: string;
}

export interface LinkResult {
  blocks: Block[];
  redirects: RedirectEntry[];
  /** Links to the old portal whose page was not imported: left as text. */
  unresolved: string[];
}

/**
 * Decide each link of a page's blocks: `to` is set on links that stay.
 * `pageUrl` is the page's own old address (its canonical URL, a browser's
 * “saved from” note, or the overrides file's url), which says what “the same
 * portal” is and against what relative links resolve.
 */
export function resolveLinks(blocks: readonly Block[], pageUrl: string | undefined, index: UrlIndex): LinkResult {
  const base = parseUrl(pageUrl);
  const portal = base ? urlKey(base).host : undefined;
  const redirects: RedirectEntry[] = [];
  const unresolved: string[] = [];
  const decide = (link: BlockLink): BlockLink => {
    const href = link.href.trim();
    if (href === '' || href.startsWith('#')) return link;
    if (/^(?:mailto|tel):/i.test(href)) return { ...link, to: href };
    let url: URL;
    try {
      url = new URL(href, base ?? NO_BASE);
    } catch {
      return link;
    }
    if (!/^https?:$/.test(url.protocol)) return link;
    const relative = !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href);
    const host = url.host.toLowerCase().replace(/^www\./, '');
    if (!relative && host !== portal) return { ...link, to: url.href };
    const id = index.find(url, relative);
    if (!id) {
      unresolved.push(relative && !base ? href : url.href);
      return link;
    }
    const to = articleUrl(id);
    const from = url.pathname;
    if (!url.search && REDIRECT_FROM.test(from) && from !== to && from !== '/' && !redirects.some((r) => r.from === from)) redirects.push({ from, to });
    return { ...link, to };
  };
  const out = blocks.map((b) => ('links' in b && b.links?.length ? { ...b, links: b.links.map(decide) } : b));
  return { blocks: out, redirects, unresolved };
}
