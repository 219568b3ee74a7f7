import { describe, expect, it } from 'vitest';
import { fromTyped, toTyped } from './datetime.ts';

describe('the Vietnamese date widget', () => {
  it('shows stored moments in Viet Nam time as day/month/year and 24-hour time', () => {
    expect(toTyped('2015-09-07T16:46:00+07:00', false)).toEqual(['07/09/2015', '16:46']);
    expect(toTyped('2015-09-07T09:46:00Z', false)).toEqual(['07/09/2015', '16:46']);
    expect(toTyped('1948-06-11', true)).toEqual(['11/06/1948', '']);
    expect(toTyped(undefined, false)).toEqual(['', '']);
  });

  it('stores what is typed with +07:00', () => {
    expect(fromTyped('20/12/2024', '08:30', false)).toEqual({ value: '2024-12-20T08:30:00+07:00' });
    expect(fromTyped('1/1/2025', '0:05', false)).toEqual({ value: '2025-01-01T00:05:00+07:00' });
    expect(fromTyped('11/06/1948', '', true)).toEqual({ value: '1948-06-11' });
    expect(fromTyped('', '', false)).toEqual({ value: '' });
  });

  it('refuses impossible or half-typed dates in Vietnamese', () => {
    expect(fromTyped('31/02/2015', '10:00', false)).toEqual({ error: 'Không có ngày giờ “31/02/2015 10:00”' });
    expect(fromTyped('2015-09-07', '', false)).toMatchObject({ error: expect.stringContaining('ngày/tháng/năm') });
    expect(fromTyped('07/09/2015', '25:00', false)).toMatchObject({ error: expect.stringContaining('Không có ngày giờ') });
    expect(fromTyped('07/09/2015', '4pm', false)).toMatchObject({ error: expect.stringContaining('giờ:phút') });
  });
});
