import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decapPatches, patchModule, PATCHES } from './decapPatches.ts';

const require = createRequire(import.meta.url);
const installed = (file: string) => require.resolve(file);

describe('the changes made to Decap CMS as the admin is bundled', () => {
  it.each(PATCHES.map((p, i) => [p.file, i] as const))('apply to the installed %s (change %i)', (file, i) => {
    const path = installed(file);
    const patched = patchModule(readFileSync(path, 'utf8'), path)!;
    expect(patched).not.toBe(readFileSync(path, 'utf8'));
    expect(patched).not.toContain(PATCHES[i]!.find);
    expect(patched).toContain(PATCHES[i]!.replace);
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

  it('stop the build, in Vietnamese, when Decap has moved the code', () => {
    expect(() => patchModule('export default 1;', '/x/node_modules/decap-cms-core/dist/esm/reducers/entries.js')).toThrow(
      /không tìm thấy đoạn mã cần sửa trong decap-cms-core/,
    );
  });

  it('leave every other module alone, and swap fuzzy for Decap only', () => {
    expect(patchModule('x', '/x/node_modules/react/index.js')).toBeUndefined();
    const plugin = decapPatches();
    expect(plugin.resolveId('fuzzy', '/x/node_modules/decap-cms-core/dist/esm/backend.js')).toMatch(/admin\/listSearch\.ts$/);
    expect(plugin.resolveId('fuzzy', '/x/src/other.ts')).toBeNull();
    // Named after what it changes: Vite pre-bundles Decap again when a patch changes.
    expect(plugin.name).toMatch(/^tin-phuong:decap-patches:[0-9a-f]{12}$/);
  });
});
