/**
 * The card shows its text as the font draws it. The reference is Pango
 * (through sharp's text input) setting the same font file: layout, glyph
 * outlines and rasterising of its own, none of this module's code.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { HEADLINE, ShareCardPainter, TYPE, headlineLines } from './card.ts';
import { GlyphMasks } from './glyphMasks.ts';
import { fontFiles, loadTypeface, type Weight } from './typeface.ts';
import { SHARE_IMAGE } from './size.ts';

const FILE = { bold: fontFiles().find((f) => f.endsWith('Bold.ttf'))!, regular: fontFiles().find((f) => f.endsWith('Regular.ttf'))! };
interface Ink {
  width: number;
  height: number;
  on: Uint8Array;
}

/** Pango's rendering of `text` in the shipped font at `size` px: alpha ≥ 50 %, cropped to the ink. */
async function reference(text: string, size: number, weight: Weight = 'bold'): Promise<Ink> {
  const font = `Noto Sans ${weight === 'bold' ? 'Bold ' : ''}${size}`;
  const { data, info } = await sharp({ text: { text, font, fontfile: FILE[weight], dpi: 72, rgba: true } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return crop({
    width: info.width,
    height: info.height,
    on: Uint8Array.from({ length: info.width * info.height }, (_, i) => (data[i * 4 + 3]! >= 128 ? 1 : 0)),
  });
}

function crop(ink: Ink): Ink {
  let x0 = ink.width,
    y0 = ink.height,
    x1 = -1,
    y1 = -1;
  for (let y = 0; y < ink.height; y++)
    for (let x = 0; x < ink.width; x++) if (ink.on[y * ink.width + x]) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  const width = x1 - x0 + 1,
    height = y1 - y0 + 1;
  return { width, height, on: Uint8Array.from({ length: width * height }, (_, i) => ink.on[(Math.floor(i / width) + y0) * ink.width + (i % width) + x0]!) };
}

/** Overlap of two cropped inks, top-left aligned: 1 is the same picture. */
function overlap(a: Ink, b: Ink): number {
  let both = 0,
    either = 0;
  for (let y = 0; y < Math.max(a.height, b.height); y++) {
    for (let x = 0; x < Math.max(a.width, b.width); x++) {
      const p = x < a.width && y < a.height && a.on[y * a.width + x];
      const q = x < b.width && y < b.height && b.on[y * b.width + x];
      if (p && q) both++;
      if (p || q) either++;
    }
  }
  return both / either;
}

describe('GlyphMasks', () => {
  // Every size the card uses: opentype.js once wrote NaN into the outline of "o" at 52 px only.
  const sizes = [...Object.values(TYPE), ...HEADLINE.map(({ size }) => ({ weight: 'bold' as const, size }))];
  it.each(sizes)('draws every Vietnamese letter with the ink the font gives it (holes open, marks on): $weight $size px', async ({ weight, size }) => {
    const face = loadTypeface(weight);
    const masks = new GlyphMasks();
    const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠUƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ0123456789'];
    for (const letter of letters) {
      const mask = await masks.mask(face, face.font.charToGlyph(letter), size);
      const ours = mask.levels.reduce((sum, level) => sum + (level >= 8 ? 1 : 0), 0);
      const ref = (await reference(letter, size, weight)).on.reduce((sum, on) => sum + on, 0);
      expect(ours / ref, letter).toBeGreaterThan(0.85);
      expect(ours / ref, letter).toBeLessThan(1.15);
    }
  });
});

describe('ShareCardPainter', () => {
  const title = 'Đà Nẵng: khánh thành trụ sở';
  it('is a 1200×630 palette PNG', async () => {
    const meta = await sharp(await new ShareCardPainter().png({ eyebrow: 'Phường Phúc Lợi', kicker: 'Tin tức', headline: title, footer: 'x' })).metadata();
    expect([meta.format, meta.width, meta.height, meta.isPalette]).toEqual(['png', SHARE_IMAGE.width, SHARE_IMAGE.height, true]);
  });

  it('sets the title as the font sets it, marks and all, at the largest size it fits', async () => {
    expect(headlineLines(loadTypeface('bold'), title)).toMatchObject({ size: 68, lines: [title] });
    const png = await new ShareCardPainter().png({ eyebrow: 'Phường Phúc Lợi', kicker: 'Tin tức', headline: title, footer: 'x' });
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    // The headline's band (below the kicker, above the second line): white type on red.
    const top = 190,
      bottom = 330;
    const on = Uint8Array.from({ length: info.width * (bottom - top) }, (_, i) => (data[(top * info.width + i) * info.channels + 1]! >= 128 ? 1 : 0));
    const ours = crop({ width: info.width, height: bottom - top, on });
    const same = overlap(ours, await reference(title, 68));
    expect(same).toBeGreaterThan(0.75);
    // Without its marks, or smaller, it is another picture.
    expect(overlap(ours, await reference('Da Nang: khanh thanh tru so', 68))).toBeLessThan(same - 0.3);
    expect(overlap(ours, await reference(title, 64))).toBeLessThan(same - 0.3);
  });

  it('fits a long title in four lines at most, ending in "…"', () => {
    const long =
      'Hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2025 và triển khai nhiệm vụ trọng tâm năm 2026 của Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc phường';
    const { size, lines } = headlineLines(loadTypeface('bold'), long);
    expect(size).toBe(52);
    expect(lines).toHaveLength(4);
    expect(lines[3]!.endsWith('…')).toBe(true);
  });
});
