import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress } from './progress.ts';

describe('formatProgress', () => {
  it('shows count, rate and time left', () => {
    expect(formatProgress(1234, 10_000, 2_500)).toBe('1.234/10.000 trang (12%) · 494 trang/giây · còn khoảng 0:18');
    expect(formatProgress(0, 50, 0)).toBe('0/50 trang (0%) · 0 trang/giây · còn khoảng …');
    expect(formatProgress(50, 50, 1000)).toBe('50/50 trang (100%) · 50 trang/giây · còn khoảng 0:00');
  });
  it('writes hours when the import is long', () => {
    expect(formatDuration(3700)).toBe('1:01:40');
    expect(formatDuration(75)).toBe('1:15');
  });
});
