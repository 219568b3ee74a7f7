import { describe, expect, it } from 'vitest';
import { fillDocumentLinks, hasEmbeds, splitAlbumEmbeds } from './blockEmbeds.ts';

const embed = '<div class="album-embed"><p><a href="/album-anh/le-ra-quan/">Xem album ảnh</a></p></div>';
const doc = '<p><a href="/van-ban/qd-1.pdf" class="document-file">Tải văn bản 1/QĐ-UBND</a></p>';

describe('blocks filled in at page build', () => {
  it('only pages that have one need it', () => {
    expect(hasEmbeds(`<p>a</p>${embed}`)).toBe(true);
    expect(hasEmbeds(doc)).toBe(true);
    expect(hasEmbeds('<p>Album ảnh và văn bản</p>')).toBe(false);
  });
  it('splits the body around each embedded album, in order', () => {
    expect(splitAlbumEmbeds(`<p>a</p>${embed}<p>b</p>${embed.replace('le-ra-quan', 'tet-2025')}`)).toEqual([
      { html: '<p>a</p>' },
      { album: 'le-ra-quan' },
      { html: '<p>b</p>' },
      { album: 'tet-2025' },
    ]);
    expect(splitAlbumEmbeds('<p>a</p>')).toEqual([{ html: '<p>a</p>' }]);
  });
  it('gives each document link its type and size, and names the files that are missing', () => {
    expect(fillDocumentLinks(doc, () => 12_500)).toEqual({ html: doc.replace('UBND</a>', 'UBND (PDF, 12 KB)</a>'), missing: [] });
    expect(fillDocumentLinks(doc, () => undefined)).toEqual({ html: doc, missing: ['/van-ban/qd-1.pdf'] });
  });
});
