import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

  it('stop the build, in Vietnamese, when Decap has moved the code', () => {
    expect(() => patchModule('export default 1;', '/x/node_modules/decap-cms-core/dist/esm/reducers/entries.js')).toThrow(/không tìm thấy đoạn mã cần sửa trong decap-cms-core/);
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
