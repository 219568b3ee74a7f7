import { describe, expect, it } from 'vitest';
import fuzzy from 'fuzzy';
import { foldVietnamese } from '../src/lib/vietnamese.ts';
import { filter, match, simpleFilter, test } from './listSearch.ts';

const WARDS = [
  'Phường Phúc Lợi – Thành phố Hà Nội',
  'Phường Phúc Lợi (cũ) – Quận Long Biên, Thành phố Hà Nội',
  'Phường Phúc Đồng (cũ) – Quận Long Biên, Thành phố Hà Nội',
  'Phường Cự Khối (cũ) – Quận Long Biên, Thành phố Hà Nội',
  'Phường Bồ Đề – Thành phố Hà Nội',
  'Phường Hòa Khánh – Thành phố Đà Nẵng',
];

describe('the admin’s search, in place of fuzzy', () => {
  it('finds “Phúc Lợi” typed without tones, in any case and Unicode form', () => {
    expect(simpleFilter('phuc loi', WARDS)).toEqual(WARDS.slice(0, 2));
    expect(simpleFilter('PHUC LOI', WARDS)).toEqual(WARDS.slice(0, 2));
    expect(simpleFilter('Phúc Lợi'.normalize('NFD'), WARDS)).toEqual(WARDS.slice(0, 2));
    expect(simpleFilter('bo de', WARDS)).toEqual(['Phường Bồ Đề – Thành phố Hà Nội']);
  });

  it('does not propose a ward whose letters merely appear in order (what fuzzy did)', () => {
    // fuzzy over the folded label, as the admin searched before: p-h-u-c, l-o(ng), (b)i(ên) finds Phúc Đồng.
    expect(fuzzy.test('phuc loi', foldVietnamese(WARDS[2]!))).toBe(true);
    expect(test('phuc loi', WARDS[2])).toBe(false);
    expect(test('oi', 'Phường Phúc Lợi')).toBe(false);
  });

  it('matches tones when they are typed', () => {
    expect(simpleFilter('phúc lợi', WARDS)).toEqual(WARDS.slice(0, 2));
    expect(test('phục', 'Phường Phúc Lợi')).toBe(false);
    expect(test('đà nẵng', 'Phường Hòa Khánh – Thành phố Đà Nẵng')).toBe(true);
    expect(test('da nang', 'Phường Hòa Khánh – Thành phố Đà Nẵng')).toBe(true);
  });

  it('lets the last word be a prefix, ranking whole words first', () => {
    const titles = ['Hội nghị tổng kết phong trào', 'Phong trào thi đua', 'Phòng chống dịch'];
    expect(filter('phong', titles).map((r) => r.original)).toEqual(['Phong trào thi đua', 'Hội nghị tổng kết phong trào', 'Phòng chống dịch']);
    expect(simpleFilter('phong tr', titles)).toEqual(['Hội nghị tổng kết phong trào', 'Phong trào thi đua']);
  });

  it('scores every match above the 5 that Decap’s list search requires, and the whole text as Infinity', () => {
    expect(match('loi', 'Phúc Lợi')!.score).toBeGreaterThan(5);
    expect(match('phuc loi', 'Phúc Lợi')!.score).toBe(Infinity);
    expect(match('', 'Phúc Lợi')!.score).toBeGreaterThan(5);
  });

  it('extracts the text from entries as fuzzy does, and keeps fuzzy’s result shape', () => {
    const entries = [{ data: { title: 'Tết trồng cây' } }, { data: { title: 'Ngày hội đại đoàn kết' } }];
    const results = filter('dai doan', entries, { extract: (e) => e.data.title });
    expect(results).toEqual([{ string: 'Ngày hội đại đoàn kết', score: expect.any(Number), index: 1, original: entries[1] }]);
    expect(filter('x', [])).toEqual([]);
    expect(match('a', undefined)).toBeNull();
  });
});
