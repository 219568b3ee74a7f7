/**
 * The type the share cards are set in: Noto Sans, cut to Latin and
 * Vietnamese (src/share/fonts, OFL), shipped with the project so that a card
 * looks the same on every build machine, whatever fonts it has installed.
 * Here: glyphs and their positions on a line (advance widths and kerning),
 * and word wrap by measured width.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import opentype, { type Font, type Glyph } from 'opentype.js';

export type Weight = 'regular' | 'bold';

export interface Typeface {
  weight: Weight;
  font: Font;
  /** Looked up once per character and per pair: a build sets thousands of titles in a few hundred characters. */
  glyphs: Map<string, Glyph | null>;
  kerning: Map<number, number>;
}

const FILES: Record<Weight, string> = { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' };

/**
 * The font files, beside this module. A path, not `new URL(…, import.meta.url)`:
 * Vite would copy the fonts into the site's output when it bundles the
 * dev-only card route (src/pages/anh-chia-se), and only Node reads them.
 */
export const fontFiles = (): string[] => Object.values(FILES).map((file) => join(dirname(fileURLToPath(import.meta.url)), 'fonts', file));

function fontBytes(weight: Weight): Buffer {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fonts', FILES[weight]));
}

export function loadTypeface(weight: Weight): Typeface {
  const bytes = fontBytes(weight);
  const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return { weight, font, glyphs: new Map(), kerning: new Map() };
}

export interface PlacedGlyph {
  glyph: Glyph;
  /** Pen position from the start of the line, in pixels. */
  x: number;
}

export interface Line {
  glyphs: PlacedGlyph[];
  width: number;
}

/**
 * A line of text at `size` pixels. Characters the font lacks (emoji, Chinese…)
 * are left out rather than drawn as empty boxes; text is composed (NFC) first,
 * since the font has every precomposed Vietnamese letter.
 */
export function layoutLine(face: Typeface, text: string, size: number): Line {
  const scale = size / face.font.unitsPerEm;
  const glyphs: PlacedGlyph[] = [];
  let pen = 0;
  let previous: Glyph | undefined;
  for (const char of text.normalize('NFC')) {
    let glyph = face.glyphs.get(char);
    if (glyph === undefined) face.glyphs.set(char, (glyph = face.font.hasChar(char) ? face.font.charToGlyph(char) : null));
    if (!glyph) continue;
    if (previous) {
      const pair = previous.index * 65536 + glyph.index;
      let kern = face.kerning.get(pair);
      if (kern === undefined) face.kerning.set(pair, (kern = face.font.getKerningValue(previous, glyph)));
      pen += kern * scale;
    }
    glyphs.push({ glyph, x: pen });
    pen += (glyph.advanceWidth ?? 0) * scale;
    previous = glyph;
  }
  return { glyphs, width: pen };
}

export const measure = (face: Typeface, text: string, size: number): number => layoutLine(face, text, size).width;

const ELLIPSIS = '…';

/** The longest start of `text` that fits `maxWidth` with "…" after it. */
function cutToFit(face: Typeface, text: string, size: number, maxWidth: number): string {
  const chars = [...text];
  while (chars.length && measure(face, `${chars.join('').trimEnd()}${ELLIPSIS}`, size) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * Words in lines no wider than `maxWidth` pixels, at most `maxLines`; text
 * that does not fit ends in "…", and a word wider than a line is cut.
 */
export function wrapText(face: Typeface, text: string, size: number, maxWidth: number, maxLines: number): string[] {
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const fits = (line: string) => measure(face, line, size) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = fits(words[i]!) ? words[i]! : cutToFit(face, words[i]!, size, maxWidth);
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // The last line: what is left does not fit, so it ends in "…".
      lines.push(cutToFit(face, next, size, maxWidth));
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}
