/**
 * RSS 2.0 and sitemap XML, written by hand (no dependency). Pure: the
 * endpoints pass in entries already filtered by isPublic().
 */

/** Escape text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
    // Characters XML 1.0 forbids (control characters other than tab and newlines).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
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
        `      <pubDate>${item.publishedAt.toUTCString()}</pubDate>`,
        ...(item.category ? [`      <category>${xmlEscape(item.category)}</category>`] : []),
        // Readers take <description> as HTML: the summary is text, so it is escaped as HTML first,
        // or "<img src=x onerror=…>" written in a summary would come alive in the reader.
        `      <description>${xmlEscape(htmlEscape(item.summary))}</description>`,
        '    </item>',
      ].join('\n'),
    )
    .join('\n');
  const lastBuild = channel.items[0]?.publishedAt;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xmlEscape(channel.title)}</title>`,
    `    <link>${xmlEscape(channel.siteUrl)}</link>`,
    `    <description>${xmlEscape(channel.description)}</description>`,
    '    <language>vi</language>',
    `    <atom:link href="${xmlEscape(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(lastBuild ? [`    <lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>`] : []),
    items,
    '  </channel>',
    '</rss>',
    '',
  ].filter((line) => line !== '').join('\n') + '\n';
}

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  lastmod?: Date | undefined;
}

export function sitemapXml(urls: SitemapUrl[]): string {
  const body = urls
    .map((u) => `  <url><loc>${xmlEscape(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
