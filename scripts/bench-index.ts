/**
 * What the search index step costs on a built site (docs/PERFORMANCE.md):
 * indexed from nothing, then again with nothing changed (every shard from
 * the cache, no page file read), by this checkout's indexer, and by another
 * checkout's for a side-by-side figure on this noisy machine (runs
 * alternate).
 *
 *   node_modules/.bin/node scripts/bench-index.ts --dist <built site> [--compare <other checkout>] [--runs 2]
 *
 * The site is indexed in place (its pagefind/ is rewritten); the cache is a
 * temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { commandLineOrExit, readCommandLine, UsageError } from './args.ts';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = 'usage: node_modules/.bin/node scripts/bench-index.ts --dist <built site> [--compare <other checkout>] [--runs <n>]';
const HELP = `Times the search index step on a built site: from nothing, then again with nothing changed.

${USAGE}

  --dist <folder>       a site built by astro build (its pagefind/ is rewritten)
  --compare <checkout>  another checkout of this project whose indexer runs alternately with this one
  --runs <n>            runs of each (default 2)
  -h, --help            print this help`;

const { dist, compare, runs } = commandLineOrExit(
  () => {
    const line = readCommandLine(process.argv.slice(2), { dist: { type: 'string' }, compare: { type: 'string' }, runs: { type: 'string' } }, { lang: 'en' });
    if (line.help) return 'help';
    if (!line.values.dist) throw new UsageError('--dist is required');
    const runs = Number(line.values.runs ?? 2);
    if (!(Number.isInteger(runs) && runs > 0)) throw new UsageError(`--runs must be a positive integer: ${line.values.runs}`);
    return { dist: resolve(line.values.dist), compare: line.values.compare ? resolve(line.values.compare) : null, runs };
  },
  { usage: USAGE, help: HELP },
);

type Indexer = typeof import('../src/search/indexer.ts');
const load = async (checkout: string): Promise<Indexer> => import(pathToFileURL(join(checkout, 'src/search/indexer.ts')).href);
const checkouts = [ROOT, ...(compare ? [compare] : [])];
const indexers = await Promise.all(checkouts.map(load));
const seconds = (t: number) => ((performance.now() - t) / 1000).toFixed(1);

for (let run = 1; run <= runs; run++) {
  for (const [i, indexer] of indexers.entries()) {
    const cacheDir = mkdtempSync(join(tmpdir(), 'bench-index-'));
    try {
      let t = performance.now();
      const cold = await indexer.buildSearchIndex(dist, { cacheDir, version: 'bench' });
      const coldSeconds = seconds(t);
      t = performance.now();
      const again = await indexer.buildSearchIndex(dist, { cacheDir, version: 'bench' });
      const againSeconds = seconds(t);
      // Older checkouts report fewer fields.
      const read = (again as { readPages?: number }).readPages ?? '–';
      console.log(
        `${checkouts[i]} run ${run}: ${cold.indexed.length} pages, ${cold.builtShards.length} shards; from nothing ${coldSeconds} s; ` +
          `nothing changed ${againSeconds} s (${again.cachedShards.length} shards from the cache, ${read} page files read); peak RSS so far ${(process.resourceUsage().maxRSS / 1024 / 1024).toFixed(2)} GB`,
      );
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }
}
