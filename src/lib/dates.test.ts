import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, fromVnParts, parseStoredDate, toRfc822Vn, toVnIso, vnYear } from './dates.ts';

describe('dates', () => {
  it('formats in Asia/Ho_Chi_Minh whatever the machine zone', () => {
    const d = new Date('2015-09-07T09:46:00Z');
    expect(formatDateTime(d)).toBe('07/09/2015 16:46');
    expect(formatDate(d)).toBe('07/09/2015');
    expect(formatTime(d)).toBe('16:46');
    expect(toVnIso(d)).toBe('2015-09-07T16:46:00+07:00');
  });
  it('puts late-evening posts in the Vietnamese year', () => {
    expect(vnYear(new Date('2017-12-31T17:30:00Z'))).toBe(2018);
  });
  it('parses stored dates strictly', () => {
    expect(parseStoredDate('2015-09-07T16:46:00+07:00')?.toISOString()).toBe('2015-09-07T09:46:00.000Z');
    expect(parseStoredDate('2015-09-07')?.toISOString()).toBe('2015-09-06T17:00:00.000Z');
    expect(parseStoredDate('2015-09-07T09:46:00Z')?.toISOString()).toBe('2015-09-07T09:46:00.000Z');
    expect(parseStoredDate('2015-02-31T10:00:00+07:00')).toBeNull();
    expect(parseStoredDate('07/09/2015')).toBeNull();
  });
  it('refuses impossible wall-clock parts', () => {
    expect(fromVnParts(2015, 2, 29)).toBeNull();
    expect(fromVnParts(2016, 2, 29)).not.toBeNull();
    expect(fromVnParts(2015, 9, 7, 24, 0)).toBeNull();
  });
});

describe('toRfc822Vn', () => {
  it('writes RSS dates in Viet Nam time with +0700', () => {
    expect(toRfc822Vn(new Date('2015-09-07T16:46:00+07:00'))).toBe('Mon, 07 Sep 2015 16:46:00 +0700');
  });
  it('takes the weekday and day of Viet Nam, not of UTC, late in the evening', () => {
    // 23:30 on Wednesday 31/12/2014 in Hà Nội is still 16:30 UTC the same day; 00:30 on 1/1 is the day before in UTC.
    expect(toRfc822Vn(new Date('2015-01-01T00:30:00+07:00'))).toBe('Thu, 01 Jan 2015 00:30:00 +0700');
    expect(toRfc822Vn(new Date('2024-02-29T23:59:59+07:00'))).toBe('Thu, 29 Feb 2024 23:59:59 +0700');
  });
});
