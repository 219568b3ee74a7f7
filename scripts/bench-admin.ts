#!/usr/bin/env node
/**
 * The admin's first load, as an editor's browser gets it from a built site:
 * bytes over the wire and time until the login button shows, in Chromium,
 * for each encoding a server may use, side by side in one run:
 * - identity: no compression at all;
 * - gzip: compressed on the fly (nginx `gzip on`);
 * - br: the build's brotli copies (src/build/precompressAssets.ts; nginx
 *   `brotli_static`, Caddy `precompressed`, scripts/serve.mjs).
 *
 *   node scripts/bench-admin.ts [dist] [--runs 3] [--slow]
 *   node scripts/bench-admin.ts --help
 *
 * --slow: the network of a phone on a weak signal, as Lighthouse's mobile
 * profile (1.6 Mbit/s down, 150 ms round trip), through Chromium's throttling.
 *
 * Figures go in docs/PERFORMANCE.md. Chromium: /usr/bin/chromium (README).
 */
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { commandLineOrExit, readCommandLine, UsageError } from './args.ts';

const USAGE = 'usage: node scripts/bench-admin.ts [dist] [--runs N] [--slow]';
const HELP = `The admin's first load from a built site, in Chromium: bytes over the wire and time to the login button, for identity, gzip and brotli.

${USAGE}

  dist        the built site (default dist)
  --runs N    runs per encoding; the median is reported (default 3)
  --slow      a phone on a weak signal: 1.6 Mbit/s down, 150 ms round trip
  -h, --help  print this help`;

const { dist, runs, slow } = commandLineOrExit(
  () => {
    const line = readCommandLine(process.argv.slice(2), { runs: { type: 'string' }, slow: { type: 'boolean' } }, { positionals: true, lang: 'en' });
    if (line.help) return 'help';
    if (line.positionals.length > 1) throw new UsageError(`one dist folder, not ${line.positionals.join(' ')}`);
    return { dist: resolve(line.positionals[0] ?? 'dist'), runs: Number(line.values.runs) || 3, slow: line.values.slow ?? false };
  },
  { usage: USAGE, help: HELP, prefix: 'bench-admin: ' },
);

const server = (await serve(dist, 0, '127.0.0.1')) as Server;
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

async function load(encoding: string): Promise<{ bytes: number; ms: number }> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': encoding } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (slow)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  const start = performance.now();
  await page.goto(url);
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 120_000 });
  const ms = performance.now() - start;
  await context.close();
  return { bytes, ms };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[] = [];
for (const [name, encoding] of [
  ['identity', 'identity'],
  ['gzip', 'gzip'],
  ['br', 'gzip, deflate, br'],
] as const) {
  const samples: { bytes: number; ms: number }[] = [];
  // Interleaving would be fairer still; runs of one encoding keep the output readable and the cache cold (new context each time).
  for (let i = 0; i < runs; i++) samples.push(await load(encoding));
  rows.push(`| ${name} | ${(median(samples.map((s) => s.bytes)) / 1024).toFixed(0)} KiB | ${median(samples.map((s) => s.ms)).toFixed(0)} ms |`);
}
console.log(
  `Admin first load (${slow ? '1.6 Mbit/s, 150 ms; ' : 'loopback; '}${runs} runs each, median)\n\n| encoding | transferred | to login button |\n|---|---|---|\n${rows.join('\n')}`,
);
await browser.close();
server.close();
