/**
 * What an editor reads when an entry breaks the schema: the fixture's own
 * files, broken one way each, read as the loader reads them (frontmatter.ts),
 * checked with the schema the build uses (entrySchema, references against the
 * files on disk) and worded by Astro's own build error. tests/build.test.ts
 * runs two of these through a real build, proving these lines reach it.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AstroErrorData } from 'astro/errors';
import { z } from 'astro/zod';
import { collections, entrySchema, type CollectionName } from './collections.ts';
import { checkedReference } from './references.ts';
import { splitFrontmatter } from './frontmatter.ts';

const FIXTURE = resolve(import.meta.dirname, '../../tests/fixtures/content');
const folder = (name: string) => join(FIXTURE, collections[name as CollectionName].folder.replace(/^content\//, ''));
// Photos are checked by the build's image() and the loader's photo checks (tests/build.test.ts); here a path is a path.
const schema = entrySchema('news', { image: () => z.string(), reference: (c) => checkedReference(c, folder(c)) });

const ARTICLE = '2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong';
const WITH_COVER = '2024/le-khanh-thanh-tru-so-ubnd-phuong';

/** The lines of the build error for the article `id` after `edit`, as the terminal shows them (Astro's logger drops the ** marks). */
function buildError(id: string, edit: (source: string) => string): string[] {
  const before = readFileSync(join(folder('news'), `${id}.md`), 'utf8');
  const after = edit(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  const parsed = schema.safeParse(splitFrontmatter(after).data);
  expect(parsed.success, 'the broken entry must fail').toBe(false);
  return AstroErrorData.InvalidContentEntryDataError.message('news', id, parsed.error!).replaceAll('**', '').split('\n').filter(Boolean);
}

describe('a broken article’s build error names the entry, the field and what is wrong', () => {
  it('accepts the unbroken fixture articles (so each failure below is the edit’s)', () => {
    for (const id of [ARTICLE, WITH_COVER]) {
      const parsed = schema.safeParse(splitFrontmatter(readFileSync(join(folder('news'), `${id}.md`), 'utf8')).data);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });

  it('a missing title', () => {
    expect(buildError(ARTICLE, (s) => s.replace(/^title:.*\n/m, ''))).toEqual([
      `news → ${ARTICLE} data does not match collection schema.`,
      '  title: Thiếu trường bắt buộc “Tiêu đề”',
    ]);
  });

  it('an impossible date, quoted as written', () => {
    expect(buildError(ARTICLE, (s) => s.replace(/^publishedAt:.*$/m, 'publishedAt: 2015-02-31T10:00:00+07:00'))).toEqual([
      `news → ${ARTICLE} data does not match collection schema.`,
      '  publishedAt: “Ngày giờ đăng” không phải ngày giờ hợp lệ: 2015-02-31T10:00:00+07:00',
    ]);
  });

  it('an unknown ward, campaign or category, by the id written and the folder looked in', () => {
    const cases = [
      {
        edit: (s: string) => s.replace('  - phuong-phuc-loi-cu-00136', '  - phuong-khong-co-99999'),
        line: `  wards.0: Không có “phuong-khong-co-99999” trong wards (${folder('wards')})`,
      },
      {
        edit: (s: string) => s.replace('  - thi-dua-yeu-nuoc', '  - phong-trao-khong-co'),
        line: `  campaigns.0: Không có “phong-trao-khong-co” trong campaigns (${folder('campaigns')})`,
      },
      {
        edit: (s: string) => s.replace('category: hoat-dong-khoi-chinh-quyen', 'category: chuyen-muc-khong-co'),
        line: `  category: Không có “chuyen-muc-khong-co” trong categories (${folder('categories')})`,
      },
    ];
    for (const c of cases) expect(buildError(ARTICLE, c.edit)).toEqual([`news → ${ARTICLE} data does not match collection schema.`, c.line]);
  });

  it('a cover photo without its description (alt), by the field’s path and its label', () => {
    expect(buildError(WITH_COVER, (s) => s.replace(/^ {2}alt:.*\n/m, ''))).toEqual([
      `news → ${WITH_COVER} data does not match collection schema.`,
      '  cover.alt: Thiếu trường bắt buộc “Mô tả ảnh (alt)”',
    ]);
  });

  it('a withdrawn article without its reason', () => {
    expect(buildError(ARTICLE, (s) => s.replace(/^title:/m, 'status: withdrawn\ntitle:'))).toEqual([
      `news → ${ARTICLE} data does not match collection schema.`,
      '  withdrawnReason: Bài đã gỡ phải ghi lý do gỡ bài',
    ]);
  });
});
