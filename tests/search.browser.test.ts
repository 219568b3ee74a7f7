/**
 * The search page in Chromium, on the search fixture (tests/fixtures/search-content,
 * built with the real pages and the real index): typing with and without
 * diacritics, filters, shared URLs, unknown words, opening a result with the
 * terms highlighted (no script on the article), keyboard, axe, 320 px, and the
 * header box without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium.ts';
import { startStatic } from './support/server.ts';
import { axeViolations, ensureSearchFixture, highlightPixels, settled } from './search/support.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let dist: string;

beforeAll(async () => {
  dist = ensureSearchFixture(inject('siteDir'));
  server = await startStatic(dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport = { width: 1024, height: 900 }, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport, javaScriptEnabled, locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(server.url + path);
  return page;
}

const titles = (page: Page) => page.$$eval('#tim-kiem-results h3 a', (links) => links.map((a) => a.textContent ?? ''));
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

const PHUC_LOI_2015 = 'Phường Phúc Lợi: Với công tác thi đua khen thưởng.';
const THUONG_THANH = 'Kết quả phong trào thi đua trong CBCCVCNLĐ cơ quan phường Thượng Thanh năm 2017.';
const ASCII_2016 = 'To dan pho so 5 ung ho quy den on dap nghia';
const LIEN_CHIEU = 'Tổng kết công tác thi đua khen thưởng năm 2013 khối phường, quận Liên Chiểu';
const HAI_VAN = 'Phường Hải Vân ra quân làm sạch bãi biển Xuân Thiều';
const ATGT = 'Ra quân bảo đảm trật tự an toàn giao thông dịp cuối năm';

describe('typing queries', () => {
  it('finds đ words typed without diacritics, shows real Vietnamese highlighted, and puts the query in the URL', async () => {
    const page = await open('/tim-kiem/');
    await page.locator('#tim-kiem-q').pressSequentially('thi dua khen thuong', { delay: 20 });
    await page.waitForURL(/q=thi\+dua\+khen\+thuong/);
    await settled(page);
    expect(await titles(page)).toContain(PHUC_LOI_2015);
    const marks = await page.$$eval('#tim-kiem-results mark', (m) => m.map((x) => x.textContent ?? ''));
    expect(marks.some((m) => m.includes('đua'))).toBe(true);
    expect(await page.textContent('#tim-kiem-results')).not.toContain('\u2063');
    expect(await page.textContent('#tim-kiem-status')).toMatch(/Tìm thấy \d+ kết quả cho “thi dua khen thuong”/);
    await page.context().close();
  });

  it('matches a query typed with diacritics exactly, and one typed without in any tone', async () => {
    const page = await open('/tim-kiem/');
    await page.fill('#tim-kiem-q', 'Đền ơn đáp nghĩa');
    await page.press('#tim-kiem-q', 'Enter');
    await settled(page);
    const accented = await titles(page);
    expect(accented).toContain(PHUC_LOI_2015);
    // The article written without diacritics matches only with the tones dropped: not for a query with tones.
    expect(accented).not.toContain(ASCII_2016);
    expect(await page.textContent('#tim-kiem-notice')).not.toContain('bỏ dấu');

    await page.fill('#tim-kiem-q', 'den on dap nghia');
    await page.press('#tim-kiem-q', 'Enter');
    await page.waitForURL(/q=den\+on\+dap\+nghia/);
    await settled(page);
    expect((await titles(page)).sort()).toEqual([...accented, ASCII_2016].sort());
    await page.context().close();
  });

  it('says so when nothing matches the tones typed, and shows what matches without them', async () => {
    const page = await open('/tim-kiem/');
    // Only the 2016 article has these words, and it is written without diacritics.
    await page.fill('#tim-kiem-q', 'Tổ dân phố số 5');
    await page.press('#tim-kiem-q', 'Enter');
    await settled(page);
    expect(await titles(page)).toEqual([ASCII_2016]);
    expect(await page.textContent('#tim-kiem-notice')).toContain('Không có tin bài nào khớp đúng dấu với “Tổ dân phố số 5”');
    await page.context().close();
  });

  it('treats decomposed (NFD) input like precomposed', async () => {
    const page = await open('/tim-kiem/');
    await page.fill('#tim-kiem-q', 'Phường Phúc Lợi'.normalize('NFD'));
    await page.press('#tim-kiem-q', 'Enter');
    await settled(page);
    const nfd = await titles(page);
    expect(param(page, 'q')).toBe('Phường Phúc Lợi');
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('Phường Phúc Lợi')}`);
    await settled(page);
    expect(nfd).toEqual(await titles(page));
    expect(nfd.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('finds abbreviations, document numbers, bylines and old ward names', async () => {
    const page = await open('/tim-kiem/?q=cbccvcnld');
    await settled(page);
    expect(await titles(page)).toEqual([THUONG_THANH]);
    for (const [q, title] of [
      ['1656/NQ-UBTVQH15', 'Phường Phúc Lợi mới chính thức đi vào hoạt động'],
      ['nhu han', LIEN_CHIEU],
      ['hoa hiep bac', LIEN_CHIEU],
    ] as const) {
      await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(q)}`);
      await settled(page);
      expect((await titles(page))[0], q).toBe(title);
    }
    await page.context().close();
  });

  it('says when a word matches nothing instead of dropping it, and suggests the query without it', async () => {
    const page = await open('/tim-kiem/?q=thi+xyz');
    await settled(page);
    expect(await titles(page)).toEqual([]);
    expect(await page.textContent('#tim-kiem-status')).toBe('Không tìm thấy kết quả nào cho “thi xyz”.');
    expect(await page.textContent('#tim-kiem-notice')).toContain('từ “xyz”');
    await page.click('#tim-kiem-notice a');
    await page.waitForURL(/\?q=thi$/);
    await settled(page);
    expect((await titles(page)).length).toBeGreaterThan(1);
    await page.context().close();
  });

  it('corrects Telex typing and says so', async () => {
    const page = await open(`/tim-kiem/?q=${encodeURIComponent('thi dduaw khen thuowngr')}`);
    await settled(page);
    expect(await page.textContent('#tim-kiem-notice')).toContain('“thi dua khen thuong”');
    expect(await titles(page)).toContain(PHUC_LOI_2015);
    await page.context().close();
  });
});

describe('tones, syllables and places', () => {
  async function search(q: string): Promise<{ page: Page; found: string[] }> {
    const page = await open('/tim-kiem/');
    await page.fill('#tim-kiem-q', q);
    await page.press('#tim-kiem-q', 'Enter');
    await settled(page);
    return { page, found: await titles(page) };
  }

  it('finds Đà Nẵng by its wards, first, and no Hà Nội article with Đảng, đã or năng in it', async () => {
    const { page, found } = await search('đà nẵng');
    // The Liên Chiểu article never writes "Đà Nẵng": its ward is in Đà Nẵng.
    expect(found.slice(0, 2).sort()).toEqual([HAI_VAN, LIEN_CHIEU].sort());
    expect(found).toHaveLength(2);
    expect(await page.textContent('#tim-kiem-notice')).not.toContain('bỏ dấu');
    const marks = await page.$$eval('#tim-kiem-results mark', (m) => m.map((x) => x.textContent ?? ''));
    for (const mark of marks) expect(mark).not.toMatch(/Đảng|đã|đạo|năng/);
    await page.context().close();
  });

  it('while "đà nẵ" is still being typed, finds and marks Nẵng, never năm or Nam', async () => {
    const page = await open('/tim-kiem/');
    await page.locator('#tim-kiem-q').pressSequentially('đà nẵ', { delay: 20 });
    await page.waitForURL((url) => url.searchParams.get('q') === 'đà nẵ');
    await settled(page);
    expect(await titles(page)).toContain(HAI_VAN);
    const marks = await page.$$eval('#tim-kiem-results mark', (m) => m.map((x) => x.textContent ?? ''));
    expect(marks.some((m) => m.includes('Nẵng'))).toBe(true);
    for (const mark of marks) expect(mark).not.toMatch(/^(năm|nam)\b/i);
    await page.context().close();
  });

  it('finds "an toàn giao thông" only where those words are, never án, toán, giáo or thống', async () => {
    const { page, found } = await search('an toàn giao thông');
    expect(found).toEqual([ATGT]);
    await page.context().close();
  });

  it('matches a syllable typed without tones whole: "phu" is phú or phụ, never phường', async () => {
    const { page } = await search('phu');
    const marks = await page.$$eval('#tim-kiem-results mark', (m) => m.map((x) => (x.textContent ?? '').toLowerCase()));
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(['phu', 'phú', 'phù', 'phủ', 'phũ', 'phụ']).toContain(mark.replace(/[^\p{L}]/gu, ''));
    await page.context().close();
  });
});

describe('on the real site (content/)', () => {
  it('"đà nẵng" returns the Liên Chiểu article first and no Hà Nội article', async () => {
    const real = await startStatic(inject('siteDir'));
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${real.url}/tim-kiem/`);
    await page.fill('#tim-kiem-q', 'đà nẵng');
    await page.press('#tim-kiem-q', 'Enter');
    await settled(page);
    // The article never writes "Đà Nẵng": its ward, Hòa Hiệp Bắc, is in Đà Nẵng. The other seeds are Hà Nội's.
    expect(await titles(page)).toEqual([LIEN_CHIEU]);
    await context.close();
    await real.close();
  });
});

describe('filters, sorting and shared URLs', () => {
  it('shows a filter value from the URL as it is, never a property of Object', async () => {
    const page = await open('/tim-kiem/?phuong=constructor');
    await settled(page);
    const chips = await page.textContent('#tim-kiem-active');
    expect(chips).toContain('constructor');
    expect(chips).not.toContain('function');
    await page.context().close();
  });

  it('applies and removes combinable filters with counts, keeping them in the URL', async () => {
    const page = await open('/tim-kiem/?q=thi+dua');
    await settled(page);
    const all = await titles(page);
    // Counts are fetched when the reader turns to the filters, not with the first results.
    expect(await page.$eval('#tim-kiem-phuong option[value="phuong-phuc-loi-00136"]', (o) => o.textContent)).toBe('Phường Phúc Lợi');
    await page.focus('#tim-kiem-phuong');
    await page.waitForFunction(() => /\(\d+\)$/.test(document.querySelector('#tim-kiem-phuong option[value="phuong-phuc-loi-00136"]')?.textContent ?? ''));

    // A current ward includes its predecessors' articles ("Phúc Lợi (cũ)").
    const wardOption = await page.$eval('#tim-kiem-phuong option[value="phuong-phuc-loi-00136"]', (o) => o.textContent);
    expect(wardOption).toMatch(/^Phường Phúc Lợi \(\d+\)$/);
    expect(await page.$eval('#tim-kiem-phuong', (s) => [...s.querySelectorAll('optgroup')].map((g) => g.label))).toEqual([
      'Phường, xã hiện nay',
      'Phường, xã trước 01/07/2025',
    ]);
    expect(await page.$eval('#tim-kiem-phuong option[value="phuong-phuc-loi-cu-00136"]', (o) => o.textContent)).toMatch(/^Phường Phúc Lợi \(cũ\) \(\d+\)$/);
    await page.selectOption('#tim-kiem-phuong', 'phuong-phuc-loi-00136');
    await page.waitForURL(/phuong=phuong-phuc-loi-00136/);
    await settled(page);
    const ward = await titles(page);
    expect(ward).toContain(PHUC_LOI_2015);
    expect(ward).not.toContain(THUONG_THANH);
    expect(ward.length).toBe(Number(/\((\d+)\)$/.exec(wardOption!)![1]));

    await page.selectOption('#tim-kiem-nam', '2015');
    await page.waitForURL(/phuong=phuong-phuc-loi-00136&nam=2015/);
    await settled(page);
    expect(await titles(page)).toEqual([PHUC_LOI_2015]);
    expect(await page.textContent('#tim-kiem-active')).toContain('Phường Phúc Lợi');

    await page.click('#tim-kiem-active button[aria-label^="Bỏ lọc Phường, xã"]');
    await page.waitForURL((url) => !url.searchParams.has('phuong') && url.searchParams.get('nam') === '2015');
    await settled(page);
    await page.click('#tim-kiem-active button[aria-label^="Bỏ lọc Năm"]');
    await page.waitForURL((url) => url.search === '?q=thi+dua');
    await settled(page);
    expect(await titles(page)).toEqual(all);

    // Back goes through the same states.
    await page.goBack();
    await settled(page);
    expect(param(page, 'nam')).toBe('2015');
    expect(await page.inputValue('#tim-kiem-nam')).toBe('2015');
    await page.context().close();
  });

  it('opens a shared URL with its query, filters and sort', async () => {
    const page = await open('/tim-kiem/?q=thi+dua&chuyen-muc=tin-tuc-su-kien&phong-trao=thi-dua-yeu-nuoc&sap-xep=moi-nhat');
    await settled(page);
    expect(await page.inputValue('#tim-kiem-q')).toBe('thi dua');
    expect(await page.inputValue('#tim-kiem-chuyen-muc')).toBe('tin-tuc-su-kien');
    expect(await page.inputValue('#tim-kiem-phong-trao')).toBe('thi-dua-yeu-nuoc');
    expect(await page.inputValue('#tim-kiem-sap-xep')).toBe('moi-nhat');
    expect(await titles(page)).toEqual([THUONG_THANH, LIEN_CHIEU]);
    await page.selectOption('#tim-kiem-sap-xep', '');
    await page.waitForURL((url) => !url.searchParams.has('sap-xep'));
    await settled(page);
    expect((await titles(page)).sort()).toEqual([THUONG_THANH, LIEN_CHIEU].sort());
    await page.context().close();
  });

  it('lists by filter alone, newest first', async () => {
    const page = await open('/tim-kiem/?phuong=phuong-phuc-loi-00136');
    await settled(page);
    const list = await titles(page);
    expect(list[0]).toBe('Phường Phúc Lợi mới chính thức đi vào hoạt động');
    expect(list).toContain(PHUC_LOI_2015);
    expect(await page.textContent('#tim-kiem-status')).toMatch(/^Tìm thấy \d+ tin bài\.$/);
    await page.context().close();
  });
});

describe('opening a result', () => {
  it('opens the article with the terms highlighted by the browser, and the article ships no script', async () => {
    const page = await open('/tim-kiem/?q=thi+dua+khen+thuong');
    await settled(page);
    const link = page.locator('#tim-kiem-results h3 a', { hasText: PHUC_LOI_2015 });
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/tin-tuc\/2015\/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong\/#:~:text=/);
    const phrases = decodeURIComponent(href.split('#:~:')[1]!)
      .split('&')
      .map((d) => d.replace(/^text=/, ''));
    expect(phrases.join(' ')).toMatch(/thi đua/i);
    await link.click();
    await page.waitForURL(/\/tin-tuc\/2015\/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong\//);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => s.type !== 'application/ld+json').length)).toBe(0);
    expect(await highlightPixels(page, phrases[0]!)).toBeGreaterThan(20);
    await page.context().close();
  });

  it('ships no script on article pages in the build', () => {
    const html = readFileSync(join(dist, 'tin-tuc/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong/index.html'), 'utf8');
    // JSON-LD data blocks are the only <script> elements: data, never run.
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/i);
    expect(html).not.toContain('\u2063');
  });
});

describe('result cards, as a reader sees them at 360 px', () => {
  const narrow = { width: 360, height: 800 };

  it('says which place found an article whose text never names it, and only then', async () => {
    const page = await open(`/tim-kiem/?q=${encodeURIComponent('đà nẵng')}`, narrow);
    await settled(page);
    const cards = await page.$$eval('.search-result', (items) =>
      items.map((item) => ({ title: item.querySelector('h3')?.textContent ?? '', place: item.querySelector('.search-result__place')?.textContent ?? null })),
    );
    // The Liên Chiểu article never writes "Đà Nẵng": its card says where it is.
    expect(cards.find((c) => c.title === LIEN_CHIEU)?.place).toBe('Tìm thấy vì thuộc địa bàn Thành phố Đà Nẵng');
    // The Hải Vân article writes it: nothing to explain.
    expect(cards.find((c) => c.title === HAI_VAN)?.place).toBeNull();
    await page.context().close();
  });

  it('starts snippets where a sentence starts, and highlights words without their punctuation', async () => {
    const page = await open('/tim-kiem/?q=thi+dua+yeu+nuoc', narrow);
    await settled(page);
    const excerpts = await page.$$eval('.search-result__excerpt', (items) => items.map((p) => p.textContent ?? ''));
    expect(excerpts.length).toBeGreaterThan(0);
    // The campaign's motto, not "… đua là yêu nước" with its "Thi" cut off.
    expect(excerpts.some((e) => e.includes('“Thi đua là yêu nước'))).toBe(true);
    for (const e of excerpts) expect(e).not.toMatch(/^… đua/);
    await page.goto(`${server.url}/tim-kiem/?q=thi+dua+khen+thuong`);
    await settled(page);
    const marks = await page.$$eval('#tim-kiem-results mark', (m) => m.map((x) => x.textContent ?? ''));
    expect(marks.length).toBeGreaterThan(3);
    for (const mark of marks) expect(mark, mark).toMatch(/^[\p{L}\p{N}](.*[\p{L}\p{N}])?$/u);
    await page.context().close();
  });

  it('shows one search box on the search page, and the header box’s placeholder whole', async () => {
    const page = await open('/tim-kiem/', narrow);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('[role="search"]').count()).toBe(1);
    await page.goto(`${server.url}/tin-tuc/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong/`);
    const [text, room] = await page.$eval('#header-q', (input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return [context.measureText(input.placeholder).width, input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)];
    });
    expect(text).toBeGreaterThan(0);
    expect(text).toBeLessThanOrEqual(room);
    await page.context().close();
  });
});

describe('keyboard, accessibility and small screens', () => {
  it('works by keyboard alone: query, filter, result', async () => {
    const page = await open('/tim-kiem/');
    // Tab from the top of the page to the search field.
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.id === 'tim-kiem-q')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tim-kiem-q');
    await page.keyboard.type('lien chieu');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await titles(page)).toContain(LIEN_CHIEU);
    // On to the first result link, past the filters.
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.closest('#tim-kiem-results') !== null)); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(LIEN_CHIEU);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tin-tuc\/2014\//);
    await page.context().close();
  });

  it('has no axe violations (WCAG 2.2 AA) with results, filters and notices', async () => {
    for (const path of ['/tim-kiem/', '/tim-kiem/?q=thi+dua&phuong=phuong-phuc-loi-00136', '/tim-kiem/?q=thi+xyz', '/tim-kiem/?q=thi+dduaw']) {
      const page = await open(path);
      await settled(page);
      expect(await axeViolations(page), path).toEqual([]);
      await page.context().close();
    }
  });

  it('fits 320 px without sideways scrolling, and stays axe-clean', async () => {
    const page = await open('/tim-kiem/?q=den+on+dap+nghia&phuong=phuong-phuc-loi-00136', { width: 320, height: 640 });
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect((await titles(page)).length).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('leads from the header box to the search page without JavaScript', async () => {
    const page = await open('/tin-tuc/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong/', { width: 1024, height: 800 }, false);
    await page.fill('#header-q', 'thi đua');
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=thi\+%C4%91ua$/);
    // innerText holds rendered text only: the <noscript> message shows.
    expect(await page.$eval('.search-page', (el) => (el as HTMLElement).innerText)).toContain('Trang tìm kiếm cần JavaScript');
    await page.context().close();
  });
});
