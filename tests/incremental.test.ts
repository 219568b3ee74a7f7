/**
 * Incremental builds (src/build/incremental.ts, src/lib/pageKeys.ts): after
 * an edit, a rebuild renders only the pages whose content changed, copies the
 * rest from the last build, and gives byte for byte the site a clean full
 * build gives.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteAsync, copyProject, ROOT } from './support/build.ts';
import { addArticles, extraArticle } from './support/articles.ts';

/** A site built again and again from its own content copy, output and cache under `root`. */
function site(root: string) {
  const content = join(root, 'content');
  const outDir = join(root, 'dist');
  // A second copy of the project, for the clean full builds: its own .astro/ folder, so that one
  // runs at the same time as the incremental build (two builds on two cores; one after the other
  // was most of this file's time). Its content sits at the same path relative to its root.
  const twin = join(root, 'twin');
  const build = async (env: Record<string, string> = {}) => {
    const result = await buildSiteAsync({ content: relative(ROOT, content), outDir, env: { ASTRO_CACHE_DIR: join(root, 'cache'), ...env } });
    expect(result.status, result.output).toBe(0);
    return { ...pagesOf(result.output), output: result.output };
  };
  /**
   * An incremental build into dist/ and, meanwhile, a clean full build of the same content (new
   * cache, new output folder) in the twin; `expectSameAsFullBuild()` then checks that dist/ equals
   * the full build, file for file and byte for byte.
   */
  const buildBesideFullBuild = async (name: string) => {
    const full = join(root, `full-${name}`);
    rmSync(full, { recursive: true, force: true });
    if (!existsSync(twin)) {
      mkdirSync(twin, { recursive: true });
      copyProject(twin);
    }
    const twinContent = join(twin, relative(ROOT, content));
    rmSync(twinContent, { recursive: true, force: true });
    cpSync(content, twinContent, { recursive: true });
    const [incremental, clean] = await Promise.all([
      build(),
      buildSiteAsync({ cwd: twin, content: relative(ROOT, content), outDir: join(full, 'dist'), env: { ASTRO_CACHE_DIR: join(full, 'cache') } }),
    ]);
    expect(clean.status, clean.output).toBe(0);
    const expectSameAsFullBuild = () => {
      const expected = files(join(full, 'dist'));
      expect(files(outDir)).toEqual(expected);
      const differing = expected.filter((f) => !readFileSync(join(outDir, f)).equals(readFileSync(join(full, 'dist', f))));
      expect(differing, 'files that differ from a clean full build').toEqual([]);
    };
    return { ...incremental, expectSameAsFullBuild };
  };
  return { content, outDir, build, buildBesideFullBuild };
}

/** Every file under `dir`, relative, sorted. */
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();

/** The pages a build rendered and the ones it copied from the last build, from its log. */
function pagesOf(output: string) {
  const lines = output.split('\n').filter((line) => line.includes('├─ /'));
  const path = (line: string) =>
    line
      .replace(/^.*├─ /, '')
      .replace(/ \(.*$/, '')
      .trim();
  return {
    rendered: lines.filter((l) => !l.includes('(restored)') && !l.includes('(cached)')).map(path),
    copied: lines.filter((l) => l.includes('(restored)') || l.includes('(cached)')).map(path),
  };
}

const base = resolve(ROOT, 'tmp/test-incremental');
const { content, outDir, build, buildBesideFullBuild } = site(base);

/** How many entry files the content loader said it took from the last build unread (src/schema/loader.ts). */
const unread = (output: string) =>
  [...output.matchAll(/([\d.]+) bài không đổi từ lần dựng trước/g)].reduce((sum, m) => sum + Number(m[1]!.replace(/\./g, '')), 0);
/** The Markdown and MDX entries of the content copy. */
const entryFiles = () => readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f)).length;

const ARTICLE = 'news/2016/tin-phuong-so-05.md';
const edit = (file: string, from: string, to: string) => {
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  expect(before).toContain(from);
  writeFileSync(path, before.replace(from, to));
};

describe('incremental builds', () => {
  it('a rebuild with nothing changed renders no keyed page', async () => {
    rmSync(base, { recursive: true, force: true });
    cpSync(resolve(ROOT, 'tests/fixtures/content'), content, { recursive: true });
    const cold = await build();
    expect(cold.copied).toEqual([]);
    const again = await build();
    // Every article, listing, album page and card is copied; pages without keys (home, feeds) render again.
    expect(again.rendered).not.toContain('/tin-tuc/2016/tin-phuong-so-05/index.html');
    expect(again.copied).toContain('/tin-tuc/2016/tin-phuong-so-05/index.html');
    expect(existsSync(join(outDir, 'anh-chia-se/tin-tuc/2016/tin-phuong-so-05.png'))).toBe(true);
    expect(again.rendered.filter((p) => p.startsWith('/tin-tuc/2'))).toEqual([]);
    // No entry file was read again: each is stored as it is.
    expect(unread(cold.output)).toBe(0);
    expect(unread(again.output)).toBe(entryFiles());
  });

  it("after an edit to one article's text, renders that article and nothing it does not show, and equals a full build", async () => {
    edit(ARTICLE, 'Nội dung tin phường số 05.', 'Nội dung tin phường số 05, đã sửa: THAY-DOI-7Q.');
    const { rendered, copied, output, expectSameAsFullBuild } = await buildBesideFullBuild('edit');
    expect(unread(output), 'every entry file but the edited one is taken from the store unread').toBe(entryFiles() - 1);
    expect(rendered).toContain('/tin-tuc/2016/tin-phuong-so-05/index.html');
    // Its neighbours, its listings (the body is not listed) and its card (the title is unchanged) are copied.
    expect(copied).toContain('/tin-tuc/2016/tin-phuong-so-06/index.html');
    expect(copied).toContain('/tin-tuc/index.html');
    expect(readFileSync(join(outDir, 'tin-tuc/2016/tin-phuong-so-05/index.html'), 'utf8')).toContain('THAY-DOI-7Q');
    // A page copied from the cache still has its card.
    expect(existsSync(join(outDir, 'anh-chia-se/tin-tuc/2016/tin-phuong-so-06.png'))).toBe(true);
    expectSameAsFullBuild();
  });

  it('after a new title, renders the lists and the card that show it', async () => {
    const card = join(outDir, 'anh-chia-se/tin-tuc/2016/tin-phuong-so-05.png');
    const before = readFileSync(card);
    edit(ARTICLE, 'title: Tin phường số 05 năm 2016', 'title: Tin phường số 05 năm 2016 (đã đổi tên)');
    const { rendered, expectSameAsFullBuild } = await buildBesideFullBuild('title');
    expect(rendered).toContain('/tin-tuc/2016/tin-phuong-so-05/index.html');
    // The card shows the title: drawn again.
    expect(readFileSync(card).equals(before)).toBe(false);
    expect(rendered.some((p) => (p.startsWith('/tin-tuc/2016/') && p.includes('trang-')) || p === '/tin-tuc/2016/index.html')).toBe(true);
    expectSameAsFullBuild();
  });

  it('after an article is added and one withdrawn, equals a full build', async () => {
    const added = readFileSync(join(content, ARTICLE), 'utf8')
      .replace(/^title: .*$/m, 'title: Bài mới thêm vào kho')
      .replace(/^publishedAt: .*$/m, 'publishedAt: 2016-12-30T08:00:00+07:00');
    writeFileSync(join(content, 'news/2016/bai-moi-them.md'), added);
    edit('news/2016/tin-phuong-so-07.md', 'districts:', 'status: withdrawn\nwithdrawnReason: Thông tin chưa chính xác\ndistricts:');
    const { rendered, expectSameAsFullBuild } = await buildBesideFullBuild('add-withdraw');
    expect(rendered).toContain('/tin-tuc/2016/bai-moi-them/index.html');
    expect(rendered).toContain('/tin-tuc/2016/tin-phuong-so-07/index.html');
    expectSameAsFullBuild();
  });

  it('after an article is deleted and one turned back into a draft, their pages and cards are gone, as in a full build', async () => {
    rmSync(join(content, 'news/2016/bai-moi-them.md'));
    edit('news/2016/tin-phuong-so-08.md', 'districts:', 'draft: true\ndistricts:');
    const { expectSameAsFullBuild } = await buildBesideFullBuild('delete-draft');
    for (const gone of ['tin-tuc/2016/bai-moi-them/index.html', 'tin-tuc/2016/tin-phuong-so-08/index.html', 'anh-chia-se/tin-tuc/2016/tin-phuong-so-08.png']) {
      expect(existsSync(join(outDir, gone)), gone).toBe(false);
    }
    expectSameAsFullBuild();
  });

  it("after the unit's details change (Thông tin đơn vị), renders every keyed page again with the new footer, and equals a full build", async () => {
    edit('don-vi.json', '"phone": "024 3875 0000"', '"phone": "024 3875 9999"');
    const { rendered, copied, expectSameAsFullBuild } = await buildBesideFullBuild('unit');
    expect(copied.filter((p) => p.endsWith('.html'))).toEqual([]);
    expect(rendered).toContain('/tin-tuc/2016/tin-phuong-so-06/index.html');
    expect(readFileSync(join(outDir, 'tin-tuc/2016/tin-phuong-so-06/index.html'), 'utf8')).toContain('024 3875 9999');
    expectSameAsFullBuild();
  });

  it('TIN_PHUONG_FULL_BUILD renders every page again (as a change to the code does: src/build/incremental.test.ts)', async () => {
    const forced = await build({ TIN_PHUONG_FULL_BUILD: '1' });
    expect(forced.copied).toEqual([]);
    expect((await build()).rendered.filter((p) => p.startsWith('/tin-tuc/2'))).toEqual([]);
  });
});

describe('incremental builds of lists with archive pages', () => {
  const lists = site(resolve(ROOT, 'tmp/test-incremental-lists'));
  /** The archive pages (trang-N) among `pages`. */
  const archive = (pages: string[]) => pages.filter((p) => /\/trang-\d+\/index\.html$/.test(p));

  it('after an article is added, renders the front pages of its lists and no archive page, and equals a full build', async () => {
    rmSync(resolve(ROOT, 'tmp/test-incremental-lists'), { recursive: true, force: true });
    cpSync(resolve(ROOT, 'tests/fixtures/content'), lists.content, { recursive: true });
    // 29 + 45 articles: /tin-tuc/ has 2 archive pages, the category 2, the year 2019 1 (20 to 39 on each front page).
    addArticles(lists.content, 1, 45);
    const cold = await lists.build();
    expect(archive(cold.rendered).length).toBeGreaterThan(0);
    const html = (name: string) => readFileSync(join(lists.outDir, name), 'utf8');
    const before = html('tin-tuc/trang-2/index.html');

    addArticles(lists.content, 46, 46);
    const { rendered, copied, expectSameAsFullBuild } = await lists.buildBesideFullBuild('add');
    expect(rendered).toContain(`${extraArticle(46).url}index.html`);
    for (const front of [
      '/tin-tuc/index.html',
      '/tin-tuc/2019/index.html',
      '/chuyen-muc/tin-tuc-su-kien/index.html',
      '/phuong-xa/phuong-viet-hung-00127/index.html',
    ])
      expect(rendered, front).toContain(front);
    // The archive pages hold the same articles and print the same links: copied, not rendered.
    expect(archive(rendered)).toEqual([]);
    expect(copied).toEqual(
      expect.arrayContaining(['/tin-tuc/trang-1/index.html', '/tin-tuc/trang-2/index.html', '/chuyen-muc/tin-tuc-su-kien/trang-1/index.html']),
    );
    expect(html('tin-tuc/trang-2/index.html')).toBe(before);
    // The new article is on the front page, the numbers of newest-first paging past the archive lead there.
    expect(readFileSync(join(lists.outDir, 'tin-tuc/index.html'), 'utf8')).toContain(extraArticle(46).url);
    expect(readFileSync(join(lists.outDir, '_redirects'), 'utf8')).toContain('/tin-tuc/trang-3/ /tin-tuc/ 301');
    expectSameAsFullBuild();
  });

  it('when a list grows past a retired number, that number is a page again (no redirect left), as in a full build', async () => {
    // 80 articles: /tin-tuc/ gains archive page 3, which redirected to the front page until now.
    addArticles(lists.content, 47, 51);
    const { rendered, expectSameAsFullBuild } = await lists.buildBesideFullBuild('grow');
    expect(rendered).toContain('/tin-tuc/trang-3/index.html');
    const third = readFileSync(join(lists.outDir, 'tin-tuc/trang-3/index.html'), 'utf8');
    expect(third).not.toContain('http-equiv="refresh"');
    expect(third).toContain('<title>Tin tức – Trang 3 |');
    expect(readFileSync(join(lists.outDir, '_redirects'), 'utf8')).not.toContain('/tin-tuc/trang-3/ ');
    expectSameAsFullBuild();
  });
});
