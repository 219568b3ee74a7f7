/**
 * Publishing quality of the built fixture site, read from its output as
 * Facebook, Zalo, search engines and feed readers read it: Open Graph and
 * Twitter tags, JSON-LD per schema.org type, feeds per topic with
 * autodiscovery, robots.txt and the sitemap, redirects of old addresses.
 * Then scheduled publishing with a controlled clock (BUILD_NOW): one build
 * a minute before an article's moment, one a minute after.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, ROOT } from './support/build.ts';
import { jsonLdBlocks, outputFiles, pathOf, read, servedFile, shareTags, SITE, tags } from './support/output.ts';

const dist = inject('fixtureDir');
const all = outputFiles(dist);
const html = all.filter((f) => f.endsWith('.html'));
const isIndexable = (source: string) => source.includes('<link rel="canonical"') && !source.includes('<meta name="robots" content="noindex">');
const indexable = html.filter((f) => !f.startsWith('admin/') && isIndexable(read(dist, f)));
const isArticle = (f: string) => /^tin-tuc\/\d{4}\/(?!trang-)[^/]+\/index\.html$/.test(f);
const page = (path: string) => read(dist, servedFile(dist, path)!);
/** The file behind an absolute URL of the site. */
const fileOfUrl = (url: string) => (url.startsWith(`${SITE}/`) ? servedFile(dist, url.slice(SITE.length)) : undefined);

describe('Open Graph and Twitter cards (what Facebook and Zalo read)', () => {
  it('every public page has title, description, absolute URL, type and an image that exists', () => {
    expect(indexable.length).toBeGreaterThan(40);
    for (const file of indexable) {
      const source = read(dist, file);
      const og = shareTags(source);
      const canonical = tags(source, 'link').find((l) => l.rel === 'canonical')!.href;
      expect(og['og:url'], file).toBe(canonical);
      expect(og['og:url'], file).toBe(`${SITE}${pathOf(file)}`);
      expect(og['og:title'], file).toBeTruthy();
      expect(og['og:description'], file).toBeTruthy();
      expect(og['og:type'], file).toBe(isArticle(file) ? 'article' : 'website');
      expect(og['og:locale'], file).toBe('vi_VN');
      expect(og['twitter:card'], file).toBe('summary_large_image');
      expect(og['og:image'], file).toMatch(/^https:\/\/phuong-mau\.example\.vn\/.+\.(png|jpe?g|webp)$/);
      expect(fileOfUrl(og['og:image']!), `${file}: ${og['og:image']}`).toBeDefined();
      expect(og['og:image:alt'], file).toBeTruthy();
      expect(og['twitter:image'], file).toBe(og['og:image']);
    }
  });

  it('declares each share image at its real size, about 1200×630', async () => {
    const images = new Map<string, { width: string; height: string }>();
    for (const file of indexable) {
      const og = shareTags(read(dist, file));
      images.set(og['og:image']!, { width: og['og:image:width']!, height: og['og:image:height']! });
    }
    for (const [url, declared] of images) {
      const meta = await sharp(join(dist, fileOfUrl(url)!)).metadata();
      expect({ width: String(meta.width), height: String(meta.height) }, url).toEqual(declared);
      expect(meta.width! / meta.height!, url).toBeCloseTo(1200 / 630, 1);
    }
  });

  it('gives an article its title, summary and times in +07:00, and the cover as a 1200×630 JPEG', async () => {
    const og = shareTags(page('/tin-tuc/2024/le-khanh-thanh-tru-so-ubnd-phuong/'));
    expect(og['og:title']).toBe('Lễ khánh thành trụ sở mới của Ủy ban nhân dân phường Phúc Lợi');
    expect(og['og:description']).toBe('Trụ sở mới của Ủy ban nhân dân phường được đưa vào sử dụng, phục vụ người dân tốt hơn.');
    expect(og['article:published_time']).toBe('2024-05-20T08:30:00+07:00');
    expect(og['article:modified_time']).toBe('2024-05-21T10:00:00+07:00');
    expect(og['og:image:alt']).toBe('Trụ sở Ủy ban nhân dân phường mái đỏ, cờ đỏ trên nóc');
    const meta = await sharp(join(dist, fileOfUrl(og['og:image']!)!)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
  });

  it('gives an article without a cover a card of its own, with the unit, the category and its title', async () => {
    const og = shareTags(page('/tin-tuc/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong/'));
    expect(og['article:published_time']).toBe('2015-09-07T16:46:00+07:00');
    expect(og['article:modified_time']).toBe('2015-09-07T16:46:00+07:00');
    expect(og['og:image']).toBe(`${SITE}/anh-chia-se/tin-tuc/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong.png`);
    expect(og['og:image:alt']).toBe(`Phường Phúc Lợi – Hoạt động khối chính quyền – ${og['og:title']}`);
    const meta = await sharp(join(dist, fileOfUrl(og['og:image']!)!)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    // Each coverless article names a card of its own; the output holds those and the portal's, nothing else.
    // (A withdrawn article's notice shares no image.)
    const named = html
      .filter(isArticle)
      .flatMap((f) => shareTags(read(dist, f))['og:image'] ?? [])
      .filter((src) => src.includes('/anh-chia-se/'));
    expect(named.length).toBeGreaterThan(20);
    expect(new Set(named).size).toBe(named.length);
    const cards = all.filter((f) => f.startsWith('anh-chia-se/'));
    expect(cards.sort()).toEqual([...named.map((src) => src.slice(SITE.length + 1)), 'anh-chia-se/phuong-phuc-loi-00136.png'].sort());
    // Different titles, different pictures.
    expect(new Set(cards.map((f) => readFileSync(join(dist, f)).toString('base64'))).size).toBe(cards.length);
  });
});

/** What schema.org types must carry here (Google's required and recommended properties). */
const REQUIRED: Record<string, string[]> = {
  NewsArticle: ['headline', 'description', 'image', 'datePublished', 'dateModified', 'author', 'publisher', 'url', 'inLanguage'],
  BreadcrumbList: ['itemListElement'],
  CreativeWork: ['name', 'url', 'temporalCoverage', 'image', 'publisher', 'inLanguage'],
  GovernmentOrganization: ['name', 'url', 'address', 'telephone'],
};
function checkType(node: Record<string, unknown>, where: string) {
  const type = node['@type'] as string;
  for (const prop of REQUIRED[type] ?? []) {
    const value = node[prop];
    expect(value === undefined || value === '' || (Array.isArray(value) && value.length === 0), `${where}: ${type} without ${prop}`).toBe(false);
  }
}

describe('JSON-LD', () => {
  it('every article: a NewsArticle published by the unit (GovernmentOrganization) and a BreadcrumbList that leads to real pages', () => {
    const articles = indexable.filter(isArticle);
    expect(articles.length).toBeGreaterThanOrEqual(28);
    for (const file of articles) {
      const source = read(dist, file);
      const blocks = jsonLdBlocks(source);
      expect(
        blocks.map((b) => b.data['@type']),
        file,
      ).toEqual(['NewsArticle', 'BreadcrumbList']);
      const [article, crumbs] = blocks.map((b) => b.data) as [Record<string, unknown>, Record<string, unknown>];
      checkType(article, file);
      checkType(crumbs, file);
      expect(article['@context']).toBe('https://schema.org');
      const publisher = article.publisher as Record<string, unknown>;
      expect(publisher['@type']).toBe('GovernmentOrganization');
      expect(publisher.name).toBe('Ủy ban nhân dân phường Phúc Lợi');
      checkType(publisher, `${file} publisher`);
      expect((article.author as { name?: string }).name, file).toBeTruthy();
      expect(article.headline, file).toBe(shareTags(source)['og:title']);
      expect(article.datePublished, file).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
      expect(article.dateModified, file).toMatch(/\+07:00$/);
      expect(article.url, file).toBe(`${SITE}${pathOf(file)}`);
      for (const image of article.image as string[]) expect(fileOfUrl(image), image).toBeDefined();
      const items = crumbs.itemListElement as { position: number; name: string; item: string }[];
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
      expect(items[0]!.name).toBe('Trang chủ');
      expect(items.at(-1)!.item).toBe(article.url);
      for (const item of items) expect(fileOfUrl(item.item), `${file}: ${item.item}`).toBeDefined();
    }
  });

  it('names the byline’s person as author, and the dates a reader sees', () => {
    const [article] = jsonLdBlocks(page('/tin-tuc/2024/le-khanh-thanh-tru-so-ubnd-phuong/')).map((b) => b.data);
    expect(article!.author).toEqual({ '@type': 'Person', name: 'Minh Ngọc' });
    expect(article!.datePublished).toBe('2024-05-20T08:30:00+07:00');
    expect(article!.dateModified).toBe('2024-05-21T10:00:00+07:00');
  });

  it('keeps </script> and <!-- in a summary from ending the data block, and the text intact', () => {
    const source = page('/tin-tuc/2024/bai-co-html-tho/');
    const blocks = jsonLdBlocks(source);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.raw).not.toMatch(/<\/script|<!--/i);
    expect(blocks[0]!.data.description).toBe('Bài thử: mã HTML thô trong bài không được chạy trên trang, kể cả </script><!-- viết trong tóm tắt.');
    expect(source.match(/<script/g)?.length).toBe(2);
  });

  it('describes a campaign as a CreativeWork with its period', () => {
    const blocks = jsonLdBlocks(page('/phong-trao/thi-dua-yeu-nuoc/')).map((b) => b.data);
    expect(blocks.map((b) => b['@type'])).toEqual(['CreativeWork', 'BreadcrumbList']);
    checkType(blocks[0]!, 'campaign');
    expect(blocks[0]).toMatchObject({ name: 'Phong trào thi đua yêu nước', temporalCoverage: '1948-06-11/..', creator: { name: 'Chủ tịch Hồ Chí Minh' } });
  });
});

describe('feeds', () => {
  const feedsOf = (source: string) => tags(source, 'link').filter((l) => l.rel === 'alternate' && l.type === 'application/rss+xml');
  const items = (xml: string) => [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
  const field = (item: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(item)?.[1];

  it('every category, ward and campaign page announces its own feed, which exists and is valid RSS 2.0 in Vietnamese', () => {
    const topics = indexable.filter((f) => /^(chuyen-muc|phuong-xa|phong-trao)\/[^/]+\/index\.html$/.test(f));
    expect(topics.length).toBe(3 + 5 + 2);
    for (const file of topics) {
      const links = feedsOf(read(dist, file));
      expect(
        links.map((l) => l.href),
        file,
      ).toEqual(['/rss.xml', `${pathOf(file)}rss.xml`]);
      const xml = read(dist, servedFile(dist, links[1]!.href)!);
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
      expect(xml).toContain('<language>vi</language>');
      expect(field(xml, 'title')).toBe(links[1]!.title);
      // "<portal>: <what the page is about>", in Vietnamese.
      const heading = /<h1 class="page-title">([^<]+)</.exec(read(dist, file))![1]!;
      expect(links[1]!.title).toMatch(/^Tin Phường Phúc Lợi: /);
      expect(links[1]!.title.endsWith(heading), `${links[1]!.title} / ${heading}`).toBe(true);
      expect(xml).toContain(`<atom:link href="${SITE}${links[1]!.href}" rel="self"`);
    }
  });

  it('writes items with RFC 822 dates in +0700, absolute links to real pages, and the summary as escaped text', () => {
    for (const file of all.filter((f) => f.endsWith('rss.xml'))) {
      for (const item of items(read(dist, file))) {
        expect(field(item, 'pubDate'), file).toMatch(
          /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d \+0700$/,
        );
        expect(fileOfUrl(field(item, 'link')!), `${file}: ${field(item, 'link')}`).toBeDefined();
        expect(field(item, 'description'), file).not.toMatch(/<|&lt;(?!\/?script|!--)/);
      }
    }
    const raw = items(read(dist, 'chuyen-muc/cai-cach-hanh-chinh/rss.xml')).find((i) => i.includes('bai-co-html-tho'))!;
    expect(field(raw, 'description')).toBe(
      'Bài thử: mã HTML thô trong bài không được chạy trên trang, kể cả &amp;lt;/script&amp;gt;&amp;lt;!-- viết trong tóm tắt.',
    );
    expect(
      field(
        items(read(dist, 'rss.xml')).find((i) => i.includes('phuong-phuc-loi-voi-cong-tac'))!,
        'pubDate',
      ),
    ).toBe('Mon, 07 Sep 2015 16:46:00 +0700');
  });

  it('a current ward’s feed carries its predecessors’ articles; each feed lists what its page lists', () => {
    const links = (xml: string) => items(xml).map((i) => field(i, 'link')!.slice(SITE.length));
    const ward = links(read(dist, 'phuong-xa/phuong-phuc-loi-00136/rss.xml'));
    expect(ward).toEqual([
      '/tin-tuc/2024/le-khanh-thanh-tru-so-ubnd-phuong/',
      '/tin-tuc/2024/tong-ket-thi-dua-khen-thuong-nam-2024/',
      '/tin-tuc/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong/',
    ]);
    // The 2015 article is tagged with the old ward only.
    expect(readFileSync(resolve(ROOT, 'tests/fixtures/content/news/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong.md'), 'utf8')).not.toContain(
      'phuong-phuc-loi-00136',
    );
    for (const base of ['/phong-trao/thi-dua-yeu-nuoc/', '/chuyen-muc/hoat-dong-khoi-chinh-quyen/', '/phuong-xa/phuong-thuong-thanh-cu-00115/']) {
      const listed = [...page(base).matchAll(/<a href="(\/tin-tuc\/\d{4}\/[^"]+\/)"/g)].map((m) => m[1]);
      const fed = links(read(dist, servedFile(dist, `${base}rss.xml`)!));
      expect(fed.length, base).toBeGreaterThan(0);
      for (const url of fed) expect(listed, `${base}: ${url}`).toContain(url);
    }
  });
});

describe('robots.txt and the sitemap', () => {
  it('robots.txt keeps crawlers out of the CMS, search results and the search index files, and names the sitemap', () => {
    const robots = read(dist, 'robots.txt');
    expect(robots).toContain('User-agent: *');
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
    expect(robots).toMatch(/^Disallow: \/tim-kiem\/\?$/m);
    expect(robots).toMatch(/^Disallow: \/pagefind\/$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap.xml$`, 'm'));
    expect(robots).not.toMatch(/^Disallow: \/$/m);
  });

  it('lists every public page once, each with a lastmod, and nothing that is not public', () => {
    const xml = read(dist, 'sitemap.xml');
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map((m) => ({ loc: m[1]!, lastmod: m[2] }));
    const locs = entries.map((e) => e.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.sort()).toEqual(indexable.map((f) => `${SITE}${pathOf(f)}`).sort());
    for (const e of entries) expect(e.lastmod, e.loc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
    expect(entries.find((e) => e.loc.endsWith('/tin-tuc/2024/le-khanh-thanh-tru-so-ubnd-phuong/'))!.lastmod).toBe('2024-05-21T10:00:00+07:00');
    expect(all.some((f) => /^sitemap-\d+\.xml$/.test(f))).toBe(false);
  });
});

describe('old addresses (content/redirects.json)', () => {
  const list = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/content/redirects.json'), 'utf8')).redirects as { from: string; to: string }[];

  it('every old address leads to a page that exists: _redirects, the nginx map and a fallback page', () => {
    expect(list.length).toBeGreaterThanOrEqual(4);
    const netlify = read(dist, '_redirects')
      .trim()
      .split('\n')
      .map((l) => l.split(' '));
    const nginx = read(dist, '_redirects.nginx.map').trim().split('\n');
    for (const r of list) {
      expect(netlify, r.from).toContainEqual([r.from, r.to, '301']);
      expect(nginx, r.from).toContain(`"${r.from}" "${r.to}";`);
      expect(servedFile(dist, r.to), `${r.from} → ${r.to}`).toBeDefined();
      const fallback = servedFile(dist, r.from);
      if (r.from.endsWith('/') || r.from.endsWith('.html')) {
        expect(fallback, r.from).toBeDefined();
        const source = read(dist, fallback!);
        expect(source).toContain(`<meta http-equiv="refresh" content="0; url=${SITE}${r.to}">`);
        expect(tags(source, 'a').map((a) => a.href)).toEqual([`${SITE}${r.to}`]);
        expect(source).toContain('<meta name="robots" content="noindex">');
        expect(source).not.toMatch(/<script/i);
      } else {
        // Not an HTML address (an old .aspx): only the server rules answer it.
        expect(fallback, r.from).toBeUndefined();
      }
    }
  });
});

describe('scheduled publishing against a controlled clock (BUILD_NOW)', () => {
  const ARTICLE = '/tin-tuc/2099/bai-hen-gio-tuong-lai/';
  const MOMENT = '2099-01-01T08:00:00+07:00';
  const work = resolve(ROOT, 'tmp/test-scheduled');
  let before: string;
  let after: string;

  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    const cache = { ASTRO_CACHE_DIR: join(work, 'cache') };
    const a = buildSite({ content: 'tests/fixtures/content', outDir: join(work, 'before'), env: { ...cache, BUILD_NOW: '2099-01-01T07:59:00+07:00' } });
    expect(a.status, a.output).toBe(0);
    const b = buildSite({ content: 'tests/fixtures/content', outDir: join(work, 'after'), env: { ...cache, BUILD_NOW: '2099-01-01T08:01:00+07:00' } });
    expect(b.status, b.output).toBe(0);
    before = a.outDir;
    after = b.outDir;
  }, 300_000);

  const article = readFileSync(resolve(ROOT, 'tests/fixtures/content/news/2099/bai-hen-gio-tuong-lai.md'), 'utf8');
  it('uses the article the fixture schedules for that moment', () => {
    expect(article).toContain(`publishedAt: ${MOMENT}`);
  });

  it('a minute before: no page, not in the news list, the feeds or the sitemap', () => {
    expect(servedFile(before, ARTICLE)).toBeUndefined();
    for (const file of [
      'tin-tuc/index.html',
      'index.html',
      'rss.xml',
      'sitemap.xml',
      'phuong-xa/phuong-phuc-loi-00136/rss.xml',
      'chuyen-muc/tin-tuc-su-kien/rss.xml',
    ]) {
      expect(read(before, file).includes('bai-hen-gio-tuong-lai'), file).toBe(false);
    }
  });

  it('a minute after: the page, first in the news list and feeds, in the sitemap', () => {
    const source = read(after, servedFile(after, ARTICLE)!);
    expect(source).toContain('<h1 class="article-title">BÀI HẸN GIỜ TƯƠNG LAI</h1>');
    expect(read(after, 'tin-tuc/index.html').indexOf('bai-hen-gio-tuong-lai')).toBeGreaterThan(0);
    for (const file of ['rss.xml', 'phuong-xa/phuong-phuc-loi-00136/rss.xml', 'chuyen-muc/tin-tuc-su-kien/rss.xml', 'phong-trao/thi-dua-yeu-nuoc/rss.xml']) {
      const first = /<item>\s*<title>([^<]*)<\/title>/.exec(read(after, file))?.[1];
      expect(first, file).toBe('BÀI HẸN GIỜ TƯƠNG LAI');
    }
    expect(read(after, 'sitemap.xml')).toContain(`<loc>${SITE}${ARTICLE}</loc><lastmod>${MOMENT}</lastmod>`);
  });

  it('refuses a BUILD_NOW that is not a date, instead of using the clock', () => {
    const r = buildSite({ content: 'tests/fixtures/content', outDir: join(work, 'bad'), env: { ASTRO_CACHE_DIR: join(work, 'cache'), BUILD_NOW: 'ngày mai' } });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('BUILD_NOW');
  });
});
