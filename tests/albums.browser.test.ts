/**
 * Album Ảnh and the rich blocks as a reader meets them, in Debian's Chromium
 * on the built fixture site: the albums index (newest first, paginated), an
 * album's grid, each photo opening without JavaScript (its own page) and with
 * it (the lightbox, driven by the keyboard: arrows, Escape, focus back to the
 * grid), the home page's “Album ảnh” box, and an article using every block
 * (tests/fixtures/content/news/2024/tong-ket-thi-dua-khen-thuong-nam-2024.md,
 * the examples of docs/blocks.md), at 360 and 1280 px. Axe runs on every
 * page type in pages.browser.test.ts; here it also runs on the open lightbox.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium.ts';
import { startStatic } from './support/server.ts';
import { ROOT } from './support/build.ts';

const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js');
const ALBUM = '/album-anh/ngay-hoi-dai-doan-ket-2024/';
const ARTICLE = '/tin-tuc/2024/tong-ket-thi-dua-khen-thuong-nam-2024/';

let browser: Browser;
let fixture: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  browser = await launchChromium();
  fixture = await startStatic(inject('fixtureDir'));
});
afterAll(async () => {
  await browser?.close();
  await fixture?.close();
});

async function open(path: string, width = 1280, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(fixture.url + path, { waitUntil: 'load' });
  return page;
}
const close = (page: Page) => page.context().close();
const scripts = (page: Page) => page.evaluate(() => [...document.scripts].filter((s) => s.type !== 'application/ld+json').map((s) => s.src));
const loaded = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((imgs: HTMLImageElement[]) => imgs.map((i) => i.complete && i.naturalWidth > 0 && /\.webp$/.test(i.currentSrc)));

async function axe(page: Page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('Album ảnh', () => {
  it('lists public albums newest first with their covers, under 24 on one page; drafts and scheduled albums nowhere', async () => {
    const page = await open('/album-anh/', 360);
    const titles = await page.locator('.album-card-title').allInnerTexts();
    // Pages of 12 are cut from the oldest end (src/lib/listings.ts): 13 albums are one front page.
    expect(titles).toHaveLength(13);
    expect(titles.at(-1)).toBe('Album số 01');
    expect(titles[0]).toBe('Ngày hội Đại đoàn kết toàn dân tộc phường Phúc Lợi năm 2024');
    expect(titles[1]).toBe('Album số 12');
    expect(titles.join()).not.toMatch(/nháp|2099/);
    await page.locator('.album-card img').first().scrollIntoViewIfNeeded();
    expect((await loaded(page, '.album-card img')).slice(0, 2)).toEqual([true, true]);
    expect(await page.locator('.album-card .card-meta').first().innerText()).toBe('15/11/2024 · 4 ảnh');
    expect(await page.locator('.pagination').count()).toBe(0);
    await close(page);
  });

  it('the home page shows the latest albums in its “Album ảnh” box', async () => {
    const page = await open('/', 1280);
    const box = page.locator('section.album-box');
    expect(await box.locator('h2').innerText()).toBe('Album ảnh');
    expect(await box.locator('.album-card-title').allInnerTexts()).toEqual([
      'Ngày hội Đại đoàn kết toàn dân tộc phường Phúc Lợi năm 2024',
      'Album số 12',
      'Album số 11',
    ]);
    expect(await box.getByRole('link', { name: 'Xem tất cả album ảnh ›' }).getAttribute('href')).toBe('/album-anh/');
    await close(page);
  });

  for (const width of [360, 1280]) {
    it(`album page at ${width} px: title, date, photographer, a grid of WebP thumbnails, linked articles and places`, async () => {
      const page = await open(ALBUM, width);
      expect(await page.locator('h1').innerText()).toBe('Ngày hội Đại đoàn kết toàn dân tộc phường Phúc Lợi năm 2024');
      expect(await page.locator('.album header .card-meta').innerText()).toBe('Ngày đăng 15/11/2024 09:00 · 4 ảnh · Ảnh: Minh Ngọc');
      const thumbs = page.locator('.album-grid img');
      expect(await thumbs.count()).toBe(4);
      expect(await loaded(page, '.album-grid img')).toEqual([true, true, true, true]);
      const box = await thumbs.first().boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      expect(await page.locator('.album-links a').allInnerTexts()).toEqual([
        'Lễ khánh thành trụ sở mới của Ủy ban nhân dân phường Phúc Lợi',
        'Phường Phúc Lợi',
        'Phong trào thi đua yêu nước',
      ]);
      // One script, the lightbox, as a file of the site (the CSP allows no inline script).
      expect(await scripts(page)).toEqual([expect.stringMatching(new RegExp(`^${fixture.url}/_astro/.+\\.js$`))]);
      await close(page);
    });
  }

  it('without JavaScript each thumbnail opens its photo’s page, large, with caption, and the next one', async () => {
    const page = await open(ALBUM, 360, false);
    await page.getByRole('link', { name: 'Xem ảnh 2/4: Lá cờ đỏ sao vàng trên cột cờ giữa trời xanh' }).click();
    await page.waitForURL(`**${ALBUM}anh-2/`);
    expect(await page.locator('h1').innerText()).toBe('Ngày hội Đại đoàn kết toàn dân tộc phường Phúc Lợi năm 2024 – Ảnh 2/4');
    expect(await page.locator('.album-photo-figure figcaption').innerText()).toBe('Lễ thượng cờ khai mạc ngày hội (Ảnh: Minh Ngọc)');
    expect(await loaded(page, '.album-photo-figure img')).toEqual([true]);
    expect(await page.locator('.album-photo-figure img').getAttribute('alt')).toBe('Lá cờ đỏ sao vàng trên cột cờ giữa trời xanh');
    await page.getByRole('link', { name: 'Ảnh sau ›' }).click();
    await page.waitForURL(`**${ALBUM}anh-3/`);
    await page.getByRole('link', { name: 'Về album' }).click();
    await page.waitForURL(`**${ALBUM}`);
    await close(page);
  });

  it('with JavaScript, the keyboard opens the lightbox, steps with the arrows, closes with Escape and returns to the grid', async () => {
    const page = await open(ALBUM, 1280);
    const second = page.getByRole('link', { name: /^Xem ảnh 2\/4/ });
    await second.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.lightbox[open]');
    await dialog.waitFor();
    expect(page.url()).toBe(fixture.url + ALBUM);
    const state = () =>
      page.evaluate(() => {
        const d = document.querySelector('dialog.lightbox')!;
        const img = d.querySelector('img')!;
        return {
          counter: d.querySelector('.lightbox-counter')!.textContent,
          caption: d.querySelector('figcaption')!.textContent,
          alt: img.alt,
          webp: /\.webp$/.test(img.currentSrc) && img.complete && img.naturalWidth > 0,
        };
      });
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('dialog.lightbox img')!.complete);
    expect(await state()).toEqual({
      counter: 'Ảnh 2/4',
      caption: 'Lễ thượng cờ khai mạc ngày hội — Ảnh: Minh Ngọc',
      alt: 'Lá cờ đỏ sao vàng trên cột cờ giữa trời xanh',
      webp: true,
    });
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    expect((await state()).counter).toBe('Ảnh 3/4');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect((await state()).counter).toBe('Ảnh 1/4');
    await page.keyboard.press('ArrowLeft');
    expect((await state()).counter).toBe('Ảnh 4/4');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await page.locator('dialog.lightbox[open]').count()).toBe(0);
    // Focus is back in the grid, on the photo last shown.
    // The dialog's close event, which moves focus, comes a task after close().
    const focused = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await expect.poll(focused).toBe(`${ALBUM}anh-4/`);
    // The buttons work too, and Tab stays inside the open dialog.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.getByRole('button', { name: 'Ảnh sau' }).click();
    expect((await state()).counter).toBe('Ảnh 1/4');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    await page.getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(focused).toBe(`${ALBUM}anh-1/`);
    await close(page);
  });
});

describe('an article with every block (docs/blocks.md)', () => {
  for (const width of [360, 1280]) {
    it(`shows them at ${width} px without any script`, async () => {
      const page = await open(ARTICLE, width);
      const body = page.locator('.article-body');
      expect(await body.locator('.block-figure figcaption').innerText()).toBe('Trụ sở mới của Ủy ban nhân dân phường Phúc Lợi (Ảnh: Minh Ngọc)');
      expect(await body.locator('.block-gallery > figcaption').innerText()).toBe('Ngày hội Đại đoàn kết tại khu dân cư số 3 (Ảnh: Minh Ngọc)');
      expect(await body.locator('.block-gallery li').count()).toBe(2);
      // The embedded album: its name and photos, each opening the photo's page (no lightbox in articles).
      expect(await body.locator('.album-embed-title a').innerText()).toBe('Album ảnh: Ngày hội Đại đoàn kết toàn dân tộc phường Phúc Lợi năm 2024');
      expect(await body.locator('.album-grid a').evaluateAll((as: HTMLAnchorElement[]) => as.map((a) => a.getAttribute('href')))).toEqual(
        [1, 2, 3, 4].map((n) => `${ALBUM}anh-${n}/`),
      );
      // The award table, as a screen reader reads it.
      const table = body.locator('.block-awards table');
      expect(await table.locator('caption').innerText()).toBe('Kết quả khen thưởng phong trào thi đua năm 2024');
      expect(await table.locator('th[scope="col"]').allInnerTexts()).toEqual(['Tập thể, cá nhân', 'Danh hiệu', 'Hình thức']);
      expect(await table.locator('th[scope="row"]').allInnerTexts()).toEqual(['Tổ dân phố số 5', 'Bà Nguyễn Thị Lan, Tổ dân phố số 3']);
      // The document, with the type and size of its file, which downloads.
      const doc = body.locator('.block-document');
      expect(await doc.locator('dd').allInnerTexts()).toEqual(['125/QĐ-UBND', '20/12/2024', 'Ủy ban nhân dân phường Phúc Lợi']);
      const link = doc.getByRole('link', { name: 'Tải văn bản 125/QĐ-UBND (PDF, 622 B)' });
      const response = await page.request.get(fixture.url + (await link.getAttribute('href'))!);
      expect(response.status()).toBe(200);
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
      // Every photo of the blocks is a WebP the page loaded, inside the page's width.
      const imgs = body.locator('img');
      for (let i = 0; i < (await imgs.count()); i++) await imgs.nth(i).scrollIntoViewIfNeeded();
      expect(new Set(await loaded(page, '.article-body img'))).toEqual(new Set([true]));
      for (const box of await imgs.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(width);
      expect(await scripts(page)).toEqual([]);
      await close(page);
    });
  }
});
