/**
 * The admin's script (admin/main.ts: Decap CMS, some 5.7 MB from thousands of
 * modules) bundled once by Vite and kept in Astro's cache folder, keyed by
 * every file it was made from. Bundling it was most of a small site's build
 * (measured in docs/PERFORMANCE.md#the-admins-bundle): a fixture build took
 * 22 s with the admin page and 10 s without it, and a rebuild of 10,000
 * articles paid the same seconds after one officer's edit, though the admin's
 * code had not changed.
 *
 * Only the bundling of that one module is cached. Astro's client build still
 * takes the admin page's script as before: this plugin hands it the cached
 * module (one self-contained ES module) in place of admin/main.ts, so the
 * page, its hashed file name, the CSP and the brotli copies are Astro's as
 * ever. The dev server (`npm run dev`, `npm run cms`) is untouched.
 *
 * The key: the bytes of each of the bundle's own source files (the module
 * list Vite reports), the installed packages (node_modules/.package-lock.json)
 * and the Vite plugins that shape it (admin/decapPatches.ts with every file
 * of admin/patches/, this file: extraInputs). A bundle
 * that would need more than one file (a split chunk, an asset) is not cached:
 * the admin is then bundled by Astro as before.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decapPatches } from '../../admin/decapPatches.ts';
import { writeWhole } from './writeWhole.ts';

const VIRTUAL = '\0tin-phuong:admin-bundle';
/** Bumped when the way the bundle is made changes in a way the inputs don't show. */
const LAYOUT = 1;

/** What a cached bundle was made from: repository-relative files and their SHA-256. */
export interface BundleManifest {
  layout: number;
  inputs: Record<string, string>;
}

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The files a bundle depends on, from the module ids Vite reports: the
 * project's own files (queries such as `?raw` dropped), plus `extra`. Packages
 * under node_modules are left out: they are covered by the lock file.
 */
export function bundleInputs(moduleIds: Iterable<string>, root: string, extra: string[]): string[] {
  const files = new Set<string>(extra);
  for (const id of moduleIds) {
    if (id.startsWith('\0')) continue;
    const file = id.replace(/\?.*$/, '');
    if (!isAbsolute(file) || file.split(sep).includes('node_modules')) continue;
    const rel = relative(root, file);
    if (!rel.startsWith('..')) files.add(rel.split(sep).join('/'));
  }
  return [...files].sort();
}

/**
 * The files that shape the bundle without being in it: the installed packages' lock file, the Decap
 * patches (the plugin and each file of its folder, whatever their names) and this file.
 */
export async function extraInputs(root: string): Promise<string[]> {
  const patches = await readdir(join(root, 'admin/patches'), { recursive: true, withFileTypes: true });
  const patchFiles = patches.filter((d) => d.isFile()).map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'));
  return ['node_modules/.package-lock.json', 'admin/decapPatches.ts', ...patchFiles.sort(), 'src/build/adminBundle.ts'];
}

/** Whether every input of `manifest` still has the bytes it had: `read` gives a file's bytes, or null if it is gone. */
export async function manifestHolds(manifest: BundleManifest, read: (file: string) => Promise<Buffer | null>): Promise<boolean> {
  if (manifest.layout !== LAYOUT || Object.keys(manifest.inputs).length === 0) return false;
  for (const [file, hash] of Object.entries(manifest.inputs)) {
    const bytes = await read(file);
    if (!bytes || sha256(bytes) !== hash) return false;
  }
  return true;
}

/** A file of the bundle besides its entry (a lazily loaded chunk, a WebAssembly codec), named as Astro names them. */
export interface BundleFile {
  fileName: string;
  source: Uint8Array;
}

export interface AdminCode {
  /** The bundle's entry, which the page's script imports. */
  entry: string;
  /** Every file of the bundle, emitted into _astro/. */
  files: BundleFile[];
  fresh: boolean;
}

interface CachedManifest extends BundleManifest {
  entry: string;
  /** Each output file's SHA-256: checked on read, so a cut-short file is made again. */
  outputs: Record<string, string>;
}

async function fromCache(root: string, cache: string): Promise<AdminCode | null> {
  const manifest = JSON.parse(await readFile(join(cache, 'manifest.json'), 'utf8').catch(() => 'null')) as CachedManifest | null;
  if (!manifest?.outputs || !(await manifestHolds(manifest, (file) => readFile(join(root, file)).catch(() => null)))) return null;
  const files: BundleFile[] = [];
  for (const [name, hash] of Object.entries(manifest.outputs)) {
    const bytes = await readFile(join(cache, 'files', name)).catch(() => null);
    if (!bytes || sha256(bytes) !== hash) return null;
    files.push({ fileName: name, source: new Uint8Array(bytes) });
  }
  return { entry: manifest.entry, files, fresh: false };
}

/** The admin's bundle, from the cache when it still holds, otherwise made by Vite and cached. */
async function adminCode(root: string, cache: string): Promise<AdminCode | null> {
  const cached = await fromCache(root, cache);
  if (cached) return cached;

  const { build } = await import('vite');
  // Every module of the graph, tree-shaken ones too: a change may make a dropped module count.
  const graph: string[] = [];
  const listModules = {
    name: 'tin-phuong:admin-bundle-inputs',
    buildEnd(this: { getModuleIds: () => Iterable<string> }) {
      graph.push(...this.getModuleIds());
    },
  };
  const result = await build({
    configFile: false,
    envDir: false,
    root,
    mode: 'production',
    // Inside `astro build` Vite would read NODE_ENV as it finds it: React's development build (10.7 MB, not 5.7) came along.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    logLevel: 'silent',
    plugins: [decapPatches(), listModules],
    build: {
      write: false,
      modulePreload: false,
      assetsInlineLimit: 0,
      copyPublicDir: false,
      // Astro's names: the entry's lazily loaded chunks and codecs sit beside it in _astro/, where its imports find them.
      assetsDir: '_astro',
      rolldownOptions: {
        input: join(root, 'admin/main.ts'),
        output: {
          format: 'es',
          entryFileNames: '_astro/[name].[hash].js',
          chunkFileNames: '_astro/[name].[hash].js',
          assetFileNames: '_astro/[name].[hash][extname]',
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const entry = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  if (!entry || entry.type !== 'chunk') return null;
  const moduleIds = [...graph, ...outputs.flatMap((o) => (o.type === 'chunk' ? o.moduleIds : []))];
  const inputs: Record<string, string> = {};
  for (const file of bundleInputs(moduleIds, root, await extraInputs(root))) {
    const bytes = await readFile(join(root, file)).catch(() => null);
    if (bytes) inputs[file] = sha256(bytes);
  }
  const files: BundleFile[] = outputs.map((o) => ({
    fileName: o.fileName,
    source: o.type === 'chunk' ? new TextEncoder().encode(o.code) : typeof o.source === 'string' ? new TextEncoder().encode(o.source) : o.source,
  }));
  const outputsHash: Record<string, string> = {};
  for (const f of files) outputsHash[f.fileName] = sha256(f.source);
  // The manifest goes first and comes back last: a build reading meanwhile finds no bundle and makes its own.
  await rm(join(cache, 'manifest.json'), { force: true });
  await rm(join(cache, 'files'), { recursive: true, force: true });
  await mkdir(join(cache, 'files', '_astro'), { recursive: true });
  for (const f of files) await writeWhole(join(cache, 'files', f.fileName), f.source);
  await writeWhole(
    join(cache, 'manifest.json'),
    JSON.stringify({ layout: LAYOUT, inputs, entry: entry.fileName, outputs: outputsHash } satisfies CachedManifest),
  );
  return { entry: entry.fileName, files, fresh: true };
}

export function adminBundle(): AstroIntegration {
  return {
    name: 'tin-phuong-admin-bundle',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const entry = join(root, 'admin/main.ts');
        // Tests give many builds one folder (TIN_PHUONG_ADMIN_CACHE): the key is the bytes, whatever the build.
        const cache = process.env.TIN_PHUONG_ADMIN_CACHE || join(fileURLToPath(config.cacheDir), 'tin-phuong-admin');
        let made: Promise<AdminCode | null> | undefined;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tin-phuong:admin-bundle',
                enforce: 'pre',
                async resolveId(this: { resolve: (s: string, i?: string, o?: object) => Promise<{ id: string } | null> }, source: string, importer?: string) {
                  // The bundle's entry is a file emitted into _astro/, not a module to bundle.
                  if (importer === VIRTUAL) return { id: source, external: true };
                  if (!importer || !source.endsWith('admin/main.ts')) return null;
                  const resolved = await this.resolve(source, importer, { skipSelf: true });
                  if (resolved?.id !== entry) return null;
                  made ??= adminCode(root, cache);
                  const bundle = await made;
                  if (!bundle) return null;
                  logger.info(bundle.fresh ? 'trang quản trị: đóng gói mới, lưu vào bộ nhớ đệm' : 'trang quản trị: lấy từ bộ nhớ đệm');
                  return VIRTUAL;
                },
                async load(this: { emitFile: (file: { type: 'asset'; fileName: string; source: Uint8Array }) => string }, id: string) {
                  if (id !== VIRTUAL || !made) return null;
                  const bundle = await made;
                  if (!bundle) return null;
                  for (const file of bundle.files) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
                  // The page's script only imports the bundle's entry: Astro's build then has nothing of the bundle to parse again.
                  return `import ${JSON.stringify(`/${bundle.entry}`)};`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
