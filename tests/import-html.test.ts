/**
 * Done means seen on the site: a saved HTML page with three captioned photos
 * is imported into a fresh content folder, the site is built from it with a
 * real `astro build`, and the article's page shows the three photos as
 * figures with their captions.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../scripts/import.ts';
import { buildSite, ROOT } from './support/build.ts';
import { writeSavedPage } from './support/legacyHtml.ts';

mkdirSync(resolve(ROOT, 'tmp'), { recursive: true });
const work = mkdtempSync(resolve(ROOT, 'tmp/import-html-'));
afterAll(() => {
  if (!process.env.KEEP_TEST_OUTPUT) rmSync(work, { recursive: true, force: true });
});

describe('an imported HTML page on the built site', () => {
  it('shows its three photos as figures with their captions', async () => {
    const content = join(work, 'content');
    for (const folder of ['categories', 'campaigns', 'wards', 'districts', 'don-vi.json']) cpSync(join(ROOT, 'content', folder), join(content, folder), { recursive: true });
    const pages = join(work, 'pages');
    await writeSavedPage(pages);
    const log: string[] = [];
    expect(main([pages, '--content', content, '--no-report'], (t) => log.push(t)), log.join('\n')).toBe(0);

    const outDir = join(work, 'dist');
    const build = buildSite({ content, outDir, env: { ASTRO_CACHE_DIR: join(work, 'cache') } });
    expect(build.status, build.output).toBe(0);

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
});
