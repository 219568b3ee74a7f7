/**
 * The share image (og:image) of pages without a photo of their own: a
 * 1200×630 card drawn as SVG (sharp renders it with the Noto fonts of the
 * build machine). Articles without a cover share one card per unit (the
 * portal's) and category, never one per article: a card costs 60–270 ms to
 * render, 10–45 minutes per build at 10,000 articles (docs/seo.md). The
 * title travels beside the image in og:title, which every preview shows.
 * Pure: text in, SVG out.
 */
import { xmlEscape } from './feeds.ts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/**
 * Words in lines of at most `maxChars` characters, at most `maxLines` lines;
 * text that does not fit ends in "…". A single word longer than a line is cut.
 */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!.length > maxChars ? `${words[i]!.slice(0, maxChars - 1)}…` : words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    line = '';
  }
  if (i < words.length || line) {
    const last = lines[maxLines - 1]!;
    lines[maxLines - 1] = `${last.length + 1 > maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
  }
  return lines;
}

export interface ShareCard {
  /** Small line at the top: the portal's name. */
  eyebrow: string;
  /** Big: the unit (phường, xã) or the portal. */
  heading: string;
  /** Under it: the category, or the portal's tagline. */
  subheading: string;
  /** Bottom line, e.g. the site's host name. */
  footer: string;
}

const FONT = "'Noto Sans', 'DejaVu Sans', sans-serif";

/** The card as SVG: brand red band, white type, at most 2 heading and 3 subheading lines. */
export function shareImageSvg(card: ShareCard): string {
  const { width, height } = SHARE_IMAGE;
  const heading = wrapWords(card.heading, 26, 2);
  const sub = wrapWords(card.subheading, 40, 3);
  const text = (x: number, y: number, size: number, weight: number, fill: string, value: string) =>
    `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${xmlEscape(value)}</text>`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#9b1c1c"/>`,
    `<rect x="0" y="${height - 96}" width="${width}" height="96" fill="#6f1313"/>`,
    `<rect x="72" y="118" width="120" height="8" fill="#f0b400"/>`,
    text(72, 96, 34, 700, '#ffffff', card.eyebrow),
    ...heading.map((line, i) => text(72, 222 + i * 84, 72, 700, '#ffffff', line)),
    ...sub.map((line, i) => text(72, 222 + heading.length * 84 + 24 + i * 56, 44, 400, '#fbeaea', line)),
    text(72, height - 36, 32, 400, '#ffffff', card.footer),
    '</svg>',
  ];
  return parts.join('\n');
}

/**
 * The share crop of a photo: 1200×630 (1.91:1, what Facebook and Zalo
 * show), or the largest box of that shape inside a smaller photo, since the
 * image service never enlarges (the declared og:image size must be the real one).
 */
export function shareCrop(image: { width: number; height: number }): { width: number; height: number } {
  // Astro's image metadata is a proxy: reading width off it makes the build ship the original
  // file too (it counts as used). Its "clone" is a plain copy that does not.
  const source = (image as { clone?: { width: number; height: number } }).clone ?? image;
  const ratio = SHARE_IMAGE.width / SHARE_IMAGE.height;
  let width = Math.min(SHARE_IMAGE.width, source.width);
  let height = Math.round(width / ratio);
  if (height > source.height) {
    height = source.height;
    width = Math.round(height * ratio);
  }
  return { width, height };
}
