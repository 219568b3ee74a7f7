/**
 * The header of a legacy page: category, title, publication date and time,
 * view count, “Cập nhật” date, and the author and source when the header
 * names them. A meta line is a bare date or any number of labelled fields
 * (Vietnamese or English labels: FIELD_LABELS) separated by `|`, `-`, `/`,
 * `•` or spaces, e.g.
 *   Ngày đăng 07/09/2015 | 16:46 | Lượt xem: 329      (Liferay, Vietnamese)
 *   Ngày đăng 20/12/2017 | 03:43 | View count: 525     (its English-labelled twin)
 *   Published: 07/09/2015 4:46 PM - Views: 1,024 - By Minh Ngọc
 *   Đăng ngày 17 - 05 - 2024  +  “Lượt xem: 1.204” on the next line
 *   09/12/2022                 a bare date line, before or after the title
 *   Cập nhật: 10/12/2022 14:20
 * docs/import.md lists every format with an example (and a test reads them
 * from there). All times are Viet Nam wall-clock time. The header lives
 * above the first line of prose; nothing below it is read as a date.
 *
 * Labels only help: a line the labels do not know is read by the shape of
 * its values (parseLooseLine: a date after a short label, a time, a number
 * beside a view word), and the page's language decides whether 3/2/2019 is
 * 3 February (the default) or March 2 (dateOrder).
 */
import { fromVnParts, vnParts } from '../lib/dates.ts';
import { LegacyError } from './errors.ts';
import { BLANK, isFigurePart, type Line } from './lines.ts';

export interface Moment {
  date: Date;
  /** The page gave a date without a time (stored as 00:00, shown without time). */
  dateOnly: boolean;
  /** A numeric date both of whose first numbers could be the month (3/2/2019): how it was read. */
  ambiguous?: { shown: string; order: DateOrder };
}

/**
 * Which of two numbers comes first in a numeric date: the day (Vietnamese
 * and British usage, the default) or the month (US usage, only when the
 * page's language says so: dateOrder()).
 */
export type DateOrder = 'day-first' | 'month-first';

export interface Header {
  title?: string;
  category?: string;
  published?: Moment;
  updated?: Moment;
  views?: number;
  /** An author or source the header names (“Tác giả: …”, “By …”, “Nguồn: …”). */
  byline?: string;
  source?: string;
  /** The category came from a “Chuyên mục: …” field, not from the line above the title. */
  categoryLabelled?: boolean;
  /** Lines above the category that are neither chrome we know nor header: reported, not imported. */
  ignored: string[];
  /** Problems worth telling the operator that do not stop the import. */
  warnings: string[];
  /** The page below the header (same length as the input; header lines blanked). */
  body: Line[];
  /** The lines read for the date (the first of the header region), for a report that has to say none was found. */
  tried: string[];
}

/** No title is longer (the schema's limit); a longer line is prose and ends the header. */
export const TITLE_MAX = 250;
/** A category line is a short menu label. */
export const CATEGORY_MAX = 120;

/** English month names and their abbreviations (“Mar.”, “Sept”), longest first. */
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`((?:${[...MONTH_NAMES, 'sept', ...MONTH_NAMES.map((m) => m.slice(0, 3))].sort((a, b) => b.length - a.length).join('|')})(?![\p{L}])\.?)`;
/** 3 → 3, “March”, “Mar.”, “sept” → 3, 9. */
function monthNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const name = text.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;
}
/**
 * Day, month, year as the portals write them; each form gives [day, month,
 * year] groups in some order. `numeric` forms put two numbers first whose
 * order (day or month first) the page's language decides.
 */
const DATE_FORMS: { source: string; order: [number, number, number]; numeric?: true }[] = [
  { source: String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`, order: [0, 1, 2], numeric: true },
  { source: String.raw`(\d{4})-(\d{1,2})-(\d{1,2})`, order: [2, 1, 0] },
  { source: String.raw`(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*|\s+năm\s+|\s+)(\d{4})`, order: [0, 1, 2] },
  // March 5, 2019 · Mar. 5 2019 · March 5th, 2019
  { source: String.raw`${MONTH}\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})`, order: [1, 0, 2] },
  // 5 March 2019 · 5th of March, 2019 · 05-Mar-2019
  { source: String.raw`(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]*${MONTH}[\s,-]*(\d{4})`, order: [0, 1, 2] },
];
/**
 * 16:46, 16h46, 08h05, 16 giờ 46 phút, 8 giờ 5, 4:46 PM, 8:05 a.m., 4:46 CH
 * (SharePoint's Vietnamese “chiều”), seconds and GMT+7 ignored.
 */
const TIME = String.raw`(\d{1,2})\s*(?::|h|giờ)\s*(\d{2}|(?<=giờ\s*)\d(?!\d))(?:\s*phút)?(?::\d{2})?(?:\s*(am|pm|a\.m\.|p\.m\.|sa|ch|sáng|chiều|tối)(?![\p{L}]))?(?:\s*\(?\s*GMT\s*\+\s*0?7(?::00)?\s*\)?)?`;
const SEP = String.raw`\s*(?:[|,–/-]|lúc|at|ngày)?\s*`;
const WEEKDAY = String.raw`(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?\s*,?\s*)?`;
/** Per date form: date [then time], and time then date; sticky, to read a moment where a field starts. */
const MOMENT_FORMS = DATE_FORMS.flatMap(({ source, order, numeric }) => [
  { re: new RegExp(`${WEEKDAY}${source}(?:${SEP}${TIME})?`, 'iuy'), date: order.map((k) => k + 1), time: 4, numeric },
  { re: new RegExp(`${TIME}${SEP}${WEEKDAY}${source}`, 'iuy'), date: order.map((k) => k + 4), time: 1, numeric },
]);
const TIME_ONLY = new RegExp(TIME, 'iuy');
/** 1.024, 1,024 and 1024 (Vietnamese groups thousands with dots, English portals with commas). */
const COUNT = /\d{1,3}(?:[.,]\d{3})+(?![\d.,]*\d)|\d+/y;

/** “1.204” → 1204 (Vietnamese groups thousands with dots; some portals use commas). */
export function parseCount(text: string): number | undefined {
  const n = Number(text.replace(/[.,\s]/g, ''));
  return Number.isSafeInteger(n) ? n : undefined;
}

function toMoment(shown: string, y: string, mo: string, d: string, h?: string, mi?: string, half?: string): Moment {
  let hour = h === undefined ? 0 : Number(h);
  const meridiem = half?.toLowerCase().replace(/\./g, '');
  if (meridiem && hour >= 1 && hour <= 12) {
    const pm = meridiem === 'pm' || meridiem === 'ch' || meridiem === 'chiều' || meridiem === 'tối';
    hour = pm ? (hour % 12) + 12 : hour % 12;
  } else if (meridiem) hour = -1;
  const year = Number(y);
  const date = year >= 1990 && year <= 2100 ? fromVnParts(year, monthNumber(mo), Number(d), hour, Number(mi ?? 0)) : null;
  if (!date) throw new LegacyError('bad-date', `Ngày giờ không có thật: ${shown.trim()} (impossible date)`);
  return { date, dateOnly: h === undefined };
}

/**
 * A moment starting at `at` in `text`: the moment and where it ends, or null.
 * Throws for a date that cannot exist, and for a month-first page's date that
 * only reads day-first (the page contradicts its own language: ambiguous).
 */
function momentAt(text: string, at: number, order: DateOrder = 'day-first'): { moment: Moment; end: number } | null {
  let best: { m: RegExpExecArray; form: (typeof MOMENT_FORMS)[number] } | null = null;
  for (const form of MOMENT_FORMS) {
    form.re.lastIndex = at;
    const m = form.re.exec(text);
    if (m && (!best || m[0].length > best.m[0].length)) best = { m, form };
  }
  if (!best) return null;
  const { m, form } = best;
  const [day, month, y] = form.date.map((k) => m[k]!) as [string, string, string];
  let [d, mo] = [day, month];
  const shown = m[0].trim();
  const twoWays = form.numeric && Number(d) <= 12 && Number(mo) <= 12 && Number(d) !== Number(mo);
  if (form.numeric && order === 'month-first') {
    if (Number(d) > 12 && Number(mo) <= 12) {
      throw new LegacyError(
        'ambiguous-date',
        `Ngày “${shown}” chỉ đọc được theo kiểu ngày trước tháng, nhưng trang viết ngày theo kiểu Mỹ (tháng trước ngày): không biết đọc ngày nào (ambiguous date)`,
      );
    }
    [d, mo] = [mo, d];
  }
  const moment = toMoment(m[0], y, mo, d, m[form.time], m[form.time + 1], m[form.time + 2]);
  if (twoWays) moment.ambiguous = { shown, order };
  return { moment, end: at + m[0].length };
}

/**
 * “07/09/2015 | 16:46”, “16:46 07/09/2015”, “Thứ Hai, 09/12/2022”, “17 - 05 - 2024”, “2015-09-07 4:46 PM”.
 * Returns null when the text is not a date; throws when it is one that cannot exist.
 */
export function parseMoment(text: string, order: DateOrder = 'day-first'): Moment | null {
  const clean = text.trim();
  const found = momentAt(clean, 0, order);
  return found && found.end === clean.length ? found.moment : null;
}

/** What a header line can state. */
export type Field = 'published' | 'updated' | 'time' | 'views' | 'byline' | 'source' | 'category';

/**
 * The labels of each field, Vietnamese and English, as Liferay, SharePoint
 * and the common Vietnamese portal products print them (docs/import.md lists
 * the formats). Longer labels are tried first, so “Posted by” is not “Posted”.
 */
// prettier-ignore
export const FIELD_LABELS: Record<Field, readonly string[]> = {
  published: [
    'ngày đăng tin', 'ngày đăng bài', 'ngày đăng', 'đăng ngày', 'đăng lúc', 'ngày xuất bản', 'xuất bản ngày', 'xuất bản lúc', 'thời gian đăng', 'ngày gửi', 'ngày tạo',
    'published on', 'published at', 'published date', 'date published', 'publish date', 'published', 'posted on', 'posted at', 'posted', 'post date', 'date posted', 'created on', 'created', 'date', 'ngày',
  ],
  updated: ['ngày cập nhật', 'cập nhật lần cuối', 'cập nhật lúc', 'cập nhật ngày', 'cập nhật', 'ngày sửa', 'last updated on', 'last updated', 'last modified', 'updated on', 'updated at', 'updated', 'modified'],
  time: ['giờ đăng', 'giờ', 'time', 'lúc'],
  views: ['số lượt xem', 'lượt xem', 'lượt đọc', 'lượt truy cập', 'số lần xem', 'đã xem', 'view count', 'views', 'view', 'hits', 'reads'],
  byline: ['tác giả', 'người viết', 'người đăng', 'posted by', 'written by', 'author', 'by'],
  source: ['nguồn tin', 'nguồn', 'source'],
  category: ['chuyên mục', 'danh mục', 'category', 'section'],
};
/** Labels general enough to begin a title (“Ngày hội…”, “Date”): never an error when what follows is not a date. */
const LOOSE_LABELS = new Set(['ngày', 'date', 'published', 'posted', 'created', 'updated', 'modified', 'cập nhật', 'giờ', 'time', 'lúc', 'view', 'by']);

const labelList = (Object.entries(FIELD_LABELS) as [Field, readonly string[]][])
  .flatMap(([field, labels]) => labels.map((label) => ({ field, label })))
  .sort((a, b) => b.label.length - a.label.length);
const fieldOf = new Map(labelList.map(({ field, label }) => [label, field]));
const LABELS = labelList.map(({ label }) => label.replace(/ /g, String.raw`\s+`)).join('|');
/** A label where a field starts, then its colon if any. */
const LABEL_AT = new RegExp(`(${LABELS})(?![\\p{L}\\p{N}])\\s*[:：]?\\s*`, 'iuy');
/** Between fields: | • · ; and spaced - – / (not the unspaced ones inside a date). */
const SEPARATORS = /(?:\s*[|•·;,]\s*|\s+[-–/]\s+|\s+)/y;
const STRONG_SEPARATOR = String.raw`(?:\s*[|•·;,]\s*|\s+[-–/]\s+)`;
/** Where a free-text value (an author, a source) ends: a separator and the next label. */
const VIEWS_LABELS = FIELD_LABELS.views.map((l) => l.replace(/ /g, String.raw`\s+`)).join('|');
const TEXT_END = new RegExp(`${STRONG_SEPARATOR}(?=(?:${LABELS})(?![\\p{L}\\p{N}])\\s*[:：]?|\\d[\\d.,]*\\s+(?:${VIEWS_LABELS})(?![\\p{L}]))`, 'iu');
/** An author, source or category is a short label, not prose. */
const TEXT_VALUE_MAX = 200;

/** What one header line states (any number of fields), or null when it is not a meta line at all. */
export interface MetaLine {
  published?: Moment;
  /** null: an update label whose date could not be read (reported, not fatal). */
  updated?: Moment | null;
  views?: number;
  byline?: string;
  source?: string;
  category?: string;
  /** The line names its date (“Ngày đăng …”) rather than giving a bare one. */
  labelled: boolean;
}

const normLabel = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/**
 * What a header line says, if it is a meta line at all: a bare date (and
 * time), then any number of labelled fields, in any order, separated by
 * `|`, `-`, `/`, `•` or spaces. Every part of the line must be understood,
 * else it is not a meta line (a title that happens to hold a date is a title).
 */
export function parseMetaLine(text: string, order: DateOrder = 'day-first'): MetaLine | null {
  const out: MetaLine = { labelled: false };
  /** The moment the next bare time belongs to. */
  let last: 'published' | 'updated' | undefined;
  let pos = 0;
  let fields = 0;
  const setTime = (moment: Moment) => {
    const target = last && out[last];
    if (!target || !target.dateOnly) return false;
    const p = vnParts(moment.date);
    const t = vnParts(target.date);
    out[last!] = { date: fromVnParts(t.year, t.month, t.day, p.hour, p.minute)!, dateOnly: false };
    return true;
  };
  while (pos < text.length) {
    if (pos > 0) {
      SEPARATORS.lastIndex = pos;
      const sep = SEPARATORS.exec(text);
      if (!sep) return null;
      pos += sep[0].length;
      if (pos >= text.length) break;
    }
    LABEL_AT.lastIndex = pos;
    const label = LABEL_AT.exec(text);
    if (!label) {
      // Unlabelled: a date (and time), a time for the date before it, or “329 lượt xem”.
      const found = momentAt(text, pos, order);
      if (found) {
        if (out.published) return null;
        out.published = found.moment;
        last = 'published';
        pos = found.end;
        fields++;
        continue;
      }
      TIME_ONLY.lastIndex = pos;
      const time = TIME_ONLY.exec(text);
      if (time && last) {
        if (!setTime(toMoment(time[0], '2000', '1', '1', time[1], time[2], time[3]))) return null;
        pos += time[0].length;
        continue;
      }
      COUNT.lastIndex = pos;
      const count = COUNT.exec(text);
      if (count) {
        LABEL_AT.lastIndex = pos + count[0].length;
        const after = /^\s+/.exec(text.slice(pos + count[0].length))?.[0].length ?? -1;
        LABEL_AT.lastIndex = pos + count[0].length + Math.max(after, 0);
        const viewsLabel = after > 0 ? LABEL_AT.exec(text) : null;
        if (viewsLabel && fieldOf.get(normLabel(viewsLabel[1]!)) === 'views' && out.views === undefined) {
          out.views = parseCount(count[0]);
          pos = LABEL_AT.lastIndex;
          fields++;
          continue;
        }
      }
      return null;
    }
    const name = normLabel(label[1]!);
    const field = fieldOf.get(name)!;
    const at = pos;
    pos += label[0].length;
    const strict = at === 0 && (!LOOSE_LABELS.has(name) || /[:：]\s*$/.test(label[0]));
    if (field === 'published' || field === 'updated') {
      const found = pos < text.length ? momentAt(text, pos, order) : null;
      if (!found) {
        if (strict && field === 'published') throw new LegacyError('bad-date', `Không đọc được ngày đăng: “${text}” (unreadable date)`);
        if (strict && field === 'updated' && out.updated === undefined) {
          out.updated = null;
          return out;
        }
        return null;
      }
      if (out[field] !== undefined) return null;
      out[field] = found.moment;
      if (field === 'published') out.labelled = true;
      last = field;
      pos = found.end;
    } else if (field === 'time') {
      TIME_ONLY.lastIndex = pos;
      const time = TIME_ONLY.exec(text);
      if (!time || !setTime(toMoment(time[0], '2000', '1', '1', time[1], time[2], time[3]))) return null;
      pos += time[0].length;
    } else if (field === 'views') {
      COUNT.lastIndex = pos;
      const count = COUNT.exec(text);
      if (!count || out.views !== undefined) return null;
      out.views = parseCount(count[0]);
      pos += count[0].length;
    } else {
      const rest = text.slice(pos);
      const end = TEXT_END.exec(rest)?.index ?? rest.length;
      const value = rest.slice(0, end).trim();
      // “By” and the other text labels must name something: a capitalised name or unit.
      if (value === '' || value.length > TEXT_VALUE_MAX || !/^[\p{Lu}\p{N}“"(]/u.test(value) || out[field] !== undefined) return null;
      out[field] = value;
      pos += end;
    }
    fields++;
  }
  return fields > 0 ? out : null;
}

/** Words that start a date's label in any wording (“Ngày phát hành”, “Date of issue”, “Uploaded on”). */
const DATE_WORDS =
  /^(?:ngày|ngay|date|dated|đăng|đưa|xuất|phát|thời|giờ|lúc|time|on|at|posted|published|publication|issued|released|uploaded|created|written|submitted|updated|last|modified|cập|sửa|gửi|viết|tạo|ban)$/iu;
/** Labels that say the date is an update, not the publication. */
const UPDATE_WORDS = /cập\s+nhật|sửa|update|modified|revised|chỉnh|edit/iu;
/** A loose line is short: a header line, not a sentence of prose. */
const LOOSE_MAX = 160;
/** Words near a number that make it a view count: xem, view, lượt, hits, reads, đọc, truy cập. */
const VIEW_WORDS = /(?:^|[^\p{L}])(?:xem|views?|viewed|pageviews?|lượt|lần|hits?|reads?|đọc|truy\s+cập)(?![\p{L}])/iu;
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const trimSeparators = (text: string) => text.replace(/^[\s|•·;,:–/-]+|[\s|•·;,–/-]+$/gu, '');

/** “Đã có 1.204 người xem”, “Views (12)”, “Lượt người xem: 55”: a short segment holding one number and a view word. */
export function looseViews(segment: string): number | undefined {
  const text = trimSeparators(segment);
  if (!VIEW_WORDS.test(text) || words(text).length > 6) return undefined;
  const numbers = text.match(/\d{1,3}(?:[.,]\d{3})+(?![\d.,]*\d)|\d+/g) ?? [];
  return numbers.length === 1 ? parseCount(numbers[0]!) : undefined;
}

/**
 * A header line read by the shape of its values, whatever its labels say:
 * the first date on the line (any form of DATE_FORMS, with a time if one
 * follows), after a short label (“Ngày phát hành:”, “Date of issue”,
 * “Uploaded on”) or none; then, between separators, a view count near a
 * view word, fields with known labels, or short “label: value” fields it
 * does not know (returned in `unknown`, for the report). A line that holds
 * only a time after a short label (“Giờ phát hành: 08h05”) gives `time`.
 * Null when the line is prose or a title that happens to hold a date.
 */
export function parseLooseLine(
  text: string,
  order: DateOrder = 'day-first',
): (MetaLine & { time?: { hour: number; minute: number }; unknown: string[] }) | null {
  if (text.length > LOOSE_MAX) return null;
  const labelOk = (prefix: string) => {
    const label = prefix.trim();
    if (label === '') return true;
    const w = words(label.replace(/[:：]$/, ''));
    if (/[:：]$/.test(label)) return w.length <= 5;
    return w.length <= 3 && DATE_WORDS.test(w[0]!);
  };
  let found: { moment: Moment; end: number; at: number } | undefined;
  for (let at = 0; at < text.length && !found; at++) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
    const moment = momentAt(text, at, order);
    if (moment) found = { ...moment, at };
  }
  if (!found) {
    // A time alone: “Giờ phát hành: 08h05”, “Time: 8:05 a.m.”
    for (let at = 0; at < text.length; at++) {
      if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
      TIME_ONLY.lastIndex = at;
      const time = TIME_ONLY.exec(text);
      if (!time) continue;
      const prefix = text.slice(0, at);
      if (!labelOk(prefix) || !/giờ|time|lúc|thời\s+gian|at/iu.test(prefix) || trimSeparators(text.slice(at + time[0].length)) !== '') return null;
      const p = vnParts(toMoment(time[0], '2000', '1', '1', time[1], time[2], time[3]).date);
      return { labelled: false, time: { hour: p.hour, minute: p.minute }, unknown: [] };
    }
    return null;
  }
  const prefix = text.slice(0, found.at);
  if (!labelOk(prefix)) return null;
  const out: MetaLine & { unknown: string[] } = { labelled: prefix.trim() !== '', unknown: [] };
  if (UPDATE_WORDS.test(prefix)) out.updated = found.moment;
  else out.published = found.moment;
  // What follows the date: fields between separators.
  const rest = text.slice(found.end);
  for (const segment of rest.split(/\s*[|•·;]\s*|\s+[-–/]\s+|,\s+(?=\D)/u)) {
    const part = trimSeparators(segment);
    if (part === '') continue;
    const known = parseMetaLine(part, order);
    if (known && !known.published && !known.updated) {
      if (known.views !== undefined) out.views ??= known.views;
      if (known.byline) out.byline ??= known.byline;
      if (known.source) out.source ??= known.source;
      if (known.category) out.category ??= known.category;
      continue;
    }
    const views = looseViews(part);
    if (views !== undefined && out.views === undefined) {
      out.views = views;
      continue;
    }
    if (/^[^:：]{1,40}[:：]\s*\S/u.test(part) && words(part).length <= 8) {
      out.unknown.push(part);
      continue;
    }
    return null;
  }
  return out;
}

/**
 * The order of a page's numeric dates. Day first, unless the page's language
 * says month first: an HTML page declared en-US (`<html lang="en-US">`,
 * og:locale en_US), or an English page that writes its dates the US way
 * (“March 5, 2019”) and never the other way (“5 March 2019”, 25/12/2019).
 */
export function dateOrder(lines: readonly string[], lang?: string): { order: DateOrder; why: string; choice: boolean } {
  const text = lines.join('\n');
  // A Vietnamese page has one reading; an English one could mean either, and the report says which was taken.
  const english = lang ? /^en(?:[-_]|$)/i.test(lang.trim()) : !/[\u0300-\u0323\u031b]|đ/iu.test(text.normalize('NFD'));
  if (lang && /^en[-_]us$/i.test(lang.trim())) return { order: 'month-first', why: `trang khai báo ngôn ngữ ${lang.trim()}`, choice: true };
  if (!english) return { order: 'day-first', why: 'trang tiếng Việt', choice: false };
  const us = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH}\\s*\\d{1,2}(?:st|nd|rd|th)?\\s*,?\\s*\\d{4}`, 'iu').exec(text);
  const british = new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]*${MONTH}[\\s,-]*\\d{4}`, 'iu').test(text);
  const dayOver12 = /(?<!\d)(1[3-9]|2\d|3[01])\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/.test(text);
  if (us && !british && !dayOver12) return { order: 'month-first', why: `trang tiếng Anh viết ngày kiểu Mỹ (“${us[0]}”)`, choice: true };
  return { order: 'day-first', why: `trang tiếng Anh${lang ? ` (${lang.trim()})` : ''} không viết ngày kiểu Mỹ: mặc định`, choice: true };
}

/** Lines as a report quotes them: each in quotes, a long one cut. */
export const quoteLines = (lines: readonly string[]) => lines.map((t) => `“${t.length > 80 ? `${t.slice(0, 79)}…` : t}”`).join(', ');

/** How many lines the report quotes when a page's date cannot be found. */
const TRIED_MAX = 8;

/**
 * Read the header. Which line is the title:
 * - with a date line, the line touching it (no blank line between, only
 *   meta lines): above or below, as the page has it; when both neighbours
 *   touch it, a labelled date line (“Ngày đăng …”) takes the line above (the
 *   Liferay layout), a bare date the longer one (the shorter being the
 *   category); when neither touches it, the line above;
 * - with no date at all, the first line (the caller then needs a date from
 *   the overrides file).
 * The category is a “Chuyên mục: …” field if the header has one, else the
 * nearest line above the title (or above the date when the title is below it).
 * Author, source and category lines count only near the date: further down
 * they are the article's own text (and the trailer's to read).
 */
export function parseHeader(lines: readonly Line[], hints: { title?: string; lang?: string } = {}): Header {
  let regionEnd = lines.findIndex((l) => l.text.length > TITLE_MAX);
  if (regionEnd < 0) regionEnd = lines.length;
  const regionLines: number[] = [];
  for (let i = 0; i < regionEnd; i++) if (lines[i]!.text !== '' && !isFigurePart(lines[i]!)) regionLines.push(i);
  const { order, why, choice } = dateOrder(
    regionLines.map((i) => lines[i]!.text),
    hints.lang,
  );
  const warnings: string[] = [];
  // The lines read for the date, quoted when there is none or it is ambiguous.
  const tried = regionLines.slice(0, TRIED_MAX).map((i) => lines[i]!.text);
  const quoteTried = () => quoteLines(tried);

  const metas = new Map<number, MetaLine>();
  try {
    for (const i of regionLines) {
      const meta = parseMetaLine(lines[i]!.text, order);
      if (meta) metas.set(i, meta);
    }
    // Lines the labels do not know, read by the shape of their values (labels only help): all of
    // the region when no known line gave a date, else those near the date (an update, a view count).
    const strictDate = [...metas].find(([, m]) => m.published || m.updated)?.[0];
    let time: { at: number; hour: number; minute: number } | undefined;
    // Around the title: the first lines of the page (the ones quoted when no date is found), or beside the known date line.
    const near = strictDate === undefined ? new Set(regionLines.slice(0, TRIED_MAX)) : undefined;
    for (const i of regionLines) {
      if (metas.has(i) || (near ? !near.has(i) : Math.abs(i - strictDate!) > 3)) continue;
      const loose = parseLooseLine(lines[i]!.text, order);
      if (!loose) continue;
      const { time: t, unknown, ...meta } = loose;
      // Beside a known date line, a second publication date is text, not header.
      if (strictDate !== undefined && meta.published) continue;
      if (t) time ??= { at: i, ...t };
      metas.set(i, meta);
      if (unknown.length)
        warnings.push(`Dòng đầu trang có trường không hiểu, bỏ qua: ${unknown.map((u) => `“${u}”`).join(', ')} (header field not understood)`);
    }
    const dateAt = [...metas].find(([, m]) => m.published || m.updated)?.[0];
    const dated = dateAt === undefined ? undefined : metas.get(dateAt)!;
    const moment = dated && (dated.published ?? dated.updated);
    if (moment && time && moment.dateOnly && Math.abs(time.at - dateAt!) <= 2) {
      const p = vnParts(moment.date);
      const withTime = { ...moment, date: fromVnParts(p.year, p.month, p.day, time.hour, time.minute)!, dateOnly: false };
      if (dated!.published) dated!.published = withTime;
      else dated!.updated = withTime;
    }
    // View counts by shape, wherever they are near the date: “Đã có 1.204 người xem”.
    if (![...metas.values()].some((m) => m.views !== undefined)) {
      for (const i of regionLines) {
        if (metas.has(i)) continue;
        const views = lines[i]!.text.length <= 60 ? looseViews(lines[i]!.text) : undefined;
        if (views !== undefined) {
          metas.set(i, { labelled: false, views });
          break;
        }
      }
    }
  } catch (error) {
    if (error instanceof LegacyError && error.code === 'ambiguous-date')
      throw new LegacyError('ambiguous-date', `${error.message}; đã thử các dòng: ${quoteTried()}`);
    throw error;
  }
  const dated = [...metas].find(([, m]) => m.published)?.[0] ?? -1;
  const textOnly = (m: MetaLine) => m.published === undefined && m.updated === undefined && m.views === undefined;
  for (const [i, meta] of metas) {
    if (textOnly(meta) && (dated < 0 || i > dated + 3)) metas.delete(i);
  }
  const candidates: number[] = [];
  for (let i = 0; i < regionEnd; i++) if (lines[i]!.text !== '' && !isFigurePart(lines[i]!) && !metas.has(i)) candidates.push(i);

  const header: Header = { ignored: [], warnings, body: [], tried };
  let dateIndex = -1;
  let labelled = false;
  let labelledCategory: string | undefined;
  for (const [i, meta] of metas) {
    if (meta.published && header.published === undefined) {
      header.published = meta.published;
      dateIndex = i;
      labelled = meta.labelled;
    }
    if (meta.views !== undefined) header.views ??= meta.views;
    if (meta.byline) header.byline ??= meta.byline;
    if (meta.source) header.source ??= meta.source;
    if (meta.category) labelledCategory ??= meta.category;
    if (meta.updated) header.updated ??= meta.updated;
    else if (meta.updated === null) warnings.push(`Bỏ qua dòng cập nhật không đọc được: “${lines[i]!.text}”`);
  }

  // Do lines i and j touch, with only meta lines between them?
  const touches = (i: number, j: number) => {
    for (let k = Math.min(i, j) + 1; k < Math.max(i, j); k++) if (!metas.has(k)) return false;
    return true;
  };

  let titleIndex: number | undefined;
  let categoryIndex: number | undefined;
  const hinted = hints.title === undefined ? undefined : candidates.find((i) => lines[i]!.text === hints.title);
  if (hinted !== undefined) {
    // The HTML marks the headline: the category is the line above it (or above the date, when the date comes first).
    titleIndex = hinted;
    const top = dateIndex >= 0 ? Math.min(dateIndex, hinted) : hinted;
    categoryIndex = candidates.filter((i) => i < top).at(-1);
  } else if (dateIndex < 0) {
    titleIndex = candidates[0];
  } else {
    const above = candidates.filter((i) => i < dateIndex);
    const prev = above.at(-1);
    const next = candidates.find((i) => i > dateIndex);
    let titleBelow: boolean;
    if (prev === undefined || next === undefined) titleBelow = prev === undefined;
    else {
      const prevTouches = touches(prev, dateIndex);
      const nextTouches = touches(dateIndex, next);
      if (prevTouches !== nextTouches) titleBelow = nextTouches;
      else if (prevTouches && !labelled) titleBelow = lines[next]!.text.length > lines[prev]!.text.length;
      else titleBelow = false;
    }
    titleIndex = titleBelow ? next : prev;
    categoryIndex = titleBelow ? prev : above.at(-2);
  }
  if (categoryIndex !== undefined && lines[categoryIndex]!.text.length > CATEGORY_MAX) categoryIndex = undefined;

  for (const moment of [header.published, header.updated]) {
    if (!moment?.ambiguous || !choice) continue;
    const p = vnParts(moment.date);
    warnings.push(
      `Ngày “${moment.ambiguous.shown}” đọc được hai cách; đã đọc là ngày ${p.day} tháng ${p.month} năm ${p.year} (${moment.ambiguous.order === 'month-first' ? 'tháng trước ngày' : 'ngày trước tháng'}: ${why}) (ambiguous date: read ${moment.ambiguous.order})`,
    );
  }
  if (titleIndex !== undefined) header.title = lines[titleIndex]!.text;
  if (labelledCategory) {
    header.category = labelledCategory;
    header.categoryLabelled = true;
  } else if (categoryIndex !== undefined) header.category = lines[categoryIndex]!.text;
  const headerEnd = Math.max(titleIndex ?? -1, dateIndex, categoryIndex ?? -1, ...[...metas.keys()].filter((i) => i <= dateIndex + 3));
  for (const i of candidates) {
    if (i < headerEnd && i !== titleIndex && i !== categoryIndex) header.ignored.push(lines[i]!.text);
  }
  header.body = lines.map((line, i) => ((i <= headerEnd || metas.has(i)) && !isFigurePart(line) ? BLANK : line));
  return header;
}
