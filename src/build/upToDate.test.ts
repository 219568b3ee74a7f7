import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi as words } from '../i18n/vi.ts';
import { addPrints, buildOptions, inputsOf, outputPrint, reasonToBuild, type Stamp } from './upToDate.ts';

const stamp: Stamp = {
  inputs: { content: 'c', code: 'k', settings: 's' },
  outDir: '/x/dist/',
  output: { files: 3, bytes: 30, changed: 1000 },
  nextChange: '2099-01-01T01:00:00.000Z',
};
const now = (over: Partial<{ inputs: Stamp['inputs']; output: Stamp['output']; moment: Date }> = {}) => ({
  inputs: over.inputs ?? stamp.inputs,
  output: () => over.output ?? stamp.output,
  moment: over.moment ?? new Date('2026-12-06T00:00:00Z'),
});

describe('reasonToBuild', () => {
  it('builds nothing when inputs, output and the moment are as the stamp says', () => {
    expect(reasonToBuild(stamp, now())).toBeNull();
    expect(reasonToBuild({ ...stamp, nextChange: null }, now({ moment: new Date('2200-01-01') }))).toBeNull();
  });
  it('names the reason to build: no stamp, content, code, settings, output', () => {
    expect(reasonToBuild(null, now())).toBe(words.build.upToDate.noStamp);
    expect(reasonToBuild(stamp, now({ inputs: { ...stamp.inputs, content: 'd' } }))).toBe(words.build.upToDate.content);
    expect(reasonToBuild(stamp, now({ inputs: { ...stamp.inputs, code: 'l' } }))).toBe(words.build.upToDate.code);
    expect(reasonToBuild(stamp, now({ inputs: { ...stamp.inputs, settings: 't' } }))).toBe(words.build.upToDate.settings);
    for (const output of [
      { ...stamp.output, files: 2 },
      { ...stamp.output, bytes: 31 },
      { ...stamp.output, changed: 1001 },
    ]) {
      expect(reasonToBuild(stamp, now({ output }))).toBe(words.build.upToDate.output);
    }
  });
  it('builds from the moment a scheduled article is due, in Viet Nam time', () => {
    expect(reasonToBuild(stamp, now({ moment: new Date('2099-01-01T00:59:59Z') }))).toBeNull();
    expect(reasonToBuild(stamp, now({ moment: new Date('2099-01-01T01:00:00Z') }))).toContain('01/01/2099 08:00');
  });
});

describe('buildOptions', () => {
  it('keeps what follows build, without --force (how, not what)', () => {
    expect(buildOptions(['node', 'astro.mjs', 'build', '--outDir', 'x', '--force'])).toEqual(['--outDir', 'x']);
    expect(buildOptions(['node', 'astro.mjs', 'dev'])).toEqual([]);
  });
});

describe('inputsOf / outputPrint', () => {
  let root: string;
  let content: string;
  const before = process.env.TIN_PHUONG_CONTENT;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'up-to-date-'));
    content = join(root, 'content');
    mkdirSync(join(content, 'news'), { recursive: true });
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(content, 'news/a.md'), 'a');
    writeFileSync(join(root, 'src/x.ts'), 'x');
    process.env.TIN_PHUONG_CONTENT = content;
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    if (before === undefined) delete process.env.TIN_PHUONG_CONTENT;
    else process.env.TIN_PHUONG_CONTENT = before;
  });
  it('tells content from code from settings', () => {
    const first = inputsOf(root, [], { SITE_URL: 'https://a.vn' });
    mkdirSync(join(content, '.git'));
    writeFileSync(join(content, '.git/FETCH_HEAD'), 'x');
    expect(inputsOf(root, [], { SITE_URL: 'https://a.vn' }), 'a content repository fetched').toEqual(first);
    expect(inputsOf(root, [], { SITE_URL: 'https://a.vn', HOME: '/elsewhere' })).toEqual(first);
    // A full build forced by hand leaves a stamp the next plain build can use.
    expect(inputsOf(root, [], { SITE_URL: 'https://a.vn', TIN_PHUONG_FULL_BUILD: '1' })).toEqual(first);
    writeFileSync(join(content, 'news/b.md'), 'b');
    const added = inputsOf(root, [], { SITE_URL: 'https://a.vn' });
    expect(added.content).not.toBe(first.content);
    expect(added.code).toBe(first.code);
    utimesSync(join(root, 'src/x.ts'), new Date(), new Date(Date.now() + 5000));
    expect(inputsOf(root, [], { SITE_URL: 'https://a.vn' }).code).not.toBe(added.code);
    expect(inputsOf(root, [], { SITE_URL: 'https://b.vn' }).settings).not.toBe(added.settings);
    expect(inputsOf(root, ['--outDir', 'y'], { SITE_URL: 'https://a.vn' }).settings).not.toBe(added.settings);
  });
  it('counts the output folder by files, bytes and the newest change', () => {
    const print = outputPrint(content);
    expect(print.files).toBe(1);
    expect(print.bytes).toBe(1);
    // Written again, same size: only its time tells.
    writeFileSync(join(content, 'news/a.md'), 'b');
    utimesSync(join(content, 'news/a.md'), new Date(), new Date(print.changed + 5000));
    expect(outputPrint(content)).toMatchObject({ files: 1, bytes: 1 });
    expect(outputPrint(content).changed).toBeGreaterThan(print.changed);
    rmSync(join(content, 'news/a.md'));
    expect(outputPrint(content).files).toBe(0);
  });
  it('prints a folder in two parts that add up to the whole (the stamp prints pagefind/ last)', () => {
    const out = join(root, 'out');
    mkdirSync(join(out, 'pagefind/nam-2015'), { recursive: true });
    mkdirSync(join(out, 'tin-tuc'), { recursive: true });
    writeFileSync(join(out, 'index.html'), 'abc');
    writeFileSync(join(out, 'tin-tuc/index.html'), 'de');
    writeFileSync(join(out, 'pagefind/pagefind.js'), 'fghi');
    writeFileSync(join(out, 'pagefind/nam-2015/pf_meta'), 'j');
    utimesSync(join(out, 'pagefind/nam-2015/pf_meta'), new Date(), new Date(Date.now() + 60_000));
    const whole = outputPrint(out);
    expect(whole).toMatchObject({ files: 4, bytes: 10 });
    const outside = outputPrint(out, { except: 'pagefind' });
    const bundle = outputPrint(out, { only: 'pagefind' });
    expect(outside).toMatchObject({ files: 2, bytes: 5 });
    expect(bundle).toMatchObject({ files: 2, bytes: 5 });
    expect(addPrints(outside, bundle)).toEqual(whole);
  });
});
