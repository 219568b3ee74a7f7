/**
 * The built fixture site (tests/fixtures/content, built once in
 * global-setup.ts): what the output must contain, and what it must never
 * contain (drafts, scheduled articles, withdrawn bodies, script from
 * article bodies). Then broken copies of the fixture must fail the build,
 * naming the file and the field.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ADMIN_CACHE, buildSite, ROOT } from './support/build.ts';
import { searchBody } from '../src/search/indexer.ts';

const dist = inject('fixtureDir');

/** Every file in the output, as forward-slash paths relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => statSync(join(dir, f)).isFile());
}
const all = files(dist);
const html = all.filter((f) => f.endsWith('.html'));
const read = (path: string) => readFileSync(join(dist, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : ''), 'utf8');
const page = (url: string) => read(url.endsWith('/') ? url : `${url}/`);
/** Output a reader could receive: HTML pages, the feed and the sitemap. */
const textOutputs = [...html, ...all.filter((f) => f.endsWith('.xml'))];
/** Count article cards in a listing. */
const cards = (source: string) => (source.match(/<li class="card/g) ?? []).length;

/** Unique words carried only by unpublished fixture articles. */
const HIDDEN = ['DRAFT-MARKER-7Q', 'BẢN NHÁP KHÔNG ĐƯỢC HIỆN', 'ban-nhap-chua-dang', 'FUTURE-MARKER-9Z', 'BÀI HẸN GIỜ TƯƠNG LAI', 'bai-hen-gio-tuong-lai'];

describe('fixture output: what must never be there', () => {
  it('has no page for a draft or a future article', () => {
    expect(all.filter((f) => /ban-nhap|hen-gio|2099/.test(f))).toEqual([]);
  });

  it('never mentions drafts or future articles in any page, list, feed, sitemap or site map', () => {
    for (const file of textOutputs) {
      const source = readFileSync(join(dist, file), 'utf8');
      for (const marker of HIDDEN) expect(source.includes(marker), `${marker} in ${file}`).toBe(false);
    }
  });

  it('keeps a withdrawn article out of every list, feed and sitemap, with only a notice at its address', () => {
    const notice = page('/tin-tuc/2023/thong-bao-da-go/');
    expect(notice).toContain('<meta name="robots" content="noindex">');
    expect(notice).toContain('Lịch tiếp công dân đã thay đổi, xem thông báo mới.');
    expect(notice).toContain('Bài viết đã được gỡ');
    expect(notice).not.toContain('WITHDRAWN-BODY-3K');
    expect(notice).not.toContain('data-pagefind-body');
    for (const file of textOutputs.filter((f) => f !== 'tin-tuc/2023/thong-bao-da-go/index.html')) {
      const source = readFileSync(join(dist, file), 'utf8');
      expect(source.includes('thong-bao-da-go') || source.includes('WITHDRAWN-'), file).toBe(false);
    }
  });

  it('carries no executable script from article bodies, in .md or .mdx', () => {
    for (const file of html) {
      const source = readFileSync(join(dist, file), 'utf8');
      // The payloads in the fixture all say XSS-…: none may survive anywhere, even as inert text.
      expect(source, file).not.toContain('XSS-');
      expect(source, file).not.toMatch(/javascript:/i);
      const withoutScripts = source.replace(/<script\b[\s\S]*?<\/script>/gi, '');
      expect(withoutScripts, file).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      // Inside an article body nothing that loads or styles the page survives.
      // Up to the article's footer (news) or the campaign's timeline, whichever the page has.
      const body =
        /<div class="article-body">([\s\S]*?)(?:<footer class="article-footer"|<section[^>]*class="campaign-timeline|<h2 id="dien-bien"|<\/article>)/.exec(
          source,
        );
      // A page with an article body must be read as one: a layout change may not let this check pass on nothing.
      if (source.includes('<div class="article-body">')) expect(body, file).not.toBeNull();
      expect(body?.[1] ?? '', file).not.toMatch(/<(script|iframe|object|embed|style|form|svg)\b/i);
    }
    for (const url of ['/tin-tuc/2024/bai-co-html-tho/', '/tin-tuc/2024/bai-viet-mdx/']) {
      expect(page(url)).toContain('<div class="article-body">');
    }
  });

  it('lets no article take the page’s own ids or classes, or hand over window.opener', () => {
    const source = page('/tin-tuc/2024/bai-co-html-tho/');
    // The article writes "## Noi dung", id="noi-dung" and class="skip-link sr-only": only the page's own remain.
    expect(source.match(/\sid="noi-dung"/g)).toEqual([' id="noi-dung"']);
    expect(source.match(/class="[^"]*\bskip-link\b/g)).toEqual(['class="skip-link']);
    const body = /<div class="article-body">([\s\S]*?)<footer class="article-footer"/.exec(source)?.[1] ?? '';
    expect(body).toContain('<h2 id="user-content-noi-dung">Noi dung</h2>');
    expect(body).toContain('<p id="user-content-noi-dung">Đoạn mượn tên của trang.</p>');
    expect(body).toContain('<a href="#user-content-noi-dung">Về phần nội dung</a>');
    expect(body).toContain('<a href="https://hanoi.gov.vn/" target="_blank" rel="noopener">cổng Hà Nội</a>');
    for (const id of body.matchAll(/\sid="([^"]+)"/g)) expect(id[1]).toMatch(/^user-content-/);
  });

  it('ships no JavaScript at all on article pages', () => {
    const articles = html.filter((f) => /^tin-tuc\/\d{4}\/(?!trang-)[^/]+\/index\.html$/.test(f));
    let described = 0;
    for (const file of articles) {
      const source = readFileSync(join(dist, file), 'utf8');
      // The JSON-LD data blocks are the only <script> elements: the browser never runs them.
      expect(source, file).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/i);
      // An old address kept by content/redirects.json is a redirect page, and a withdrawn article a
      // notice kept out of search engines (noindex): neither describes an article.
      if (/<meta http-equiv="refresh"|<meta name="robots" content="noindex">/i.test(source)) continue;
      // Every article describes itself (NewsArticle, BreadcrumbList): a page without JSON-LD fails here.
      const dataBlocks = [...source.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(dataBlocks.length, file).toBeGreaterThanOrEqual(1);
      const types = dataBlocks.flatMap((block) => [JSON.parse(block) as { '@type'?: string }].flat().map((d) => d['@type']));
      expect(types, file).toContain('NewsArticle');
      described++;
    }
    expect(described).toBeGreaterThanOrEqual(28);
  });

  it('shows photos as WebP only; JPEG only as the share image sharing previews read', () => {
    const shared = new Set(
      html.flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<meta property="og:image" content="https:\/\/[^/]+\/([^"]+)"/g)].map((m) => m[1])),
    );
    const other = all.filter((f) => /\.(avif|jpe?g|png)$/i.test(f) && f.startsWith('_astro/'));
    expect(other.length).toBeGreaterThan(0);
    for (const f of other) expect(shared.has(f), `${f} is not an og:image`).toBe(true);
    for (const f of html) {
      for (const m of readFileSync(join(dist, f), 'utf8').matchAll(/<img [^>]*src="(\/_astro\/[^"]+)"/g)) expect(m[1], f).toMatch(/\.webp$/);
    }
  });

  it('uses ASCII lowercase URLs everywhere', () => {
    for (const file of all) expect(file, file).toMatch(/^[a-z0-9._/-]+$/i);
    for (const file of html) expect(file, file).toMatch(/^[a-z0-9._/-]+$/);
  });
});

describe('fixture output: what a reader gets', () => {
  it('marks every page as Vietnamese with the owning unit in the footer', () => {
    for (const file of html.filter((f) => !f.startsWith('admin/'))) {
      const source = readFileSync(join(dist, file), 'utf8');
      expect(source, file).toContain('<html lang="vi"');
      expect(source, file).toContain('Ủy ban nhân dân phường Phúc Lợi');
    }
  });

  it('prints an article with its category, meta line, caption and links', () => {
    const source = page('/tin-tuc/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong/');
    expect(source).toContain('<h1 class="article-title">Phường Phúc Lợi: Với công tác thi đua khen thưởng.</h1>');
    expect(source).toContain('Ngày đăng 07/09/2015 | 16:46 | Lượt xem: 329');
    expect(source).toContain('<figure class="caption-only"><figcaption>Đ/c Chủ tịch UBND phường phát biểu tại hội nghị</figcaption></figure>');
    expect(source).toContain('href="/chuyen-muc/hoat-dong-khoi-chinh-quyen/"');
    expect(source).toContain('href="/phuong-xa/phuong-phuc-loi-cu-00136/"');
    expect(source).toContain('href="/quan-huyen/quan-long-bien-004/"');
    expect(source).toContain('href="/phong-trao/thi-dua-yeu-nuoc/"');
    expect(source).toContain('Bài liên quan');
  });

  it('shows the cover with caption and credit in responsive WebP, and the update notes', () => {
    const source = page('/tin-tuc/2024/le-khanh-thanh-tru-so-ubnd-phuong/');
    const img = /<figure class="article-cover"><img ([^>]+)>/.exec(source)?.[1] ?? '';
    expect(img).toContain('alt="Trụ sở Ủy ban nhân dân phường mái đỏ, cờ đỏ trên nóc"');
    expect(img).toMatch(/srcset="[^"]*\.webp 360w, [^"]*\.webp 720w, [^"]*\.webp 1080w"/);
    expect(source).toContain('Trụ sở mới của Ủy ban nhân dân phường Phúc Lợi<span class="credit"> (Ảnh: Minh Ngọc)</span>');
    expect(source).toContain('<p class="byline">Tin, ảnh: Minh Ngọc</p>');
    expect(source).toMatch(/Cập nhật <time[^>]*>21\/05\/2024 10:00<\/time>/);
    expect(source).toContain('Sửa tên đại biểu dự lễ.');
  });

  it('publishes photos upright, in sRGB, and without EXIF, GPS or other metadata', async () => {
    const source = page('/tin-tuc/2016/tin-phuong-so-01/');
    const srcOf = (alt: string) =>
      [...source.matchAll(/<img [^>]*>/g)]
        .map((m) => m[0])
        .find((tag) => tag.includes(`alt="${alt}"`))
        ?.match(/src="([^"]+)"/)?.[1];
    const rotated = srcOf('Ảnh chụp xoay, có GPS');
    const cmyk = srcOf('Ảnh CMYK');
    expect(rotated, source).toMatch(/^\/_astro\/.+\.webp$/);
    expect(cmyk, source).toMatch(/^\/_astro\/.+\.webp$/);
    // The source is stored 40 × 20 (red left, blue right) with orientation 6 and GPS: readers see it turned, 20 × 40, red on top.
    const original = await sharp(resolve(ROOT, 'tests/fixtures/content/images/anh-xoay-gps.jpg')).metadata();
    expect(original).toMatchObject({ width: 40, height: 20, orientation: 6 });
    expect(original.exif?.toString('latin1')).toContain('MayAnhPhuong');
    const out = join(dist, rotated!);
    expect(await sharp(out).metadata()).toMatchObject({ width: 20, height: 40 });
    const { data, info } = await sharp(out).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(at(10, 5)[0]).toBeGreaterThan(200);
    expect(at(10, 34)[2]).toBeGreaterThan(200);
    const colour = await sharp(join(dist, cmyk!)).raw().toBuffer({ resolveWithObject: true });
    expect(colour.info.channels).toBe(3);
    const [r, g, b] = colour.data;
    expect(r! > 180 && g! < 70 && b! < 70, `${r},${g},${b}`).toBe(true);
    for (const file of all.filter((f) => f.startsWith('_astro/') && f.endsWith('.webp'))) {
      const meta = await sharp(join(dist, file)).metadata();
      expect({ exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc, icc: meta.icc, space: meta.space }, file).toEqual({
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
        icc: undefined,
        space: 'srgb',
      });
    }
  });

  it('keeps harmless formatting from raw HTML and captions in .mdx', () => {
    expect(page('/tin-tuc/2024/bai-co-html-tho/')).toContain('<td>Thu ngân sách</td>');
    expect(page('/tin-tuc/2024/bai-co-html-tho/')).toContain('<b>đậm</b>');
    expect(page('/tin-tuc/2024/bai-viet-mdx/')).toContain('<figcaption>Chú thích ảnh trong bài MDX</figcaption>');
  });

  it('keeps a list under 40 on its front page, newest first, and leads the numbers newest-first paging had there', () => {
    // Archive pages are cut from the oldest end (src/lib/listings.ts): 29 articles are one front page.
    const first = page('/tin-tuc/');
    expect(cards(first)).toBe(29);
    expect(first).not.toContain('class="pagination"');
    expect(first.indexOf('le-khanh-thanh-tru-so-ubnd-phuong')).toBeLessThan(first.indexOf('tin-phuong-so-23'));
    expect(first).toContain('phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong');
    expect(cards(page('/chuyen-muc/tin-tuc-su-kien/'))).toBe(24);
    expect(cards(page('/tin-tuc/2016/'))).toBe(23);
    expect(existsSync(join(dist, 'tin-tuc/trang-1'))).toBe(false);
    // /tin-tuc/trang-2/ was a page of newest-first paging: it leads to the front page now (generated, not listed).
    const redirects = read('_redirects');
    for (const base of ['/tin-tuc/', '/tin-tuc/2016/', '/chuyen-muc/tin-tuc-su-kien/', '/album-anh/']) {
      expect(redirects).toContain(`${base}trang-2/ ${base} 301`);
      expect(page(`${base}trang-2/`)).toContain(`<meta http-equiv="refresh" content="0; url=https://phuong-mau.example.vn${base}">`);
    }
    expect(redirects).not.toContain('trang-3/');
    expect(read('_redirects.nginx.map')).toContain('"/tin-tuc/trang-2/" "/tin-tuc/";');
  });

  it('lists a predecessor ward’s articles on the current ward’s page', () => {
    const source = page('/phuong-xa/phuong-phuc-loi-00136/');
    expect(source).toContain('/tin-tuc/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong/');
    expect(source).toContain('/tin-tuc/2024/le-khanh-thanh-tru-so-ubnd-phuong/');
    expect(source).toContain('href="/phuong-xa/phuong-phuc-loi-cu-00136/"');
    expect(source).toContain('/tin-tuc/2024/tong-ket-thi-dua-khen-thuong-nam-2024/');
    expect(cards(source)).toBe(3);
  });

  it('gives public albums a page, each photo a page of its own (noindex), a feed and sitemap entries; drafts and scheduled albums nothing', () => {
    const album = page('/album-anh/ngay-hoi-dai-doan-ket-2024/');
    expect(album).toContain('<h1 class="page-title">Ngày hội Đại đoàn kết toàn dân tộc phường Phúc Lợi năm 2024</h1>');
    for (const n of [1, 2, 3, 4]) expect(album).toContain(`href="/album-anh/ngay-hoi-dai-doan-ket-2024/anh-${n}/"`);
    expect(existsSync(join(dist, 'album-anh/ngay-hoi-dai-doan-ket-2024/anh-5'))).toBe(false);
    expect(page('/album-anh/ngay-hoi-dai-doan-ket-2024/anh-2/')).toContain('<meta name="robots" content="noindex">');
    for (const hidden of ['album-nhap', 'album-hen-gio']) {
      expect(existsSync(join(dist, `album-anh/${hidden}`)), hidden).toBe(false);
      for (const f of ['album-anh/index.html', 'index.html', 'sitemap.xml', 'album-anh/rss.xml']) expect(read(f), `${hidden} in ${f}`).not.toContain(hidden);
    }
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain('/album-anh/</loc>');
    expect(sitemap).not.toContain('/album-anh/trang-');
    expect(sitemap).toContain('/album-anh/ngay-hoi-dai-doan-ket-2024/</loc>');
    expect(sitemap).not.toContain('/anh-1/</loc>');
    const feed = read('album-anh/rss.xml');
    expect((feed.match(/<item>/g) ?? []).length).toBe(13);
    expect(feed.indexOf('ngay-hoi-dai-doan-ket-2024')).toBeLessThan(feed.indexOf('album-so-12'));
    // The article the album links to links back.
    expect(page('/tin-tuc/2024/le-khanh-thanh-tru-so-ubnd-phuong/')).toContain('<a href="/album-anh/ngay-hoi-dai-doan-ket-2024/">');
  });

  it('tells on a historic ward’s page which new wards it became part of', () => {
    const source = page('/phuong-xa/phuong-thuong-thanh-cu-00115/');
    expect(source).toContain('không còn từ ngày 01/07/2025');
    expect(source).toContain('href="/phuong-xa/phuong-bo-de-00118/"');
    expect(source).toContain('href="/phuong-xa/phuong-viet-hung-00127/"');
    expect(source).toContain('Phường Thượng Thanh (cũ)');
    expect(source).toContain('/tin-tuc/2018/ket-qua-phong-trao-thi-dua-phuong-thuong-thanh-nam-2017/');
  });

  it('shows a campaign’s period and its articles as a timeline, and current campaigns on the home page', () => {
    const source = page('/phong-trao/thi-dua-yeu-nuoc/');
    expect(source).toContain('Từ <time datetime="1948-06-11">11/06/1948</time> (đang diễn ra)');
    expect(source).toContain('Chủ tịch Hồ Chí Minh');
    expect(source).toContain('class="timeline"');
    expect((source.match(/<time datetime="\d{4}-\d\d-\d\dT/g) ?? []).length).toBe(8);
    // Its search record is the campaign, not its timeline: a new article of the campaign leaves the record (and its
    // search shard) as it was.
    const body = searchBody(source);
    expect(body).toContain('Chủ tịch Hồ Chí Minh');
    expect(body).not.toContain('class="timeline"');
    const home = page('/');
    expect(home).toContain('href="/phong-trao/thi-dua-yeu-nuoc/"');
    expect(home.slice(home.indexOf('Phong trào đang diễn ra'))).not.toContain('ky-cuong-hanh-chinh-2017');
  });

  it('writes the feed, the sitemap, the site map and a Vietnamese 404', () => {
    const rss = read('rss.xml');
    expect(rss).toContain('<language>vi</language>');
    expect((rss.match(/<item>/g) ?? []).length).toBe(29);
    expect(rss).toContain('/tin-tuc/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong/</link>');
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain('/tin-tuc/2024/bai-viet-mdx/</loc>');
    expect(sitemap).toContain('/chuyen-muc/tin-tuc-su-kien/</loc>');
    // A retired page number (a redirect now) is no page of the sitemap.
    expect(sitemap).not.toContain('/chuyen-muc/tin-tuc-su-kien/trang-');
    const siteMap = page('/so-do-trang/');
    expect(siteMap).toContain('Sơ đồ trang');
    expect(siteMap).toContain('href="/tin-tuc/2016/"');
    expect(siteMap).toContain('href="/phuong-xa/phuong-thuong-thanh-cu-00115/"');
    const notFound = read('404.html');
    expect(notFound).toContain('Không tìm thấy trang');
    expect(notFound).toContain('<meta name="robots" content="noindex">');
  });
});

describe("the admin's bundle (src/build/adminBundle.ts)", () => {
  /** Every module the admin page loads, followed through static imports, as files in the output. */
  function adminModules(): string[] {
    const seen = new Set<string>();
    const queue = [...page('/admin/').matchAll(/<script[^>]* src="\/(_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
    while (queue.length) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      expect(all, `the admin loads /${file}`).toContain(file);
      for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'](\/_astro\/[^"']+|\.\/[^"']+)["']/g)) {
        queue.push(m[1]!.startsWith('./') ? join(dirname(file), m[1]!).replaceAll('\\', '/') : m[1]!.slice(1));
      }
    }
    return [...seen];
  }

  it("is made once and then taken from the cache: the fixture's build reused the one the content's build made", () => {
    expect(inject('fixtureBuildOutput')).toContain('trang quản trị: lấy từ bộ nhớ đệm');
  });

  it('loads Decap from files the output holds, with its lazily loaded codecs beside it', () => {
    const modules = adminModules();
    // The page's own script, then the bundle's entry: Decap itself, megabytes.
    expect(modules.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...modules.map((f) => statSync(join(dist, f)).size))).toBeGreaterThan(2_000_000);
    expect(all.filter((f) => /^_astro\/webp_dec\.[\w-]+\.wasm$/.test(f))).toHaveLength(1);
  });

  it("is keyed by the admin's own source files, the Decap patches and the installed packages", () => {
    const manifest = JSON.parse(readFileSync(join(ADMIN_CACHE, 'manifest.json'), 'utf8')) as { inputs: Record<string, string> };
    expect(Object.keys(manifest.inputs)).toEqual(
      expect.arrayContaining([
        'admin/main.ts',
        'admin/listSearch.ts',
        'admin/decapPatches.ts',
        'admin/patches/versionedSaves.ts',
        'src/styles/site.css',
        'src/schema/cms.ts',
        'node_modules/.package-lock.json',
      ]),
    );
  });
});
describe('invalid content fails the build, naming the file and the field', () => {
  const fixture = resolve(ROOT, 'tests/fixtures/content');
  const article = 'news/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong.md';
  /** A sharp-made JPEG cut short, as an interrupted copy leaves it. */
  const truncatedJpeg = async () => {
    const whole = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#3a6ea5' } })
      .composite([{ input: { create: { width: 300, height: 200, channels: 3, background: '#f0c040' } }, left: 150, top: 100 }])
      .jpeg()
      .toBuffer();
    return whole.subarray(0, Math.floor(whole.length / 2));
  };
  const cases: {
    name: string;
    file: string;
    edit: (source: string) => string;
    files?: Record<string, () => Promise<Buffer | string>>;
    canaries?: string[];
    expect: RegExp[];
  }[] = [
    // Schema errors: every kind is worded in src/schema/entryErrors.test.ts; these two prove such lines reach the build,
    // a field of the front matter and a reference checked against the copy's own folders.
    {
      name: 'missing title',
      file: article,
      edit: (s) => s.replace(/^title:.*\n/m, ''),
      expect: [
        /\] news → 2015\/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong data does not match collection schema\.$/m,
        /^ {2}title: Thiếu trường bắt buộc “Tiêu đề”$/m,
      ],
    },
    {
      name: 'unknown ward',
      file: article,
      edit: (s) => s.replace('  - phuong-phuc-loi-cu-00136', '  - phuong-khong-co-99999'),
      expect: [/^ {2}wards\.0: Không có “phuong-khong-co-99999” trong wards \(\.\/tmp\/test-broken\/unknown-ward\/content\/wards\)$/m],
    },
    // Front matter YAML cannot read (src/schema/frontmatter.ts): the file, its line, in Vietnamese.
    {
      name: 'colon in an unquoted title',
      file: article,
      edit: (s) => s.replace(/^title:.*$/m, 'title: Phường Phúc Lợi: Với công tác thi đua khen thưởng'),
      expect: [/^ {2}dòng 2: phần đầu bài \(giữa hai dòng “---”\) không đọc được: .*đặt cả giá trị trong ngoặc kép/m],
    },
    {
      // js-yaml refused it with no file named; yaml only warns, and would read it as text.
      name: 'unknown yaml tag',
      file: article,
      edit: (s) => s.replace(/^summary: /m, 'summary: !ghi-chu '),
      expect: [/^ {2}dòng 3: phần đầu bài \(giữa hai dòng “---”\) không đọc được: Unresolved tag: !ghi-chu$/m],
    },
    {
      name: 'mdx expression',
      file: 'news/2024/bai-viet-mdx.mdx',
      edit: (s) => s.replace('năm {2024}', 'năm {(() => { throw new Error("chạy khi dựng") })()}'),
      expect: [/biểu thức/, /dòng 18/],
    },
    {
      name: 'mdx export',
      file: 'news/2024/bai-viet-mdx.mdx',
      edit: (s) => s.replace('Đoạn đầu của bài MDX.', 'export const x = 1;\n\nĐoạn đầu của bài MDX.'),
      expect: [/“export”/],
    },
    {
      name: 'truncated cover photo',
      file: 'news/2024/le-khanh-thanh-tru-so-ubnd-phuong.md',
      files: { 'images/anh-cat-cut.jpg': truncatedJpeg },
      edit: (s) => s.replace('image: ../../images/tru-so-ubnd.jpg', 'image: ../../images/anh-cat-cut.jpg'),
      // Not libvips' own words ("premature end of JPEG image", src/schema/photos.test.ts): its error buffer is one for
      // the process, and a decode failing while the other photos decode may report "Unknown error" instead.
      expect: [/cover\.image \(\.\.\/\.\.\/images\/anh-cat-cut\.jpg\)/, /ảnh bị hỏng hoặc bị cắt cụt \(tệp chép chưa hết\?\)/],
    },
    {
      name: 'non-image body photo',
      file: article,
      files: { 'images/khong-phai-anh.jpg': async () => '<html>Trang lỗi 404, không phải ảnh</html>' },
      edit: (s) => `${s}\n![Ảnh hội nghị](../../images/khong-phai-anh.jpg)\n`,
      expect: [/body \(\.\.\/\.\.\/images\/khong-phai-anh\.jpg\)/, /không phải ảnh/],
    },
    {
      // CMS issue 24, item 1: the build logged the error and published the page without its body.
      name: 'photo block without alt',
      file: article,
      edit: (s) => s.replace('Trong 6 chỉ tiêu', '```anh\nẢnh: ../../images/tru-so-ubnd.jpg\nChú thích: Trụ sở phường\n```\n\nTrong 6 chỉ tiêu'),
      expect: [/Nội dung bài không hiển thị được \(1\)/, /khối ```anh sai:\n\s+thiếu “Mô tả” của ảnh/],
    },
    {
      name: 'unclosed textarea',
      file: article,
      edit: (s) => s.replace('Trong 6 chỉ tiêu', '<textarea>\n\nTrong 6 chỉ tiêu'),
      expect: [/dòng 20: thẻ <textarea>/, /phần đó sẽ bị mất/],
    },
    {
      name: 'redirect to nowhere',
      file: 'redirects.json',
      edit: (s) => s.replace('"to": "/tin-tuc/2016/tin-phuong-so-23/"', '"to": "/tin-tuc/2016/khong-co-bai-nay/"'),
      expect: [/redirects\.0\.to/, /khong-co-bai-nay/],
    },
    {
      name: 'redirect over a live page',
      file: 'redirects.json',
      edit: (s) => s.replace('"from": "/tin-tuc/2017/bai-da-xoa/"', '"from": "/tin-tuc/2016/tin-phuong-so-22/"'),
      expect: [/redirects\.1\.from/, /vẫn là một trang/],
    },
    {
      name: 'redirect with a query',
      file: 'redirects.json',
      edit: (s) => s.replace('"from": "/tin-cu.aspx"', '"from": "/tin-cu.aspx?id=5"'),
      expect: [/redirects\.3\.from/, /“\?”/],
    },
    {
      name: 'mdx set html',
      file: 'news/2024/bai-viet-mdx.mdx',
      edit: (s) => s.replace('Đoạn đầu của bài MDX.', '<Fragment set:html="<img src=x onerror=alert(1)>" />'),
      expect: [/<Fragment>/],
    },
    {
      // Security issue 21, item 1: each of A, B and C built with exit 0 when the rule read MDX with regular expressions.
      name: 'mdx code the regular expressions missed',
      file: 'news/2024/bai-viet-mdx.mdx',
      canaries: ['ran-a', 'ran-c'],
      edit: (s) =>
        s.replace(
          'Đoạn cuối của bài MDX',
          [
            'A \\`{globalThis.process.getBuiltinModule("fs").writeFileSync(globalThis.process.env.CANARY_DIR + "/ran-a", "ran")}` a.',
            '',
            'B \\`{<img src="x" onerror="window.__pwned=1" />}` b.',
            '',
            '```x`',
            '',
            'export const c = globalThis.process.getBuiltinModule("fs").writeFileSync(globalThis.process.env.CANARY_DIR + "/ran-c", "ran");',
            '',
            '```',
            'mã',
            '```',
            '',
            'Đoạn cuối của bài MDX',
          ].join('\n'),
        ),
      expect: [/dòng 18: biểu thức “\{globalThis\.process/, /dòng 20: biểu thức “\{<img src="x" onerror/, /dòng 24: không được dùng “import”\/“export”/],
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name}`, async () => {
      const slug = c.name.replace(/\s+/g, '-');
      const content = `tmp/test-broken/${slug}/content`;
      const dir = resolve(ROOT, content);
      rmSync(resolve(ROOT, 'tmp/test-broken', slug), { recursive: true, force: true });
      cpSync(fixture, dir, { recursive: true });
      const target = join(dir, c.file);
      const before = readFileSync(target, 'utf8');
      const after = c.edit(before);
      expect(after, 'the edit must change the file').not.toBe(before);
      writeFileSync(target, after);
      for (const [file, make] of Object.entries(c.files ?? {})) writeFileSync(join(dir, file), await make());
      const result = buildSite({
        content,
        outDir: resolve(ROOT, 'tmp/test-broken', slug, 'dist'),
        env: { ASTRO_CACHE_DIR: `tmp/test-broken/${slug}/cache`, CANARY_DIR: resolve(ROOT, 'tmp/test-broken', slug) },
      });
      expect(result.status, result.output).not.toBe(0);
      // Security issue 21, item 5: a build that fails on content leaves no half-written cache file (the photo checks' temporaries).
      // Whether the exit lands mid-write is down to timing here; src/schema/photos.test.ts forces it.
      const cache = resolve(ROOT, 'tmp/test-broken', slug, 'cache');
      expect(existsSync(cache) ? readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp')) : []).toEqual([]);
      // Code written into content never ran on the build machine.
      for (const canary of c.canaries ?? []) expect(existsSync(resolve(ROOT, 'tmp/test-broken', slug, canary)), canary).toBe(false);
      // The file, by its path or its entry id, and the field.
      const id = c.file.replace(/^news\//, '').replace(/\.mdx?$/, '');
      expect(result.output.includes(c.file) || result.output.includes(id), result.output).toBe(true);
      for (const pattern of c.expect) expect(result.output, result.output).toMatch(pattern);
    });
  }
});

describe('files from outside the site are never published (security issue 21, item 2)', () => {
  const fixture = resolve(ROOT, 'tests/fixtures/content');
  const cover = 'news/2024/le-khanh-thanh-tru-so-ubnd-phuong.md';
  // A real photo outside the project: where a path leads decides, not what the file is.
  const outside = mkdtempSync(join(tmpdir(), 'tin-phuong-ngoai-'));
  const secretPhoto = join(outside, 'secret.jpg');
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  /** A copy of the fixture content, changed by `change`, built; the result and its folder. */
  const build = async (slug: string, change: (dir: string) => void, env: Record<string, string> = {}) => {
    await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c00' } })
      .jpeg()
      .toFile(secretPhoto);
    const base = resolve(ROOT, 'tmp/test-outside', slug);
    rmSync(base, { recursive: true, force: true });
    cpSync(fixture, join(base, 'content'), { recursive: true });
    change(join(base, 'content'));
    const result = buildSite({
      content: `tmp/test-outside/${slug}/content`,
      outDir: join(base, 'dist'),
      env: { ASTRO_CACHE_DIR: join(base, 'cache'), ...env },
    });
    return { ...result, base };
  };
  const edit = (file: string, from: string, to: string) => {
    const before = readFileSync(file, 'utf8');
    expect(before).toContain(from);
    writeFileSync(file, before.replace(from, to));
  };

  it("refuses a document that is a link to the machine's environment, and publishes no secret", async () => {
    const { status, output, base } = await build('environ', (dir) => symlinkSync('/proc/self/environ', join(dir, 'van-ban', 'env.pdf')), {
      TIN_PHUONG_TEST_SECRET: 'BI-MAT-7Q2',
    });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/content\/van-ban\/env\.pdf: là liên kết tắt \(symlink\) trỏ ra ngoài thư mục của trang/);
    expect(existsSync(join(base, 'dist', 'van-ban', 'env.pdf'))).toBe(false);
  });

  it('refuses a link in public/ to /etc/passwd', async () => {
    const link = resolve(ROOT, 'public', `leak-test-${process.pid}.txt`);
    symlinkSync('/etc/passwd', link);
    try {
      const { status, output, base } = await build('public', () => {});
      expect(status, output).not.toBe(0);
      expect(output).toContain(`public/leak-test-${process.pid}.txt: là liên kết tắt (symlink) trỏ ra ngoài thư mục của trang (/etc/passwd)`);
      expect(existsSync(join(base, 'dist', `leak-test-${process.pid}.txt`))).toBe(false);
    } finally {
      rmSync(link, { force: true });
    }
  });

  it('refuses a cover photo outside the project, naming the article and the field', async () => {
    const { status, output } = await build('cover', (dir) => {
      const file = join(dir, cover);
      edit(file, 'image: ../../images/tru-so-ubnd.jpg', `image: ${relative(dirname(file), secretPhoto)}`);
    });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/le-khanh-thanh-tru-so-ubnd-phuong\.md: cover\.image \(.*secret\.jpg\): ảnh nằm ngoài thư mục của trang/);
  });

  it('refuses a body photo outside the project', async () => {
    const { status, output } = await build('body', (dir) => {
      const file = join(dir, cover);
      edit(file, '## Phục vụ người dân', `![Ảnh](${relative(dirname(file), secretPhoto)})\n\n## Phục vụ người dân`);
    });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/le-khanh-thanh-tru-so-ubnd-phuong\.md: body \(.*secret\.jpg\): ảnh nằm ngoài thư mục của trang/);
  });

  it('refuses a folder link in the content folder that leads outside, before any photo is read', async () => {
    const { status, output } = await build('folder', (dir) => {
      symlinkSync(outside, join(dir, 'images', 'ngoai'));
      edit(join(dir, cover), '## Phục vụ người dân', '![Ảnh](../../images/ngoai/secret.jpg)\n\n## Phục vụ người dân');
    });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/images\/ngoai: là liên kết tắt \(symlink\) trỏ ra ngoài/);
  });
});

describe('a failing build step fails the build, with its message', () => {
  // Each step's cache is blocked by a file where its folder should be. The search step runs beside the steps after it
  // (src/search/integration.ts): its failure must still fail the build, and leave no up-to-date stamp.
  it.each([
    { step: 'share cards', folder: 'anh-chia-se', message: /ảnh chia sẻ: không vẽ được ảnh: .*(EEXIST|ENOTDIR)/ },
    { step: 'search index', folder: 'pagefind', message: /chỉ mục tìm kiếm: không lập được: .*(EEXIST|ENOTDIR)/ },
  ])('$step (its cache, $folder, is blocked)', ({ folder, message }) => {
    const base = resolve(ROOT, 'tmp/test-broken', `blocked-${folder}`);
    rmSync(base, { recursive: true, force: true });
    mkdirSync(join(base, 'cache'), { recursive: true });
    writeFileSync(join(base, 'cache', folder), 'a file where the folder should be');
    const result = buildSite({ content: 'tests/fixtures/content', outDir: join(base, 'dist'), env: { ASTRO_CACHE_DIR: join(base, 'cache') } });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(message);
    // No stamp: the next `npm run build` builds again.
    expect(existsSync(join(base, 'cache', 'tin-phuong-built.json'))).toBe(false);
  });
});

describe('a production build names its site', () => {
  it('fails without SITE_URL, saying how to set it, and writes nothing', () => {
    const outDir = resolve(ROOT, 'tmp/test-broken/no-site-url/dist');
    rmSync(resolve(ROOT, 'tmp/test-broken/no-site-url'), { recursive: true, force: true });
    const result = buildSite({ content: 'tests/fixtures/content', outDir, env: { SITE_URL: '', ASTRO_CACHE_DIR: 'tmp/test-broken/no-site-url/cache' } });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('Chưa đặt SITE_URL');
    expect(result.output).toContain('SITE_URL=https://');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
