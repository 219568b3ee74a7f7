import { describe, expect, it } from 'vitest';
import { bundleInputs, manifestHolds, sha256, type BundleManifest } from './adminBundle.ts';

describe('bundleInputs', () => {
  it("keeps the project's own files, without queries, and leaves packages to the lock file", () => {
    const ids = [
      '/repo/admin/main.ts',
      '/repo/src/styles/site.css?raw',
      '/repo/node_modules/decap-cms-app/dist/esm/index.js',
      '\0vite/preload-helper.js',
      '/elsewhere/file.ts',
      '/repo/admin/main.ts',
    ];
    expect(bundleInputs(ids, '/repo', ['node_modules/.package-lock.json'])).toEqual([
      'admin/main.ts',
      'node_modules/.package-lock.json',
      'src/styles/site.css',
    ]);
  });
});

describe('manifestHolds', () => {
  const files: Record<string, string> = { 'admin/main.ts': 'import CMS from "decap-cms-app";', 'src/styles/site.css': 'body{}' };
  const read = async (file: string) => (file in files ? Buffer.from(files[file]!) : null);
  const manifest = (inputs: Record<string, string>, layout = 1): BundleManifest => ({ layout, inputs });

  it('holds while every input has the bytes it was bundled from', async () => {
    expect(await manifestHolds(manifest({ 'admin/main.ts': sha256(files['admin/main.ts']!), 'src/styles/site.css': sha256('body{}') }), read)).toBe(true);
  });

  it('fails when one input changed, is gone, or the way of bundling changed', async () => {
    const inputs = { 'admin/main.ts': sha256(files['admin/main.ts']!), 'src/styles/site.css': sha256('body{color:red}') };
    expect(await manifestHolds(manifest(inputs), read)).toBe(false);
    expect(await manifestHolds(manifest({ 'admin/gone.ts': sha256('') }), read)).toBe(false);
    expect(await manifestHolds(manifest({ 'admin/main.ts': sha256(files['admin/main.ts']!) }, 0), read)).toBe(false);
  });

  it('never holds for a manifest that names no input', async () => {
    expect(await manifestHolds(manifest({}), read)).toBe(false);
  });
});
