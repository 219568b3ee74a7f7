/**
 * Search as you type, warm, in Chromium on a built site: every character of
 * a query but the last, then the last one, timed to its results settled.
 *
 *   node_modules/.bin/node tests/search/typingChromium.ts <built site folder>
 *
 * docs/search.md reports it at 2,009 pages; `npm run bench` measures the same at 10,000.
 */
import { launchChromium } from '../support/chromium.ts';
import { startStatic } from '../support/server.ts';
import { PROBE_QUERIES as queries, settled } from './support.ts';
const server = await startStatic(process.argv[2]!);
const browser = await launchChromium();
const context = await browser.newContext({ locale: 'vi-VN' });
const page = await context.newPage();
await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('ủy ban')}`);
await settled(page);
const ms: number[] = [];
for (const q of queries) {
  await page.fill('#tim-kiem-q', '');
  await page.locator('#tim-kiem-q').pressSequentially(q.slice(0, -1), { delay: 30 });
  await settled(page);
  await page.waitForTimeout(300);
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('#tim-kiem-q').pressSequentially(q.slice(-1));
  await page.waitForFunction((want) => new URLSearchParams(location.search).get('q') === want, q);
  await settled(page);
  const t1 = await page.evaluate(() => performance.now());
  ms.push(t1 - t0);
}
const s = [...ms].sort((a, b) => a - b);
console.log('typing, last key → results:', ms.map((x) => x.toFixed(0)).join(' '), `median ${((s[4]! + s[5]!) / 2).toFixed(0)} max ${s[9]!.toFixed(0)} ms`);
await browser.close();
await server.close();
process.exit(0);
