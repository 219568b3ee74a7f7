/**
 * Every page type under the Content-Security-Policy docs/deploy.md tells a
 * ward to send (src/lib/securityHeaders.ts), in Chromium: no violation, and
 * the search still works (Pagefind's WebAssembly and worker included).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium.ts';
import { startStatic } from './support/server.ts';
import { ensureSearchFixture } from './search/support.ts';
import { ADMIN_CSP, COMMON_HEADERS, PUBLIC_CSP, securityHeaders } from '../src/lib/securityHeaders.ts';
import { ROOT } from './support/build.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await startStatic(ensureSearchFixture(inject('siteDir')), securityHeaders);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Open a page under the policy; the CSP violations it reports, and console errors. */
async function violations(path: string, act?: (page: import('playwright-core').Page) => Promise<void>): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  const response = await page.goto(server.url + path);
  expect(response?.headers()['content-security-policy']).toBe(path.startsWith('/admin/') ? ADMIN_CSP : PUBLIC_CSP);
  await act?.(page);
  await page.waitForLoadState('networkidle');
  seen.push(...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[]));
  await context.close();
  return seen;
}

describe('the deployment’s security headers', () => {
  const pages = [
    '/',
    '/tin-tuc/',
    '/tin-tuc/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong/',
    '/tin-tuc/2015/',
    '/chuyen-muc/',
    '/chuyen-muc/tin-tuc-su-kien/',
    '/phong-trao/',
    '/phong-trao/thi-dua-yeu-nuoc/',
    '/phuong-xa/',
    '/phuong-xa/phuong-phuc-loi-00136/',
    '/quan-huyen/quan-long-bien-004/',
    '/so-do-trang/',
    '/khong-co-trang-nay/',
    '/album-anh/',
    '/album-anh/trong-cay-xanh/',
    '/album-anh/trong-cay-xanh/anh-1/',
  ];
  for (const path of pages) {
    it(`loads ${path} with no violation`, async () => {
      expect(await violations(path)).toEqual([]);
    });
  }

  it('searches, with Pagefind’s WebAssembly and worker, with no violation', async () => {
    const found = await violations('/tim-kiem/?q=thi+dua', async (page) => {
      await page.waitForSelector('#tim-kiem-results li');
      await page.focus('#tim-kiem-phuong');
    });
    expect(found).toEqual([]);
  });

  it('opens and steps the album lightbox (an external script, no inline style) with no violation', async () => {
    const found = await violations('/album-anh/trong-cay-xanh/', async (page) => {
      await page.locator('.album-grid a').first().click();
      await page.locator('dialog.lightbox[open] img').waitFor();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
    });
    expect(found).toEqual([]);
  });

  it('are the headers docs/deploy.md shows for nginx and Caddy', () => {
    const docs = readFileSync(resolve(ROOT, 'docs/deploy.md'), 'utf8');
    for (const value of [PUBLIC_CSP, ADMIN_CSP, ...Object.values(COMMON_HEADERS)]) expect(docs.split(value).length - 1).toBeGreaterThanOrEqual(2);
  });
});
