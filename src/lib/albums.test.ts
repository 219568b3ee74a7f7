import { describe, expect, it } from 'vitest';
import { isReservedAlbumId, stepPhoto } from './albums.ts';

describe('album photo order', () => {
  it('steps forward and back, wrapping at both ends', () => {
    expect(stepPhoto(0, 1, 3)).toBe(1);
    expect(stepPhoto(2, 1, 3)).toBe(0);
    expect(stepPhoto(0, -1, 3)).toBe(2);
    expect(stepPhoto(1, -1, 3)).toBe(0);
  });
  it('stays put in an album of one photo', () => {
    expect(stepPhoto(0, 1, 1)).toBe(0);
    expect(stepPhoto(0, -1, 1)).toBe(0);
  });
});

describe('album ids', () => {
  it('refuses the names of the index pages, and only those', () => {
    expect(isReservedAlbumId('trang-2')).toBe(true);
    expect(isReservedAlbumId('trang-tri-tet-2024')).toBe(false);
    expect(isReservedAlbumId('le-ra-quan')).toBe(false);
  });
});
