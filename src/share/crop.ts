/**
 * The share crop of a photo: 1200×630 (1.91:1, what Facebook and Zalo
 * show), or the largest box of that shape inside a smaller photo, since the
 * image service never enlarges (the declared og:image size must be the real one).
 */
import { SHARE_IMAGE } from './size.ts';

export function shareCrop(image: { width: number; height: number }): { width: number; height: number } {
  // Astro's image metadata is a proxy: reading width off it makes the build ship the original
  // file too (it counts as used). Its "clone" is a plain copy that does not.
  const source = (image as { clone?: { width: number; height: number } }).clone ?? image;
  const ratio = SHARE_IMAGE.width / SHARE_IMAGE.height;
  let width = Math.min(SHARE_IMAGE.width, source.width);
  let height = Math.round(width / ratio);
  if (height > source.height) {
    height = source.height;
    width = Math.round(height * ratio);
  }
  return { width, height };
}
