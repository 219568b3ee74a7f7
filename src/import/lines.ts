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
/** An HTML heading: the mark, its level (2–4), then the text. */
export const HEADING_MARK = '\ue002';
/** An HTML list item: the mark, its number (or “-”), “,”, its depth, the mark again, then the text. */
export const ITEM_MARK = '\ue003';
/** An HTML data table: the mark, then the table as JSON (HtmlTable). */
export const TABLE_MARK = '\ue004';
/** A link inside a line: LINK_OPEN, the href, LINK_TEXT, the link's text, LINK_CLOSE. */
export const LINK_OPEN = '\ue005';
export const LINK_TEXT = '\ue006';
export const LINK_CLOSE = '\ue007';
const MARKS = /[\ue000-\ue007]/g;

/** A data table of an HTML page: its rows of cell text, the first being its header row; its caption. */
export interface HtmlTable {
  rows: string[][];
  caption?: string;
}

/** A link inside a line's text: [start, end) and where it pointed (the href as written). */
export interface LineLink {
  start: number;
  end: number;
  href: string;
}

export interface Line {
  /** The text, NBSP and runs of spaces collapsed, trimmed; '' for a blank line. */
  text: string;
  /** The line held only NBSP-like whitespace (an image or empty paragraph was there). */
  placeholder: boolean;
  /** A photo of an HTML page stood here: its index in the page's images (html.ts). */
  image?: number;
  /** The HTML marks this line as a photo caption (figcaption, an image table's caption row). */
  caption?: boolean;
  /** An HTML heading (h2 → 2, h3 → 3, h4–h6 → 4). */
  heading?: 2 | 3 | 4;
  /** An HTML list item: its number in an ordered list, its nesting depth (0 for the outer list). */
  item?: { number?: number; depth: number };
  /** An HTML data table. */
  table?: HtmlTable;
  /** Links in the text (HTML `<a href>`). */
  links?: LineLink[];
}

/** Take the link marks out of a line: its text (spaces collapsed again) and where each link is. */
export function extractLinks(marked: string): { text: string; links: LineLink[] } {
  let text = '';
  const links: LineLink[] = [];
  let open: { start: number; href: string } | undefined;
  const close = () => {
    if (!open) return;
    let { start } = open;
    let end = text.length;
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    if (end > start) links.push({ start, end, href: open.href });
    open = undefined;
  };
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i]!;
    if (c === LINK_OPEN) {
      close();
      const hrefEnd = marked.indexOf(LINK_TEXT, i + 1);
      if (hrefEnd < 0) break;
      open = { start: text.length, href: marked.slice(i + 1, hrefEnd) };
      i = hrefEnd;
    } else if (c === LINK_CLOSE) close();
    else if (/[\ue000-\ue007]/.test(c)) continue;
    else if (c === ' ' && (text === '' || text.endsWith(' '))) continue;
    else text += c;
  }
  close();
  text = text.replace(/ $/, '');
  return { text, links: links.map((l) => ({ ...l, end: Math.min(l.end, text.length) })).filter((l) => l.end > l.start) };
}

export function toLines(text: string): Line[] {
  return text.split('\n').map((raw): Line => {
    const normalized = normalizeSpaces(raw);
    if (normalized.startsWith(IMAGE_MARK) && /^\d+$/.test(normalized.slice(1)))
      return { text: normalized, placeholder: false, image: Number(normalized.slice(1)) };
    if (normalized.startsWith(CAPTION_MARK)) return { text: normalized.slice(1).replace(MARKS, '').trim(), placeholder: false, caption: true };
    if (normalized.startsWith(TABLE_MARK)) {
      try {
        return { text: TABLE_MARK, placeholder: false, table: JSON.parse(normalized.slice(1)) as HtmlTable };
      } catch {
        return { text: '', placeholder: false };
      }
    }
    const line: Line = { text: normalized, placeholder: normalized === '' && /[\u00a0\u2000-\u200b\u202f\u3000\ufeff]/.test(raw) };
    let rest = normalized;
    const heading = /^\ue002([234])/.exec(rest);
    if (heading) {
      line.heading = Number(heading[1]) as 2 | 3 | 4;
      rest = rest.slice(heading[0].length);
    }
    const item = /^\ue003(\d+|-),(\d+)\ue003/.exec(rest);
    if (item) {
      line.item = { ...(item[1] === '-' ? {} : { number: Number(item[1]) }), depth: Number(item[2]) };
      rest = rest.slice(item[0].length);
    }
    if (rest !== normalized || rest.includes(LINK_OPEN)) {
      const { text, links } = extractLinks(rest);
      line.text = text;
      if (links.length) line.links = links;
      if (text === '') return { text: '', placeholder: false };
    }
    return line;
  });
}

/** Lines that are a photo or its caption: never chrome, header or trailer. */
export const isFigurePart = (line: Line) => line.image !== undefined || line.caption === true || line.table !== undefined;

/** A blank line standing where a removed line was. */
export const BLANK: Line = Object.freeze({ text: '', placeholder: false });
