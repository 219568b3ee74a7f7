/**
 * "Nothing to build": `npm run build` (scripts/build.ts) does not start
 * `astro build` when the last successful build had the same inputs, its
 * output folder is as that build left it, and no scheduled moment has come
 * since. The output would be byte for byte the same (docs/deploy.md: the
 * build is deterministic), so the 15-minute rebuild of a ward's server costs
 * a second instead of Astro's fixed half minute at archive size
 * (docs/PERFORMANCE.md).
 *
 * - Inputs: every file of the content folder, `src/`, `admin/`, `public/`,
 *   `data/` (path, size, time), the config and lock files, the build's
 *   options and the environment variables a build reads.
 * - Time: the route `[nextChange].ts` writes when what is public next changes
 *   by itself (SiteData.nextChange: a scheduled article's moment, a campaign's
 *   start or end); this step reads it, takes it out of the output (it would
 *   tell when a scheduled article goes out) and keeps it in the stamp.
 * - The stamp (`<cacheDir>/tin-phuong-built.json`) is removed when a build
 *   starts and written when it is done, after every other step: a failed or
 *   stopped build never leaves one, so the next build runs.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from './contentRoot.ts';
import { fill, vi } from '../i18n/vi.ts';
import { formatDateTime } from '../lib/dates.ts';
import { BUNDLE_DIR } from '../search/keys.ts';

/** Written by src/pages/[nextChange].ts into the output, taken out by this step. */
export const NEXT_CHANGE_FILE = '_next-change.json';
const STAMP_FILE = 'tin-phuong-built.json';

/** Folders of the project whose files a build reads, and its files at the top. */
const SOURCE_DIRS = ['src', 'admin', 'public', 'data'];
const SOURCE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'node_modules/.package-lock.json'];
/** Environment variables that change what a build makes. */
const BUILD_ENV = /^(SITE_URL|BUILD_NOW|TIN_PHUONG_\w+|ASTRO_\w+|PAGEFIND_\w+)$/;
/** Options and variables that decide how to build, not what: left out of the comparison. */
const HOW_ONLY = new Set(['--force']);
const HOW_ONLY_ENV = new Set(['TIN_PHUONG_FULL_BUILD']);

/** What a build reads, as three hashes, so that the reason to build again can be named. */
export interface Inputs {
  content: string;
  code: string;
  settings: string;
}

/** The output folder as a build left it: any file added, removed or written since changes it. */
export interface OutputPrint {
  files: number;
  bytes: number;
  /** The newest change time (ms) of any file: a write, a rename or a new link sets it. */
  changed: number;
}

export interface Stamp {
  inputs: Inputs;
  outDir: string;
  output: OutputPrint;
  /** ISO moment from which the output is out of date by itself, or null. */
  nextChange: string | null;
}

/** A content folder kept in a git repository of its own changes its .git on every fetch; the build never reads it. */
const NOT_READ = /(^|[\\/])\.git([\\/]|$)/;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && !NOT_READ.test(relative(dir, entry.parentPath)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Path, size and time of each file: a changed file has a new time (an editor, git, the CMS). */
function hashFiles(base: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    let stamp = 'missing';
    try {
      const stat = lstatSync(file);
      stamp = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      // A file gone between the listing and now: its absence is the print.
    }
    hash.update(relative(base, file).split(sep).join('/')).update('\0').update(stamp).update('\0');
  }
  return hash.digest('hex');
}

/** The options a build was given (what follows `build`), without those that change only how it builds. */
export function buildOptions(argv: readonly string[]): string[] {
  const at = argv.indexOf('build');
  return (at < 0 ? [] : argv.slice(at + 1)).filter((arg) => !HOW_ONLY.has(arg));
}

export function inputsOf(root: string, options: readonly string[], env: NodeJS.ProcessEnv = process.env): Inputs {
  const content = contentRoot();
  const code = [...SOURCE_DIRS.flatMap((dir) => filesUnder(join(root, dir))), ...SOURCE_FILES.map((file) => join(root, file))];
  const settings = Object.entries(env)
    .filter(([name]) => BUILD_ENV.test(name) && !HOW_ONLY_ENV.has(name))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    content: hashFiles(content, filesUnder(content)),
    code: hashFiles(root, code),
    settings: createHash('sha256')
      .update(JSON.stringify({ node: process.version, options, settings, content }))
      .digest('hex'),
  };
}

/**
 * Files, bytes and the newest change under `dir`; `part` keeps one top-level
 * entry (`only`) or leaves one out (`except`). The two parts of a folder
 * add up to the whole (`addPrints`).
 */
export function outputPrint(dir: string, part: { only?: string; except?: string } = {}): OutputPrint {
  const print: OutputPrint = { files: 0, bytes: 0, changed: 0 };
  if (!existsSync(dir)) return print;
  for (const top of readdirSync(dir)) {
    if (NOT_READ.test(top) || (part.only !== undefined ? top !== part.only : top === part.except)) continue;
    const path = join(dir, top);
    for (const file of lstatSync(path).isDirectory() ? filesUnder(path) : [path]) {
      const stat = lstatSync(file);
      print.files++;
      print.bytes += stat.size;
      print.changed = Math.max(print.changed, stat.ctimeMs, stat.mtimeMs);
    }
  }
  return print;
}

/** Two prints of parts of one folder, as one. Pure. */
export const addPrints = (a: OutputPrint, b: OutputPrint): OutputPrint => ({
  files: a.files + b.files,
  bytes: a.bytes + b.bytes,
  changed: Math.max(a.changed, b.changed),
});

/** Why a build must run, in words for the person who runs it; null when the last one still stands. Pure. */
export function reasonToBuild(stamp: Stamp | null, now: { inputs: Inputs; output: () => OutputPrint; moment: Date }): string | null {
  if (!stamp) return vi.build.upToDate.noStamp;
  if (stamp.inputs.content !== now.inputs.content) return vi.build.upToDate.content;
  if (stamp.inputs.code !== now.inputs.code) return vi.build.upToDate.code;
  if (stamp.inputs.settings !== now.inputs.settings) return vi.build.upToDate.settings;
  if (stamp.nextChange && now.moment.getTime() >= Date.parse(stamp.nextChange))
    return fill(vi.build.upToDate.moment, { at: formatDateTime(new Date(stamp.nextChange)) });
  const output = now.output();
  if (output.files !== stamp.output.files || output.bytes !== stamp.output.bytes || output.changed !== stamp.output.changed) {
    return vi.build.upToDate.output;
  }
  return null;
}

/** The stamp the last successful build left in `cacheDir`, or null. */
export function readStamp(cacheDir: string): Stamp | null {
  try {
    return JSON.parse(readFileSync(join(cacheDir, STAMP_FILE), 'utf8')) as Stamp;
  } catch {
    return null;
  }
}

/** Astro's cacheDir as astro.config.mjs sets it: ASTRO_CACHE_DIR, or Astro's default. */
export const cacheDirOf = (root: string, env: NodeJS.ProcessEnv = process.env): string =>
  env.ASTRO_CACHE_DIR ? resolve(root, env.ASTRO_CACHE_DIR) : join(root, 'node_modules/.astro');

/**
 * The stamp, in two integrations. `printOutside` prints `dist/` but the
 * search bundle once the stale files are gone: from then on only the search
 * step writes, in `pagefind/`, and the print (40,000 files at 10,000
 * articles, 0.6–0.9 s) runs while Pagefind indexes. `stamp`, last, prints
 * `pagefind/` and writes the stamp.
 */
export function upToDate(): { printOutside: AstroIntegration; stamp: AstroIntegration } {
  let stampFile = '';
  let inputs: Inputs | undefined;
  let outside: { out: string; print: OutputPrint; nextChange: string | null } | undefined;
  return {
    printOutside: {
      name: 'tin-phuong-up-to-date-print',
      hooks: {
        'astro:build:done': ({ dir }) => {
          if (!inputs) return;
          const out = fileURLToPath(dir);
          const file = join(out, NEXT_CHANGE_FILE);
          const nextChange = existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { nextChange: string | null }).nextChange ?? null) : null;
          rmSync(file, { force: true });
          outside = { out, print: outputPrint(out, { except: BUNDLE_DIR }), nextChange };
        },
      },
    },
    stamp: {
      name: 'tin-phuong-up-to-date',
      hooks: {
        'astro:config:setup': ({ command, config }) => {
          if (command !== 'build') return;
          stampFile = join(fileURLToPath(config.cacheDir), STAMP_FILE);
          // Read before anything is built: a file changed while this build runs makes the next one run.
          inputs = inputsOf(fileURLToPath(config.root), buildOptions(process.argv));
          rmSync(stampFile, { force: true });
        },
        'astro:build:done': () => {
          if (!inputs || !outside) return;
          const { out, print, nextChange } = outside;
          const stamp: Stamp = { inputs, outDir: out, output: addPrints(print, outputPrint(out, { only: BUNDLE_DIR })), nextChange };
          mkdirSync(join(stampFile, '..'), { recursive: true });
          writeFileSync(stampFile, JSON.stringify(stamp));
        },
      },
    },
  };
}
