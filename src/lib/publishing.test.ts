import { describe, expect, it } from 'vitest';
import { buildNow, hasPage, isPublic, nextChange, visibility } from './publishing.ts';

const at = (iso: string) => new Date(iso);

describe('isPublic / hasPage', () => {
  const scheduled = { publishedAt: at('2025-09-02T08:00:00+07:00') };
  it('shows a scheduled article from its moment on, not a second before', () => {
    expect(isPublic(scheduled, at('2025-09-02T07:59:59+07:00'))).toBe(false);
    expect(hasPage(scheduled, at('2025-09-02T07:59:59+07:00'))).toBe(false);
    expect(isPublic(scheduled, at('2025-09-02T08:00:00+07:00'))).toBe(true);
    expect(hasPage(scheduled, at('2025-09-02T08:00:00+07:00'))).toBe(true);
  });
  it('never shows drafts; keeps a page but no listing for withdrawn articles', () => {
    const now = at('2030-01-01T00:00:00Z');
    expect(isPublic({ ...scheduled, draft: true }, now)).toBe(false);
    expect(hasPage({ ...scheduled, draft: true }, now)).toBe(false);
    expect(isPublic({ ...scheduled, status: 'withdrawn' }, now)).toBe(false);
    expect(hasPage({ ...scheduled, status: 'withdrawn' }, now)).toBe(true);
  });
  it('says why an article is not public (the CMS list shows it), withdrawn before draft before scheduled', () => {
    const before = at('2025-09-01T00:00:00+07:00');
    expect(visibility(scheduled, before)).toBe('scheduled');
    expect(visibility(scheduled, at('2025-09-02T08:00:00+07:00'))).toBe('public');
    expect(visibility({ ...scheduled, draft: true }, before)).toBe('draft');
    expect(visibility({ ...scheduled, draft: true, status: 'withdrawn' }, before)).toBe('withdrawn');
  });
});

describe('buildNow', () => {
  const clock = () => at('2026-01-01T00:00:00Z');
  it('uses the clock unless BUILD_NOW is set', () => {
    expect(buildNow(undefined, clock)).toEqual(clock());
    expect(buildNow('', clock)).toEqual(clock());
  });
  it('reads BUILD_NOW as front matter dates are read (no offset = Viet Nam time)', () => {
    expect(buildNow('2025-09-02T08:00:00+07:00', clock).toISOString()).toBe('2025-09-02T01:00:00.000Z');
    expect(buildNow('2025-09-02T08:00', clock).toISOString()).toBe('2025-09-02T01:00:00.000Z');
    expect(buildNow('2025-09-02T01:00:00Z', clock).toISOString()).toBe('2025-09-02T01:00:00.000Z');
  });
  it('refuses a BUILD_NOW that is not a real moment, naming the variable', () => {
    expect(() => buildNow('2025-02-31T08:00', clock)).toThrow(/BUILD_NOW/);
    expect(() => buildNow('tomorrow', clock)).toThrow(/BUILD_NOW/);
  });
});

describe('nextChange', () => {
  const now = at('2025-09-02T08:00:00+07:00');
  it('is the earliest moment after now, and none when every moment has passed', () => {
    const moments = [at('2025-09-01T00:00:00+07:00'), at('2025-09-05T00:00:00+07:00'), at('2025-09-03T10:00:00+07:00')];
    expect(nextChange(moments, now)).toEqual(at('2025-09-03T10:00:00+07:00'));
    expect(nextChange([at('2025-09-01T00:00:00+07:00')], now)).toBeNull();
    expect(nextChange([], now)).toBeNull();
  });
  it('does not count the moment that is now: that article is already public', () => {
    expect(isPublic({ publishedAt: now }, now)).toBe(true);
    expect(nextChange([now], now)).toBeNull();
  });
});
