import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeHash } from './incremental.ts';

const root = mkdtempSync(join(tmpdir(), 'code-hash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'src/markdown'), { recursive: true });
writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
writeFileSync(join(root, 'src/markdown/plugins.ts'), 'export const a = 1;');

describe('what forces a full build', () => {
  it('is any change to the code under src/ or to the Astro config, not to a test', () => {
    const before = codeHash(root);
    expect(codeHash(root)).toBe(before);
    writeFileSync(join(root, 'src/markdown/plugins.test.ts'), 'test');
    expect(codeHash(root)).toBe(before);
    writeFileSync(join(root, 'src/markdown/plugins.ts'), 'export const a = 2;');
    const edited = codeHash(root);
    expect(edited).not.toBe(before);
    writeFileSync(join(root, 'astro.config.mjs'), 'export default { site: "x" };');
    expect(codeHash(root)).not.toBe(edited);
  });
});
