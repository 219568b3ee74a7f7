/**
 * Filing a page under one of the portal's categories (content/categories).
 * A page names its category in several ways (a “Chuyên mục:” field, the
 * breadcrumb, the line above the title); the first name the portal knows
 * wins, compared folded (case and marks do not matter), through the
 * operator's map of old names (content/.import/categories.json) when there is
 * one. A name the portal does not have is never turned into a new category
 * silently: the page fails, and the report names the closest existing
 * category so the operator can map it (or create it on purpose with
 * --create-categories).
 */
import { nameKey } from './dvhc.ts';

export interface CategoryInfo {
  id: string;
  name: string;
}

/** Old portal category name (folded) → category id, from the operator's map file. */
export type CategoryMap = ReadonlyMap<string, string>;

export type CategoryMatch = { id: string; via: string } | { create: string } | { unknown: string; closest?: CategoryInfo };

/** The value of the categories file that asks for a new category of that name (what a dry run proposes when none is close). */
export const NEW_CATEGORY = 'new';

/** Levenshtein distance, two rows (the names are short). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * How alike two names are, 0–1: shared words (folded) count most, spelling
 * distance breaks ties, so “Tin tức” is closest to “Tin tức - Sự kiện” and
 * “Hoat dong chinh quyen” to “Hoạt động khối chính quyền”.
 */
export function similarity(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === '' || kb === '') return 0;
  const wa = new Set(ka.split(' '));
  const wb = new Set(kb.split(' '));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const words = (2 * shared) / (wa.size + wb.size);
  const spelling = 1 - editDistance(ka, kb) / Math.max(ka.length, kb.length);
  return 0.7 * words + 0.3 * spelling;
}

/** Below this, no existing category is offered as “closest”: it would only mislead. */
const CLOSEST_MIN = 0.2;

export function closestCategory(name: string, categories: readonly CategoryInfo[]): CategoryInfo | undefined {
  let best: CategoryInfo | undefined;
  let score = CLOSEST_MIN;
  for (const c of categories) {
    const s = Math.max(similarity(name, c.name), similarity(name, c.id.replace(/-/g, ' ')));
    if (s > score) [best, score] = [c, s];
  }
  return best;
}

/**
 * The category for a page: the first of its names that the map or the
 * portal knows; else the first name, unknown, with the closest category.
 */
export function matchCategory(names: readonly string[], categories: readonly CategoryInfo[], map: CategoryMap = new Map()): CategoryMatch {
  const byKey = new Map<string, string>();
  for (const c of categories) {
    byKey.set(c.id, c.id);
    byKey.set(nameKey(c.name), c.id);
  }
  for (const name of names) {
    const key = nameKey(name);
    const mapped = map.get(key);
    if (mapped === NEW_CATEGORY) return { create: name };
    if (mapped) return { id: mapped, via: name };
    const id = byKey.get(key) ?? byKey.get(key.replace(/ /g, '-'));
    if (id) return { id, via: name };
  }
  const unknown = names[0]!;
  return { unknown, closest: closestCategory(unknown, categories) };
}

/**
 * The categories file with the proposals added: each old name it lacks, with
 * the closest existing category's id or "new". What the operator wrote stays
 * as written, first; the proposals follow in the order the pages named them.
 */
export function proposeCategoryMap(existing: string | undefined, proposals: readonly { name: string; proposed: string }[]): { text: string; added: string[] } {
  const data = existing ? (JSON.parse(existing) as Record<string, string>) : {};
  const have = new Set(Object.keys(data).map(nameKey));
  const added: string[] = [];
  for (const { name, proposed } of proposals) {
    if (have.has(nameKey(name))) continue;
    data[name] = proposed;
    have.add(nameKey(name));
    added.push(name);
  }
  return { text: `${JSON.stringify(data, null, 2)}\n`, added };
}

/**
 * Parse the operator's map of old category names, `{"Tin tức": "tin-tuc-su-kien"}`
 * (or `"new"`: create a category of that name).
 * Throws with the file and key at fault; ids are checked against the portal when used.
 */
export function parseCategoryMap(json: string, file: string): Map<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: không phải JSON hợp lệ (invalid JSON): ${(error as Error).message}`, { cause: error });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: phải là một đối tượng JSON {"tên chuyên mục cũ": "mã chuyên mục"}`);
  const out = new Map<string, string>();
  for (const [name, id] of Object.entries(data)) {
    if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id))
      throw new Error(
        `${file} › ${name}: phải là mã chuyên mục trong content/categories, ví dụ "tin-tuc-su-kien", hoặc "${NEW_CATEGORY}" để tạo chuyên mục mới`,
      );
    out.set(nameKey(name), id);
  }
  return out;
}
