/**
 * Glyph coverage masks, drawn once per glyph and size and then reused: sharp
 * (librsvg) fills the glyph's outline, which costs a millisecond or two, and a
 * build of 10,000 cards uses a few hundred glyphs. Drawing each card's text
 * through librsvg instead cost 10–20 ms a card (docs/seo.md).
 */
import sharp from 'sharp';
import type { Glyph, PathCommand } from 'opentype.js';
import { maskOf, type Mask } from './canvas.ts';
import type { Typeface } from './typeface.ts';

/**
 * SVG path data of an outline. Written here because opentype.js 2.0's
 * `toPathData()` prints NaN for some implied on-curve points, which makes
 * librsvg drop the rest of the path (an "o" came out filled).
 */
export function pathData(commands: readonly PathCommand[]): string {
  const n = (v: number | undefined) => (v ?? 0).toFixed(2);
  return commands
    .map((c) => {
      switch (c.type) {
        case 'M':
        case 'L':
          return `${c.type}${n(c.x)} ${n(c.y)}`;
        case 'Q':
          return `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
        case 'C':
          return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
        default:
          return 'Z';
      }
    })
    .join('');
}

const EMPTY: Mask = maskOf(new Uint8Array(0), 0, 0, 0, 0);

async function drawGlyph(glyph: Glyph, size: number): Promise<Mask> {
  const path = glyph.getPath(0, 0, size);
  if (path.commands.length === 0) return EMPTY;
  const box = path.getBoundingBox();
  const left = Math.floor(box.x1);
  const top = Math.floor(box.y1);
  const width = Math.ceil(box.x2) - left;
  const height = Math.ceil(box.y2) - top;
  if (width <= 0 || height <= 0) return EMPTY;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}"><path fill="#fff" d="${pathData(path.commands)}"/></svg>`;
  const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
  return maskOf(alpha, width, height, left, top);
}

export class GlyphMasks {
  private readonly masks = new Map<string, Promise<Mask>>();

  mask(face: Typeface, glyph: Glyph, size: number): Promise<Mask> {
    const key = `${face.weight}:${size}:${glyph.index}`;
    let mask = this.masks.get(key);
    if (!mask) this.masks.set(key, (mask = drawGlyph(glyph, size)));
    return mask;
  }
}
