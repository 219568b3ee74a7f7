import { describe, expect, it } from 'vitest';
import {
  absolute,
  ADMIN,
  ALBUMS,
  ALBUMS_FEED,
  albumPhotoUrl,
  albumUrl,
  articleShareImageUrl,
  articleUrl,
  CAMPAIGNS,
  campaignUrl,
  CATEGORIES,
  categoryUrl,
  districtUrl,
  DOCUMENTS,
  documentUrl,
  feedUrl,
  HOME,
  isPageSegment,
  NEWS,
  pageSegment,
  pageUrl,
  ROBOTS,
  SEARCH,
  shareImageUrl,
  SITE_FEED,
  SITE_MAP,
  SITEMAP,
  sitemapPartUrl,
  WARDS,
  wardUrl,
  yearUrl,
} from './routes.ts';
import { DOCUMENT_PATH } from '../markdown/blocks.ts';

// Literal URLs on purpose: these are the addresses readers, feeds and search engines already know.
describe('section pages', () => {
  it('has one constant per section', () => {
    expect(HOME).toBe('/');
    expect(NEWS).toBe('/tin-tuc/');
    expect(SEARCH).toBe('/tim-kiem/');
    expect(SITE_MAP).toBe('/so-do-trang/');
    expect(ADMIN).toBe('/admin/');
    expect(ALBUMS).toBe('/album-anh/');
    expect(CATEGORIES).toBe('/chuyen-muc/');
    expect(CAMPAIGNS).toBe('/phong-trao/');
    expect(WARDS).toBe('/phuong-xa/');
    expect(DOCUMENTS).toBe('/van-ban/');
  });
  it('keeps every page path ASCII, absolute and ending in a slash', () => {
    for (const path of [HOME, NEWS, SEARCH, SITE_MAP, ADMIN, ALBUMS, CATEGORIES, CAMPAIGNS, WARDS, DOCUMENTS]) {
      expect(path).toMatch(/^\/(?:[a-z0-9-]+\/)*$/);
    }
  });
});

describe('entity pages', () => {
  it('puts articles and year archives under the news', () => {
    expect(articleUrl('2015/phuong-phuc-loi')).toBe('/tin-tuc/2015/phuong-phuc-loi/');
    expect(yearUrl(2015)).toBe('/tin-tuc/2015/');
    expect(yearUrl('2024')).toBe('/tin-tuc/2024/');
  });
  it('puts each entity under its section', () => {
    expect(categoryUrl('tin-tuc-su-kien')).toBe('/chuyen-muc/tin-tuc-su-kien/');
    expect(campaignUrl('thi-dua-yeu-nuoc')).toBe('/phong-trao/thi-dua-yeu-nuoc/');
    expect(wardUrl('phuong-phuc-loi-00136')).toBe('/phuong-xa/phuong-phuc-loi-00136/');
    expect(districtUrl('quan-long-bien-004')).toBe('/quan-huyen/quan-long-bien-004/');
    expect(albumUrl('le-hoi')).toBe('/album-anh/le-hoi/');
    expect(albumPhotoUrl('le-hoi', 3)).toBe('/album-anh/le-hoi/anh-3/');
  });
  it('serves documents by their path under the folder', () => {
    expect(documentUrl('2024/quyet-dinh.pdf')).toBe('/van-ban/2024/quyet-dinh.pdf');
    expect(documentUrl('a.pdf').slice(DOCUMENTS.length)).toBe('a.pdf');
    // The blocks keep their own pattern (the CMS bundles it): it must accept what documentUrl makes.
    expect(DOCUMENT_PATH.test(documentUrl('2024/quyet-dinh.pdf'))).toBe(true);
  });
});

describe('listing pages', () => {
  it('keeps the front page at the base and numbers the archive pages from 1', () => {
    expect(pageUrl(NEWS, undefined)).toBe('/tin-tuc/');
    expect(pageUrl(NEWS, 1)).toBe('/tin-tuc/trang-1/');
    expect(pageUrl(NEWS, 2)).toBe('/tin-tuc/trang-2/');
    expect(pageUrl(categoryUrl('x'), 12)).toBe('/chuyen-muc/x/trang-12/');
    expect(pageUrl(ALBUMS, 3)).toBe('/album-anh/trang-3/');
  });
  it('names the segment of a later page, and recognises it', () => {
    expect(pageSegment(2)).toBe('trang-2');
    expect(isPageSegment(pageSegment(2))).toBe(true);
    expect(isPageSegment('trang-10')).toBe(true);
    expect(isPageSegment('trang-')).toBe(false);
    expect(isPageSegment('trang-2-le-hoi')).toBe(false);
    expect(isPageSegment('le-hoi-trang-2')).toBe(false);
  });
});

describe('feeds, sitemap, share images', () => {
  it('puts a feed beside its page', () => {
    expect(SITE_FEED).toBe('/rss.xml');
    expect(feedUrl({ kind: 'site' })).toBe(SITE_FEED);
    expect(feedUrl({ kind: 'category', id: 'x' })).toBe('/chuyen-muc/x/rss.xml');
    expect(feedUrl({ kind: 'ward', id: 'phuong-a-00001' })).toBe('/phuong-xa/phuong-a-00001/rss.xml');
    expect(feedUrl({ kind: 'campaign', id: 'thi-dua' })).toBe('/phong-trao/thi-dua/rss.xml');
    expect(ALBUMS_FEED).toBe('/album-anh/rss.xml');
  });
  it('names the sitemap, its parts and robots.txt', () => {
    expect(SITEMAP).toBe('/sitemap.xml');
    expect(sitemapPartUrl(2)).toBe('/sitemap-2.xml');
    expect(ROBOTS).toBe('/robots.txt');
  });
  it("has the portal's share card, and one per article without a cover", () => {
    expect(shareImageUrl('phuong-a-00001')).toBe('/anh-chia-se/phuong-a-00001.png');
    expect(articleShareImageUrl('hoi-nghi-tong-ket')).toBe('/anh-chia-se/tin-tuc/hoi-nghi-tong-ket.png');
  });
  it('makes paths absolute on the site', () => {
    expect(absolute(categoryUrl('x'), 'https://phuong-mau.example.vn')).toBe('https://phuong-mau.example.vn/chuyen-muc/x/');
    expect(absolute(HOME, new URL('https://phuong-mau.example.vn/'))).toBe('https://phuong-mau.example.vn/');
  });
});
