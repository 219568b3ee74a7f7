/**
 * Brotli and gzip copies of the bundled scripts and stylesheets (dist/_astro),
 * written once at build time, so servers send them compressed without
 * compressing on every request: nginx `gzip_static`/`brotli_static`, Caddy
 * `precompressed`, and scripts/serve.mjs. The admin's bundle is most of it
 * (megabytes of Decap CMS that every editor downloads).
 *
 * Only _astro/: a handful of files however large the archive. The HTML pages
 * (10,000 of them in a large archive) are left to the server's on-the-fly gzip,
 * which costs the build nothing.
 *
 * Brotli at its best quality takes about 15 s for the admin's 5.8 MB here, so
 * the copies are kept in Astro's cache folder, keyed by content: a build whose
 * scripts did not change (most builds: only content changes) pays nothing.
 * A cold build still pays, on a core the pages need: a file over a megabyte
 * (only the admin's, which editors download once and keep) gets quality 10
 * with a 16 MB window, 6.4 s for 12 KB (1 %) more than quality 11 at 14.6 s;
 * the readers' scripts and styles keep quality 11 (docs/PERFORMANCE.md).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants, gunzip as gunzipCallback, gzip } from 'node:zlib';
import { writeWhole } from './writeWhole.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const unbrotli = promisify(brotliDecompress);
const gunzip = promisify(gunzipCallback);

async function decodesTo(copy: Buffer, decode: (b: Buffer) => Promise<Buffer>, data: Buffer): Promise<boolean> {
  try {
    return (await decode(copy)).equals(data);
  } catch {
    return false;
  }
}

/** What is worth compressing: text, above the size where headers cost more than they save. */
export const PRECOMPRESS = { extensions: new Set(['.js', '.mjs', '.css', '.svg', '.json']), minBytes: 1024 } as const;

export interface Precompressed {
  file: string;
  bytes: number;
  br: number;
  gz: number;
}

/** Brotli's quality and window for `bytes` of input: the best, but for the admin's megabytes (see above). */
export const brotliParams = (bytes: number): { quality: number; window: number } =>
  bytes > 1024 * 1024 ? { quality: 10, window: constants.BROTLI_MAX_WINDOW_BITS } : { quality: 11, window: constants.BROTLI_DEFAULT_WINDOW };

/** Brotli and gzip (level 9) of `data`, from `cache` when it has them (any quality: the copy must only decode to `data`). */
async function compressed(data: Buffer, cache: string | undefined): Promise<[Buffer, Buffer]> {
  const key = cache && join(cache, createHash('sha256').update(data).digest('hex'));
  if (key) {
    const hit = await Promise.all([readFile(`${key}.br`), readFile(`${key}.gz`)]).catch(() => null);
    // A cached copy is used only when it decompresses to these very bytes: a truncated or damaged
    // file (a disk filled up, a copy cut short) would otherwise be served as `content-encoding: br`.
    if (hit && (await decodesTo(hit[0], unbrotli, data)) && (await decodesTo(hit[1], gunzip, data))) return hit as [Buffer, Buffer];
  }
  const { quality, window } = brotliParams(data.length);
  const made = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_LGWIN]: window,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gz(data, { level: 9 }),
  ]);
  if (key) {
    await mkdir(cache!, { recursive: true });
    // Whole files or none: written aside, then renamed into place.
    await Promise.all([writeWhole(`${key}.br`, made[0]), writeWhole(`${key}.gz`, made[1])]);
  }
  return made;
}

/** Writes `file.br` and `file.gz` beside every worth-compressing file of `dir`; returns what it wrote. */
export async function precompress(dir: string, cache?: string): Promise<Precompressed[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile() && PRECOMPRESS.extensions.has(extname(e.name))).map((e) => join(e.parentPath, e.name));
  const out: Precompressed[] = [];
  for (const file of files) {
    if ((await stat(file)).size < PRECOMPRESS.minBytes) continue;
    const data = await readFile(file);
    const [br, gzipped] = await compressed(data, cache);
    await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
    out.push({ file, bytes: data.length, br: br.length, gz: gzipped.length });
  }
  return out;
}

export function precompressAssets(): AstroIntegration {
  let cache: string | undefined;
  // Started as soon as Vite has written the client bundle, so that brotli (16 s for the admin's
  // script on a cold cache) runs on libuv's threads while Astro renders the pages.
  let early: Promise<unknown> | undefined;
  return {
    name: 'tin-phuong-precompress',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tin-phuong-precompress-early',
                apply: 'build',
                writeBundle(options: { dir?: string }) {
                  const environment = (this as { environment?: { name?: string } }).environment?.name;
                  if (environment !== 'client' || !options.dir) return;
                  early = precompress(join(options.dir, '_astro'), cache).catch(() => undefined);
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        // Keyed by content, so builds with caches of their own (tests, parallel builds) may share one.
        cache = process.env.TIN_PHUONG_PRECOMPRESS_CACHE || join(fileURLToPath(config.cacheDir), 'precompress');
      },
      'astro:build:done': async ({ dir, logger }) => {
        await early;
        // Again over everything: files written since are compressed, the others come from the cache.
        const done = await precompress(join(fileURLToPath(dir), '_astro'), cache);
        const kb = (n: number) => `${Math.round(n / 1024)} KB`;
        const total = done.reduce((a, f) => ({ bytes: a.bytes + f.bytes, br: a.br + f.br }), { bytes: 0, br: 0 });
        logger.info(`nén sẵn ${done.length} tệp _astro: ${kb(total.bytes)} → ${kb(total.br)} (brotli)`);
      },
    },
  };
}
