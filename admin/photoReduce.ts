/**
 * Photos are scaled down in the browser before they reach the repository.
 * Every photo is committed to git and carried by every clone for good, while
 * the site never shows one wider than 1,080 px (astro.config.mjs): a 12 MB
 * camera original is dead weight. So a chosen photo whose long side is over
 * 2,560 px is drawn at 2,560 px, and one that is large in bytes is encoded
 * again, with the browser's own decoder and encoder (createImageBitmap and a
 * canvas; no library):
 * - a JPEG stays a JPEG (quality 85); a PNG or WebP becomes a WebP (quality
 *   85, transparency kept), since a PNG photo is several times larger;
 * - the photo is turned upright first (imageOrientation 'from-image'): the
 *   EXIF orientation is applied to the pixels, as the site shows them;
 * - nothing else of the original is kept: no EXIF, so no GPS position;
 * - a photo already within the limits and small stays as it is, byte for byte,
 *   and so does one that encoding would not make smaller.
 * reductionPlan() is pure (admin/photoReduce.test.ts); reducePhoto() runs in
 * the browser (admin/uploads.ts calls it for every chosen photo).
 */
import type { PhotoKind } from './uploads.ts';

/** The longest side a committed photo keeps: twice the widest size the site serves, for crops and future layouts. */
export const MAX_LONG_SIDE = 2560;

/** Encoder quality (0–1): no visible loss at the sizes the site shows. */
export const QUALITY = 0.85;

/** A photo within MAX_LONG_SIDE and at most this many bytes is kept untouched. */
export const KEEP_UP_TO_BYTES = 1024 * 1024;

export interface ReductionPlan {
  width: number;
  height: number;
  /** What the photo becomes. */
  kind: Extract<PhotoKind, 'jpg' | 'webp'>;
  type: 'image/jpeg' | 'image/webp';
  /** Whether the size in pixels changes (else only the encoding does). */
  resized: boolean;
}

/** What to do with an upright photo of width × height pixels and `bytes` bytes; null to keep it as it is. */
export function reductionPlan(kind: PhotoKind, width: number, height: number, bytes: number, max = MAX_LONG_SIDE): ReductionPlan | null {
  const long = Math.max(width, height);
  const resized = long > max;
  if (!resized && bytes <= KEEP_UP_TO_BYTES) return null;
  const scale = resized ? max / long : 1;
  const size = { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
  return kind === 'jpg' ? { ...size, kind: 'jpg', type: 'image/jpeg', resized } : { ...size, kind: 'webp', type: 'image/webp', resized };
}

/** The photo as it will be committed, and its kind (the name's extension follows it). */
export async function reducePhoto(file: File, kind: PhotoKind): Promise<{ file: File; kind: PhotoKind }> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    // Not decodable here: the local server and the build check it and say why.
    return { file, kind };
  }
  try {
    const plan = reductionPlan(kind, bitmap.width, bitmap.height, file.size);
    if (!plan) return { file, kind };
    const canvas = new OffscreenCanvas(plan.width, plan.height);
    const context = canvas.getContext('2d')!;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, plan.width, plan.height);
    const blob = await canvas.convertToBlob({ type: plan.type, quality: QUALITY });
    // Encoding again must earn its place: a small, already compressed photo stays as it was.
    if (!plan.resized && blob.size >= file.size) return { file, kind };
    return { file: new File([blob], file.name, { type: plan.type, lastModified: file.lastModified }), kind: plan.kind };
  } finally {
    bitmap.close();
  }
}
