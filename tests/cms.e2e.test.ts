/**
 * The CMS end to end, in Debian's Chromium, against a throwaway git
 * repository (a copy of the project's sources with the fixture content):
 * decap-server (admin/server/server.ts, 127.0.0.1, git mode) and the admin
 * built with the local backend. Staff log in, write an article with a
 * Vietnamese title, a ward, a campaign and a cover photo, take it through
 * Bản nháp → Đang xét duyệt → Sẵn sàng → published, and the rebuilt site
 * shows it with its optimised photo. Also: a seed article edited in one
 * field keeps every other byte, a missing required field and a bad upload
 * are refused in Vietnamese, and no unrelated file reaches a CMS commit.
 *
 * Screenshots of the screens staff use go to tmp/screens/cms-*.png.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { z } from 'astro/zod';
import { buildSite, NODE, ROOT } from './support/build.ts';
import { launchChromium } from './support/chromium.ts';
import { startStatic } from './support/server.ts';
import { eventPhoto, freePort, gitIn, makeRepository, pick as pickIn, toast as toastIn } from './support/cms.ts';
import { splitFrontmatter } from '../src/schema/frontmatter.ts';
import { slugify } from '../src/lib/vietnamese.ts';
import { entrySchema } from '../src/schema/collections.ts';

const SCREENS = resolve(ROOT, 'tmp/screens');
const TITLE = 'Phường Phúc Lợi tổng kết công tác thi đua, khen thưởng năm 2024';
const SLUG = slugify(TITLE);
const ARTICLE = `content/news/2024/${SLUG}.md`;
const BRANCH = `cms/news/2024/${SLUG}`;
const SEED = 'content/news/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong.md';

let work = '';
let cmsPort = 0;
let decap: ChildProcess | undefined;
let site: { url: string; close: () => Promise<void> } | undefined;
let browser: Browser | undefined;
let page: Page;
const dialogs: string[] = [];

const git = (...args: string[]) => gitIn(work, ...args);

/** decap-server through our launcher; resolves once it listens. */
function startDecapServer(port: number, adminOrigin: string): Promise<ChildProcess> {
  return new Promise((done, fail) => {
    const child = spawn(NODE, [join(work, 'admin/server/server.ts')], {
      cwd: work,
      env: { ...process.env, PORT: String(port), GIT_REPO_DIRECTORY: work, CMS_ADMIN_ORIGIN: adminOrigin, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => fail(new Error(`decap-server did not start:\n${output}`)), 30_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('nghe tại')) {
        clearTimeout(timer);
        done(child);
      }
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', listen);
    child.on('exit', (code) => fail(new Error(`decap-server exited (${code}):\n${output}`)));
  });
}

async function shot(name: string) {
  await page.screenshot({ path: join(SCREENS, `cms-${name}.png`) });
}

/** A fresh load of the admin (the login is remembered), so no dialog or draft leaks between tests; `ready`: a text the page shows once loaded. */
async function openAdmin(hash = '', ready = 'Nội dung') {
  await page.goto('about:blank');
  await page.goto(`${site!.url}/admin/${hash}`);
  await page.getByText(ready, { exact: true }).first().waitFor();
}

/**
 * The article of the publishing test on main, with its cover photo, for the
 * tests that only need it to exist: as the CMS published it, or, when that
 * test did not run first, committed straight through git as the CMS writes it.
 */
async function ensurePublished(): Promise<void> {
  if (git('ls-tree', '--name-only', 'main', ARTICLE).trim()) return;
  const photo = 'content/news/2024/anh/anh-hoi-nghi-tong-ket-qua-git.jpg';
  mkdirSync(join(work, dirname(photo)), { recursive: true });
  writeFileSync(join(work, photo), await eventPhoto());
  writeFileSync(
    join(work, ARTICLE),
    [
      '---',
      `title: ${TITLE}`,
      'summary: Sáng 20/12, Ủy ban nhân dân phường tổ chức hội nghị tổng kết công tác thi đua, khen thưởng.',
      'publishedAt: 2024-12-20T08:30:00+07:00',
      'category: hoat-dong-khoi-chinh-quyen',
      'wards:',
      '  - phuong-phuc-loi-00136',
      'campaigns:',
      '  - thi-dua-yeu-nuoc',
      'byline: "Tin, ảnh: Minh Ngọc"',
      'cover:',
      `  image: ./anh/${photo.split('/').pop()}`,
      '  alt: Hội trường Ủy ban nhân dân phường trong buổi tổng kết',
      '  caption: Quang cảnh hội nghị',
      '---',
      '',
      'Sáng 20/12, Ủy ban nhân dân phường Phúc Lợi tổ chức hội nghị tổng kết.',
      '',
    ].join('\n'),
  );
  git('add', ARTICLE, photo);
  git('commit', '-qm', 'Bài đã đăng (chuẩn bị cho kiểm thử)');
}

const toast = (text: string | RegExp) => toastIn(page, text);
const pick = (field: string, typed: string, option: string | RegExp) => pickIn(page, field, typed, option);

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  work = makeRepository();
  cmsPort = await freePort();
  const built = buildSite({
    cwd: work,
    outDir: join(work, 'tmp/admin-dist'),
    env: { CMS_LOCAL_BACKEND: `http://127.0.0.1:${cmsPort}/api/v1`, ASTRO_CACHE_DIR: join(work, 'tmp/cache'), TIN_PHUONG_CONTENT: 'content' },
  });
  if (built.status !== 0) throw new Error(`astro build (CMS) failed:\n${built.output}`);
  site = await startStatic(join(work, 'tmp/admin-dist'));
  decap = await startDecapServer(cmsPort, site.url);
  browser = await launchChromium();
  // A browser in UTC: what is stored must still be Viet Nam time, +07:00.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'UTC' });
  page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  await page.goto(`${site.url}/admin/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Loại nội dung').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (decap?.pid && decap.exitCode === null) decap.kill('SIGTERM');
  if (work && !process.env.KEEP_CMS_REPO) rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
});

describe('the production admin', () => {
  it('has no active local backend, and its script is on no other page', () => {
    const dir = inject('siteDir');
    const html = readFileSync(join(dir, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const json = /<script type="application\/json" id="cms-config">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const { config } = JSON.parse(json);
    expect(config).not.toHaveProperty('local_backend');
    expect(json).not.toMatch(/127\.0\.0\.1|localhost|8081/);
    expect(config.publish_mode).toBe('editorial_workflow');
    const script = /<script type="module" src="([^"]+)"/.exec(html)![1]!;
    const bundle = readFileSync(join(dir, script), 'utf8');
    expect(bundle).not.toContain('CMS_LOCAL_BACKEND');
    for (const page of ['index.html', 'tin-tuc/index.html']) expect(readFileSync(join(dir, page), 'utf8')).not.toContain(script);

    // The CMS build of this test does have it: the check above would see it.
    const local = readFileSync(join(work, 'tmp/admin-dist/admin/index.html'), 'utf8');
    expect(local).toContain(`"local_backend":{"url":"http://127.0.0.1:${cmsPort}/api/v1"`);
  });
});

describe('Decap CMS for communications staff', () => {
  it('lists articles with date, category, ward and status, filterable by category and year', async () => {
    await openAdmin('#/collections/news');
    const seed = page.getByText(
      'Phường Phúc Lợi: Với công tác thi đua khen thưởng. — 07/09/2015 · Hoạt động khối chính quyền · Phường Phúc Lợi (cũ) · Công khai',
    );
    await seed.waitFor();
    await expect(page.getByText('Ẩn (bản nháp)').count()).resolves.toBeGreaterThan(0);
    await shot('list');

    await page.getByRole('button', { name: 'Lọc theo' }).click();
    await page.getByRole('menuitem', { name: 'Năm 2015' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByText(/ — \d\d\/\d\d\/2016 /).count()).resolves.toBe(0);
    await expect(seed.isVisible()).resolves.toBe(true);
    await shot('list-filter');
  });

  it('refuses an entry missing a required field, in Vietnamese', async () => {
    const branches = git('branch', '--list', 'cms/*');
    await openAdmin('#/collections/news/new');
    await page.getByLabel('Tiêu đề').fill('Bài thiếu tóm tắt');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await toast('Còn trường bắt buộc chưa nhập. Hãy nhập đủ rồi lưu lại.');
    await expect(page.getByText('Chưa nhập “Tóm tắt (sapo)”: trường này bắt buộc.').isVisible()).resolves.toBe(true);
    await shot('required');
    expect(git('branch', '--list', 'cms/*')).toBe(branches);
  });

  it('refuses a file that is not a photo, and a photo over 20 MB, in Vietnamese', async () => {
    await openAdmin('#/collections/news/new');
    await page.getByRole('button', { name: 'Chọn ảnh' }).click();
    const input = page.locator('input[type=file]');
    await input.setInputFiles({ name: 'bao-cao.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.7\n%…\n') });
    await expect
      .poll(() => dialogs.at(-1))
      .toBe('Không nhận tệp “bao-cao.jpg”: chỉ nhận ảnh JPEG, PNG hoặc WebP, và văn bản PDF, Word, Excel, ODT, ODS (đúng đuôi tên tệp).');
    const huge = Buffer.alloc(21 * 1024 * 1024);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    await input.setInputFiles({ name: 'anh-lon.jpg', mimeType: 'image/jpeg', buffer: huge });
    await expect.poll(() => dialogs.at(-1)).toMatch(/^Ảnh “anh-lon\.jpg” nặng 21,0 MB, quá giới hạn 20 MB\./);
    await expect(page.getByText(/bao-cao|anh-lon/).count()).resolves.toBe(0);
  });

  it('leaves a paragraph to type into after a photo block at the end of the body', async () => {
    await openAdmin('#/collections/news/new');
    const body = page.locator('[data-slate-editor="true"]');
    await body.click();
    await page.keyboard.type('Đoạn mở đầu.');
    await page.keyboard.press('Enter');
    // The block goes into the empty paragraph the cursor is in: the last one.
    await page.getByRole('button', { name: 'Chèn' }).click();
    await page.getByRole('menuitem', { name: 'Ảnh', exact: true }).click();
    // The opening paragraph, the block, and a paragraph after it.
    const blocks = body.locator(':scope > *');
    await expect
      .poll(() => blocks.evaluateAll((nodes) => nodes.map((n) => (n.hasAttribute('data-slate-void') ? 'block' : n.tagName.toLowerCase()))))
      .toEqual(['p', 'block', 'p']);
    // The block's own control mounts (and takes focus) a moment after it appears: a person
    // clicks after it has, so the test waits for it too, and for the cursor in the last paragraph.
    await body.locator('[data-slate-void] button', { hasText: 'Chọn ảnh' }).first().waitFor();
    const cursorInLast = () =>
      page.evaluate(
        () =>
          document.getSelection()?.anchorNode?.parentElement?.closest('[data-slate-editor="true"] > *') ===
          document.querySelector('[data-slate-editor="true"] > :last-child'),
      );
    await blocks.last().click();
    await expect.poll(cursorInLast).toBe(true);
    // On a loaded machine the control can mount late and take the focus back: a person would see
    // the cursor leave and click again, so the test looks once more after a moment.
    await page.waitForTimeout(500);
    if (!(await cursorInLast())) await blocks.last().click();
    await expect.poll(cursorInLast).toBe(true);
    await page.keyboard.type('Đoạn sau ảnh.');
    await shot('body-block');
    await expect
      .poll(() => blocks.evaluateAll((nodes) => nodes.map((n) => (n.hasAttribute('data-slate-void') ? 'block' : (n.textContent ?? '').replace(/\uFEFF/g, '')))))
      .toEqual(['Đoạn mở đầu.', 'block', 'Đoạn sau ảnh.']);
    // The preview shows it after the photo, as the site will.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(async () => (await preview.locator('.article-body').innerText()).normalize('NFC')).toMatch(/Đoạn mở đầu\.[\s\S]*Đoạn sau ảnh\.\s*$/);
  });

  it('takes many photos at once into an album, each to be described, and commits them with the album', async () => {
    await openAdmin('#/collections/albums/new', 'Tên album');
    await page.getByLabel('Tên album').fill('Lễ ra quân Tháng Thanh niên 2025');
    await page.locator('[data-testid^="publishedAt-field-"][data-testid$="-day"]').fill('26/03/2025');
    await page.locator('[data-testid^="publishedAt-field-"][data-testid$="-time"]').fill('07:30');
    const files = await Promise.all(
      ['#2d6a4f', '#1d4e89', '#9d0208'].map(async (hue, i) => ({ name: `Ảnh ra quân ${i + 1}.JPG`, mimeType: 'image/jpeg', buffer: await eventPhoto(hue) })),
    );
    await page.getByLabel('Tải nhiều ảnh lên cùng lúc').setInputFiles(files);
    // Three items, each with its photo and an empty alt text.
    const alts = page.getByLabel('Mô tả ảnh (alt)');
    await expect.poll(() => alts.count()).toBe(3);
    await shot('album-many-photos');
    for (const [i, text] of ['Đoàn viên xếp hàng trước trụ sở phường', 'Bí thư Đoàn phường phát động', 'Thanh niên dọn vệ sinh tuyến phố'].entries())
      await alts.nth(i).fill(text);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await toast('Đã lưu album ảnh');
    const branch = 'cms/albums/le-ra-quan-thang-thanh-nien-2025';
    const saved = git('show', '--name-only', '--format=%s', branch).trim().split('\n').slice(1).filter(Boolean).sort();
    expect(saved).toEqual([
      expect.stringMatching(/^content\/albums\/anh\/anh-ra-quan-1-\w+\.jpg$/),
      expect.stringMatching(/^content\/albums\/anh\/anh-ra-quan-2-\w+\.jpg$/),
      expect.stringMatching(/^content\/albums\/anh\/anh-ra-quan-3-\w+\.jpg$/),
      'content/albums/le-ra-quan-thang-thanh-nien-2025.md',
    ]);
    const album = git('show', `${branch}:content/albums/le-ra-quan-thang-thanh-nien-2025.md`);
    const photos = [...album.matchAll(/image: (\S+)\n\s+alt: (.+)/g)].map((m) => [m[1], m[2]]);
    expect(photos.map(([image]) => image)).toEqual(saved.slice(0, 3).map((f) => `./anh/${f.split('/').pop()}`));
    expect(photos.map(([, alt]) => alt)).toEqual([
      'Đoàn viên xếp hàng trước trụ sở phường',
      'Bí thư Đoàn phường phát động',
      'Thanh niên dọn vệ sinh tuyến phố',
    ]);
  });

  it('writes, reviews and publishes an article with a Vietnamese title, ward, campaign and cover photo', async () => {
    await openAdmin('#/collections/news/new');
    // Typed decomposed (NFD), as some keyboards and copied PDFs produce it.
    await page.getByLabel('Tiêu đề').fill(TITLE.normalize('NFD'));
    await page.getByLabel('Tóm tắt (sapo)').fill('Sáng 20/12, Ủy ban nhân dân phường tổ chức hội nghị tổng kết công tác thi đua, khen thưởng.');
    await page.locator('[data-testid^="publishedAt-field-"][data-testid$="-day"]').fill('20/12/2024');
    await page.locator('[data-testid^="publishedAt-field-"][data-testid$="-time"]').fill('08:30');
    await pick('category', 'hoat dong', 'Hoạt động khối chính quyền');
    await pick('wards', 'phuc loi', 'Phường Phúc Lợi – Thành phố Hà Nội');
    await pick('campaigns', 'thi dua', 'Phong trào thi đua yêu nước');
    await page.getByLabel('Tác giả').fill('Tin, ảnh: Minh Ngọc');

    await page.getByRole('button', { name: 'Chọn ảnh' }).click();
    const photo = await eventPhoto();
    await page.locator('input[type=file]').setInputFiles({ name: 'Ảnh Hội nghị tổng kết.JPG', mimeType: 'image/jpeg', buffer: photo });
    await page.getByText(/^anh-hoi-nghi-tong-ket-\w+\.jpg$/).waitFor();
    await shot('media');
    await page.getByRole('button', { name: 'Dùng ảnh đã chọn' }).click();
    await page.getByLabel('Mô tả ảnh (alt)').fill('Hội trường Ủy ban nhân dân phường trong buổi tổng kết');
    await page.getByLabel('Chú thích').fill('Quang cảnh hội nghị');

    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Sáng 20/12, Ủy ban nhân dân phường Phúc Lợi tổ chức hội nghị tổng kết.');
    // The preview pane (an iframe) shows the article as the site will.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(async () => (await preview.locator('h1.article-title').innerText()).normalize('NFC')).toBe(TITLE);
    await expect(preview.locator('.article-meta').innerText()).resolves.toContain('Ngày đăng 20/12/2024 | 08:30');
    await expect(preview.locator('.article-meta .byline').innerText()).resolves.toBe('Tin, ảnh: Minh Ngọc');
    await expect(preview.locator('.article-category').innerText()).resolves.toMatch(/Hoạt động khối chính quyền/i);
    await shot('editor');
    await page.getByLabel('Mô tả ảnh (alt)').scrollIntoViewIfNeeded();
    await shot('preview');

    // Files nobody asked the CMS to commit: an untracked note and an unsaved code edit (undone after this test).
    writeFileSync(join(work, 'ghi-chu-rieng.txt'), 'không được commit\n');
    appendFileSync(join(work, 'astro.config.mjs'), '// đang sửa dở\n');
    onTestFinished(() => {
      git('checkout', '--', 'astro.config.mjs');
      rmSync(join(work, 'ghi-chu-rieng.txt'), { force: true });
    });

    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await toast('Đã lưu bài');
    await page.waitForURL(/#\/collections\/news\/entries\/2024\//);
    // Deleting the draft is at the far end of the toolbar, not beside the workflow controls.
    const statusBox = (await page.getByRole('button', { name: 'Trạng thái: Bản nháp' }).boundingBox())!;
    const remove = (await page.getByRole('button', { name: 'Xóa bản nháp này' }).boundingBox())!;
    expect(remove.x - (statusBox.x + statusBox.width)).toBeGreaterThan(150);

    const saved = git('show', '--name-only', '--format=%s', BRANCH).trim().split('\n');
    expect(saved[0]).toBe(`Thêm mới: Bài viết “2024/${SLUG}”`);
    expect(saved.slice(1).filter(Boolean).sort()).toEqual(
      [ARTICLE, expect.stringMatching(/^content\/news\/2024\/anh\/anh-hoi-nghi-tong-ket-\w+\.jpg$/)].sort(),
    );
    const status = git('status', '--porcelain');
    expect(status).toContain('?? ghi-chu-rieng.txt');
    expect(status).toContain(' M astro.config.mjs');
    expect(git('config', `branch.${BRANCH}.description`).trim()).toBe('decap-cms/draft');

    // Meanwhile a developer commits to main: the draft must still open, move and publish.
    writeFileSync(join(work, 'ghi-chu-ky-thuat.md'), '# Ghi chú kỹ thuật\n');
    git('add', 'ghi-chu-ky-thuat.md');
    git('commit', '-qm', 'Ghi chú của nhóm kỹ thuật');

    await page.getByRole('button', { name: 'Trạng thái: Bản nháp' }).click();
    await page.getByRole('menuitem', { name: 'Đang xét duyệt' }).click();
    await toast('Đã đổi trạng thái bài');
    expect(git('config', `branch.${BRANCH}.description`).trim()).toBe('decap-cms/pending_review');

    await openAdmin('#/workflow');
    await page.getByText('Quy trình duyệt bài').waitFor();
    await page.getByText(TITLE).first().waitFor();
    await shot('workflow');

    await openAdmin(`#/collections/news/entries/2024/${SLUG}`);
    await page.getByRole('button', { name: 'Trạng thái: Đang xét duyệt' }).click();
    await page.getByRole('menuitem', { name: 'Sẵn sàng' }).click();
    await toast('Đã đổi trạng thái bài');
    expect(git('config', `branch.${BRANCH}.description`).trim()).toBe('decap-cms/pending_publish');

    await page.getByRole('button', { name: 'Đăng', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Đăng ngay' }).click();
    await toast('Đã đăng bài');
    expect(dialogs).toContain('Đăng bài này lên trang?');

    expect(git('branch', '--list', BRANCH).trim()).toBe('');
    expect(git('log', '--format=%s', 'main', '--', ARTICLE).trim()).toBe(`Thêm mới: Bài viết “2024/${SLUG}”`);
    expect(git('ls-tree', '-r', '--name-only', 'main', 'content/news/2024')).toContain(ARTICLE);
    // Every CMS commit holds the article's own files, nothing else.
    for (const sha of git('log', 'main', '--no-merges', '--format=%H', '--grep=Bài viết').trim().split('\n')) {
      for (const file of git('show', '--name-only', '--format=', sha).trim().split('\n')) expect(file).toMatch(/^content\/news\/2024\//);
    }
    expect(git('ls-tree', '-r', '--name-only', 'main')).not.toContain('ghi-chu-rieng.txt');
    expect(git('show', 'main:astro.config.mjs')).not.toContain('đang sửa dở');
    expect(readFileSync(join(work, 'astro.config.mjs'), 'utf8')).toContain('đang sửa dở');

    // What the CMS wrote: front matter the site's schema accepts, in NFC with +07:00.
    const { data, body } = splitFrontmatter(git('show', `main:${ARTICLE}`));
    // Typed decomposed above (NFD, another string than TITLE), stored composed.
    expect(TITLE.normalize('NFD')).not.toBe(TITLE);
    expect(data.title).toBe(TITLE.normalize('NFC'));
    expect(data.publishedAt).toBe('2024-12-20T08:30:00+07:00');
    expect(data.wards).toEqual(['phuong-phuc-loi-00136']);
    expect(data.campaigns).toEqual(['thi-dua-yeu-nuoc']);
    const cover = data.cover as { image: string; alt: string };
    expect(cover.image).toMatch(/^\.\/anh\/anh-hoi-nghi-tong-ket-\w+\.jpg$/);
    expect(existsSync(join(work, dirname(ARTICLE), cover.image))).toBe(true);
    expect(body).toBe('\nSáng 20/12, Ủy ban nhân dân phường Phúc Lợi tổ chức hội nghị tổng kết.\n');

    const exists = (collection: string) =>
      z
        .string()
        .refine((id) => existsSync(join(work, 'content', collection, `${id}.json`)) || existsSync(join(work, 'content', collection, `${id}.md`)), 'unknown id');
    const result = entrySchema('news', { image: () => z.string(), reference: exists }).safeParse(data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('shows the published article on the rebuilt site, with its optimised photo', async () => {
    await ensurePublished();
    const out = join(work, 'tmp/site-dist');
    const built = buildSite({ cwd: work, outDir: out, env: { ASTRO_CACHE_DIR: join(work, 'tmp/cache'), TIN_PHUONG_CONTENT: 'content' } });
    expect(built.status, built.output.slice(-3000)).toBe(0);
    const html = readFileSync(join(out, `tin-tuc/2024/${SLUG}/index.html`), 'utf8');
    expect(html).toContain(TITLE);
    expect(html).toContain('Tin, ảnh: Minh Ngọc');
    const img = /<img[^>]*alt="Hội trường Ủy ban nhân dân phường trong buổi tổng kết"[^>]*>/.exec(html)?.[0];
    expect(img).toBeDefined();
    const src = /src="([^"]+)"/.exec(img!)![1]!;
    expect(src).toMatch(/^\/_astro\/anh-hoi-nghi-tong-ket-.*\.webp$/);
    expect(existsSync(join(out, src))).toBe(true);
    // Never the raw upload.
    expect(html).not.toMatch(/anh-hoi-nghi-tong-ket-\w+\.jpg/);
    const news = readFileSync(join(out, 'tin-tuc/index.html'), 'utf8');
    expect(news).toContain(TITLE);
  });

  it('changes only the edited line when staff edit one field of a seed article', async () => {
    const before = readFileSync(join(work, SEED), 'utf8');
    await openAdmin(`#/collections/news/entries/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong`);
    await page.getByLabel('Tác giả').fill('Tin: Phòng Văn hóa – Thông tin');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await toast('Đã lưu bài');
    const after = git('show', `cms/news/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong:${SEED}`);
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(added).toEqual(['byline: "Tin: Phòng Văn hóa – Thông tin"']);
    expect(
      after
        .split('\n')
        .filter((line) => !added.includes(line))
        .join('\n'),
    ).toBe(before);
    const files = git('show', '--name-only', '--format=', 'cms/news/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong').trim();
    expect(files).toBe(SEED);
  });
});
