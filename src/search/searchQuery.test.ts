import { describe, expect, it } from 'vitest';
import {
  closestWords,
  editDistance,
  isEmptyState,
  normalizeQuery,
  parseSearchParams,
  queryTerms,
  searchHref,
  telexFold,
  toSearchParams,
  vniFold,
  withFilter,
  withoutTerms,
} from './searchQuery.ts';

describe('normalizeQuery / queryTerms', () => {
  it('makes decomposed (NFD) input precomposed and collapses spaces', () => {
    const nfd = '  Đền  ơn\u00a0đáp nghĩa '.normalize('NFD');
    expect(normalizeQuery(nfd)).toBe('Đền ơn đáp nghĩa');
    expect(queryTerms(nfd)).toEqual(['Đền', 'ơn', 'đáp', 'nghĩa']);
  });
  it('drops quotes and tokens without letters or digits', () => {
    expect(queryTerms('"thi đua" - khen / thưởng')).toEqual(['thi', 'đua', 'khen', 'thưởng']);
  });
  it('keeps document numbers whole', () => {
    expect(queryTerms('Nghị quyết 1656/NQ-UBTVQH15')).toEqual(['Nghị', 'quyết', '1656/NQ-UBTVQH15']);
  });
  it('drops repeated terms, folded', () => {
    expect(queryTerms('thi đua thi dua')).toEqual(['thi', 'đua']);
  });
  it('cuts very long queries at a word', () => {
    const long = 'thi đua '.repeat(60);
    expect(normalizeQuery(long).length).toBeLessThanOrEqual(200);
    expect(normalizeQuery(long).endsWith(' ')).toBe(false);
  });
  it('removes unknown terms for the suggestion', () => {
    expect(withoutTerms('thi xyz', ['xyz'])).toBe('thi');
    expect(withoutTerms('xyz', ['xyz'])).toBe('');
    expect(withoutTerms('Thi đua XYZ khen', ['xyz'])).toBe('Thi đua khen');
  });
});

describe('URL state', () => {
  it('reads query, filters and sort', () => {
    const state = parseSearchParams('?q=thi+dua&phuong=phuong-phuc-loi-00136&phong-trao=thi-dua-yeu-nuoc&chuyen-muc=hoat-dong&nam=2015&sap-xep=moi-nhat');
    expect(state).toEqual({
      q: 'thi dua',
      filters: { phuong: 'phuong-phuc-loi-00136', 'phong-trao': 'thi-dua-yeu-nuoc', 'chuyen-muc': 'hoat-dong', nam: '2015' },
      sort: 'moi-nhat',
    });
  });
  it('ignores unknown and malformed parameters', () => {
    const state = parseSearchParams('?q=a&nam=20x5&phuong=<script>&foo=bar&sap-xep=abc');
    expect(state).toEqual({ q: 'a', filters: {}, sort: 'lien-quan' });
  });
  it('writes parameters in a fixed order, leaving defaults out', () => {
    const href = searchHref({ q: 'Đền ơn', filters: { nam: '2015', phuong: 'phuong-phuc-loi-00136' }, sort: 'lien-quan' });
    expect(href).toBe('/tim-kiem/?q=%C4%90%E1%BB%81n+%C6%A1n&phuong=phuong-phuc-loi-00136&nam=2015');
    expect(searchHref({ q: '', filters: {}, sort: 'lien-quan' })).toBe('/tim-kiem/');
  });
  it('round-trips', () => {
    const state = parseSearchParams('q=c%C3%B4ng+%C4%91o%C3%A0n&chuyen-muc=tin-tuc&sap-xep=moi-nhat');
    expect(parseSearchParams(toSearchParams(state))).toEqual(state);
  });
  it('sets and removes one filter', () => {
    const base = parseSearchParams('q=a&nam=2015');
    const withWard = withFilter(base, 'phuong', 'phuong-phuc-loi-00136');
    expect(withWard.filters).toEqual({ nam: '2015', phuong: 'phuong-phuc-loi-00136' });
    expect(withFilter(withWard, 'nam', undefined).filters).toEqual({ phuong: 'phuong-phuc-loi-00136' });
    expect(base.filters).toEqual({ nam: '2015' });
  });
  it('knows an empty state', () => {
    expect(isEmptyState(parseSearchParams('q=+-+'))).toBe(true);
    expect(isEmptyState(parseSearchParams('nam=2015'))).toBe(false);
  });
});

describe('typing without a Vietnamese keyboard', () => {
  it('folds Telex keystrokes', () => {
    expect(telexFold('thuowngr')).toBe('thuong');
    expect(telexFold('ddeenf')).toBe('den');
    expect(telexFold('phuwowngf')).toBe('phuong');
    expect(telexFold('nghiax')).toBe('nghia');
    expect(telexFold('lowij')).toBe('loi');
  });
  it('leaves plain words alone', () => {
    expect(telexFold('khen')).toBeNull();
    expect(telexFold('thuong')).toBeNull();
    expect(telexFold('1656')).toBeNull();
  });
  it('folds VNI keystrokes but not document codes', () => {
    expect(vniFold('d9u7o7ng2')).toBe('duong');
    expect(vniFold('lo75i')).toBe('loi');
    expect(vniFold('ubtvqh15')).toBeNull();
    expect(vniFold('2017')).toBeNull();
  });
});

describe('spelling', () => {
  it('measures edits, transpositions included', () => {
    expect(editDistance('thuong', 'thuong')).toBe(0);
    expect(editDistance('thuongg', 'thuong')).toBe(1);
    expect(editDistance('chieu', 'chiue')).toBe(1);
    expect(editDistance('abc', 'xyzabc', 2)).toBe(3);
  });
  const vocabulary = ['thi', 'dua', 'khen', 'thuong', 'phuong', 'chieu', 'lien', 'thuong', 'thanh', 'thuyen'];
  it('suggests the nearest, commonest word', () => {
    expect(closestWords('thuongg', vocabulary)[0]).toBe('thuong');
    expect(closestWords('Chiêuu', vocabulary)[0]).toBe('chieu');
    expect(closestWords('phuongg', vocabulary)).toEqual(['phuong']);
  });
  it('does not guess for short words, numbers or known words', () => {
    expect(closestWords('xyz', vocabulary)).toEqual([]);
    expect(closestWords('thu', vocabulary)).toEqual([]);
    expect(closestWords('16566', vocabulary)).toEqual([]);
    expect(closestWords('thuong', vocabulary)).toEqual([]);
  });
});
