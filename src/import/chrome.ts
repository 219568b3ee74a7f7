/**
 * Portal chrome: the words of the old portal's menus, side boxes and tools
 * that came along when the page was copied. They are not part of the
 * article, so they are removed before the header and body are read.
 * Removed lines become blank lines, so the paragraph structure around them
 * (which header.ts relies on) is kept.
 */
import { nameKey } from './dvhc.ts';
import { BLANK, isFigurePart, type Line } from './lines.ts';

/**
 * Whole-line chrome. A line made only of these phrases (in any case, with any
 * bullets or separators: “· Album Ảnh”, “In bài viết | Gửi email”, Liferay's
 * doubled “Xuất bản thông tin Xuất bản thông tin”) is chrome. Compared folded,
 * so the portal's own typo “Tin tức - sự kiên tiêu biểu” matches too.
 */
const CHROME_PHRASES = [
  'Tìm kiếm',
  'Album Ảnh',
  'Các chuyên mục',
  'Tin tức - sự kiện tiêu biểu',
  'Xuất bản thông tin',
  'Chuyển tới trang đầy đủ',
  'Quay lại',
  'In bài viết',
  'Gửi email',
  'Gửi e-mail',
  'Trang chủ',
  'Chia sẻ',
  'Bình luận',
  'Lên đầu trang',
  'Search',
  'Home',
  'Print',
  'Back',
  'Share',
];

/** Side-box headings followed by a list of city names. */
const WEATHER_HEADINGS = new Set(['thoi tiet', 'thoi tiet cac vung']);
/** Headings of the “other articles” box, followed by a list of links. */
const OTHER_NEWS_HEADINGS = new Set([
  'cac tin khac',
  'tin khac',
  'tin lien quan',
  'cac tin lien quan',
  'tin cung chuyen muc',
  'cac tin da dua',
  'tin da dua',
  'cac tin cu hon',
  'tin moi hon',
  'related news',
  'related articles',
  'other news',
]);

const phraseKeys = CHROME_PHRASES.map(nameKey).sort((a, b) => b.length - a.length);
const CHROME_LINE = new RegExp(`^(?:(?:${phraseKeys.join('|')})(?: |$))+$`);

/** The page-zoom widget leaves a lone “100%”. */
const ZOOM = /^100\s*%$/;
/** “Trang chủ > Tin tức > Hoạt động” and the like. */
const BREADCRUMB_SEPARATOR = /[>»›/|]/;
/** Article prose is longer than any menu item or title. */
const PROSE_LENGTH = 250;
/** No chrome line is longer (breadcrumbs are the longest); longer lines are not even folded. */
const CHROME_MAX = 200;
/** Weather boxes list short place names, maybe with a temperature. */
const CITY_LENGTH = 40;

/** Where breadcrumbs start: the home page's name. */
const BREADCRUMB_HOME = /^(?:trang chu|home|trang nhat)(?: |$)/;

/** “Trang chủ > Tin tức > Hoạt động khối chính quyền” → the crumbs after the home page; null when not a breadcrumb. */
export function breadcrumbOf(text: string, key = text.length > CHROME_MAX ? '' : nameKey(text)): string[] | null {
  if (!BREADCRUMB_HOME.test(key) || !BREADCRUMB_SEPARATOR.test(text)) return null;
  const crumbs = text
    .split(/\s*[>»›/|]\s*/)
    .map((c) => c.trim())
    .filter(Boolean);
  return crumbs.slice(1).filter((c) => !BREADCRUMB_HOME.test(`${nameKey(c)} `));
}

export function isChromeLine(text: string, key = text.length > CHROME_MAX ? '' : nameKey(text)): boolean {
  if (ZOOM.test(text)) return true;
  if (key === '') return false;
  if (breadcrumbOf(text, key)) return true;
  return CHROME_LINE.test(key);
}

/** Index of the first non-blank line at or after `from`. */
function skipBlank(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.text === '') i++;
  return i;
}

/** End (exclusive) of the run of non-blank lines starting at `from` that satisfy `keep`. */
function runEnd(lines: readonly Line[], from: number, keep: (text: string) => boolean): number {
  let i = from;
  while (i < lines.length && lines[i]!.text !== '' && keep(lines[i]!.text)) i++;
  return i;
}

export interface Stripped {
  lines: Line[];
  /** The chrome removed, in page order (for tests and diagnostics). */
  removed: string[];
  /** The page's breadcrumb after the home page, deepest last (the first breadcrumb met). */
  breadcrumb?: string[];
}

export function stripChrome(input: readonly Line[]): Stripped {
  const lines = [...input];
  const removed: string[] = [];
  const drop = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      if (lines[i]!.text !== '') removed.push(lines[i]!.text);
      lines[i] = BLANK;
    }
  };
  let proseSeen = false;
  let breadcrumb: string[] | undefined;

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text === '' || isFigurePart(lines[i]!)) continue;
    // Folding is the costly part of reading a page: only short lines can be chrome.
    const key = text.length > CHROME_MAX ? '' : nameKey(text);
    if (WEATHER_HEADINGS.has(key)) {
      const start = skipBlank(lines, i + 1);
      const end = runEnd(lines, start, (t) => t.length <= CITY_LENGTH && !/[.:;!?,]$/.test(t));
      drop(i, end);
      i = end - 1;
    } else if (OTHER_NEWS_HEADINGS.has(key)) {
      // After the article the box runs to the end of the page; a box met
      // before any prose (a side column copied first) is only its own block.
      const end = proseSeen ? lines.length : runEnd(lines, skipBlank(lines, i + 1), (t) => t.length <= PROSE_LENGTH);
      drop(i, end);
      i = end - 1;
    } else if (isChromeLine(text, key)) {
      if (!breadcrumb && !proseSeen) breadcrumb = breadcrumbOf(text, key) ?? undefined;
      drop(i, i + 1);
    } else if (text.length > PROSE_LENGTH) {
      proseSeen = true;
    }
  }
  return breadcrumb?.length ? { lines, removed, breadcrumb } : { lines, removed };
}
