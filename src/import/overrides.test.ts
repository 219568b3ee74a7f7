import { describe, expect, it } from 'vitest';
import { toVnIso } from '../lib/dates.ts';
import { applyOverride, parseOverrides } from './overrides.ts';
import type { PageFacts } from './parse.ts';

describe('parseOverrides', () => {
  it('reads facts per file; a date without time is date-only', () => {
    const overrides = parseOverrides(
      JSON.stringify({
        '003.txt': { publishedAt: '2014-03-28', category: 'Tin tức - Sự kiện', note: 'Ngày lấy từ câu đầu bài.' },
        '004.txt': { publishedAt: '2023-03-25T09:38', views: 58, wards: ['phuong-phuc-loi-00136'], skip: 'trang trùng' },
      }),
      'overrides.json',
    );
    const a = overrides.get('003.txt')!;
    expect(toVnIso(a.publishedAt!.date)).toBe('2014-03-28T00:00:00+07:00');
    expect(a.publishedAt!.dateOnly).toBe(true);
    expect(a.category).toBe('Tin tức - Sự kiện');
    const b = overrides.get('004.txt')!;
    expect(b.publishedAt!.dateOnly).toBe(false);
    expect(b).toMatchObject({ views: 58, wards: ['phuong-phuc-loi-00136'], skip: 'trang trùng' });
  });
  it.each([
    ['{', /không phải JSON/],
    ['[]', /phải là một đối tượng/],
    ['{"a.txt": {"publishedAt": "31/02/2015"}}', /a\.txt › publishedAt: phải là ngày/],
    ['{"a.txt": {"publishedAt": "2015-02-31"}}', /phải là ngày/],
    ['{"a.txt": {"publishdAt": "2015-02-01"}}', /publishdAt: khóa không được hỗ trợ/],
    ['{"a.txt": {"views": -1}}', /views: phải là số nguyên không âm/],
    ['{"a.txt": {"wards": "x"}}', /wards: phải là danh sách/],
    ['{"a.txt": {"title": ""}}', /title: phải là chuỗi không rỗng/],
  ])('refuses %s, naming the place', (json, message) => {
    expect(() => parseOverrides(json, 'overrides.json')).toThrow(message);
  });
});

describe('applyOverride', () => {
  const facts: PageFacts = { title: 'Trang', views: 3, categories: [], blocks: [], warnings: [], tried: [] };
  it('puts the operator’s facts over the page’s', () => {
    const date = new Date('2014-03-27T17:00:00Z');
    expect(applyOverride(facts, { publishedAt: { date, dateOnly: true }, views: 5 })).toMatchObject({
      title: 'Trang',
      views: 5,
      published: { date, dateOnly: true },
    });
    expect(applyOverride(facts, undefined)).toBe(facts);
  });
});
