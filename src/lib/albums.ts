/**
 * Album logic that pages and the lightbox share: which photo comes before and
 * after (wrapping at the ends), and ids an album may not take. Pure.
 */
import { isPageSegment } from './routes.ts';

/** Albums per page of the index: a grid of 3 × 4 covers. */
export const ALBUM_PAGE_SIZE = 12;

/** The photo n steps from `index` in a list of `count`, wrapping around (0-based). */
export function stepPhoto(index: number, step: number, count: number): number {
  if (count <= 0) return 0;
  return (((index + step) % count) + count) % count;
}

/** Album ids that would take a page of the albums index (/album-anh/trang-2/). */
export function isReservedAlbumId(id: string): boolean {
  return isPageSegment(id);
}
