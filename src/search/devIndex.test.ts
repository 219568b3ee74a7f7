import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedPage, pagesToFetch } from './devIndex.ts';

const root = join(sep, 'site', 'content');

describe('changedPage', () => {
  it("names the page of an edited article or campaign, its id being the file's path without the extension", () => {
    expect(changedPage(join(root, 'news', '2015', 'phuong-phuc-loi.md'), root)).toBe('/tin-tuc/2015/phuong-phuc-loi/');
    expect(changedPage(join(root, 'news', '2024', 'bai-viet-mdx.mdx'), root)).toBe('/tin-tuc/2024/bai-viet-mdx/');
    expect(changedPage(join(root, 'campaigns', 'thi-dua-2025.md'), root)).toBe('/phong-trao/thi-dua-2025/');
  });

  it('names none for a change that may touch many pages: wards, categories, settings, photos, code', () => {
    for (const file of [
      join(root, 'wards', 'x.json'),
      join(root, 'categories', 'tin-tuc.json'),
      join(root, 'don-vi.json'),
      join(root, 'news', '2015', 'anh', 'a.jpg'),
      join(sep, 'site', 'src', 'layouts', 'Base.astro'),
    ]) {
      expect(changedPage(file, root), file).toBeNull();
    }
  });
});

describe('pagesToFetch', () => {
  const paths = ['/phong-trao/thi-dua/', '/tin-tuc/2015/a/', '/tin-tuc/2015/b/', '/tin-tuc/2016/moi/'];
  const known = new Map([
    ['/phong-trao/thi-dua/', '<html>'],
    ['/tin-tuc/2015/a/', '<html>'],
    ['/tin-tuc/2015/b/', '<html>'],
    ['/tin-tuc/2014/da-xoa/', '<html>'],
  ]);

  it('fetches the edited page, the pages new to the sitemap and the campaigns, and keeps the others', () => {
    expect(pagesToFetch(paths, known, { all: false, paths: new Set(['/tin-tuc/2015/b/']) })).toEqual([
      '/phong-trao/thi-dua/',
      '/tin-tuc/2015/b/',
      '/tin-tuc/2016/moi/',
    ]);
  });

  it('fetches every page after a change it cannot place, or the first time', () => {
    expect(pagesToFetch(paths, known, { all: true, paths: new Set() })).toEqual(paths);
    expect(pagesToFetch(paths, new Map(), { all: false, paths: new Set() })).toEqual(paths);
  });
});
