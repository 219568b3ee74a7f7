/**
 * Facts the operator supplies for pages that lack them or state them wrongly,
 * kept in a JSON file in the repository (content/.import/overrides.json) so
 * that a later re-import gives the same result. Keyed by the page's file name:
 *
 *   {
 *     "003_fbc45c5ea3e6d698.txt": {
 *       "publishedAt": "2014-03-28",
 *       "note": "Trang không ghi ngày đăng; ngày lấy từ câu đầu bài."
 *     }
 *   }
 *
 * A date without a time ("2014-03-28") marks the article date-only. Lists
 * (wards, districts, campaigns) replace what the importer found.
 */
import { parseStoredDate } from '../lib/dates.ts';
import type { Moment } from './header.ts';
import type { PageFacts } from './parse.ts';

export interface Override {
  title?: string;
  category?: string;
  publishedAt?: Moment;
  updatedAt?: Moment;
  views?: number;
  byline?: string;
  source?: string;
  url?: string;
  wards?: string[];
  districts?: string[];
  campaigns?: string[];
  /** Leave the page out; a string says why (shown in the report). */
  skip?: boolean | string;
  /** Why the override exists: for the people reading the file. */
  note?: string;
}

export type Overrides = ReadonlyMap<string, Override>;

const STRING_KEYS = ['title', 'category', 'byline', 'source', 'url', 'note'] as const;
const LIST_KEYS = ['wards', 'districts', 'campaigns'] as const;
const DATE_KEYS = ['publishedAt', 'updatedAt'] as const;
const KNOWN = new Set<string>([...STRING_KEYS, ...LIST_KEYS, ...DATE_KEYS, 'views', 'skip']);

function moment(value: unknown, where: string): Moment {
  const date = typeof value === 'string' ? parseStoredDate(value) : null;
  if (!date) throw new Error(`${where}: phải là ngày dạng 2014-03-28 hoặc 2014-03-28T08:30 (must be an ISO date)`);
  return { date, dateOnly: /^\d{4}-\d{2}-\d{2}$/.test((value as string).trim()) };
}

/**
 * Parse and check an overrides file. Throws with the file, page and key at
 * fault: an unknown key is a typo that would otherwise be silently ignored.
 */
export function parseOverrides(json: string, file: string): Map<string, Override> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: không phải JSON hợp lệ (invalid JSON): ${(error as Error).message}`, { cause: error });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: phải là một đối tượng JSON {tên tệp: {...}}`);
  const out = new Map<string, Override>();
  for (const [page, raw] of Object.entries(data)) {
    const where = `${file} › ${page}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${where}: phải là một đối tượng`);
    const entry: Override = {};
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      const at = `${where} › ${key}`;
      if (!KNOWN.has(key)) throw new Error(`${at}: khóa không được hỗ trợ (unknown key); dùng: ${[...KNOWN].join(', ')}`);
      if ((STRING_KEYS as readonly string[]).includes(key)) {
        if (typeof value !== 'string' || value.trim() === '') throw new Error(`${at}: phải là chuỗi không rỗng`);
        entry[key as (typeof STRING_KEYS)[number]] = value.trim();
      } else if ((LIST_KEYS as readonly string[]).includes(key)) {
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== ''))
          throw new Error(`${at}: phải là danh sách mã (list of ids)`);
        entry[key as (typeof LIST_KEYS)[number]] = value.map((v: string) => v.trim());
      } else if ((DATE_KEYS as readonly string[]).includes(key)) {
        entry[key as (typeof DATE_KEYS)[number]] = moment(value, at);
      } else if (key === 'views') {
        if (!Number.isSafeInteger(value) || (value as number) < 0) throw new Error(`${at}: phải là số nguyên không âm`);
        entry.views = value as number;
      } else if (key === 'skip') {
        if (typeof value !== 'boolean' && typeof value !== 'string') throw new Error(`${at}: phải là true/false hoặc lý do`);
        entry.skip = value;
      }
    }
    // Keys are file names, compared NFC (the importer keys pages so).
    out.set(page.normalize('NFC'), entry);
  }
  return out;
}

/** The page's facts with the operator's corrections on top. */
export function applyOverride(facts: PageFacts, override: Override | undefined): PageFacts {
  if (!override) return facts;
  return {
    ...facts,
    title: override.title ?? facts.title,
    category: override.category ?? facts.category,
    published: override.publishedAt ?? facts.published,
    updated: override.updatedAt ?? facts.updated,
    views: override.views ?? facts.views,
    byline: override.byline ?? facts.byline,
    source: override.source ?? facts.source,
  };
}
