/**
 * The benchmark corpus (scripts/corpus.ts): deterministic, complete (every
 * reference resolves), valid against the site's schema, shaped like the
 * seeds (long bodies, lists, captions, covers beside the article).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { z } from 'astro/zod';
import { CORPUS_HELP, parseArgs, viNumber, writeCorpus, PROVINCES, type CorpusSummary } from './corpus.ts';
import { splitFrontmatter } from '../src/schema/frontmatter.ts';
import { collections, type CollectionName } from '../src/schema/collections.ts';
import { toZodObject } from '../src/schema/fields.ts';
import { newsRules } from '../src/schema/rules.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ARTICLES = 60;
let work: string;
let dir: string;
let summary: CorpusSummary;

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(root, f)).isFile())
    .sort();
}
function digest(root: string): string {
  const hash = createHash('sha256');
  for (const f of files(root)) hash.update(f).update(readFileSync(join(root, f)));
  return hash.digest('hex');
}
const ids = (folder: string) => new Set(files(folder).map((f) => f.replace(/\.(md|json)$/, '')));

beforeAll(async () => {
  // tmp/ is not in a fresh clone (git ignores it).
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  work = mkdtempSync(join(ROOT, 'tmp', 'corpus-test-'));
  dir = join(work, 'a');
  summary = await writeCorpus({ articles: ARTICLES, dir, seed: 7, coverRate: 0.1 });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeCorpus', () => {
  it('writes a complete content root', () => {
    for (const folder of ['news', 'campaigns', 'categories', 'wards', 'districts']) expect(existsSync(join(dir, folder)), folder).toBe(true);
    const news = files(join(dir, 'news')).filter((f) => f.endsWith('.md'));
    expect(news).toHaveLength(ARTICLES);
    for (const f of news) expect(f).toMatch(/^\d{4}\/[a-z0-9-]+\.md$/);
    expect(summary.campaigns).toBeGreaterThanOrEqual(18);
    expect(summary.categories).toBe(readdirSync(join(ROOT, 'content/categories')).length);
  });

  it('is deterministic for a seed, and differs for another', async () => {
    const again = join(work, 'b');
    await writeCorpus({ articles: ARTICLES, dir: again, seed: 7, coverRate: 0.1 });
    expect(digest(again)).toBe(digest(dir));
    const other = join(work, 'c');
    await writeCorpus({ articles: 20, dir: other, seed: 8, coverRate: 0 });
    expect(files(join(other, 'news'))).not.toEqual(files(join(dir, 'news')).slice(0, 20));
  }, 120_000);

  it('refuses to write into content/', async () => {
    await expect(writeCorpus({ articles: 10, dir: join(ROOT, 'content') })).rejects.toThrow(/content/);
  });

  it('passes the site schema, with every reference resolving', () => {
    const refs: Record<string, Set<string>> = {
      categories: ids(join(dir, 'categories')),
      wards: ids(join(dir, 'wards')),
      districts: ids(join(dir, 'districts')),
      campaigns: ids(join(dir, 'campaigns')),
    };
    const ctx = (collection: CollectionName) => ({
      image: () => z.string().regex(/^\.\/anh\/[a-z0-9-]+\.jpg$/),
      reference: (target: string) => z.string().refine((id) => refs[target]!.has(id), { message: `unknown ${target} (${collection})` }),
    });
    const news = toZodObject(collections.news.fields, ctx('news')).superRefine(newsRules);
    for (const f of files(join(dir, 'news')).filter((x) => x.endsWith('.md'))) {
      const { data } = splitFrontmatter(readFileSync(join(dir, 'news', f), 'utf8'));
      const parsed = news.safeParse(data);
      expect(parsed.success, `${f}: ${parsed.error?.message}`).toBe(true);
    }
    for (const name of ['campaigns', 'wards', 'districts', 'categories'] as const) {
      const schema = toZodObject(collections[name].fields, ctx(name));
      for (const f of files(join(dir, name))) {
        const text = readFileSync(join(dir, name, f), 'utf8');
        const data = f.endsWith('.json') ? JSON.parse(text) : splitFrontmatter(text).data;
        const parsed = schema.safeParse(data);
        expect(parsed.success, `${name}/${f}: ${parsed.error?.message}`).toBe(true);
      }
    }
  });

  it('draws ~60 wards and their districts from several provinces', () => {
    const wards = files(join(dir, 'wards')).map(
      (f) => JSON.parse(readFileSync(join(dir, 'wards', f), 'utf8')) as { status: string; province: { name: string } },
    );
    const historic = wards.filter((w) => w.status === 'historic');
    expect(historic.length).toBeGreaterThanOrEqual(60);
    const provinces = new Set(wards.map((w) => w.province.name));
    for (const p of PROVINCES) expect(provinces.has(p), p).toBe(true);
    expect(summary.districts).toBeGreaterThanOrEqual(15);
  });

  it('writes articles shaped like the seeds: 600–1500 words, headings, lists, captions, documents, names', () => {
    const bodies = files(join(dir, 'news'))
      .filter((x) => x.endsWith('.md'))
      .map((f) => splitFrontmatter(readFileSync(join(dir, 'news', f), 'utf8')).body);
    for (const body of bodies) {
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(600);
      expect(words).toBeLessThanOrEqual(1500);
    }
    const all = bodies.join('\n');
    expect(all).toMatch(/^## /m);
    expect(all).toMatch(/^- /m);
    expect(all).toMatch(/^\*[^*\n]+\*$/m);
    expect(all).toMatch(/số \d+\/(QĐ|KH|TB|CT|NQ|BC|HD)-[A-ZĐ]+ ngày \d{2}\/\d{2}\/\d{4}/);
    expect(all).toMatch(/đồng chí (Nguyễn|Trần|Lê|Phạm|Hoàng|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô)( \p{Lu}\p{Ll}*){1,3}, /u);
    // A varied vocabulary, not a few sentences repeated.
    const sentences = all.split(/(?<=\.)\s+/);
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.9);
    expect(summary.distinctWords).toBeGreaterThan(2000);
  });

  it('dates articles 2011–2025, with drafts, withdrawn and future-dated ones', () => {
    const years = Object.keys(summary.years).map(Number);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2011);
    expect(years.filter((y) => y <= 2025).length).toBeGreaterThanOrEqual(12);
    expect(years.some((y) => y > 2026)).toBe(true);
    expect(summary.drafts).toBeGreaterThanOrEqual(3);
    expect(summary.future).toBeGreaterThanOrEqual(2);
    const text = files(join(dir, 'news'))
      .map((f) => (f.endsWith('.md') ? readFileSync(join(dir, 'news', f), 'utf8') : ''))
      .join('\n');
    expect(text.match(/^draft: true$/gm)).toHaveLength(summary.drafts);
    expect(text.match(/^status: withdrawn$/gm)).toHaveLength(summary.withdrawn);
  });

  it('puts cover photos beside the article as small 1200×800 JPEGs', async () => {
    expect(summary.covers).toBeGreaterThan(0);
    const articles = files(join(dir, 'news')).filter((f) => f.endsWith('.md'));
    let seen = 0;
    for (const f of articles) {
      const { data } = splitFrontmatter(readFileSync(join(dir, 'news', f), 'utf8'));
      const cover = data.cover as { image: string; alt: string } | undefined;
      if (!cover) continue;
      seen++;
      expect(cover.alt.length).toBeGreaterThan(10);
      const photo = join(dir, 'news', f, '..', cover.image);
      const meta = await sharp(photo).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 800]);
      expect(statSync(photo).size).toBeGreaterThanOrEqual(50 * 1024);
      expect(statSync(photo).size).toBeLessThanOrEqual(150 * 1024);
    }
    expect(seen).toBe(summary.covers);
  });
});

describe('helpers', () => {
  it('writes numbers the Vietnamese way', () => {
    expect(viNumber(4670.8, 1)).toBe('4.670,8');
    expect(viNumber(1539)).toBe('1.539');
    expect(viNumber(105.29, 2)).toBe('105,29');
    expect(viNumber(100, 2)).toBe('100');
  });

  it('reads the CLI options', () => {
    expect(parseArgs(['--articles', '300', '--out', 'tmp/x', '--seed', '3'])).toMatchObject({ articles: 300, out: 'tmp/x', seed: 3, covers: 0.1 });
    expect(parseArgs(['--cover-rate', '0'])).toMatchObject({ articles: 1000, out: resolve(ROOT, 'tmp/corpus'), seed: 1, covers: 0 });
  });

  it('refuses a wrong option or value in Vietnamese, and explains itself on --help', () => {
    expect(() => parseArgs(['--article', '300'])).toThrow(/^Tùy chọn không hỗ trợ \(unknown option\): --article$/);
    expect(() => parseArgs(['--articles'])).toThrow(/^--articles cần một giá trị/);
    expect(() => parseArgs(['--articles', 'nhiều'])).toThrow(/^--articles phải là số nguyên dương/);
    expect(() => parseArgs(['--cover-rate', '10'])).toThrow(/^--cover-rate phải là số từ 0 đến 1/);
    expect(parseArgs(['--articles', '300', '--help'])).toBe('help');
    const node = join(ROOT, 'node_modules/.bin/node');
    const help = spawnSync(node, ['scripts/corpus.ts', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(`${CORPUS_HELP}\n`);
    for (const option of ['--articles', '--out', '--seed', '--cover-rate']) expect(CORPUS_HELP, option).toMatch(new RegExp(`^ {2}${option} .*\\p{L}`, 'mu'));
    const wrong = spawnSync(node, ['scripts/corpus.ts', '--bogus'], { cwd: ROOT, encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^Tùy chọn không hỗ trợ \(unknown option\): --bogus\nCách dùng/);
  });
});
