import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { encodeIndexedPng } from './png.ts';

describe('encodeIndexedPng', () => {
  it('writes a palette PNG that a decoder reads back pixel for pixel', async () => {
    const palette = [0x9b1c1c, 0xffffff, 0xf0b400];
    const pixels = Uint8Array.from({ length: 7 * 3 }, (_, i) => (i * 5) % 3);
    const png = encodeIndexedPng(7, 3, pixels, palette);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([7, 3, 3]);
    const decoded = Array.from({ length: 21 }, (_, i) => (data[i * 3]! << 16) | (data[i * 3 + 1]! << 8) | data[i * 3 + 2]!);
    expect(decoded).toEqual([...pixels].map((i) => palette[i]));
    expect((await sharp(png).metadata()).isPalette).toBe(true);
  });
  it('refuses a palette it cannot write and pixels that do not fill the image', () => {
    expect(() =>
      encodeIndexedPng(
        1,
        1,
        new Uint8Array(1),
        Array.from({ length: 257 }, (_, i) => i),
      ),
    ).toThrow(/257 colours/);
    expect(() => encodeIndexedPng(2, 2, new Uint8Array(3), [0])).toThrow(/3 pixels for 2×2/);
  });
});
