import { describe, expect, it } from 'vitest';
import { closestCategory, matchCategory, parseCategoryMap, proposeCategoryMap, similarity } from './category.ts';

const PORTAL = [
  { id: 'tin-tuc-su-kien', name: 'Tin tức - Sự kiện' },
  { id: 'tin-tuc-su-kien-noi-bat', name: 'Tin tức sự kiện nổi bật' },
  { id: 'hoat-dong-khoi-chinh-quyen', name: 'Hoạt động khối chính quyền' },
  { id: 'cai-cach-hanh-chinh-to-chuc', name: 'Cải cách hành chính - tổ chức' },
];

describe('matchCategory', () => {
  it('files a page under the first of its names the portal has, case and marks aside', () => {
    expect(matchCategory(['hoạt động khối chính quyền'], PORTAL)).toEqual({ id: 'hoat-dong-khoi-chinh-quyen', via: 'hoạt động khối chính quyền' });
    expect(matchCategory(['Hoạt động UBND', 'CẢI CÁCH HÀNH CHÍNH - TỔ CHỨC', 'Tin tức'], PORTAL)).toMatchObject({ id: 'cai-cach-hanh-chinh-to-chuc' });
    expect(matchCategory(['tin-tuc-su-kien'], PORTAL)).toMatchObject({ id: 'tin-tuc-su-kien' });
  });
  it('goes through the operator’s map of old names first', () => {
    const map = parseCategoryMap('{"News": "tin-tuc-su-kien", "Local government": "hoat-dong-khoi-chinh-quyen"}', 'categories.json');
    expect(matchCategory(['Local government', 'News'], PORTAL, map)).toEqual({ id: 'hoat-dong-khoi-chinh-quyen', via: 'Local government' });
  });
  it('reports an unknown name with the closest existing category, and creates nothing', () => {
    expect(matchCategory(['Hoat dong chinh quyen phuong'], PORTAL)).toEqual({ unknown: 'Hoat dong chinh quyen phuong', closest: PORTAL[2] });
    expect(matchCategory(['Tin tức', 'Trang tin'], PORTAL)).toEqual({ unknown: 'Tin tức', closest: PORTAL[0] });
    expect(matchCategory(['Weather'], PORTAL)).toEqual({ unknown: 'Weather', closest: undefined });
  });
});

describe('similarity', () => {
  it('ranks shared words above shared letters', () => {
    expect(similarity('Cải cách hành chính', 'Cải cách hành chính - tổ chức')).toBeGreaterThan(similarity('Cải cách hành chính', 'Hoạt động khối chính quyền'));
    expect(closestCategory('Sự kiện nổi bật', PORTAL)?.id).toBe('tin-tuc-su-kien-noi-bat');
  });
});

describe('parseCategoryMap', () => {
  it('refuses what is not a map of names to ids', () => {
    expect(() => parseCategoryMap('[1]', 'c.json')).toThrow(/c\.json: phải là một đối tượng/);
    expect(() => parseCategoryMap('{"News": "Tin tức"}', 'c.json')).toThrow(/c\.json › News: phải là mã chuyên mục/);
    expect(() => parseCategoryMap('{', 'c.json')).toThrow(/invalid JSON/);
  });
});

describe('the proposed mapping of a dry run', () => {
  it('adds each unknown name with its proposal, keeping what the operator wrote', () => {
    const { text, added } = proposeCategoryMap('{"Tin tức": "tin-tuc-su-kien"}', [
      { name: 'tin tuc', proposed: 'hoat-dong-khoi-chinh-quyen' },
      { name: 'Local news', proposed: 'new' },
    ]);
    expect(JSON.parse(text)).toEqual({ 'Tin tức': 'tin-tuc-su-kien', 'Local news': 'new' });
    expect(added).toEqual(['Local news']);
  });
  it('reads "new" as: create a category of that name', () => {
    const map = parseCategoryMap('{"Local news": "new"}', 'categories.json');
    expect(matchCategory(['Local news'], [{ id: 'tin-tuc-su-kien', name: 'Tin tức - Sự kiện' }], map)).toEqual({ create: 'Local news' });
  });
});
