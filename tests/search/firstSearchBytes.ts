/**
 * Bytes of a cold first search on a built site, in Node, through the same
 * layer as the search page: the manifest, Pagefind's entry and metadata, its
 * wasm, the index and filter chunks, and the fragments of the ten results
 * shown (pagefind.js and its worker, ≈ 25 KB gzipped, come on top). JSON is
 * counted gzipped, as a server sends it; Pagefind's files are gzipped already.
 *
 *   node_modules/.bin/node tests/search/firstSearchBytes.ts <built site folder>
 *
 * docs/search.md uses it to compare PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE values;
 * `npm run bench` measures the same in Chromium.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startStatic } from '../support/server.ts';
import { openPagefindIndex, type PagefindApi } from '../../src/search/pagefindIndex.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { parseSearchParams } from '../../src/search/searchQuery.ts';
import { PROBE_QUERIES as queries } from './support.ts';
const dist = process.argv[2]!;
const server = await startStatic(dist);
const realFetch = globalThis.fetch;
let bytes = 0;
const byKind: Record<string, number> = {};
globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
  const r = await realFetch(input, init);
  const body = new Uint8Array(await r.arrayBuffer());
  const url = String(input);
  // JSON the server would gzip on the fly; Pagefind's own files are gzipped already.
  const n = /\.json(\?|$)/.test(url) ? gzipSync(body).length : body.length;
  bytes += n;
  const kind = url
    .replace(/.*\/pagefind\//, '')
    .replace(/\?.*/, '')
    .replace(/^nam-[\d-]+\//, 'shard/')
    .replace(/\/.*/, '/')
    .replace(/_[0-9a-f]+\.pf_meta$/, '.pf_meta');
  byKind[kind] = (byKind[kind] ?? 0) + n;
  return new Response(body, { status: r.status, headers: r.headers });
}) as typeof fetch;
let n = 0;
const rows: [string, number, number][] = [];
for (const q of queries) {
  bytes = 0;
  const index = await openPagefindIndex(`${server.url}/pagefind/`, {
    load: async () => (await import(`${pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href}?m=${++n}`)) as PagefindApi,
  });
  const engine = new SearchEngine(index);
  const t = performance.now();
  const outcome = await engine.search(parseSearchParams(new URLSearchParams({ q })));
  await engine.views(outcome.results.slice(0, 10));
  rows.push([q, bytes, performance.now() - t]);
}
const kb = (b: number) => (b / 1024).toFixed(0);
const sorted = rows.map((r) => r[1]).sort((a, b) => a - b);
console.log(rows.map((r) => `${r[0]}: ${kb(r[1])} KB`).join('; '));
console.log(
  `median ${kb((sorted[4]! + sorted[5]!) / 2)} KB, max ${kb(sorted[9]!)} KB`,
  JSON.stringify(Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, kb(v / queries.length)]))),
);
await server.close();
process.exit(0);
