/**
 * Search in Chromium on built sites, side by side: the same measures as
 * `npm run bench` (cold first search, repeat visit, warm Enter, typing), on
 * two or more sites in alternation, for a before/after figure on this noisy
 * machine without building anything (docs/PERFORMANCE.md).
 *
 *   node_modules/.bin/node scripts/bench-search.ts --dist <site> [--dist <other site>] [--runs 2] [--queries Q1,Q2…]
 */
import { resolve } from 'node:path';
import { commandLineOrExit, readCommandLine, UsageError } from './args.ts';
import { launch, QUERIES, searchBench, startServer } from './bench.ts';

const USAGE = 'usage: node_modules/.bin/node scripts/bench-search.ts --dist <site>[,<other site>…] [--runs <n>] [--queries Q1,Q2…]';
const HELP = `Measures search in Chromium on built sites, in alternation.

${USAGE}

  --dist <folders>   built sites (astro build output), comma-separated
  --runs <n>         rounds over the sites (default 2)
  --queries Q1,Q2…   the queries (default: the eight of npm run bench)
  -h, --help         print this help`;

const { dists, runs, queries } = commandLineOrExit(
  () => {
    const line = readCommandLine(process.argv.slice(2), { dist: { type: 'string' }, runs: { type: 'string' }, queries: { type: 'string' } }, { lang: 'en' });
    if (line.help) return 'help';
    if (!line.values.dist) throw new UsageError('--dist is required');
    const runs = Number(line.values.runs ?? 2);
    if (!(Number.isInteger(runs) && runs > 0)) throw new UsageError(`--runs must be a positive integer: ${line.values.runs}`);
    const queries = line.values.queries ? line.values.queries.split(',').map((q) => q.trim()) : [...QUERIES];
    return { dists: line.values.dist.split(',').map((d) => resolve(d)), runs, queries };
  },
  { usage: USAGE, help: HELP },
);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;
for (let run = 1; run <= runs; run++) {
  for (const dist of dists) {
    const server = await startServer(dist);
    const browser = await launch();
    try {
      const r = await searchBench(browser, server.url, queries);
      console.log(
        `run ${run} ${dist}: cold ${kb(r.cold.bytesMedian)} / ${kb(r.cold.bytesMax)}, Enter→first ${ms(r.cold.msMedian)} / ${ms(r.cold.msWorst)}; ` +
          `typing ${ms(r.typed!.msMedian)} / ${ms(r.typed!.msWorst)}; warm Enter ${ms(r.warm.msMedian)} / ${ms(r.warm.msWorst)}; repeat ${kb(r.repeat!.bytesMedian)}, ${ms(r.repeat!.msMedian)}`,
      );
    } finally {
      await browser.close();
      server.stop();
    }
  }
}
