/**
 * The article body: paragraphs and what each one is. Copied pages put every
 * paragraph, list item, heading and photo caption on a line of its own, so a
 * non-blank line is one paragraph; what kind it is comes from how it starts
 * and how long it is.
 */
import type { HtmlTable, Line, LineLink } from './lines.ts';

export interface Paragraph {
  text: string;
  /** An NBSP-only line or a photo (where an image was or is) came right before it, blank lines aside. */
  afterPlaceholder: boolean;
  /** An HTML page's photo (index into its images). */
  image?: number;
  /** The HTML marks it as a caption. */
  caption?: boolean;
  /** Structure the HTML gave it (lines.ts): a heading, a list item, a data table; its links. */
  heading?: 2 | 3 | 4;
  item?: { number?: number; depth: number };
  table?: HtmlTable;
  links?: LineLink[];
}

/** A link of a block's text; the importer sets `to` (the address to link to) when the link is kept. */
export interface BlockLink extends LineLink {
  to?: string;
}

export type Block =
  | { kind: 'paragraph' | 'caption'; text: string; links?: BlockLink[] }
  /** A list item: a number in an ordered list, a depth when nested (HTML lists). */
  | { kind: 'item'; text: string; number?: number; depth?: number; links?: BlockLink[] }
  | { kind: 'heading'; level: 2 | 3 | 4; text: string; links?: BlockLink[] }
  /** An HTML data table: an award table becomes the portal's award block, others a Markdown table (markdown.ts). */
  | { kind: 'table'; text: ''; table: HtmlTable }
  /** A photo: `image` indexes the page's images; the importer sets `src` (relative to the article) once it has the file. */
  | { kind: 'image'; text: ''; image: number; src?: string; alt?: string };

/**
 * Non-blank lines as paragraphs, a paragraph repeated right after itself
 * dropped (portals sometimes printed the lead twice).
 */
export function toParagraphs(lines: readonly Line[]): { paragraphs: Paragraph[]; repeated: number } {
  const paragraphs: Paragraph[] = [];
  let repeated = 0;
  let afterPlaceholder = false;
  for (const line of lines) {
    if (line.text === '') {
      if (line.placeholder) afterPlaceholder = true;
      continue;
    }
    if (line.image !== undefined) {
      paragraphs.push({ text: line.text, afterPlaceholder: false, image: line.image });
      afterPlaceholder = true;
      continue;
    }
    if (line.table) {
      paragraphs.push({ text: '', afterPlaceholder: false, table: line.table });
      afterPlaceholder = false;
      continue;
    }
    const { heading, item, links } = line;
    if (paragraphs.at(-1)?.text === line.text && paragraphs.at(-1)?.image === undefined) repeated++;
    else
      paragraphs.push({
        text: line.text,
        afterPlaceholder,
        ...(line.caption ? { caption: true } : {}),
        ...(heading ? { heading } : {}),
        ...(item ? { item } : {}),
        ...(links ? { links } : {}),
      });
    afterPlaceholder = false;
  }
  return { paragraphs, repeated };
}

/** Headings are short; a numbered line longer than this is a paragraph that starts with a number. */
const HEADING_MAX = 200;
/** A “* …” line this short without closing punctuation heads what follows. */
const STAR_HEADING_MAX = 120;
/** Captions are a line or two. */
const CAPTION_MAX = 250;
/** A short line in the image's place is its caption only if it is this short. */
const PLACEHOLDER_CAPTION_MAX = 150;

const ROMAN = /^[IVX]{1,4}\.\s+\S/;
const NUMBERED = /^\d{1,2}\.\s+\S/;
const SUB_NUMBERED = /^\d{1,2}\.\d{1,2}\.?\s+\S/;
const STAR = /^\*\s*(\S.*)$/u;
const BULLET = /^[-–•●▪◦+](?:\s+|(?=\p{Lu}))(\S.*)$/u;
const ENDS_SENTENCE = /[.:;!?]$/;
const ENDS_CLAUSE = /[.:;,!?]$/;

/** Photo credits and the way portals captioned photos of officials (“Đ/c … báo cáo …”). */
const PHOTO_CREDIT = /^\(?\s*Ảnh\s*:|\(\s*(?:Ảnh|Nguồn ảnh)\s*:[^()]*\)$|^Ảnh\s+(?:minh\s+họa|tư\s+liệu)/iu;
const COMRADE = /^(?:Các\s+)?(?:[Đđ]\/[cC]|Đồng\s+chí)\s/u;

export function isCaption(p: Paragraph): boolean {
  const { text } = p;
  if (p.caption) return true;
  if (text.length > CAPTION_MAX) return false;
  if (PHOTO_CREDIT.test(text)) return true;
  if (COMRADE.test(text) && !ENDS_SENTENCE.test(text)) return true;
  return p.afterPlaceholder && text.length <= PLACEHOLDER_CAPTION_MAX && !ENDS_CLAUSE.test(text) && !STAR.test(text) && !BULLET.test(text) && !/^\d/.test(text);
}

function headingLevel(text: string): 2 | 3 | 4 | null {
  if (text.length > HEADING_MAX) return null;
  if (ROMAN.test(text)) return 2;
  if (text.endsWith('.')) return null;
  if (SUB_NUMBERED.test(text)) return 4;
  if (NUMBERED.test(text)) return 3;
  return null;
}

/** What each paragraph is: heading, list item, caption or plain paragraph. */
export function classify(paragraphs: readonly Paragraph[]): Block[] {
  return paragraphs.map((p, i): Block => {
    const { text } = p;
    const links = (rest: string = text) => {
      // The block's text is the paragraph's without a leading marker (“- ”, “* ”): links move with it.
      const cut = text.length - rest.length;
      const kept = (p.links ?? []).filter((l) => l.start >= cut).map((l) => ({ ...l, start: l.start - cut, end: l.end - cut }));
      return kept.length ? { links: kept } : {};
    };
    if (p.image !== undefined) return { kind: 'image', text: '', image: p.image };
    if (p.table) return { kind: 'table', text: '', table: p.table };
    // The HTML said what it is: no guessing from the text.
    if (p.heading) return { kind: 'heading', level: p.heading, text, ...links() };
    if (p.item)
      return {
        kind: 'item',
        text,
        ...(p.item.number !== undefined ? { number: p.item.number } : {}),
        ...(p.item.depth ? { depth: p.item.depth } : {}),
        ...links(),
      };
    if (isCaption(p)) return { kind: 'caption', text };
    const level = headingLevel(text);
    if (level) return { kind: 'heading', level, text, ...links() };
    const star = STAR.exec(text);
    if (star) {
      // A run of “* …” lines is a list even when its items are short.
      const inRun = [paragraphs[i - 1], paragraphs[i + 1]].some((q) => q && STAR.test(q.text));
      const heads = text.length <= STAR_HEADING_MAX && !ENDS_CLAUSE.test(text) && !inRun;
      return heads ? { kind: 'heading', level: 4, text: star[1]!, ...links(star[1]) } : { kind: 'item', text: star[1]!, ...links(star[1]) };
    }
    const bullet = BULLET.exec(text);
    if (bullet) return { kind: 'item', text: bullet[1]!, ...links(bullet[1]) };
    return { kind: 'paragraph', text, ...links() };
  });
}
