/**
 * A page as lines with their whitespace normalised. Copied portal pages put
 * each paragraph on its own line, indent with runs of NBSP, and leave an
 * NBSP-only line where an image or an empty <p>&nbsp;</p> was: that trace is
 * kept (`placeholder`) because a short line right after it is usually the
 * lost photo's caption.
 */
import { normalizeSpaces } from '../vietnamese.ts';

export interface Line {
  /** The text, NBSP and runs of spaces collapsed, trimmed; '' for a blank line. */
  text: string;
  /** The line held only NBSP-like whitespace (an image or empty paragraph was there). */
  placeholder: boolean;
}

export function toLines(text: string): Line[] {
  return text.split('\n').map((raw) => {
    const normalized = normalizeSpaces(raw);
    return { text: normalized, placeholder: normalized === '' && /[\u00a0\u2000-\u200b\u202f\u3000\ufeff]/.test(raw) };
  });
}

/** A blank line standing where a removed line was. */
export const BLANK: Line = Object.freeze({ text: '', placeholder: false });
