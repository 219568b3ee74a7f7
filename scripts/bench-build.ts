/**
 * Build benchmark: times a real `astro build` (with the Pagefind index) and
 * measures what it produced. Figures go to docs/PERFORMANCE.md by hand;
 * tests never assert timings.
 *
 *   npm run bench:build                 # the site as it is (content/)
 *   npm run bench:build -- --synthetic 2000   # plus N generated articles
 *
 * Each run starts from an empty image/data cache unless --warm is given, so
 * the figure is what CI or a fresh deploy pays.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const synthetic = Number(args[args.indexOf('--synthetic') + 1] ?? 0) || 0;
const warm = args.includes('--warm');
const work = resolve(ROOT, 'tmp/bench');

function folderSize(dir: string): { bytes: number; files: number; html: number } {
  let bytes = 0, files = 0, html = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry);
    const info = statSync(path);
    if (!info.isFile()) continue;
    bytes += info.size;
    files += 1;
    if (entry.endsWith('.html')) html += 1;
  }
  return { bytes, files, html };
}

/** Copy content/ and add `count` articles made from the existing ones, spread over years. */
function makeSyntheticContent(count: number): string {
  const target = join(work, 'content');
  rmSync(target, { recursive: true, force: true });
  cpSync(resolve(ROOT, 'content'), target, { recursive: true });
  const sources: string[] = [];
  const newsDir = resolve(ROOT, 'content/news');
  for (const entry of readdirSync(newsDir, { recursive: true, encoding: 'utf8' })) if (entry.endsWith('.md')) sources.push(readFileSync(join(newsDir, entry), 'utf8'));
  if (sources.length === 0) throw new Error('content/news has no articles to vary');
  for (let i = 0; i < count; i += 1) {
    const { rawFrontmatter, body } = splitFrontmatter(sources[i % sources.length]!);
    const year = 2010 + (i % 15);
    const month = String((i % 12) + 1).padStart(2, '0');
    const fm = rawFrontmatter
      .replace(/^title: .*$/m, `title: "Bài thử số ${i} về thi đua khen thưởng"`)
      .replace(/^publishedAt: .*$/m, `publishedAt: ${year}-${month}-15T08:00:00+07:00`)
      .replace(/^\s*checksum: .*$/m, '')
      .replace(/^featured: true$/m, 'featured: false');
    const dir = join(target, 'news', String(year));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `bai-thu-so-${i}.md`), `---\n${fm}\n---${body}`);
  }
  return target;
}

function peakRssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function main() {
  mkdirSync(work, { recursive: true });
  const content = synthetic > 0 ? makeSyntheticContent(synthetic) : resolve(ROOT, 'content');
  const outDir = join(work, 'dist');
  const cacheDir = join(work, 'cache');
  rmSync(outDir, { recursive: true, force: true });
  if (!warm) rmSync(cacheDir, { recursive: true, force: true });

  const started = performance.now();
  let peak = 0;
  const child = spawn(resolve(ROOT, 'node_modules/.bin/node'), [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, SITE_URL: process.env.SITE_URL ?? 'https://example.gov.vn', TIN_PHUONG_CONTENT: content, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const timer = setInterval(() => (peak = Math.max(peak, peakRssOf(child.pid!))), 200);
  const code: number = await new Promise((done) => child.on('exit', (c) => done(c ?? 1)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`astro build failed (exit ${code})`);

  const all = folderSize(outDir);
  const index = existsSync(join(outDir, 'pagefind')) ? folderSize(join(outDir, 'pagefind')) : { bytes: 0, files: 0, html: 0 };
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(
    [
      `content: ${synthetic > 0 ? `content/ + ${synthetic} synthetic articles` : 'content/'}${warm ? ' (warm cache)' : ' (cold cache)'}`,
      `build time: ${seconds.toFixed(1)} s`,
      `peak RSS (main process): ${mb(peak)} MB`,
      `output: ${mb(all.bytes)} MB in ${all.files} files, ${all.html} HTML pages`,
      `search index: ${mb(index.bytes)} MB in ${index.files} files`,
    ].join('\n'),
  );
}

await main();
