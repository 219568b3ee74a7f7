/**
 * One legacy page, text → the facts it states: chrome removed, header read,
 * body split into blocks, trailer taken off. Pure; decoding (decode.ts) and
 * the choice of category, tags and file name (toEntry.ts, the importer) are
 * separate steps.
 */
import { classify, toParagraphs, type Block } from './body.ts';
import { stripChrome } from './chrome.ts';
import { parseHeader, type Moment } from './header.ts';
import { toLines } from './lines.ts';
import { splitTrailer } from './trailer.ts';

export interface PageFacts {
  title?: string;
  category?: string;
  published?: Moment;
  updated?: Moment;
  views?: number;
  byline?: string;
  source?: string;
  blocks: Block[];
  /** Things the operator should know; none of them stops the import. */
  warnings: string[];
}

export function parsePage(text: string): PageFacts {
  const header = parseHeader(stripChrome(toLines(text)).lines);
  const { paragraphs, repeated } = toParagraphs(header.body);
  const trailer = splitTrailer(paragraphs);
  const warnings = [...header.warnings];
  for (const line of header.ignored) warnings.push(`Bỏ qua dòng ở đầu trang: “${line}” (header line ignored)`);
  if (repeated) warnings.push(`Bỏ ${repeated} đoạn lặp lại liền nhau (repeated paragraph removed)`);
  return {
    title: header.title,
    category: header.category,
    published: header.published,
    updated: header.updated,
    views: header.views,
    byline: trailer.byline,
    source: trailer.source,
    blocks: classify(trailer.paragraphs),
    warnings,
  };
}
