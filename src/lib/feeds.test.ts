import { describe, expect, it } from 'vitest';
import { robotsTxt, rssXml, sitemapFiles, sitemapXml, xmlEscape, type SitemapUrl } from './feeds.ts';

describe('feeds', () => {
  it('escapes XML specials and drops forbidden control characters', () => {
    expect(xmlEscape(`Tây Hồ & "Long Biên" <b>\u0001`)).toBe('Tây Hồ &amp; &quot;Long Biên&quot; &lt;b&gt;');
  });
  it('writes an RSS 2.0 channel in Vietnamese', () => {
    const xml = rssXml({
      title: 'Tin Phường',
      description: 'Tin mới',
      siteUrl: 'https://x.vn/',
      feedUrl: 'https://x.vn/rss.xml',
      items: [
        {
          title: 'Phường Phúc Lợi: Với công tác thi đua khen thưởng.',
          url: 'https://x.vn/tin-tuc/2015/a/',
          summary: 'A & B',
          publishedAt: new Date('2015-09-07T16:46:00+07:00'),
          category: 'Hoạt động',
        },
      ],
    });
    expect(xml).toContain('<language>vi</language>');
    expect(xml).toContain('<title>Phường Phúc Lợi: Với công tác thi đua khen thưởng.</title>');
    expect(xml).toContain('<pubDate>Mon, 07 Sep 2015 16:46:00 +0700</pubDate>');
    expect(xml).toContain('<lastBuildDate>Mon, 07 Sep 2015 16:46:00 +0700</lastBuildDate>');
    expect(xml).toContain('<description>A &amp;amp; B</description>');
  });
  it('keeps markup in a summary as text, even for readers that render descriptions as HTML', () => {
    const xml = rssXml({
      title: 'T',
      description: 'D',
      siteUrl: 'https://x.vn/',
      feedUrl: 'https://x.vn/rss.xml',
      items: [{ title: 'x', url: 'https://x.vn/a/', summary: '<img src=x onerror=alert(1)>', publishedAt: new Date('2015-09-07T16:46:00+07:00') }],
    });
    const description = /<description>([^<]*)<\/description>\s*<\/item>/.exec(xml)![1]!;
    // What a reader gets after XML decoding is HTML that shows the tag as text.
    const afterXml = description.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(afterXml).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(afterXml).not.toContain('<img');
  });
  it('writes a sitemap', () => {
    const xml = sitemapXml([{ loc: 'https://x.vn/' }, { loc: 'https://x.vn/tin-tuc/2015/a/', lastmod: new Date('2015-09-07T09:46:00Z') }]);
    expect(xml).toContain('<url><loc>https://x.vn/</loc></url>');
    expect(xml).toContain('<lastmod>2015-09-07T16:46:00+07:00</lastmod>');
  });
});

describe('sitemap splitting', () => {
  const urls = (n: number): SitemapUrl[] => Array.from({ length: n }, (_, i) => ({ loc: `https://x.vn/p${i}/`, lastmod: new Date(Date.UTC(2020, 0, 1 + i)) }));
  const options = { site: 'https://x.vn/', indexPath: '/sitemap.xml', partPath: (n: number) => `/sitemap-${n}.xml` };
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

  it('writes one urlset while the URLs fit the limit', () => {
    const files = sitemapFiles(urls(5), { ...options, max: 5 });
    expect(files.map((f) => f.path)).toEqual(['/sitemap.xml']);
    expect(files[0]!.xml).toContain('<urlset');
    expect(locs(files[0]!.xml)).toHaveLength(5);
  });

  it('splits above the limit into parts and an index listing them with their newest lastmod', () => {
    const files = sitemapFiles(urls(11), { ...options, max: 5 });
    expect(files.map((f) => f.path)).toEqual(['/sitemap.xml', '/sitemap-1.xml', '/sitemap-2.xml', '/sitemap-3.xml']);
    const [index, ...parts] = files;
    expect(index!.xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index!.xml).not.toContain('<urlset');
    expect(locs(index!.xml)).toEqual(['https://x.vn/sitemap-1.xml', 'https://x.vn/sitemap-2.xml', 'https://x.vn/sitemap-3.xml']);
    expect(index!.xml).toContain('<loc>https://x.vn/sitemap-2.xml</loc><lastmod>2020-01-10T07:00:00+07:00</lastmod>');
    expect(parts.map((p) => locs(p.xml).length)).toEqual([5, 5, 1]);
    // Every URL once, in order, none lost at a boundary.
    expect(parts.flatMap((p) => locs(p.xml))).toEqual(urls(11).map((u) => u.loc));
  });

  it('uses the 50,000 limit of the sitemaps protocol by default', () => {
    expect(sitemapFiles(urls(50_000), options)).toHaveLength(1);
    const split = sitemapFiles(urls(50_001), options);
    expect(split.map((f) => f.path)).toEqual(['/sitemap.xml', '/sitemap-1.xml', '/sitemap-2.xml']);
    expect(locs(split[2]!.xml)).toEqual(['https://x.vn/p50000/']);
  });
});

describe('robots.txt', () => {
  it('keeps crawlers out of the CMS and search results and points them to the sitemap', () => {
    const txt = robotsTxt({ sitemapUrl: 'https://x.vn/sitemap.xml', disallow: ['/admin/', '/tim-kiem/?'] });
    expect(txt.split('\n')).toEqual(['User-agent: *', 'Disallow: /admin/', 'Disallow: /tim-kiem/?', '', 'Sitemap: https://x.vn/sitemap.xml', '']);
  });
});
