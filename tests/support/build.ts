/**
 * Real `astro build` runs for tests. Each build gets its own output folder;
 * the content folder is chosen with TIN_PHUONG_CONTENT.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The admin's bundle, shared by every test build (src/build/adminBundle.ts). */
export const ADMIN_CACHE = resolve(ROOT, 'tmp/admin-cache');
export const NODE = resolve(ROOT, 'node_modules/.bin/node');
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');
/** `npm run build`'s command (scripts/build.ts): astro build, unless nothing changed. */
const BUILD_COMMAND = resolve(ROOT, 'scripts/build.ts');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Build the site from `content` into `outDir`; returns status and combined output. `npm: true` runs
 * `npm run build`'s command with `args` instead of `astro build`.
 */
export function buildSite(options: {
  content?: string;
  outDir: string;
  env?: Record<string, string>;
  cwd?: string;
  npm?: boolean;
  args?: readonly string[];
}): BuildResult {
  const cwd = options.cwd ?? ROOT;
  const command = options.npm ? [BUILD_COMMAND] : [ASTRO, 'build'];
  const result = spawnSync(NODE, [...command, '--outDir', options.outDir, ...(options.args ?? [])], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...(options.content ? { TIN_PHUONG_CONTENT: options.content } : {}),
      // A build without SITE_URL fails on purpose; tests build for a public address of their own.
      SITE_URL: process.env.SITE_URL ?? 'https://phuong-mau.example.vn',
      ASTRO_TELEMETRY_DISABLED: '1',
      // Every test build has its own cache; the brotli copies of the same scripts need not be made again each time.
      TIN_PHUONG_PRECOMPRESS_CACHE: resolve(ROOT, 'tmp/precompress-cache'),
      // Nor the admin's bundle (src/build/adminBundle.ts): one Vite bundling of Decap for the whole suite.
      TIN_PHUONG_ADMIN_CACHE: ADMIN_CACHE,
      ...options.env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  // Plain text, as a person reads it: on CI (CI=true) Astro colours its messages.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`), outDir: options.outDir };
}
