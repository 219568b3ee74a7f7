import { describe, expect, it } from 'vitest';
import { formatCount, metaLine, sourceLine } from './articleMeta.ts';

describe('articleMeta', () => {
  it('prints the old portal line', () => {
    expect(metaLine({ publishedAt: new Date('2015-09-07T16:46:00+07:00'), legacy: { views: 329 } })).toBe('Ngày đăng 07/09/2015 | 16:46 | Lượt xem: 329');
  });
  it('leaves out the time for date-only pages and the count when unknown', () => {
    expect(metaLine({ publishedAt: new Date('2024-05-17T00:00:00+07:00'), legacy: { dateOnly: true, views: 1204 } })).toBe(
      'Ngày đăng 17/05/2024 | Lượt xem: 1.204',
    );
    expect(metaLine({ publishedAt: new Date('2024-05-17T08:05:00+07:00') })).toBe('Ngày đăng 17/05/2024 | 08:05');
  });
  it('formats counts and sources the Vietnamese way', () => {
    expect(formatCount(2054)).toBe('2.054');
    expect(sourceLine('phòng Nội vụ quận')).toBe('Nguồn: phòng Nội vụ quận');
  });
});
