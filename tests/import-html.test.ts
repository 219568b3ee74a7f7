/**
 * Done means seen on the site: saved HTML pages are imported into a fresh
 * content folder and the site is built from it with a real `astro build`.
 * A page with three captioned photos shows them as figures with their
 * captions; a page with headings, lists, links and tables
 * (tests/fixtures/legacy/archive) shows them as headings, lists, links, the
 * award table and a table, and the old address of a page it links to
 * leads to that page's new address.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../scripts/import.ts';
import { buildSite, ROOT } from './support/build.ts';
import { writeSavedPage } from './support/legacyHtml.ts';

mkdirSync(resolve(ROOT, 'tmp'), { recursive: true });
const work = mkdtempSync(resolve(ROOT, 'tmp/import-html-'));
afterAll(() => {
  if (!process.env.KEEP_TEST_OUTPUT) rmSync(work, { recursive: true, force: true });
});

const outDir = join(work, 'dist');
let buildOutput = '';

beforeAll(async () => {
  const content = join(work, 'content');
  for (const folder of ['categories', 'campaigns', 'wards', 'districts', 'don-vi.json'])
    cpSync(join(ROOT, 'content', folder), join(content, folder), { recursive: true });
  const pages = join(work, 'pages');
  await writeSavedPage(pages);
  for (const page of ['ngay-hoi-trong-cay.html', 'ket-qua-hoi-thi.html']) cpSync(join(ROOT, 'tests/fixtures/legacy/archive', page), join(pages, page));
  // The officer's mapping for the archive's old category (the dry-run flow: scripts/import-archive.test.ts).
  mkdirSync(join(content, '.import'), { recursive: true });
  writeFileSync(join(content, '.import/categories.json'), JSON.stringify({ 'Tin hoạt động': 'tin-tuc-su-kien' }));
  const log: string[] = [];
  expect(await main([pages, '--content', content, '--no-report'], (t) => log.push(t)), log.join('\n')).toBe(0);
  const build = buildSite({ content, outDir, env: { ASTRO_CACHE_DIR: join(work, 'cache') } });
  buildOutput = build.output;
  expect(build.status, build.output).toBe(0);
});

describe('an imported HTML page on the built site', () => {
  it('shows its three photos as figures with their captions', () => {
    const html = readFileSync(join(outDir, 'tin-tuc/2023/hoi-nghi-so-ket-cong-tac-dan-van-6-thang-dau-nam-2023/index.html'), 'utf8');
    const figures = [...html.matchAll(/<figure>([\s\S]*?)<\/figure>/g)].map((m) => m[1]!);
    expect(figures).toHaveLength(3);
    const seen = figures.map((f) => ({ img: /<img [^>]*src="([^"]+)"/.exec(f)?.[1], caption: /<figcaption>([\s\S]*?)<\/figcaption>/.exec(f)?.[1] }));
    expect(seen.map((s) => s.caption)).toEqual([
      'Toàn cảnh hội nghị sơ kết công tác dân vận',
      'Đ/c Bí thư Đảng ủy phường phát biểu chỉ đạo hội nghị',
      'Khen thưởng các tập thể, cá nhân tiêu biểu trong phong trào “Dân vận khéo”',
    ]);
    // Each photo was processed by the site (astro:assets) and is in the output.
    for (const { img } of seen) {
      expect(img).toMatch(/^\/_astro\/.+\.webp$/);
      expect(existsSync(join(outDir, img!))).toBe(true);
    }
    // The chrome of the old portal is nowhere on the page.
    expect(html).not.toMatch(/Tin liên quan|Thời tiết các vùng|Tổng lượt truy cập/);
  });

  it('keeps the headings, lists, links and tables of the page, and nothing that runs', () => {
    const html = readFileSync(join(outDir, 'tin-tuc/2019/ngay-hoi-trong-cay-dau-xuan-o-phuong-mau/index.html'), 'utf8');
    const article = html.slice(html.indexOf('<div class="article-body">'), html.indexOf('Ban tổ chức cảm ơn'));
    expect(article).toMatch(/<h2[^>]*>Những việc đã làm<\/h2>/);
    expect(article).toMatch(/<h3[^>]*>Các bước chăm sóc cây<\/h3>/);
    // A nested list inside the first item, then the numbered steps.
    expect(article).toMatch(/<ul>\s*<li>Khu bờ sông: trồng 120 cây bằng lăng\s*<ul>\s*<li>Tổ dân phố số 2 nhận chăm sóc 60 cây<\/li>/);
    expect(article).toMatch(/<ol>\s*<li>Tưới nước mỗi sáng trong tháng đầu<\/li>\s*<li>Bón phân sau ba tháng<\/li>/);
    // The link to an imported page leads to its new address; another site's link stays; the rest is text.
    expect(article).toContain('<a href="/tin-tuc/2019/ward-camping-contest-results/">Kết quả hội thi cắm trại</a>');
    expect(article).toMatch(/<a href="https:\/\/dichvucong\.example\.gov\.vn\/dang-ky\?ma=cay-xanh"[^>]*>Cổng dịch vụ công<\/a>/);
    expect(article).toContain('xem tại trang giới thiệu.');
    expect(article).toContain('hoặc bấm vào đây.');
    // The award table is the portal's award block; the schedule a plain table.
    expect(article).toMatch(
      /<div class="block-awards"><table><caption>Khen thưởng<\/caption>[\s\S]*<th scope="row">Anh Lê Văn Hòa<\/th><td>Giấy khen của Đoàn phường<\/td>/,
    );
    expect(article).toMatch(/<table>[\s\S]*<th>Địa điểm<\/th>[\s\S]*<td>Đường Hoa Sữa \| đoạn cuối<\/td>/);
    expect(html).not.toMatch(/javascript:|onclick|onmouseover|alert\(|steal\(/);
  });

  it('sends the old address of an imported page that a link named to its new one', () => {
    expect(readFileSync(join(outDir, '_redirects'), 'utf8')).toContain('/tin-tuc/ket-qua-hoi-thi.html /tin-tuc/2019/ward-camping-contest-results/ 301');
    expect(readFileSync(join(outDir, 'tin-tuc/ket-qua-hoi-thi.html'), 'utf8')).toMatch(
      /http-equiv="refresh" content="0; url=[^"]*\/tin-tuc\/2019\/ward-camping-contest-results\/"/,
    );
    expect(buildOutput).toMatch(/chuyển hướng: 2 địa chỉ cũ/);
  });
});
