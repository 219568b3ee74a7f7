import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHANGES, decapPatches, patchModule } from './decapPatches.ts';

const require = createRequire(import.meta.url);
const installed = (file: string) => require.resolve(file);

describe('the changes made to Decap CMS as the admin is bundled', () => {
  const hunks = Object.entries(CHANGES).flatMap(([name, patches]) => patches.map((patch, i) => [name, i + 1, patch.file, patch] as const));
  it.each(hunks)('admin/patches/%s.ts (hunk %i) applies to the installed %s', (_name, _hunk, file, patch) => {
    const path = installed(file);
    const patched = patchModule(readFileSync(path, 'utf8'), path)!;
    expect(patched).not.toBe(readFileSync(path, 'utf8'));
    expect(patched).not.toContain(patch.find);
    expect(patched).toContain(patch.replace);
  });

  it('let a refusal of the content server read as its own message, without “API_ERROR:”', async () => {
    const path = installed('decap-cms-lib-util/dist/esm/APIError.js');
    const dir = mkdtempSync(join(tmpdir(), 'tin-phuong-api-error-'));
    try {
      writeFileSync(join(dir, 'APIError.mjs'), patchModule(readFileSync(path, 'utf8'), path)!);
      const { default: APIError } = (await import(pathToFileURL(join(dir, 'APIError.mjs')).href)) as {
        default: new (message: string, status: number, api: string) => Error;
      };
      const refusal = new APIError('Không nhận tệp “a.exe”', 400, 'Proxy');
      // How Decap's notice fills in %{details}: String(error).
      expect(`Chưa lưu được bài: ${String(refusal)}`).toBe('Chưa lưu được bài: Không nhận tệp “a.exe”');
      expect(refusal.name).toBe('API_ERROR');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stop the build, in Vietnamese, naming the patch file, when Decap has moved the code', () => {
    expect(() => patchModule('export default 1;', '/x/node_modules/decap-cms-core/dist/esm/reducers/entries.js')).toThrow(
      /^admin\/patches\/filtersOrWithinField\.ts: không tìm thấy đoạn mã cần sửa trong decap-cms-core\/dist\/esm\/reducers\/entries\.js/,
    );
  });

  it('come one file a change from admin/patches/, every file of which is made', () => {
    const files = readdirSync(join(import.meta.dirname, 'patches')).sort();
    // The fuzzy swap is a module sent elsewhere, not code replaced: the plugin's resolveId makes it.
    expect(files).toEqual([...Object.keys(CHANGES), 'listSearchFuzzy'].map((name) => `${name}.ts`).sort());
    expect(Object.values(CHANGES).every((patches) => patches.length > 0)).toBe(true);
  });

  it('leave every other module alone, and swap fuzzy for Decap only', () => {
    expect(patchModule('x', '/x/node_modules/react/index.js')).toBeUndefined();
    const plugin = decapPatches();
    expect(plugin.resolveId('fuzzy', '/x/node_modules/decap-cms-core/dist/esm/backend.js')).toMatch(/admin\/listSearch\.ts$/);
    expect(plugin.resolveId('fuzzy', '/x/src/other.ts')).toBeNull();
    // Named after what it changes: Vite pre-bundles Decap again when a patch changes.
    expect(plugin.name).toMatch(/^tin-phuong:decap-patches:[0-9a-f]{12}$/);
  });

  it.each(Object.keys(CHANGES))('are named anew when admin/patches/%s.ts changes', (name) => {
    const patch = CHANGES[name]!.at(-1)!;
    const before = decapPatches().name;
    const { find } = patch;
    try {
      patch.find = `${find} `;
      expect(decapPatches().name).not.toBe(before);
    } finally {
      patch.find = find;
    }
    expect(decapPatches().name).toBe(before);
  });
});
