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
  /** Coverage in steps of 0–15, row by row. */
  levels: Uint8Array;
  /** The covered pixels only (about a third of the box): their x, y and level, for drawing. */
  ink: { x: Uint16Array; y: Uint16Array; level: Uint8Array };
}

const LEVELS = 15;

/** A mask from coverage 0–255 (row by row), in the canvas's blending steps: 0 (none) to 15 (full). */
export function maskOf(alpha: Uint8Array, width: number, height: number, left: number, top: number): Mask {
  const levels = alpha.map((a) => Math.round((a * LEVELS) / 255));
  const count = levels.reduce((n, level) => n + (level > 0 ? 1 : 0), 0);
  const ink = { x: new Uint16Array(count), y: new Uint16Array(count), level: new Uint8Array(count) };
  let n = 0;
  for (let i = 0; i < levels.length; i++) {
    if (levels[i] === 0) continue;
    ink.x[n] = i % width;
    ink.y[n] = Math.floor(i / width);
    ink.level[n++] = levels[i]!;
  }
  return { width, height, left, top, levels, ink };
}

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
    const { x: xs, y: ys, level: levels } = mask.ink;
    for (let i = 0; i < levels.length; i++) {
      const px = left + xs[i]!;
      const y = top + ys[i]!;
      if (px < 0 || px >= this.width || y < 0 || y >= this.height) continue;
      const at = y * this.width + px;
      const key = this.pixels[at]! * 16 + levels[i]!;
      let index = table[key]!;
      if (index < 0) table[key] = index = this.color(mix(this.palette[this.pixels[at]!]!, rgb, levels[i]! / LEVELS));
      this.pixels[at] = index;
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
