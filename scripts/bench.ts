/**
 * End-to-end benchmark on a synthetic archive (scripts/corpus.ts):
 *
 *   (a) the project's production build, cold cache: time, phases from the
 *       log, peak memory of the whole process tree, output size, pages/s;
 *   (b) a reference: a bare Astro site over the same Markdown files, then the
 *       Pagefind CLI, measured the same way (the ratio is what matters: the
 *       machine is noisy);
 *   (c) search in Chromium: bytes transferred and keypress→results, cold
 *       (fresh context per query) and warm (one context);
 *   (d) article page weight: gzip HTML + CSS, JS loaded;
 *   (e) rebuilds (incremental): nothing changed, one article's text edited,
 *   one article added, one withdrawn.
 *
 *   npm run bench -- --articles 10000
 *   node scripts/bench.ts --articles 2000 --skip-reference --keep
 *   node scripts/bench.ts --corpus tmp/corpus-10000
 *
 * Options: --articles N (default 10000), --corpus DIR (reuse a corpus; it is
 * restored after the rebuild test), --skip-reference, --skip-search,
 * --skip-rebuild, --keep (keep tmp/bench-run/<run>/), --json FILE (default
 * tmp/bench/result.json), --seed N, --in-place (build the checkout itself, not
 * a snapshot of its sources: see snapshotProject()).
 * `node scripts/bench.ts --report [FILE]` prints the table of an earlier run; --help lists the options.
 * Timings are never asserted anywhere; tests/bench-smoke.browser.test.ts only checks
 * that every measure is present.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeCorpus, type CorpusSummary } from './corpus.ts';
import { DEFAULT_DVHC_PATH } from '../src/import/dvhcFile.ts';
import { BUNDLE_DIR } from '../src/search/keys.ts';
import { toVnIso, vnYear } from '../src/lib/dates.ts';
import { commandLineOrExit, readCommandLine, UsageError } from './args.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = resolve(ROOT, 'node_modules/.bin/node');
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = resolve(ROOT, 'node_modules/.bin/pagefind');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SITE_URL = 'https://example.gov.vn';

export const QUERIES = ['đà nẵng', 'an toàn giao thông', 'thi dua khen thuong', 'phường', 'quyết định', 'hoi nghi', 'ủy ban nhân dân', 'tổ dân phố'];

// ---------------------------------------------------------------------------
// Options

export interface BenchOptions {
  articles: number;
  corpus?: string;
  skipReference: boolean;
  skipSearch: boolean;
  skipRebuild: boolean;
  keep: boolean;
  /** Build the checkout itself instead of a snapshot of its sources. */
  inPlace: boolean;
  json: string;
  seed: number;
  /** The search queries measured (default QUERIES). */
  queries: string[];
}

const USAGE =
  'usage: node scripts/bench.ts [--articles N] [--corpus DIR] [--skip-reference] [--skip-search] [--skip-rebuild] [--keep] [--json FILE] [--seed N] [--queries Q1,Q2…] [--in-place]\n       node scripts/bench.ts --report [FILE]';

export const BENCH_HELP = `End-to-end benchmark on a synthetic archive (scripts/corpus.ts): production build, a bare Astro + Pagefind CLI reference, search in Chromium, article page weight, incremental rebuilds.

${USAGE}

  --articles N       articles in the generated corpus (default 10000, at least 10)
  --corpus DIR       reuse a corpus instead of generating one (restored after the rebuild test)
  --skip-reference   do not build the bare Astro + Pagefind CLI reference
  --skip-search      do not measure search in Chromium
  --skip-rebuild     do not measure incremental rebuilds
  --keep             keep tmp/bench-run/<run>/
  --json FILE        where the result goes (default tmp/bench/result.json)
  --seed N           the corpus's seed (default 1)
  --queries Q1,Q2…   the search queries measured, comma-separated (default: the eight of docs/PERFORMANCE.md)
  --in-place         build the checkout itself, not a snapshot of its sources
  --report [FILE]    print the table of an earlier run (default tmp/bench/result.json)
  -h, --help         print this help`;

const OPTIONS = {
  articles: { type: 'string' },
  corpus: { type: 'string' },
  json: { type: 'string' },
  seed: { type: 'string' },
  queries: { type: 'string' },
  'skip-reference': { type: 'boolean' },
  'skip-search': { type: 'boolean' },
  'skip-rebuild': { type: 'boolean' },
  keep: { type: 'boolean' },
  'in-place': { type: 'boolean' },
  report: { type: 'boolean' },
} as const;

/** What the command line asks for: a run, the table of an earlier run, or the help. A wrong word throws a UsageError. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions | { report: string } | 'help' {
  const line = readCommandLine(argv, OPTIONS, { positionals: true, lang: 'en' });
  if (line.help) return 'help';
  const { values, positionals } = line;
  // Only --report takes a word of its own (the file); a stray word is a mistake, not something to ignore.
  if (values.report) {
    if (positionals.length > 1) throw new UsageError(`--report takes one file, not ${positionals.join(' ')}`);
    return { report: resolve(positionals[0] ?? join(ROOT, 'tmp/bench/result.json')) };
  }
  if (positionals.length) throw new UsageError(`unexpected argument “${positionals[0]}”`);
  const articles = Number(values.articles ?? 10000);
  if (!Number.isInteger(articles) || articles < 10) throw new UsageError('--articles must be an integer ≥ 10');
  const seed = Number(values.seed ?? 1);
  if (!Number.isFinite(seed)) throw new UsageError(`--seed must be a number, not ${values.seed}`);
  const queries = values.queries === undefined ? [...QUERIES] : values.queries.split(',').map((q) => q.trim());
  if (!queries.length || queries.some((q) => !q)) throw new UsageError('--queries takes queries separated by commas, none empty');
  return {
    articles,
    corpus: values.corpus ? resolve(values.corpus) : undefined,
    skipReference: values['skip-reference'] ?? false,
    skipSearch: values['skip-search'] ?? false,
    skipRebuild: values['skip-rebuild'] ?? false,
    keep: values.keep ?? false,
    inPlace: values['in-place'] ?? false,
    json: resolve(values.json ?? join(ROOT, 'tmp/bench/result.json')),
    seed,
    queries,
  };
}

// ---------------------------------------------------------------------------
// Process-tree memory: every 150 ms, the sum of RSS over the child and all its
// descendants (Pagefind's service binary included); the peak of those sums.

const PAGE_SIZE = 4096;

interface ProcInfo {
  ppid: number;
  rss: number;
  comm: string;
}

function readProcs(): Map<number, ProcInfo> {
  const out = new Map<number, ProcInfo>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      // fields[0] = state (field 3), [1] = ppid (4), [21] = rss in pages (24)
      out.set(Number(entry), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE, comm });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return out;
}

export function treeRss(root: number, procs: Map<number, ProcInfo>): { bytes: number; processes: string[] } {
  const children = new Map<number, number[]>();
  for (const [pid, info] of procs) children.set(info.ppid, [...(children.get(info.ppid) ?? []), pid]);
  let bytes = 0;
  const processes: string[] = [];
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    const info = procs.get(pid);
    if (info) {
      bytes += info.rss;
      processes.push(info.comm);
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { bytes, processes };
}

// ---------------------------------------------------------------------------
// Running a measured command

interface LogLine {
  /** Milliseconds since the command started. */
  t: number;
  text: string;
}

interface Measured {
  seconds: number;
  exitCode: number;
  peakRssBytes: number;
  /** Process names seen in the tree at the peak. */
  peakProcesses: string[];
  lines: LogLine[];
  log: string;
}

const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

function run(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string | undefined>; logFile: string; echo?: boolean },
): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: LogLine[] = [];
    const chunks: string[] = [];
    const pending = { out: '', err: '' };
    const take = (which: 'out' | 'err') => (data: Buffer) => {
      const t = performance.now() - started;
      const text = pending[which] + data.toString('utf8');
      chunks.push(data.toString('utf8'));
      const parts = text.split('\n');
      pending[which] = parts.pop()!;
      for (const part of parts) {
        const clean = stripAnsi(part).trimEnd();
        lines.push({ t, text: clean });
        if (
          options.echo &&
          /\[(content|build|tin-phuong-search-done|tin-phuong-search|types)\]|Completed in|generating|page\(s\) built|Error|error/.test(clean) &&
          !/├─|└─/.test(clean)
        ) {
          process.stdout.write(`    ${clean}\n`);
        }
      }
    };
    child.stdout.on('data', take('out'));
    child.stderr.on('data', take('err'));
    let peak = 0;
    let peakProcesses: string[] = [];
    const sample = () => {
      if (!child.pid) return;
      const { bytes, processes } = treeRss(child.pid, readProcs());
      if (bytes > peak) {
        peak = bytes;
        peakProcesses = processes;
      }
    };
    const timer = setInterval(sample, 150);
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const t = performance.now() - started;
      for (const which of ['out', 'err'] as const) if (pending[which]) lines.push({ t, text: stripAnsi(pending[which]).trimEnd() });
      const log = chunks.join('');
      mkdirSync(dirname(options.logFile), { recursive: true });
      writeFileSync(options.logFile, stripAnsi(log));
      done({ seconds: t / 1000, exitCode: code ?? 1, peakRssBytes: peak, peakProcesses: summarizeProcesses(peakProcesses), lines, log });
    });
  });
}

function summarizeProcesses(names: string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, c]) => (c > 1 ? `${n}×${c}` : n));
}

// ---------------------------------------------------------------------------
// Build log → phases

export interface Phases {
  /** Start of the command → “Syncing content”. */
  startupSeconds: number | null;
  /** “Syncing content” → “Synced content”. */
  contentSyncSeconds: number | null;
  /** “[types] Generated …”: Astro's own figure for the whole sync step (content sync included). */
  typesSeconds: number | null;
  /** “Building static entrypoints” → “generating static routes” (Vite bundling). */
  bundleSeconds: number | null;
  /** “generating static routes” → its “✓ Completed in”. */
  staticRoutesSeconds: number | null;
  /** “generating optimized images” → its “✓ Completed in” (absent without images). */
  imagesSeconds: number | null;
  /** Last “[build] ✓ Completed in” → the search step's line (“[tin-phuong-search-done]”: the index, awaited in astro:build:done). */
  searchIndexSeconds: number | null;
  /** The search integration's own line. */
  searchIndexLine: string | null;
  /** “N page(s) built in X”: Astro's own total. */
  astroTotalSeconds: number | null;
  pagesBuilt: number | null;
}

/** “1.91s”, “436ms”, “2m 32s” (Astro's durations) → seconds. */
export const secondsIn = (text: string): number | null => {
  const m = /(?:(\d+)\s*m\s+)?([\d.]+)\s*(ms|s|m)\b/.exec(text);
  if (!m) return null;
  const minutes = m[1] ? Number(m[1]) * 60 : 0;
  const v = Number(m[2]);
  return minutes + (m[3] === 'ms' ? v / 1000 : m[3] === 'm' ? v * 60 : v);
};

export function parsePhases(lines: LogLine[]): Phases {
  const find = (re: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(lines[i]!.text)) return i;
    return -1;
  };
  const at = (i: number) => (i >= 0 ? lines[i]!.t / 1000 : null);
  const span = (a: number, b: number) => (a >= 0 && b >= 0 ? Number((at(b)! - at(a)!).toFixed(3)) : null);
  const completedAfter = (i: number) => (i >= 0 ? find(/✓ Completed in/, i + 1) : -1);

  const syncing = find(/\[content\] Syncing content/);
  const synced = find(/\[content\] Synced content/);
  const types = find(/\[types\] Generated/);
  const entry = find(/Building static entrypoints/);
  const routes = find(/generating static routes/);
  const routesDone = completedAfter(routes);
  const images = find(/generating optimized images/);
  const imagesDone = completedAfter(images);
  const search = find(/\[tin-phuong-search(?:-done)?\]/);
  let lastBuildDone = -1;
  for (let i = 0; i < (search >= 0 ? search : lines.length); i++) if (/\[build\] ✓ Completed in/.test(lines[i]!.text)) lastBuildDone = i;
  const total = find(/page\(s\) built in/);
  const totalMatch = total >= 0 ? /(\d+) page\(s\) built in (.+)$/.exec(lines[total]!.text) : null;
  const completedSeconds = (i: number, start: number) => {
    if (i < 0) return null;
    const own = secondsIn(lines[i]!.text.replace(/^.*Completed in/, ''));
    return own ?? span(start, i);
  };
  return {
    startupSeconds: at(syncing),
    contentSyncSeconds: span(syncing, synced),
    typesSeconds: types >= 0 ? secondsIn(lines[types]!.text.replace(/^.*Generated/, '')) : null,
    bundleSeconds: span(entry, routes >= 0 ? routes : find(/Rearranging server assets/)),
    staticRoutesSeconds: completedSeconds(routesDone, routes),
    imagesSeconds: completedSeconds(imagesDone, images),
    searchIndexSeconds: search >= 0 && lastBuildDone >= 0 ? span(lastBuildDone, search) : null,
    searchIndexLine: search >= 0 ? lines[search]!.text.replace(/^\S+\s+/, '') : null,
    astroTotalSeconds: totalMatch ? secondsIn(totalMatch[2]!) : null,
    pagesBuilt: totalMatch ? Number(totalMatch[1]) : null,
  };
}

// ---------------------------------------------------------------------------
// Output folder

interface OutputSize {
  bytes: number;
  files: number;
  htmlPages: number;
  htmlBytes: number;
  searchIndexBytes: number;
  searchIndexFiles: number;
  imageBytes: number;
}

function outputSize(dir: string, bundle: string = BUNDLE_DIR): OutputSize {
  const size: OutputSize = { bytes: 0, files: 0, htmlPages: 0, htmlBytes: 0, searchIndexBytes: 0, searchIndexFiles: 0, imageBytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const info = statSync(join(dir, entry));
    if (!info.isFile()) continue;
    size.bytes += info.size;
    size.files++;
    if (entry.endsWith('.html')) {
      size.htmlPages++;
      size.htmlBytes += info.size;
    }
    if (entry.startsWith(`${bundle}/`)) {
      size.searchIndexBytes += info.size;
      size.searchIndexFiles++;
    }
    if (/\.(webp|avif|jpe?g|png)$/.test(entry)) size.imageBytes += info.size;
  }
  return size;
}

// ---------------------------------------------------------------------------
// (a) the project's build

interface BuildResult {
  seconds: number;
  peakRssBytes: number;
  peakProcesses: string[];
  phases: Phases;
  output: OutputSize;
  pagesPerSecond: number;
  log: string;
}

/** The project's build command, run in `root` (the snapshot or the checkout). */
/**
 * The project's build as a ward's server runs it: `npm run build` (scripts/build.ts: astro build,
 * or nothing when nothing changed). `astro: true` runs `astro build` itself, past the up-to-date check.
 */
function projectCommand(root: string, corpus: string, outDir: string, cacheDir: string, logFile: string, { astro = false } = {}): Promise<Measured> {
  const command = astro ? [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'] : [join(root, 'scripts/build.ts')];
  return run(join(root, 'node_modules/.bin/node'), [...command, '--outDir', outDir], {
    cwd: root,
    env: {
      ...process.env,
      TIN_PHUONG_CONTENT: corpus,
      TIN_PHUONG_DVHC: process.env.TIN_PHUONG_DVHC ?? DEFAULT_DVHC_PATH,
      SITE_URL,
      ASTRO_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
    logFile,
    echo: true,
  });
}

async function projectBuild(root: string, corpus: string, outDir: string, cacheDir: string, logFile: string): Promise<BuildResult> {
  const m = await projectCommand(root, corpus, outDir, cacheDir, logFile);
  if (m.exitCode !== 0) throw new Error(`astro build failed (exit ${m.exitCode}); log: ${logFile}\n${tail(m.log)}`);
  const output = outputSize(outDir);
  return {
    seconds: round(m.seconds),
    peakRssBytes: m.peakRssBytes,
    peakProcesses: m.peakProcesses,
    phases: parsePhases(m.lines),
    output,
    pagesPerSecond: round(output.htmlPages / m.seconds, 1),
    log: relative(ROOT, logFile),
  };
}

const tail = (log: string, n = 40) => stripAnsi(log).split('\n').slice(-n).join('\n');
const round = (n: number, d = 2) => Number(n.toFixed(d));

// ---------------------------------------------------------------------------
// The project, snapshotted: Astro writes .astro/content-assets.mjs and
// content-modules.mjs into the project root (not the cache dir), so builds of
// other content roots in the same checkout (tests, other benchmarks) would
// overwrite them mid-run. The benchmark builds a copy of the sources taken at
// its start, with this repo's packages linked in; --in-place builds the checkout.

/** A folder whose node_modules holds links to this repo's packages (caches stay in the folder). */
function linkModules(dir: string): void {
  const modules = join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
}

// scripts/: `npm run build`'s command (scripts/build.ts) is how the project builds.
const PROJECT_FILES = ['src', 'admin', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

function snapshotProject(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of PROJECT_FILES) if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  linkModules(dir);
  return dir;
}

// ---------------------------------------------------------------------------
// (b) the reference: bare Astro + Pagefind CLI over the same Markdown

function writeReferenceSite(dir: string, newsDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  // node_modules: a real folder of links to this repo's packages, so Astro's
  // and Vite's caches (node_modules/.astro, .vite) stay inside the reference.
  linkModules(dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-reference', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n`);
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const news = defineCollection({
  loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(newsDir)} }),
  schema: z.object({ title: z.string() }).passthrough(),
});

export const collections = { news };
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const news = await getCollection('news');
  return news.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{entry.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`,
  );
}

interface ReferenceResult {
  build: BuildResult;
  pagefind: { seconds: number; peakRssBytes: number; peakProcesses: string[]; log: string; summary: string | null };
  /** Astro build + Pagefind CLI, the comparable of the project's one command. */
  totalSeconds: number;
  peakRssBytes: number;
  output: OutputSize;
}

async function referenceBuild(corpus: string, work: string): Promise<ReferenceResult> {
  const dir = join(work, 'reference');
  const outDir = join(dir, 'dist');
  writeReferenceSite(dir, join(corpus, 'news'));
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
  delete env.ASTRO_CACHE_DIR;
  delete env.TIN_PHUONG_CONTENT;
  const m = await run(NODE, [ASTRO, 'build', '--outDir', outDir], { cwd: dir, env, logFile: join(work, 'logs/reference-build.log'), echo: true });
  if (m.exitCode !== 0) throw new Error(`reference astro build failed (exit ${m.exitCode})\n${tail(m.log)}`);
  const built = outputSize(outDir);
  const pf = await run(NODE, [PAGEFIND, '--site', outDir], { cwd: dir, env, logFile: join(work, 'logs/reference-pagefind.log') });
  if (pf.exitCode !== 0) throw new Error(`pagefind failed (exit ${pf.exitCode})\n${tail(pf.log)}`);
  const output = outputSize(outDir, 'pagefind');
  const summary =
    pf.lines
      .map((l) => l.text.trim())
      .filter((t) => /^(Indexed|Finished)/.test(t))
      .join('; ') || null;
  return {
    build: {
      seconds: round(m.seconds),
      peakRssBytes: m.peakRssBytes,
      peakProcesses: m.peakProcesses,
      phases: parsePhases(m.lines),
      output: built,
      pagesPerSecond: round(built.htmlPages / m.seconds, 1),
      log: relative(ROOT, join(work, 'logs/reference-build.log')),
    },
    pagefind: {
      seconds: round(pf.seconds),
      peakRssBytes: pf.peakRssBytes,
      peakProcesses: pf.peakProcesses,
      log: relative(ROOT, join(work, 'logs/reference-pagefind.log')),
      summary,
    },
    totalSeconds: round(m.seconds + pf.seconds),
    peakRssBytes: Math.max(m.peakRssBytes, pf.peakRssBytes),
    output,
  };
}

// ---------------------------------------------------------------------------
// Serving dist/ with scripts/serve.mjs

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export async function startServer(dist: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(NODE, [resolve(ROOT, 'scripts/serve.mjs'), dist], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGTERM');
  };
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`${url}/`);
      if (response.ok || response.status === 404) return { url, stop };
    } catch {
      // Not listening yet: try again.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error('scripts/serve.mjs did not start');
}

// ---------------------------------------------------------------------------
// (c) search in Chromium

interface QueryMeasure {
  query: string;
  /** Bytes transferred (CDP encodedDataLength) from the keypress until the first results showed. */
  bytes: number;
  /** …and until every year was searched and the results settled (the newest years answer first). */
  bytesAll?: number;
  /** Enter keydown → every year searched (the list no longer busy), in the page's clock. */
  msAll?: number;
  requests: number;
  byType: Record<string, number>;
  /** Enter keydown → results rendered, in the page's clock. */
  ms: number;
  results: number;
  status: string;
}

export interface SearchResult {
  cold: { perQuery: QueryMeasure[]; bytesMedian: number; bytesMax: number; msMedian: number; msWorst: number; bytesAllMedian?: number; msAllMedian?: number };
  warm: { perQuery: QueryMeasure[]; msMedian: number; msWorst: number; bytesTotal: number };
  /** Search as you type, warm: the last key of each query → its results (optional in older result files). */
  typed?: { perQuery: QueryMeasure[]; msMedian: number; msWorst: number };
  /** A repeat visit: the search page opened again in a browser that searched before (runtime and wasm from its cache). */
  repeat?: { perQuery: QueryMeasure[]; bytesMedian: number; msMedian: number };
  /** Bytes of the search page itself (HTML, CSS, JS) before any query, cold. */
  pageBytes: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return 0;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

type Browser = import('playwright-core').Browser;
type Page = import('playwright-core').Page;
type CDPSession = import('playwright-core').CDPSession;

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/**
 * Counts transfer sizes (CDP Network.loadingFinished encodedDataLength) of the
 * requests a page makes while counting is on, its workers' included: Pagefind
 * searches in a Web Worker, whose fetches the page's own Network domain never
 * sees. Workers are auto-attached (non-flat, so one Playwright CDP session
 * reaches them through Target.sendMessageToTarget) and held until their
 * Network domain is on.
 */
async function meter(
  page: Page,
): Promise<{ cdp: CDPSession; start: () => void; stop: () => { bytes: number; requests: number; byType: Record<string, number> }; peek: () => number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let counting = false;
  let bytes = 0;
  let requests = 0;
  const types = new Map<string, string>();
  const byType: Record<string, number> = {};
  const finished = (key: string, encodedDataLength: number) => {
    if (!counting) return;
    bytes += encodedDataLength;
    requests++;
    const type = types.get(key) ?? 'Other';
    byType[type] = (byType[type] ?? 0) + encodedDataLength;
  };
  cdp.on('Network.responseReceived', (e: { requestId: string; type: string }) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => finished(e.requestId, e.encodedDataLength));
  let id = 0;
  cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string } }) => {
    void (async () => {
      for (const method of ['Network.enable', 'Runtime.runIfWaitingForDebugger']) {
        await cdp.send('Target.sendMessageToTarget', { sessionId: e.sessionId, message: JSON.stringify({ id: ++id, method }) }).catch(() => {});
      }
    })();
  });
  cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    const m = JSON.parse(e.message) as { method?: string; params?: { requestId: string; type?: string; encodedDataLength?: number } };
    if (m.method === 'Network.responseReceived') types.set(`${e.sessionId}:${m.params!.requestId}`, `Worker ${m.params!.type}`);
    else if (m.method === 'Network.loadingFinished') finished(`${e.sessionId}:${m.params!.requestId}`, m.params!.encodedDataLength ?? 0);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return {
    cdp,
    start: () => {
      counting = true;
      bytes = 0;
      requests = 0;
      for (const k of Object.keys(byType)) delete byType[k];
    },
    stop: () => {
      counting = false;
      return { bytes, requests, byType: { ...byType } };
    },
    /** The bytes so far, counting on. */
    peek: () => bytes,
  };
}

/**
 * The page's own search input, found the way a reader finds it: the search box
 * labelled “Từ khóa” in the main content (the header has another one).
 */
function searchInput(page: Page) {
  const main = page.getByRole('main');
  return main
    .getByRole('searchbox', { name: /từ khóa/i })
    .or(main.getByLabel(/từ khóa/i))
    .first();
}

/**
 * Type `query`, press Enter and wait for its results. The page may also search
 * while typing, so "done" means: the URL carries this query, the list is not
 * busy, and a result (or a no-result status) is shown. Timed in the browser's
 * clock from the Enter keydown to the first frame where that holds; the start
 * is kept in sessionStorage so a full-page form submission is timed too.
 */
async function runQuery(page: Page, query: string): Promise<Shown> {
  const input = searchInput(page);
  await input.click();
  await input.fill('');
  await input.fill(query);
  await page.evaluate(() => {
    sessionStorage.removeItem('__benchT0');
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter') sessionStorage.setItem('__benchT0', String(performance.timeOrigin + performance.now()));
      },
      { capture: true, once: true },
    );
  });
  await input.press('Enter');
  return resultsShown(page, query);
}

type Shown = { ms: number; results: number; status: string };

/**
 * Wait for the first frame that shows `query`'s results (the URL carries the
 * query, the list is not busy, a result or a no-result status is there); the
 * time since the moment stored in sessionStorage (__benchT0).
 */
async function resultsShown(page: Page, query: string): Promise<Shown> {
  const handle = await page.waitForFunction(
    (q: string) => {
      const t0 = Number(sessionStorage.getItem('__benchT0') ?? NaN);
      if (!t0) return false;
      const normalized = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
      if (normalized(new URLSearchParams(location.search).get('q') ?? '') !== normalized(q)) return false;
      const main = document.querySelector('main') ?? document;
      const list = main.querySelector('#tim-kiem-results, [data-search-results], ol.search-results');
      const status = main.querySelector('#tim-kiem-status, [role="status"]')?.textContent ?? '';
      // First results from the newest years show while older years load (data-partial): they count as shown.
      const busy = list?.getAttribute('aria-busy') === 'true' && (list as HTMLElement).dataset.partial !== 'true';
      if (!list || busy || status.startsWith('Đang tìm')) return false;
      const items = list.querySelectorAll('li').length;
      if (!items && !/không tìm thấy|không có/i.test(status)) return false;
      return { ms: performance.timeOrigin + performance.now() - t0, results: items, status };
    },
    query,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as Shown;
}

/**
 * Search as the reader types: every character but the last typed (the page
 * searches at each), then the last one, timed from its beforeinput to the
 * first frame that shows this query's results. No Enter, no navigation.
 */
async function typeQuery(page: Page, query: string): Promise<Shown> {
  const input = searchInput(page);
  await input.click();
  await input.fill('');
  const chars = [...query];
  await input.pressSequentially(chars.slice(0, -1).join(''), { delay: 30 });
  await settle(page);
  await page.evaluate(() => {
    sessionStorage.removeItem('__benchT0');
    // beforeinput: a key's character about to go in (a Vietnamese letter comes through an IME, with no keydown of its own).
    document.addEventListener('beforeinput', () => sessionStorage.setItem('__benchT0', String(performance.timeOrigin + performance.now())), {
      capture: true,
      once: true,
    });
  });
  await input.pressSequentially(chars[chars.length - 1]!);
  return resultsShown(page, query);
}

/** After results: let late requests (fragments, prefetches) finish, up to a second of quiet. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(300);
}

export async function searchBench(browser: Browser, url: string, queries: readonly string[]): Promise<SearchResult> {
  const cold: QueryMeasure[] = [];
  let pageBytes = 0;
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const m = await meter(page);
    m.start();
    await page.goto(`${url}/tim-kiem/`, { waitUntil: 'load' });
    pageBytes = Math.max(pageBytes, m.stop().bytes);
    m.start();
    const r = await runQuery(page, query);
    const first = m.peek();
    // Every year searched: the list no longer busy.
    const msAll = (await (
      await page.waitForFunction(
        () =>
          !document.querySelector('#tim-kiem-results')?.hasAttribute('aria-busy') &&
          performance.timeOrigin + performance.now() - Number(sessionStorage.getItem('__benchT0')),
        undefined,
        { polling: 'raf', timeout: 60_000 },
      )
    ).jsonValue()) as number;
    await settle(page);
    const counted = m.stop();
    cold.push({
      query,
      bytes: first,
      bytesAll: counted.bytes,
      msAll: round(msAll, 1),
      requests: counted.requests,
      byType: counted.byType,
      ms: round(r.ms, 1),
      results: r.results,
      status: r.status,
    });
    process.stdout.write(
      `    cold “${query}”: first results ${kb(first)}, ${round(r.ms, 0)} ms; every year ${kb(counted.bytes)}, ${round(msAll, 0)} ms, ${r.status}\n`,
    );
    await context.close();
  }
  // A repeat visit: the reader searched yesterday; the page, Pagefind's runtime and wasm come from the browser's cache.
  const repeat: QueryMeasure[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const m = await meter(page);
    await page.goto(`${url}/tim-kiem/`, { waitUntil: 'load' });
    await runQuery(page, query === 'phường' ? 'hội nghị' : 'phường');
    await settle(page);
    m.start();
    await page.goto(`${url}/tim-kiem/`, { waitUntil: 'load' });
    const r = await runQuery(page, query);
    const counted = m.stop();
    repeat.push({ query, bytes: counted.bytes, requests: counted.requests, byType: counted.byType, ms: round(r.ms, 1), results: r.results, status: r.status });
    process.stdout.write(`    repeat visit “${query}”: ${kb(counted.bytes)} (page included), ${round(r.ms, 0)} ms\n`);
    await context.close();
  }
  const warm: QueryMeasure[] = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  const m = await meter(page);
  await page.goto(`${url}/tim-kiem/`, { waitUntil: 'load' });
  // Warm: the engine loaded once (a first query not counted), then every query in turn.
  await runQuery(page, 'ủy ban');
  await settle(page);
  // One query in a warm page, measured: its bytes and time.
  const measured = async (query: string, how: (page: Page, query: string) => Promise<Shown>): Promise<QueryMeasure> => {
    m.start();
    const r = await how(page, query);
    await settle(page);
    const counted = m.stop();
    return { query, bytes: counted.bytes, requests: counted.requests, byType: counted.byType, ms: round(r.ms, 1), results: r.results, status: r.status };
  };
  for (const query of queries) {
    const q = await measured(query, runQuery);
    warm.push(q);
    process.stdout.write(`    warm “${query}”: ${kb(q.bytes)}, ${round(q.ms, 0)} ms\n`);
  }
  const typed: QueryMeasure[] = [];
  for (const query of queries) {
    const q = await measured(query, typeQuery);
    typed.push(q);
    process.stdout.write(`    typed “${query}”: last key → results ${round(q.ms, 0)} ms\n`);
  }
  await context.close();
  return {
    typed: { perQuery: typed, msMedian: round(median(typed.map((q) => q.ms)), 1), msWorst: Math.max(...typed.map((q) => q.ms)) },
    repeat: { perQuery: repeat, bytesMedian: median(repeat.map((q) => q.bytes)), msMedian: round(median(repeat.map((q) => q.ms)), 1) },
    cold: {
      perQuery: cold,
      bytesMedian: median(cold.map((q) => q.bytes)),
      bytesMax: Math.max(...cold.map((q) => q.bytes)),
      msMedian: round(median(cold.map((q) => q.ms)), 1),
      msWorst: Math.max(...cold.map((q) => q.ms)),
      bytesAllMedian: median(cold.map((q) => q.bytesAll ?? q.bytes)),
      msAllMedian: round(median(cold.map((q) => q.msAll ?? q.ms)), 1),
    },
    warm: {
      perQuery: warm,
      msMedian: round(median(warm.map((q) => q.ms)), 1),
      msWorst: Math.max(...warm.map((q) => q.ms)),
      bytesTotal: warm.reduce((s, q) => s + q.bytes, 0),
    },
    pageBytes,
  };
}

// ---------------------------------------------------------------------------
// (d) article page weight

interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  cssGzipBytes: number;
  totalGzipBytes: number;
  /** JS fetched by the browser (CDP, type Script) plus inline module/classic scripts. */
  jsBytes: number;
  inlineJsBytes: number;
  imageBytes: number;
}

function articlePages(dist: string, count: number): string[] {
  const base = join(dist, 'tin-tuc');
  const all: string[] = [];
  for (const year of readdirSync(base)
    .filter((y) => /^\d{4}$/.test(y))
    .sort()) {
    for (const slug of readdirSync(join(base, year)).sort()) {
      if (/^trang-\d+$/.test(slug)) continue;
      if (existsSync(join(base, year, slug, 'index.html'))) all.push(`/tin-tuc/${year}/${slug}/`);
    }
  }
  // Spread over the archive, and at least one with a cover photo.
  const chosen = Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor(((i + 0.5) * all.length) / count)]!);
  const withPhoto = all.find((p) => /<img|<picture/.test(readFileSync(join(dist, p, 'index.html'), 'utf8').replace(/<header[\s\S]*?<\/header>/, '')));
  if (withPhoto && !chosen.includes(withPhoto)) chosen[chosen.length - 1] = withPhoto;
  return chosen;
}

function inlineScripts(html: string): number {
  let bytes = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/type\s*=\s*["']?(application\/(ld\+)?json|text\/template)/i.test(attrs)) continue;
    bytes += Buffer.byteLength(m[2] ?? '');
  }
  return bytes;
}

async function pageWeights(dist: string, browser: Browser | null, url: string | null): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const path of articlePages(dist, 5)) {
    const html = readFileSync(join(dist, path, 'index.html'));
    const text = html.toString('utf8');
    let cssGzip = 0;
    for (const m of text.matchAll(/<link\b[^>]*rel=["']?stylesheet["']?[^>]*>/gi)) {
      const href = /href=["']?([^"' >]+)/.exec(m[0])?.[1];
      if (!href || /^https?:/.test(href)) continue;
      const file = join(dist, href.split('?')[0]!);
      if (existsSync(file)) cssGzip += gzipSync(readFileSync(file)).length;
    }
    // Inline <style> is part of the HTML and its gzip.
    let jsBytes = 0;
    let imageBytes = 0;
    if (browser && url) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const m = await meter(page);
      m.start();
      await page.goto(`${url}${path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
      const counted = m.stop();
      jsBytes = Object.entries(counted.byType)
        .filter(([t]) => /Script/.test(t))
        .reduce((sum, [, b]) => sum + b, 0);
      imageBytes = counted.byType.Image ?? 0;
      await context.close();
    }
    const inline = inlineScripts(text);
    const htmlGzip = gzipSync(html).length;
    out.push({
      path,
      htmlBytes: html.length,
      htmlGzipBytes: htmlGzip,
      cssGzipBytes: cssGzip,
      totalGzipBytes: htmlGzip + cssGzip,
      jsBytes: jsBytes + inline,
      inlineJsBytes: inline,
      imageBytes,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// (e) rebuilds

/** One rebuild after a change: its time, memory, phases, and how many pages it rendered or copied. */
interface Rebuild {
  seconds: number;
  peakRssBytes: number;
  phases: Phases;
  /** Pages (and endpoints) rendered, and those copied from the last build (incremental builds). */
  rendered: number;
  copied: number;
  /** The change shows in the output. */
  visible: boolean;
}

interface RebuildResult {
  /** `npm run build` with nothing changed: the up-to-date check alone. */
  unchanged: Rebuild;
  /** Astro's incremental build with nothing changed (run past the check). */
  unchangedAstro: Rebuild;
  edit: Rebuild;
  add: Rebuild;
  withdraw: Rebuild;
  editedFile: string;
  addedFile: string;
  withdrawnFile: string;
}

/** Rendered and copied pages, from a build's log (Astro marks copied ones "(restored)" or "(cached)"). */
function pageCounts(lines: readonly LogLine[]): { rendered: number; copied: number } {
  const pages = lines.map((line) => stripAnsi(line.text)).filter((line) => line.includes('├─ /'));
  const copied = pages.filter((line) => /\((restored|cached)\)/.test(line)).length;
  return { rendered: pages.length - copied, copied };
}

function articleFiles(corpus: string): string[] {
  const base = join(corpus, 'news');
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && !f.includes('/anh/'))
    .sort()
    .map((f) => join(base, f));
}

async function rebuilds(root: string, corpus: string, outDir: string, cacheDir: string, work: string): Promise<RebuildResult> {
  const files = articleFiles(corpus).filter((f) => {
    const text = readFileSync(f, 'utf8');
    return !/^draft: true$/m.test(text) && !/^status: withdrawn$/m.test(text) && /publishedAt: 20(1|2)/.test(text);
  });
  const edited = files[Math.floor(files.length / 2)]!;
  const original = readFileSync(edited, 'utf8');
  const marker = 'Câu văn được sửa để đo thời gian dựng lại trang';
  const split = original.indexOf('\n---\n', 4) + 5;
  const body = original.slice(split);
  const firstStop = body.indexOf('. ');
  const changed = original.slice(0, split) + body.slice(0, firstStop + 2) + `${marker} mã ${Date.now() % 100000}. ` + body.slice(firstStop + 2);
  // "Đăng": a new article dated a minute after the newest published one (never in the future), in its year's folder.
  const now = Date.now();
  const newest = files
    .map((f) => Date.parse(/^publishedAt: (\S+)$/m.exec(readFileSync(f, 'utf8'))?.[1] ?? ''))
    .filter((t) => t <= now)
    .reduce((a, b) => Math.max(a, b), 0);
  const addedDate = new Date(Math.min(newest + 60_000, now));
  const year = String(vnYear(addedDate));
  const addedSlug = `bai-moi-do-thoi-gian-dung-lai-${Date.now() % 100000}`;
  const added = join(corpus, 'news', year, `${addedSlug}.md`);
  const withdrawn = files[Math.floor(files.length / 3)]!;
  const withdrawnOriginal = readFileSync(withdrawn, 'utf8');
  const rebuild = async (name: string, visible: () => boolean, options: { astro?: boolean } = {}): Promise<Rebuild> => {
    const m = await projectCommand(root, corpus, outDir, cacheDir, join(work, `logs/rebuild-${name}.log`), options);
    if (m.exitCode !== 0) throw new Error(`rebuild (${name}) failed\n${tail(m.log)}`);
    return { seconds: round(m.seconds), peakRssBytes: m.peakRssBytes, phases: parsePhases(m.lines), ...pageCounts(m.lines), visible: visible() };
  };
  const pageOf = (file: string) =>
    join(outDir, 'tin-tuc', /publishedAt: (\d{4})/.exec(readFileSync(file, 'utf8'))![1]!, file.slice(file.lastIndexOf('/') + 1, -3), 'index.html');
  try {
    const unchanged = await rebuild('unchanged', () => existsSync(pageOf(edited)));
    // The same with Astro's own incremental build (what a rebuild costs when the stamp is gone, or a file was touched).
    const unchangedAstro = await rebuild('unchanged-astro', () => existsSync(pageOf(edited)), { astro: true });

    writeFileSync(edited, changed);
    const edit = await rebuild('edit', () => existsSync(pageOf(edited)) && readFileSync(pageOf(edited), 'utf8').includes(marker));

    const fm = original
      .slice(0, split)
      .replace(/^title: .*$/m, `title: Bài mới thêm để đo thời gian dựng lại trang`)
      .replace(/^publishedAt: .*$/m, `publishedAt: ${toVnIso(addedDate)}`)
      .replace(/^updatedAt: .*\n/m, '')
      .replace(/^cover:\n(?: {2}.*\n)+/m, '');
    mkdirSync(dirname(added), { recursive: true });
    writeFileSync(added, fm + body);
    const add = await rebuild('add', () => existsSync(join(outDir, 'tin-tuc', year, addedSlug, 'index.html')));

    writeFileSync(withdrawn, withdrawnOriginal.replace(/^title: /m, 'status: withdrawn\nwithdrawnReason: Gỡ để đo thời gian dựng lại trang\ntitle: '));
    const withdraw = await rebuild('withdraw', () => readFileSync(pageOf(withdrawn), 'utf8').includes('Gỡ để đo thời gian dựng lại trang'));
    return {
      unchanged,
      unchangedAstro,
      edit,
      add,
      withdraw,
      editedFile: relative(corpus, edited),
      addedFile: relative(corpus, added),
      withdrawnFile: relative(corpus, withdrawn),
    };
  } finally {
    // A reused corpus is left as it was.
    writeFileSync(edited, original);
    writeFileSync(withdrawn, withdrawnOriginal);
    rmSync(added, { force: true });
  }
}

// ---------------------------------------------------------------------------
// Report

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const s = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${n.toFixed(1)} s`);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

export function markdown(result: BenchResult): string {
  const a = result.project;
  const b = result.reference;
  const rows: string[][] = [];
  rows.push(['Measure', 'Project', 'Reference', 'Ratio']);
  rows.push([
    'Build, total (cold)',
    s(a.seconds),
    b ? `${s(b.totalSeconds)} (astro ${s(b.build.seconds)} + pagefind ${s(b.pagefind.seconds)})` : '–',
    b ? ratio(a.seconds, b.totalSeconds) : '–',
  ]);
  rows.push([
    'Peak RSS, process tree',
    mb(a.peakRssBytes),
    b ? `${mb(b.peakRssBytes)} (astro ${mb(b.build.peakRssBytes)}, pagefind ${mb(b.pagefind.peakRssBytes)})` : '–',
    b ? ratio(a.peakRssBytes, b.peakRssBytes) : '–',
  ]);
  rows.push(['HTML pages', String(a.output.htmlPages), b ? String(b.output.htmlPages) : '–', '']);
  rows.push(['Pages/s', String(a.pagesPerSecond), b ? String(round(b.output.htmlPages / b.totalSeconds, 1)) : '–', '']);
  rows.push([
    'Output size',
    `${mb(a.output.bytes)} (${a.output.files} files)`,
    b ? `${mb(b.output.bytes)} (${b.output.files} files)` : '–',
    b ? ratio(a.output.bytes, b.output.bytes) : '–',
  ]);
  rows.push([
    'Search index',
    mb(a.output.searchIndexBytes),
    b ? mb(b.output.searchIndexBytes) : '–',
    b ? ratio(a.output.searchIndexBytes, b.output.searchIndexBytes) : '–',
  ]);
  const phaseRows: [string, keyof Phases][] = [
    ['· startup → content sync', 'startupSeconds'],
    ['· content sync', 'contentSyncSeconds'],
    ['· sync + types (“[types] Generated”)', 'typesSeconds'],
    ['· bundle (Vite)', 'bundleSeconds'],
    ['· static routes', 'staticRoutesSeconds'],
    ['· images', 'imagesSeconds'],
    ['· search index', 'searchIndexSeconds'],
    ['· “page(s) built in”', 'astroTotalSeconds'],
  ];
  for (const [label, key] of phaseRows) {
    const pv = a.phases[key] as number | null;
    const rv = key === 'searchIndexSeconds' ? (b?.pagefind.seconds ?? null) : ((b?.build.phases[key] as number | null) ?? null);
    rows.push([label, s(pv), s(rv), pv !== null && rv ? ratio(pv, rv) : '']);
  }
  if (result.search) {
    const c = result.search.cold;
    const w = result.search.warm;
    rows.push(['Search cold bytes to first results, median / max', `${kb(c.bytesMedian)} / ${kb(c.bytesMax)}`, '', '']);
    rows.push(['Search cold keypress→first results, median / worst', `${c.msMedian} / ${round(c.msWorst, 1)} ms`, '', '']);
    if (c.bytesAllMedian !== undefined)
      rows.push(['Search cold, every year searched: bytes / ms, median', `${kb(c.bytesAllMedian)} / ${c.msAllMedian} ms`, '', '']);
    rows.push(['Search warm keypress→results, median / worst', `${w.msMedian} / ${round(w.msWorst, 1)} ms`, '', '']);
    const t = result.search.typed;
    if (t) rows.push(['Search as you type, last key→results, median / worst', `${t.msMedian} / ${round(t.msWorst, 1)} ms`, '', '']);
    const r = result.search.repeat;
    if (r) rows.push(['Search, repeat visit (page + first results), median', `${kb(r.bytesMedian)} / ${r.msMedian} ms`, '', '']);
    rows.push(['Search page itself (cold)', kb(result.search.pageBytes), '', '']);
  }
  if (result.articlePages.length) {
    const pw = result.articlePages;
    rows.push([
      'Article page, gzip HTML+CSS, median / max',
      `${kb(median(pw.map((x) => x.totalGzipBytes)))} / ${kb(Math.max(...pw.map((x) => x.totalGzipBytes)))}`,
      '',
      '',
    ]);
    rows.push(['Article page, JS bytes (max)', String(Math.max(...pw.map((x) => x.jsBytes))), '', '']);
  }
  if (result.rebuild) {
    const r = result.rebuild;
    for (const [label, m] of [
      ['nothing changed', r.unchanged],
      ['nothing changed, astro build itself', r.unchangedAstro],
      ['editing one article', r.edit],
      ['adding one article', r.add],
      ['withdrawing one article', r.withdraw],
    ] as const) {
      rows.push([
        `Rebuild after ${label} (${m.rendered} rendered, ${m.copied} copied)`,
        `${s(m.seconds)}${m.visible ? '' : ' (change NOT visible)'}`,
        mb(m.peakRssBytes),
        ratio(m.seconds, a.seconds) + ' of cold',
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const head = `Corpus: ${result.corpus.articles} articles (${result.corpus.covers ?? '?'} with photos), ${result.corpus.dir}\nNode ${result.env.node}, ${result.env.cpus} CPUs, ${mb(result.env.memoryBytes)} RAM, ${result.env.date}`;
  return [head, '', line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

export interface BenchResult {
  env: { node: string; cpus: number; cpuModel: string; memoryBytes: number; date: string };
  options: Omit<BenchOptions, 'json'>;
  corpus: Partial<CorpusSummary> & { dir: string; articles: number; generatedSeconds: number | null };
  project: BuildResult;
  reference: ReferenceResult | null;
  ratio: { buildSeconds: number; peakRss: number; outputBytes: number } | null;
  search: SearchResult | null;
  articlePages: PageWeight[];
  rebuild: RebuildResult | null;
  seconds: number;
}

// ---------------------------------------------------------------------------

export async function bench(options: BenchOptions): Promise<BenchResult> {
  const started = performance.now();
  const runId = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  const work = resolve(ROOT, 'tmp/bench-run', runId);
  mkdirSync(work, { recursive: true });
  const say = (text: string) => process.stdout.write(`${text}\n`);
  let server: { url: string; stop: () => void } | null = null;
  let browser: Browser | null = null;
  try {
    // The corpus
    let corpusDir: string;
    let corpusInfo: BenchResult['corpus'];
    if (options.corpus) {
      corpusDir = options.corpus;
      if (!existsSync(join(corpusDir, 'news'))) throw new Error(`--corpus ${corpusDir}: no news/ folder`);
      const meta = existsSync(join(corpusDir, 'corpus.json'))
        ? (JSON.parse(readFileSync(join(corpusDir, 'corpus.json'), 'utf8')) as Partial<CorpusSummary>)
        : {};
      corpusInfo = { ...meta, dir: corpusDir, articles: meta.articles ?? articleFiles(corpusDir).length, generatedSeconds: null };
      say(`Corpus: ${corpusDir} (${corpusInfo.articles} articles, reused)`);
    } else {
      corpusDir = join(work, 'corpus');
      say(`Corpus: generating ${options.articles} articles → ${relative(ROOT, corpusDir)}`);
      const t = performance.now();
      const summary = await writeCorpus({ articles: options.articles, dir: corpusDir, seed: options.seed });
      corpusInfo = { ...summary, generatedSeconds: round((performance.now() - t) / 1000) };
    }

    // (a)
    say('(a) project build, cold cache');
    const outDir = join(work, 'project-dist');
    const cacheDir = join(work, 'project-cache');
    const root = options.inPlace ? ROOT : snapshotProject(join(work, 'project'));
    const project = await projectBuild(root, corpusDir, outDir, cacheDir, join(work, 'logs/project-build.log'));
    say(`    → ${s(project.seconds)}, peak ${mb(project.peakRssBytes)}, ${project.output.htmlPages} pages`);

    // (b)
    let reference: ReferenceResult | null = null;
    if (!options.skipReference) {
      say('(b) reference: bare Astro + Pagefind CLI');
      reference = await referenceBuild(corpusDir, work);
      say(`    → astro ${s(reference.build.seconds)} + pagefind ${s(reference.pagefind.seconds)}, peak ${mb(reference.peakRssBytes)}`);
    }

    // (c), (d)
    let search: SearchResult | null = null;
    let articlePagesResult: PageWeight[] = [];
    server = await startServer(outDir);
    try {
      browser = await launch();
    } catch (error) {
      say(`    (no browser: ${(error as Error).message})`);
    }
    if (!options.skipSearch && browser) {
      say('(c) search in Chromium');
      search = await searchBench(browser, server.url, options.queries);
    }
    say('(d) article page weight');
    articlePagesResult = await pageWeights(outDir, browser, server.url);
    if (browser) await browser.close();
    browser = null;
    server.stop();
    server = null;

    // (e)
    let rebuild: RebuildResult | null = null;
    if (!options.skipRebuild) {
      say('(e) rebuilds, warm cache');
      rebuild = await rebuilds(root, corpusDir, outDir, cacheDir, work);
      say(
        `    → unchanged ${s(rebuild.unchanged.seconds)} (astro build itself ${s(rebuild.unchangedAstro.seconds)}), edit ${s(rebuild.edit.seconds)}, add ${s(rebuild.add.seconds)}, withdraw ${s(rebuild.withdraw.seconds)}`,
      );
    }

    const { json: _json, ...rest } = options;
    const result: BenchResult = {
      env: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryBytes: totalmem(), date: new Date().toISOString() },
      options: rest,
      corpus: corpusInfo,
      project,
      reference,
      ratio: reference
        ? {
            buildSeconds: round(project.seconds / reference.totalSeconds),
            peakRss: round(project.peakRssBytes / reference.peakRssBytes),
            outputBytes: round(project.output.bytes / reference.output.bytes),
          }
        : null,
      search,
      articlePages: articlePagesResult,
      rebuild,
      seconds: round((performance.now() - started) / 1000),
    };
    return result;
  } finally {
    if (browser) await browser.close().catch(() => {});
    server?.stop();
    if (!options.keep) rmSync(work, { recursive: true, force: true });
    else say(`Kept ${relative(ROOT, work)}`);
  }
}

if (import.meta.main) {
  const options = commandLineOrExit(() => parseBenchArgs(process.argv.slice(2)), { usage: USAGE, help: BENCH_HELP, prefix: 'bench: ' });
  if ('report' in options) console.log(markdown(JSON.parse(readFileSync(options.report, 'utf8')) as BenchResult));
  else {
    const result = await bench(options);
    mkdirSync(dirname(options.json), { recursive: true });
    writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\n${markdown(result)}\n\nJSON: ${relative(ROOT, options.json)}`);
  }
}
