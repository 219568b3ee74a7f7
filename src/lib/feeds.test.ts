import { describe, expect, it } from 'vitest';
import { rssXml, sitemapXml, xmlEscape } from './feeds.ts';

describe('feeds', () => {
  it('escapes XML specials and drops forbidden control characters', () => {
    expect(xmlEscape(`Tây Hồ & "Long Biên" <b>\u0001`)).toBe('Tây Hồ &amp; &quot;Long Biên&quot; &lt;b&gt;');
  });
  it('writes an RSS 2.0 channel in Vietnamese', () => {
    const xml = rssXml({
      title: 'Tin Phường', description: 'Tin mới', siteUrl: 'https://x.vn/', feedUrl: 'https://x.vn/rss.xml',
      items: [{ title: 'Phường Phúc Lợi: Với công tác thi đua khen thưởng.', url: 'https://x.vn/tin-tuc/2015/a/', summary: 'A & B', publishedAt: new Date('2015-09-07T16:46:00+07:00'), category: 'Hoạt động' }],
    });
    expect(xml).toContain('<language>vi</language>');
    expect(xml).toContain('<title>Phường Phúc Lợi: Với công tác thi đua khen thưởng.</title>');
    expect(xml).toContain('<pubDate>Mon, 07 Sep 2015 09:46:00 GMT</pubDate>');
    expect(xml).toContain('<description>A &amp;amp; B</description>');
  });
  it('keeps markup in a summary as text, even for readers that render descriptions as HTML', () => {
    const xml = rssXml({
      title: 'T', description: 'D', siteUrl: 'https://x.vn/', feedUrl: 'https://x.vn/rss.xml',
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
    expect(xml).toContain('<lastmod>2015-09-07T09:46:00.000Z</lastmod>');
  });
});
