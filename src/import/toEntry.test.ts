import { describe, expect, it } from 'vitest';
import { fromVnParts } from '../lib/dates.ts';
import { splitFrontmatter } from '../schema/frontmatter.ts';
import { entrySlug, entryText, entryYear, isUnedited, type EntryFacts } from './toEntry.ts';

const facts: EntryFacts = {
  title: 'Phường Phúc Lợi: Với công tác thi đua khen thưởng.',
  summary: 'Công tác thi đua - khen thưởng có vị trí quan trọng.',
  published: { date: fromVnParts(2015, 9, 7, 16, 46)!, dateOnly: false },
  category: 'hoat-dong-khoi-chinh-quyen',
  wards: ['phuong-phuc-loi-cu-00136'],
  districts: [],
  campaigns: ['thi-dua-yeu-nuoc'],
  views: 329,
  importedFrom: '000_1eba78289dc0a834.txt',
  body: 'Đoạn một.\n\n*Chú thích*\n',
};

describe('entrySlug and entryYear', () => {
  it('slug the title (đ→d) and file by the year in Viet Nam', () => {
    expect(entrySlug(facts.title)).toBe('phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong');
    expect(entrySlug('Đường Đê')).toBe('duong-de');
    expect(entrySlug('“…”')).toBe('bai-viet');
    // 00:30 on 1 January in Hà Nội is still 31 December in UTC: the year is Viet Nam's.
    expect(entryYear({ date: fromVnParts(2015, 12, 31, 23, 30)!, dateOnly: false })).toBe(2015);
    expect(entryYear({ date: fromVnParts(2016, 1, 1, 0, 30)!, dateOnly: false })).toBe(2016);
  });
});

describe('entryText', () => {
  const text = entryText(facts);
  it('writes front matter in schema order with +07:00 dates, then the body', () => {
    expect(text).toMatch(
      /^---\ntitle: "Phường Phúc Lợi: Với công tác thi đua khen thưởng."\nsummary: .*\npublishedAt: 2015-09-07T16:46:00\+07:00\ncategory: hoat-dong-khoi-chinh-quyen\nwards:\n {2}- phuong-phuc-loi-cu-00136\ncampaigns:\n {2}- thi-dua-yeu-nuoc\nlegacy:\n {2}views: 329\n {2}importedFrom: 000_1eba78289dc0a834.txt\n {2}checksum: "[0-9a-f]{16}"\n---\n\nĐoạn một\.\n\n\*Chú thích\*\n$/,
    );
  });
  it('reads back as the site reads it: dates stay strings, nothing is lost', () => {
    const { data, body } = splitFrontmatter(text);
    expect(data.publishedAt).toBe('2015-09-07T16:46:00+07:00');
    expect(data.legacy).toMatchObject({ views: 329, importedFrom: '000_1eba78289dc0a834.txt' });
    expect(body).toBe('\nĐoạn một.\n\n*Chú thích*\n');
  });
  it('marks a date-only article and keeps updatedAt, byline, source and url', () => {
    const dated = entryText({
      ...facts,
      published: { date: fromVnParts(2014, 3, 28)!, dateOnly: true },
      updated: { date: fromVnParts(2014, 3, 29, 8)!, dateOnly: false },
      byline: 'Như Hân',
      source: 'Ban Tuyên giáo Quận ủy',
      url: 'http://phucloi.longbien.gov.vn/tin/1',
      views: undefined,
    });
    const { data } = splitFrontmatter(dated);
    expect(data).toMatchObject({
      publishedAt: '2014-03-28T00:00:00+07:00',
      updatedAt: '2014-03-29T08:00:00+07:00',
      byline: 'Như Hân',
      source: 'Ban Tuyên giáo Quận ủy',
    });
    expect(data.legacy).toEqual({
      url: 'http://phucloi.longbien.gov.vn/tin/1',
      importedFrom: facts.importedFrom,
      dateOnly: true,
      checksum: expect.any(String),
    });
  });
  it('quotes what YAML would otherwise misread', () => {
    const { data } = splitFrontmatter(entryText({ ...facts, title: '2017', summary: 'true', byline: '- Minh Ngọc: "Tin"' }));
    expect(data).toMatchObject({ title: '2017', summary: 'true', byline: '- Minh Ngọc: "Tin"' });
  });
  it('is deterministic', () => {
    expect(entryText(facts)).toBe(text);
  });
});

describe('isUnedited', () => {
  const text = entryText(facts);
  it('knows a file exactly as written', () => {
    expect(isUnedited(text)).toBe(true);
  });
  it('knows an edited file, in the body or the front matter', () => {
    expect(isUnedited(text.replace('Đoạn một.', 'Đoạn một đã sửa.'))).toBe(false);
    expect(isUnedited(text.replace('views: 329', 'views: 330'))).toBe(false);
  });
  it('treats a file without a checksum as not the importer’s', () => {
    expect(isUnedited('---\ntitle: x\n---\n\nBài viết tay.\n')).toBe(false);
  });
});
