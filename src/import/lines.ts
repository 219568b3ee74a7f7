/**
 * A page as lines with their whitespace normalised. Copied portal pages put
 * each paragraph on its own line, indent with runs of NBSP, and leave an
 * NBSP-only line where an image or an empty <p>&nbsp;</p> was: that trace is
 * kept (`placeholder`) because a short line right after it is usually the
 * lost photo's caption.
 */
import { normalizeSpaces } from '../lib/vietnamese.ts';

/** Private-use characters marking an HTML page's photos and captions (html.ts); they never occur in a portal's text. */
export const IMAGE_MARK = '\ue000';
export const CAPTION_MARK = '\ue001';

export interface Line {
  /** The text, NBSP and runs of spaces collapsed, trimmed; '' for a blank line. */
  text: string;
  /** The line held only NBSP-like whitespace (an image or empty paragraph was there). */
  placeholder: boolean;
  /** A photo of an HTML page stood here: its index in the page's images (html.ts). */
  image?: number;
  /** The HTML marks this line as a photo caption (figcaption, an image table's caption row). */
  caption?: boolean;
}

export function toLines(text: string): Line[] {
  return text.split('\n').map((raw): Line => {
    const normalized = normalizeSpaces(raw);
    if (normalized.startsWith(IMAGE_MARK) && /^\d+$/.test(normalized.slice(1))) return { text: normalized, placeholder: false, image: Number(normalized.slice(1)) };
    if (normalized.startsWith(CAPTION_MARK)) return { text: normalized.slice(1).trim(), placeholder: false, caption: true };
    return { text: normalized, placeholder: normalized === '' && /[\u00a0\u2000-\u200b\u202f\u3000\ufeff]/.test(raw) };
  });
}

/** Lines that are a photo or its caption: never chrome, header or trailer. */
export const isFigurePart = (line: Line) => line.image !== undefined || line.caption === true;

/** A blank line standing where a removed line was. */
export const BLANK: Line = Object.freeze({ text: '', placeholder: false });
