/**
 * One legacy page, text → the facts it states: chrome removed, header read,
 * body split into blocks, trailer taken off. Pure; decoding (decode.ts) and
 * the choice of category, tags and file name (toEntry.ts, the importer) are
 * separate steps.
 */
import { classify, toParagraphs, type Block } from './body.ts';
import { stripChrome } from './chrome.ts';
import { CATEGORY_MAX, parseHeader, type Moment } from './header.ts';
import { nameKey } from './dvhc.ts';
import { toLines } from './lines.ts';
import { splitTrailer } from './trailer.ts';

export interface PageFacts {
  title?: string;
  /** The category the page names (the first of `categories`). */
  category?: string;
  /**
   * Every name the page gives its category, most specific first: a
   * “Chuyên mục:” field, the breadcrumb from its deepest crumb up, the line
   * above the title. The importer files the page under the first one the
   * portal has.
   */
  categories: string[];
  published?: Moment;
  updated?: Moment;
  views?: number;
  byline?: string;
  source?: string;
  blocks: Block[];
  /** Things the operator should know; none of them stops the import. */
  warnings: string[];
  /** The header lines read for the date: the report quotes them when none was found. */
  tried: string[];
}

/**
 * A page's text; `hints.title` is the headline when the source marks it (an
 * HTML page's h1), `hints.lang` the language it declares (which decides
 * whether 3/2/2019 is 3 February or March 2).
 */
export function parsePage(text: string, hints: { title?: string; lang?: string } = {}): PageFacts {
  const stripped = stripChrome(toLines(text));
  const header = parseHeader(stripped.lines, hints);
  const { paragraphs, repeated } = toParagraphs(header.body);
  const trailer = splitTrailer(paragraphs);
  const warnings = [...header.warnings];
  for (const line of header.ignored) warnings.push(`Bỏ qua dòng ở đầu trang: “${line}” (header line ignored)`);
  if (repeated) warnings.push(`Bỏ ${repeated} đoạn lặp lại liền nhau (repeated paragraph removed)`);
  let { published, updated } = header;
  if (!published && updated) {
    // Some portal products print only “Cập nhật lúc …”: that is the only date the page has.
    warnings.push('Trang chỉ ghi ngày cập nhật: dùng làm ngày đăng (only an update date; used as publication date)');
    [published, updated] = [updated, undefined];
  }
  const titleKey = header.title && nameKey(header.title);
  const crumbs = (stripped.breadcrumb ?? []).filter((c) => c.length <= CATEGORY_MAX && nameKey(c) !== titleKey).reverse();
  const categories = [
    ...new Set([
      ...(header.categoryLabelled && header.category ? [header.category] : []),
      ...crumbs,
      ...(header.category && !header.categoryLabelled ? [header.category] : []),
    ]),
  ];
  return {
    title: header.title,
    category: categories[0],
    categories,
    published,
    updated,
    views: header.views,
    byline: header.byline ?? trailer.byline,
    source: header.source ?? trailer.source,
    blocks: classify(trailer.paragraphs),
    warnings,
    tried: header.tried,
  };
}
