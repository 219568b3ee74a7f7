import { describe, expect, it } from 'vitest';
import { articleSlug } from './articleSlug.ts';

describe('an article’s slug', () => {
  it('is the Vietnamese year of its date and the ASCII slug of its title', () => {
    expect(articleSlug('Phường Phúc Lợi ra quân đầu năm 2027', '2027-01-02T08:00:00+07:00')).toBe('2027/phuong-phuc-loi-ra-quan-dau-nam-2027');
    // 23:30 on 31/12 in Viet Nam is 16:30 UTC the same day; 00:30 on 1/1 is still 31/12 in UTC.
    expect(articleSlug('Đón năm mới', '2027-01-01T00:30:00+07:00')).toBe('2027/don-nam-moi');
    expect(articleSlug('Đón năm mới', new Date('2026-12-31T17:30:00Z'))).toBe('2027/don-nam-moi');
  });

  it('is unknown without a title or a date', () => {
    expect(articleSlug('', '2027-01-02T08:00:00+07:00')).toBeNull();
    expect(articleSlug('Tiêu đề', 'hôm nay')).toBeNull();
    expect(articleSlug(undefined, undefined)).toBeNull();
  });
});
