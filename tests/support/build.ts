/**
 * Real `astro build` runs for tests. Each build gets its own output folder;
 * the content folder is chosen with TIN_PHUONG_CONTENT.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

interface BuildOptions {
  content?: string;
  outDir: string;
  env?: Record<string, string>;
  cwd?: string;
  /** Run `npm run build`'s command (scripts/build.ts) with `args`, instead of `astro build`. */
  npm?: boolean;
  args?: readonly string[];
}

/** The command and environment of a test build. */
function buildCommand(options: BuildOptions) {
  return {
    args: [...(options.npm ? [BUILD_COMMAND] : [ASTRO, 'build']), '--outDir', options.outDir, ...(options.args ?? [])],
    cwd: options.cwd ?? ROOT,
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
  };
}

/** Plain text, as a person reads it: on CI (CI=true) Astro colours its messages. */
const plain = (stdout: string, stderr: string) => stripVTControlCharacters(`${stdout}\n${stderr}`);

/** Build the site from `content` into `outDir`; returns status and combined output. */
export function buildSite(options: BuildOptions): BuildResult {
  const { args, cwd, env } = buildCommand(options);
  const result = spawnSync(NODE, args, { cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: plain(result.stdout, result.stderr), outDir: options.outDir };
}

/**
 * buildSite() without blocking, for two builds at once on two cores. Each must run in a project folder
 * of its own (copyProject()): Astro writes the content's module lists to the root's .astro/ and reads them back.
 */
export function buildSiteAsync(options: BuildOptions): Promise<BuildResult> {
  const { args, cwd, env } = buildCommand(options);
  return new Promise((done, fail) => {
    const child = spawn(NODE, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const [stdout, stderr]: string[][] = [[], []];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(String(chunk)));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output: plain(stdout.join(''), stderr.join('')), outDir: options.outDir }));
  });
}

/** A copy of the project's code in `dir` (no content, no tests; node_modules linked): a checkout to build or run the CMS in. */
export function copyProject(dir: string): void {
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(resolve(ROOT, name), join(dir, name));
  for (const name of ['src', 'admin', 'public', 'scripts', 'data']) {
    if (existsSync(resolve(ROOT, name))) cpSync(resolve(ROOT, name), join(dir, name), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  }
  // A node_modules folder of its own, each package linked: Vite keeps its optimised dependencies in
  // node_modules/.vite/ keyed by the project's root, and the dev servers of two copies (run side by side:
  // vitest.config.ts) overwrote each other's there when the whole folder was one link.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(resolve(ROOT, 'node_modules'))) {
    if (name !== '.vite' && name !== '.cache') symlinkSync(resolve(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}
