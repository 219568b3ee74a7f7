/**
 * What a photo may be: one definition, read by the CMS upload guard
 * (admin/uploads.ts), the CMS configuration and field hint (schema/cms.ts,
 * news.ts) and the build's photo check (photos.ts). No Node imports: the
 * admin bundle loads this in the browser.
 */

/** Formats staff may upload and the build accepts (sharp names). GIF, SVG, TIFF, AVIF and HEIC are refused. */
export const PHOTO_FORMATS = ['jpeg', 'png', 'webp'] as const;
export type PhotoFormat = (typeof PHOTO_FORMATS)[number];

/** Largest photo file. Keeps the repository small; a camera JPEG of 24 MP is about 8–12 MB. */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;

/**
 * Most pixels a photo may have (width × height). 40 MP holds every phone and
 * most cameras (24–33 MP); a scan or panorama above it takes seconds and
 * hundreds of MB to decode on a 2-core build machine, for a page that shows it
 * at most 1080 px wide.
 */
export const MAX_PHOTO_PIXELS = 40_000_000;

/** The limits as editors read them (the CMS field hint). */
export const photoHint = `JPEG, PNG hoặc WebP, tối đa ${MAX_PHOTO_BYTES / (1024 * 1024)} MB và ${MAX_PHOTO_PIXELS / 1_000_000} triệu điểm ảnh`;
