/**
 * The share image (og:image) of a page without a photo of its own: a
 * 1200×630 card in the portal's red with the unit, the category and the
 * article's title, as a palette PNG. About 3 ms a card once its glyphs are
 * drawn (docs/seo.md), so every article without a cover gets its own.
 */
import { IndexedCanvas } from './canvas.ts';
import { GlyphMasks } from './glyphMasks.ts';
import { encodeIndexedPng } from './png.ts';
import { SHARE_IMAGE } from './size.ts';
import { layoutLine, loadTypeface, wrapText, type Typeface, type Weight } from './typeface.ts';

export interface ShareCard {
  /** Top line, bold: the unit that publishes (phường, xã), or the portal's owner. */
  eyebrow: string;
  /** Under the yellow bar, one line: the category, or the portal's tagline. */
  kicker: string;
  /** Large, up to four lines: the article's title, or the portal's name. */
  headline: string;
  /** In the dark band at the bottom: the portal's name and address. */
  footer: string;
}

const COLOURS = { brand: 0x9b1c1c, band: 0x6f1313, bar: 0xf0b400, text: 0xffffff, kicker: 0xfbeaea } as const;
const MARGIN = 72;
const TEXT_WIDTH = SHARE_IMAGE.width - 2 * MARGIN;
const BAND_TOP = SHARE_IMAGE.height - 96;
/** The one-line texts: weight, size in pixels, baseline (the footer's from the bottom), colour. */
export const TYPE = {
  eyebrow: { weight: 'bold', size: 34, baseline: 92, rgb: COLOURS.text },
  kicker: { weight: 'regular', size: 38, baseline: 182, rgb: COLOURS.kicker },
  footer: { weight: 'regular', size: 30, baseline: SHARE_IMAGE.height - 36, rgb: COLOURS.text },
} as const;
/** Headline sizes (bold), largest first: the largest at which the whole headline fits its lines wins. */
export const HEADLINE = [
  { size: 68, leading: 80, lines: 2 },
  { size: 60, leading: 72, lines: 3 },
  { size: 52, leading: 64, lines: 4 },
] as const;
const HEADLINE_TOP = 220;

/** The headline's size and lines: the largest size it fits whole, else the smallest, cut with "…". */
export function headlineLines(face: Typeface, text: string): { size: number; leading: number; lines: string[] } {
  for (const step of HEADLINE) {
    const lines = wrapText(face, text, step.size, TEXT_WIDTH, step.lines + 1);
    if (lines.length <= step.lines) return { size: step.size, leading: step.leading, lines };
  }
  const last = HEADLINE[HEADLINE.length - 1]!;
  return { size: last.size, leading: last.leading, lines: wrapText(face, text, last.size, TEXT_WIDTH, last.lines) };
}

/** Draws cards; keeps its fonts and glyph masks from one card to the next. */
export class ShareCardPainter {
  private readonly faces: Record<Weight, Typeface> = { regular: loadTypeface('regular'), bold: loadTypeface('bold') };
  private readonly masks = new GlyphMasks();

  private async text(canvas: IndexedCanvas, face: Typeface, text: string, size: number, x: number, baseline: number, rgb: number) {
    const line = layoutLine(face, text, size);
    const masks = await Promise.all(line.glyphs.map((g) => this.masks.mask(face, g.glyph, size)));
    line.glyphs.forEach((g, i) => canvas.drawMask(masks[i]!, x + g.x, baseline, rgb));
  }

  async png(card: ShareCard): Promise<Buffer> {
    const { width, height } = SHARE_IMAGE;
    const canvas = new IndexedCanvas(width, height, COLOURS.brand);
    canvas.fillRect(0, BAND_TOP, width, height - BAND_TOP, COLOURS.band);
    canvas.fillRect(MARGIN, 116, 120, 8, COLOURS.bar);
    for (const part of ['eyebrow', 'kicker', 'footer'] as const) {
      const { weight, size, baseline, rgb } = TYPE[part];
      const face = this.faces[weight];
      await this.text(canvas, face, wrapText(face, card[part], size, TEXT_WIDTH, 1)[0] ?? '', size, MARGIN, baseline, rgb);
    }
    const headline = headlineLines(this.faces.bold, card.headline);
    // The first baseline sits about a cap height below the top, whatever the size.
    const first = HEADLINE_TOP + Math.round(headline.size * 0.78);
    for (const [i, line] of headline.lines.entries()) {
      await this.text(canvas, this.faces.bold, line, headline.size, MARGIN, first + i * headline.leading, COLOURS.text);
    }
    return encodeIndexedPng(width, height, canvas.pixels, canvas.palette);
  }
}
