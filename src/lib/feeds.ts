/**
 * RSS 2.0, sitemap XML and robots.txt, written by hand (no dependency). Pure:
 * the endpoints pass in entries already filtered by isPublic().
 */
import { toRfc822Vn, toVnIso } from './dates.ts';

/** Escape text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  return (
    text
      .replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
      // Characters XML 1.0 forbids (control characters other than tab and newlines).
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

/** Text as HTML that reads as that text. */
export function htmlEscape(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&quot;' })[c]!);
}

export interface FeedItem {
  title: string;
  /** Absolute URL. */
  url: string;
  summary: string;
  publishedAt: Date;
  category?: string | undefined;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the site. */
  siteUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  items: FeedItem[];
}

export function rssXml(channel: FeedChannel): string {
  const items = channel.items
    .map((item) =>
      [
        '    <item>',
        `      <title>${xmlEscape(item.title)}</title>`,
        `      <link>${xmlEscape(item.url)}</link>`,
        `      <guid isPermaLink="true">${xmlEscape(item.url)}</guid>`,
        `      <pubDate>${toRfc822Vn(item.publishedAt)}</pubDate>`,
        ...(item.category ? [`      <category>${xmlEscape(item.category)}</category>`] : []),
        // Readers take <description> as HTML: the summary is text, so it is escaped as HTML first,
        // or "<img src=x onerror=…>" written in a summary would come alive in the reader.
        `      <description>${xmlEscape(htmlEscape(item.summary))}</description>`,
        '    </item>',
      ].join('\n'),
    )
    .join('\n');
  // The newest item's date rather than the clock: an unchanged feed stays byte-identical between builds.
  const lastBuild = channel.items[0]?.publishedAt;
  return (
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
      '  <channel>',
      `    <title>${xmlEscape(channel.title)}</title>`,
      `    <link>${xmlEscape(channel.siteUrl)}</link>`,
      `    <description>${xmlEscape(channel.description)}</description>`,
      '    <language>vi</language>',
      `    <atom:link href="${xmlEscape(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
      ...(lastBuild ? [`    <lastBuildDate>${toRfc822Vn(lastBuild)}</lastBuildDate>`] : []),
      items,
      '  </channel>',
      '</rss>',
      '',
    ]
      .filter((line) => line !== '')
      .join('\n') + '\n'
  );
}

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  lastmod?: Date | undefined;
}

const lastmodTag = (d: Date | undefined) => (d ? `<lastmod>${toVnIso(d)}</lastmod>` : '');

export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const body = urls.map((u) => `  <url><loc>${xmlEscape(u.loc)}</loc>${lastmodTag(u.lastmod)}</url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** The sitemaps protocol's limit of URLs per file. */
export const SITEMAP_MAX_URLS = 50_000;

export interface SitemapFile {
  /** Path on the site, e.g. /sitemap.xml or /sitemap-2.xml. */
  path: string;
  xml: string;
}

/**
 * The sitemap as files: one urlset at `indexPath` while the URLs fit in one
 * file; beyond `max`, parts of at most `max` URLs at partPath(1…n) and a
 * sitemap index at `indexPath` listing them, each with its newest lastmod.
 */
export function sitemapFiles(
  urls: readonly SitemapUrl[],
  options: { site: string; indexPath: string; partPath: (n: number) => string; max?: number },
): SitemapFile[] {
  const max = options.max ?? SITEMAP_MAX_URLS;
  if (urls.length <= max) return [{ path: options.indexPath, xml: sitemapXml(urls) }];
  const parts: SitemapFile[] = [];
  const entries: string[] = [];
  for (let i = 0, n = 1; i < urls.length; i += max, n++) {
    const chunk = urls.slice(i, i + max);
    const path = options.partPath(n);
    parts.push({ path, xml: sitemapXml(chunk) });
    const newest = chunk.reduce<Date | undefined>((a, u) => (u.lastmod && (!a || u.lastmod > a) ? u.lastmod : a), undefined);
    entries.push(`  <sitemap><loc>${xmlEscape(new URL(path, options.site).href)}</loc>${lastmodTag(newest)}</sitemap>`);
  }
  const index = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
  return [{ path: options.indexPath, xml: index }, ...parts];
}

/** robots.txt: everything but the CMS and search result URLs (endless query combinations), and where the sitemap is. */
export function robotsTxt(options: { sitemapUrl: string; disallow: readonly string[] }): string {
  return ['User-agent: *', ...options.disallow.map((p) => `Disallow: ${p}`), '', `Sitemap: ${options.sitemapUrl}`, ''].join('\n');
}
