import { describe, expect, it } from 'vitest';
import { IndexedCanvas, maskOf, type Mask } from './canvas.ts';

const colourAt = (c: IndexedCanvas, x: number, y: number) => c.palette[c.pixels[y * c.width + x]!];
const mask = (alpha: number[], width: number): Mask => maskOf(Uint8Array.from(alpha), width, alpha.length / width, 0, -alpha.length / width);

describe('IndexedCanvas', () => {
  it('fills rectangles, clipped to the canvas', () => {
    const c = new IndexedCanvas(4, 3, 0x000000);
    c.fillRect(2, 1, 10, 10, 0xff0000);
    expect([colourAt(c, 1, 1), colourAt(c, 2, 1), colourAt(c, 3, 2), colourAt(c, 3, 0)]).toEqual([0x000000, 0xff0000, 0xff0000, 0x000000]);
    expect(c.palette).toEqual([0x000000, 0xff0000]);
  });
  it('blends a glyph’s coverage over what is below it, in 16 steps', () => {
    const c = new IndexedCanvas(3, 2, 0x000000);
    // Pen at (0, baseline 2): the mask's rows sit above the baseline.
    c.drawMask(mask([255, 128, 0, 255, 8, 0], 3), 0, 2, 0xffffff);
    expect(colourAt(c, 0, 0)).toBe(0xffffff);
    expect(colourAt(c, 1, 0)).toBe(0x888888); // 128/255 → step 8 of 15
    expect(colourAt(c, 2, 0)).toBe(0x000000);
    expect(colourAt(c, 1, 1)).toBe(0x000000); // 8/255 rounds to no coverage
  });
  it('reuses palette entries: a thousand glyph pixels of one colour add at most 15 colours', () => {
    const c = new IndexedCanvas(100, 12, 0x9b1c1c);
    const alpha = Array.from({ length: 100 * 10 }, (_, i) => (i * 37) % 256);
    c.drawMask(mask(alpha, 100), 0, 10, 0xffffff);
    expect(c.palette.length).toBeLessThanOrEqual(16);
  });
});
