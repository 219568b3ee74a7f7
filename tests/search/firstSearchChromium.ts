/**
 * Cold first searches in Chromium on a built site: for each query a fresh
 * context, Enter, then the bytes (its worker's included) and time to the
 * first results (the newest shard) and to every year searched.
 *
 *   node_modules/.bin/node tests/search/firstSearchChromium.ts <built site folder>
 *
 * docs/search.md reports it at 2,009 pages; `npm run bench` measures the same at 10,000.
 */
import { launchChromium } from '../support/chromium.ts';
import { startStatic } from '../support/server.ts';
import { PROBE_QUERIES as queries, settled } from './support.ts';
const server = await startStatic(process.argv[2]!);
const browser = await launchChromium();
const rows: string[] = [];
const firstKB: number[] = [],
  allKB: number[] = [],
  firstMs: number[] = [],
  allMs: number[] = [];
for (const q of queries) {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/tim-kiem/`);
  await page.waitForSelector('#tim-kiem-form[data-ready]');
  let bytes = 0;
  let counting = false;
  context.on('requestfinished', async (req) => {
    if (!counting) return;
    const s = await req.sizes().catch(() => null);
    if (s) bytes += s.responseBodySize + s.responseHeadersSize;
  });
  await page.fill('#tim-kiem-q', q);
  counting = true;
  const t0 = Date.now();
  await page.press('#tim-kiem-q', 'Enter');
  await page.waitForFunction(
    () => document.querySelectorAll('#tim-kiem-results li').length > 0 || /Không/.test(document.querySelector('#tim-kiem-status')?.textContent ?? ''),
  );
  const t1 = Date.now();
  await new Promise((r) => setTimeout(r, 50));
  const b1 = bytes;
  await settled(page);
  const t2 = Date.now();
  await new Promise((r) => setTimeout(r, 200));
  const status = await page.textContent('#tim-kiem-status');
  rows.push(`${q}: first ${t1 - t0} ms ${(b1 / 1024).toFixed(0)} KB; all ${t2 - t0} ms ${(bytes / 1024).toFixed(0)} KB; ${status} ${errors.join(';')}`);
  firstKB.push(b1 / 1024);
  allKB.push(bytes / 1024);
  firstMs.push(t1 - t0);
  allMs.push(t2 - t0);
  await context.close();
}
const med = (a: number[]) => {
  const s = [...a].sort((x, y) => x - y);
  return ((s[4]! + s[5]!) / 2).toFixed(0);
};
const max = (a: number[]) => Math.max(...a).toFixed(0);
console.log(rows.join('\n'));
console.log(
  `first results: ${med(firstKB)}/${max(firstKB)} KB, ${med(firstMs)}/${max(firstMs)} ms; all years: ${med(allKB)}/${max(allKB)} KB, ${med(allMs)}/${max(allMs)} ms (median/max)`,
);
await browser.close();
await server.close();
process.exit(0);
