import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGES } from '../../admin/decapPatches.ts';
import { bundleInputs, extraInputs, manifestHolds, sha256, type BundleManifest } from './adminBundle.ts';

const ROOT = resolve(import.meta.dirname, '../..');

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

describe('extraInputs', () => {
  it('keys the bundle by the Decap plugin and each of its patch files', async () => {
    const files = await extraInputs(ROOT);
    expect(files).toEqual(expect.arrayContaining(['node_modules/.package-lock.json', 'admin/decapPatches.ts', 'src/build/adminBundle.ts']));
    const patchFiles = Object.keys(CHANGES).map((name) => `admin/patches/${name}.ts`);
    expect(patchFiles.length).toBeGreaterThan(10);
    expect(files).toEqual(expect.arrayContaining([...patchFiles, 'admin/patches/listSearchFuzzy.ts']));
  });

  it('lets a cached bundle go when any file of admin/patches/ changes, one in a subfolder too', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tin-phuong-admin-key-'));
    try {
      const write = (file: string, text: string) => {
        mkdirSync(dirname(join(root, file)), { recursive: true });
        writeFileSync(join(root, file), text);
      };
      for (const file of ['node_modules/.package-lock.json', 'admin/decapPatches.ts', 'src/build/adminBundle.ts']) write(file, file);
      write('admin/patches/headerLink.ts', "find: 'a'");
      write('admin/patches/shared/labels.ts', "export const label = 'Lưu';");
      const read = (file: string) => readFile(join(root, file)).catch(() => null);
      const inputs: Record<string, string> = {};
      for (const file of await extraInputs(root)) inputs[file] = sha256(readFileSync(join(root, file)));
      expect(Object.keys(inputs)).toEqual(expect.arrayContaining(['admin/patches/headerLink.ts', 'admin/patches/shared/labels.ts']));
      expect(await manifestHolds({ layout: 1, inputs }, read)).toBe(true);
      write('admin/patches/shared/labels.ts', "export const label = 'Lưu bài';");
      expect(await manifestHolds({ layout: 1, inputs }, read)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
