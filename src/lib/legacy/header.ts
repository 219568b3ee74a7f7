/**
 * The header of a legacy page: category line, title, publication date and
 * time, view count and “Cập nhật” date. Formats met on the old portals:
 *   Ngày đăng 07/09/2015 | 16:46 | Lượt xem: 329      (Liferay, Vietnamese)
 *   Ngày đăng 20/12/2017 | 03:43 | View count: 525     (its English-labelled twin)
 *   Đăng ngày 17 - 05 - 2024  +  “Lượt xem: 1.204” on the next line
 *   09/12/2022                 a bare date line, before or after the title
 *   Cập nhật: 10/12/2022 14:20
 * All times are Viet Nam wall-clock time. The header lives above the first
 * line of prose; nothing below it is read as a date.
 */
import { fromVnParts } from '../dates.ts';
import { LegacyError } from './errors.ts';
import { BLANK, type Line } from './lines.ts';

export interface Moment {
  date: Date;
  /** The page gave a date without a time (stored as 00:00, shown without time). */
  dateOnly: boolean;
}

export interface Header {
  title?: string;
  category?: string;
  published?: Moment;
  updated?: Moment;
  views?: number;
  /** Lines above the category that are neither chrome we know nor header: reported, not imported. */
  ignored: string[];
  /** Problems worth telling the operator that do not stop the import. */
  warnings: string[];
  /** The page below the header (same length as the input; header lines blanked). */
  body: Line[];
}

/** No title is longer (the schema's limit); a longer line is prose and ends the header. */
export const TITLE_MAX = 250;
/** A category line is a short menu label. */
const CATEGORY_MAX = 120;

const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
const TIME = String.raw`(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?:\s*phút)?`;
const SEP = String.raw`\s*(?:[|,–-]|lúc)?\s*`;
const WEEKDAY = String.raw`(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?`;
const DATE_THEN_TIME = new RegExp(`^${WEEKDAY}${DATE}(?:${SEP}${TIME})?$`, 'iu');
const TIME_THEN_DATE = new RegExp(`^${TIME}${SEP}${WEEKDAY}${DATE}$`, 'iu');
const GMT = /\s*\(?\s*GMT\s*\+\s*0?7(?::00)?\s*\)?\s*$/i;

const VIEWS_LABEL = String.raw`(?:số\s+lượt\s+xem|lượt\s+xem|lượt\s+đọc|view\s+count|views?)`;
const VIEWS_ONLY = new RegExp(`^${VIEWS_LABEL}\\s*:?\\s*(\\d[\\d.,]*)$`, 'iu');
const VIEWS_TAIL = new RegExp(`\\s*[|,–-]?\\s*${VIEWS_LABEL}\\s*:?\\s*(\\d[\\d.,]*)$`, 'iu');
const PUBLISHED_LABEL = /^(?:ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|ngày\s+xuất\s+bản)\s*:?\s*/iu;
const UPDATED_LABEL = /^(?:ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc|\s+ngày)?)\s*:?\s*/iu;

/** “1.204” → 1204 (Vietnamese groups thousands with dots; some portals use commas). */
export function parseCount(text: string): number | undefined {
  const n = Number(text.replace(/[.,\s]/g, ''));
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * “07/09/2015 | 16:46”, “16:46 07/09/2015”, “Thứ Hai, 09/12/2022”, “17 - 05 - 2024”.
 * Returns null when the text is not a date; throws when it is one that cannot exist.
 */
export function parseMoment(text: string): Moment | null {
  const clean = text.replace(GMT, '').trim();
  const dt = DATE_THEN_TIME.exec(clean);
  const td = dt ? null : TIME_THEN_DATE.exec(clean);
  if (!dt && !td) return null;
  const [day, month, year, hour, minute] = dt ? [dt[1], dt[2], dt[3], dt[4], dt[5]] : [td![3], td![4], td![5], td![1], td![2]];
  const y = Number(year);
  const date = y >= 1990 && y <= 2100 ? fromVnParts(y, Number(month), Number(day), Number(hour ?? 0), Number(minute ?? 0)) : null;
  if (!date) {
    const shown = hour === undefined ? `${day}/${month}/${year}` : `${day}/${month}/${year} ${hour}:${minute}`;
    throw new LegacyError('bad-date', `Ngày giờ không có thật: ${shown} (impossible date)`);
  }
  return { date, dateOnly: hour === undefined };
}

type Meta =
  | { kind: 'published'; moment: Moment; labelled: boolean; views?: number }
  | { kind: 'views'; views: number }
  | { kind: 'updated'; moment: Moment | null };

/** What a header line says, if it is a meta line at all. */
export function parseMetaLine(text: string): Meta | null {
  const viewsOnly = VIEWS_ONLY.exec(text);
  if (viewsOnly) {
    const views = parseCount(viewsOnly[1]!);
    return views === undefined ? null : { kind: 'views', views };
  }
  const updated = UPDATED_LABEL.exec(text);
  if (updated) return { kind: 'updated', moment: parseMoment(text.slice(updated[0].length)) };

  const tail = VIEWS_TAIL.exec(text);
  const views = tail ? parseCount(tail[1]!) : undefined;
  const rest = tail ? text.slice(0, tail.index) : text;
  const label = PUBLISHED_LABEL.exec(rest);
  const moment = parseMoment(label ? rest.slice(label[0].length) : rest);
  if (moment) return { kind: 'published', moment, labelled: !!label, ...(views !== undefined ? { views } : {}) };
  if (label) throw new LegacyError('bad-date', `Không đọc được ngày đăng: “${text}” (unreadable date)`);
  return null;
}

/**
 * Read the header. Which line is the title:
 * - with a labelled date line (“Ngày đăng …”), the line above it (the page's
 *   own layout), else the line below;
 * - with a bare date, the line touching it (no blank line between); when both
 *   neighbours touch it, the longer one is the title and the shorter the
 *   category;
 * - with no date at all, the first line (the caller then needs a date from
 *   the overrides file).
 * The category is the nearest line above the title (or above the date when
 * the title is below it).
 */
export function parseHeader(lines: readonly Line[]): Header {
  let regionEnd = lines.findIndex((l) => l.text.length > TITLE_MAX);
  if (regionEnd < 0) regionEnd = lines.length;

  const metas = new Map<number, Meta>();
  const candidates: number[] = [];
  for (let i = 0; i < regionEnd; i++) {
    const text = lines[i]!.text;
    if (text === '') continue;
    const meta = parseMetaLine(text);
    if (meta) metas.set(i, meta);
    else candidates.push(i);
  }

  const warnings: string[] = [];
  const header: Header = { ignored: [], warnings, body: [] };
  let dateIndex = -1;
  let labelled = false;
  for (const [i, meta] of metas) {
    if (meta.kind === 'published' && header.published === undefined) {
      header.published = meta.moment;
      dateIndex = i;
      labelled = meta.labelled;
      if (meta.views !== undefined) header.views = meta.views;
    } else if (meta.kind === 'views') header.views ??= meta.views;
    else if (meta.kind === 'updated') {
      if (meta.moment) header.updated ??= meta.moment;
      else warnings.push(`Bỏ qua dòng cập nhật không đọc được: “${lines[i]!.text}”`);
    }
  }

  // Do lines i and j touch, with only meta lines between them?
  const touches = (i: number, j: number) => {
    for (let k = Math.min(i, j) + 1; k < Math.max(i, j); k++) if (!metas.has(k)) return false;
    return true;
  };

  let titleIndex: number | undefined;
  let categoryIndex: number | undefined;
  if (dateIndex < 0) {
    titleIndex = candidates[0];
  } else {
    const above = candidates.filter((i) => i < dateIndex);
    const prev = above.at(-1);
    const next = candidates.find((i) => i > dateIndex);
    let titleBelow: boolean;
    if (prev === undefined || next === undefined) titleBelow = prev === undefined;
    else if (labelled) titleBelow = false;
    else {
      const prevTouches = touches(prev, dateIndex);
      const nextTouches = touches(dateIndex, next);
      if (prevTouches !== nextTouches) titleBelow = nextTouches;
      else if (prevTouches) titleBelow = lines[next]!.text.length > lines[prev]!.text.length;
      else titleBelow = false;
    }
    titleIndex = titleBelow ? next : prev;
    categoryIndex = titleBelow ? prev : above.at(-2);
  }
  if (categoryIndex !== undefined && lines[categoryIndex]!.text.length > CATEGORY_MAX) categoryIndex = undefined;

  if (titleIndex !== undefined) header.title = lines[titleIndex]!.text;
  if (categoryIndex !== undefined) header.category = lines[categoryIndex]!.text;
  const headerEnd = Math.max(titleIndex ?? -1, dateIndex, categoryIndex ?? -1);
  for (const i of candidates) {
    if (i < headerEnd && i !== titleIndex && i !== categoryIndex) header.ignored.push(lines[i]!.text);
  }
  header.body = lines.map((line, i) => (i <= headerEnd || metas.has(i) ? BLANK : line));
  return header;
}
