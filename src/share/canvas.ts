/**
 * A palette canvas: flat rectangles and antialiased glyph masks, blended in
 * 16 steps so that the colours stay under the 256 a palette PNG holds (a
 * card uses about 60). Pure.
 */
export interface Mask {
  width: number;
  height: number;
  /** Offset of the mask's top-left corner from the pen position on the baseline. */
  left: number;
  top: number;
  /** Coverage in steps of 0–15 (coverageLevels()), row by row. */
  levels: Uint8Array;
}

const LEVELS = 15;

/** Coverage 0–255 in the canvas's blending steps, 0 (none) to 15 (full). */
export const coverageLevels = (alpha: Uint8Array): Uint8Array => alpha.map((a) => Math.round((a * LEVELS) / 255));

export class IndexedCanvas {
  readonly pixels: Uint8Array;
  readonly palette: number[] = [];
  private readonly indexOf = new Map<number, number>();
  /** Per text colour: (background index × 16 + level) → palette index, −1 while unknown. */
  private readonly blends = new Map<number, Int16Array>();

  readonly width: number;
  readonly height: number;

  constructor(width: number, height: number, background: number) {
    this.width = width;
    this.height = height;
    this.pixels = new Uint8Array(width * height).fill(this.color(background));
  }

  /** The palette index of a colour, added on first use. */
  color(rgb: number): number {
    let index = this.indexOf.get(rgb);
    if (index === undefined) {
      if (this.palette.length === 256) throw new Error('share card: more than 256 colours');
      index = this.palette.push(rgb) - 1;
      this.indexOf.set(rgb, index);
    }
    return index;
  }

  fillRect(x: number, y: number, width: number, height: number, rgb: number): void {
    const index = this.color(rgb);
    const x0 = Math.max(0, x);
    const x1 = Math.min(this.width, x + width);
    for (let row = Math.max(0, y); row < Math.min(this.height, y + height); row++) this.pixels.fill(index, row * this.width + x0, row * this.width + x1);
  }

  /** A glyph in `rgb` with its pen at (x, baseline). */
  drawMask(mask: Mask, x: number, baseline: number, rgb: number): void {
    let table = this.blends.get(rgb);
    if (!table) this.blends.set(rgb, (table = new Int16Array(256 * 16).fill(-1)));
    const left = Math.round(x) + mask.left;
    const top = baseline + mask.top;
    for (let my = 0; my < mask.height; my++) {
      const y = top + my;
      if (y < 0 || y >= this.height) continue;
      for (let mx = 0; mx < mask.width; mx++) {
        const level = mask.levels[my * mask.width + mx]!;
        if (level === 0) continue;
        const px = left + mx;
        if (px < 0 || px >= this.width) continue;
        const at = y * this.width + px;
        const key = this.pixels[at]! * 16 + level;
        let index = table[key]!;
        if (index < 0) table[key] = index = this.color(mix(this.palette[this.pixels[at]!]!, rgb, level / LEVELS));
        this.pixels[at] = index;
      }
    }
  }
}

function mix(background: number, foreground: number, amount: number): number {
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const b = (background >> shift) & 255;
    const f = (foreground >> shift) & 255;
    out |= Math.round(b + (f - b) * amount) << shift;
  }
  return out;
}
