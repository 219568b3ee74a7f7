/**
 * Importer benchmark: generates synthetic legacy pages from the five seed
 * pages (every header format, chrome, different titles and dates) in a
 * temporary folder, then times the real command line on them twice: the
 * first import, and the re-run that finds everything unchanged. Figures go
 * to docs/PERFORMANCE.md by hand; tests never assert timings.
 *
 *   npm run bench:import              # 10,000 pages
 *   npm run bench:import -- 2000      # another count
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = resolve(ROOT, 'tests/fixtures/legacy/seeds');
const count = Number(process.argv[2] ?? 10_000);

const pad = (n: number) => String(n).padStart(2, '0');

/** The four header layouts of the old portals, for a date and a view count. */
function header(i: number, title: string, date: Date, views: number): string {
  const [d, m, y, hh, mm] = [pad(date.getUTCDate()), pad(date.getUTCMonth() + 1), date.getUTCFullYear(), pad(date.getUTCHours()), pad(date.getUTCMinutes())];
  switch (i % 4) {
    case 0:
      return `${title}\nNgày đăng ${d}/${m}/${y} | ${hh}:${mm} \u00a0|\u00a0Lượt xem: ${views}`;
    case 1:
      return `${title}\nNgày đăng ${d}/${m}/${y} | ${hh}:${mm} \u00a0|\u00a0View count: ${views}`;
    case 2:
      return `${title}\nĐăng ngày ${d} - ${m} - ${y}\nLượt xem: ${views.toLocaleString('de-DE')}`;
    default:
      return `${d}/${m}/${y}\n${title}`;
  }
}

/** A seed page with its header replaced: same body, chrome and trailer, new title and date. */
function synthesize(seed: string, i: number): string {
  const lines = seed.split('\n');
  // Everything after the seed's own header (its first long line) is body, chrome and trailer.
  const bodyStart = lines.findIndex((l) => l.length > 250);
  const titleLine =
    lines
      .slice(0, bodyStart)
      .filter((l) => l.trim() && !/^(Ngày đăng|Tìm kiếm|\u00a0)/.test(l))
      .at(-1) ?? 'Tin';
  const title = `${titleLine.replace(/\s+/g, ' ').trim().slice(0, 200)} (bản ${i})`;
  const date = new Date(Date.UTC(2010, 0, 1) + ((i * 7919) % (15 * 365)) * 86_400_000 + (i % 600) * 60_000);
  return `Tin tức - Sự kiện\n\n${header(i, title, date, (i * 37) % 5000)}\n\n${lines.slice(bodyStart).join('\n')}`;
}

/** Run the command line; wall-clock and CPU seconds (the machine may be shared: CPU time is the steadier figure). */
function time(label: string, args: string[]): void {
  const command = [join(ROOT, 'node_modules/.bin/node'), 'scripts/import.ts', ...args].map((a) => `'${a}'`).join(' ');
  // bash's `time` reports the child's user and system CPU as well as wall-clock time.
  const result = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time ${command} > >(sed -n 2p)`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const [wall, user, system] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number];
  console.log(`${label}: ${wall.toFixed(1)} s wall, ${(user + system).toFixed(1)} s CPU (${Math.round(count / wall)} pages/s)\n  ${result.stdout.trim()}`);
}

const work = mkdtempSync(join(tmpdir(), 'tin-phuong-bench-import-'));
try {
  const pages = join(work, 'pages');
  const content = join(work, 'content');
  mkdirSync(pages);
  // The portal's categories (a page whose category the portal lacks fails) and campaigns.
  cpSync(join(ROOT, 'content/categories'), join(content, 'categories'), { recursive: true });
  cpSync(join(ROOT, 'content/campaigns'), join(content, 'campaigns'), { recursive: true });
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = synthesize(seeds[i % seeds.length]!, i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(pages, `page-${String(i).padStart(5, '0')}.txt`), text);
  }
  console.log(`${count} synthetic pages, ${(bytes / 1024 / 1024).toFixed(1)} MB, node ${process.version}`);
  time('first import', [pages, '--content', content]);
  time('re-run (unchanged)', [pages, '--content', content]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
