/**
 * An 8-bit palette PNG, written directly: a share card has a few flat colours
 * and antialiased type, under 256 colours, so a palette image is about a third
 * the size of an RGB one, and writing it costs a deflate of 0.75 MB instead of
 * a quantising pass (sharp's palette PNG took 100 ms a card). Pure.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** `pixels`: one palette index per pixel, row by row; `palette`: 0xRRGGBB colours, at most 256. */
export function encodeIndexedPng(width: number, height: number, pixels: Uint8Array, palette: readonly number[]): Buffer {
  if (pixels.length !== width * height) throw new Error(`png: ${pixels.length} pixels for ${width}×${height}`);
  if (palette.length === 0 || palette.length > 256) throw new Error(`png: a palette of ${palette.length} colours`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, no filter method variants, no interlace
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((rgb, i) => plte.set([(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255], i * 3));
  // Each row: filter type 0 (none), then its indices. Flat runs deflate well without filters.
  // Level 3: 1.6 ms and 28 KB a card; level 6 makes 22 KB in 5 ms, level 9 19 KB in 64 ms.
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', deflateSync(raw, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}
