/**
 * The list filters of the admin (“Lọc theo”), grouped the way editors read
 * them: ticking two categories shows the articles of either, ticking a
 * category and a year shows that category's articles of that year. Decap
 * itself combines every ticked filter with AND, so two categories showed
 * “Chưa có bài nào”. admin/patches/filtersOrWithinField.ts and
 * filterMenuHeadings.ts put these two functions into Decap's list reducer
 * and filter menu.
 */

/** A Decap view filter as the reducer holds it (an Immutable Map) or as config gives it. */
interface FilterLike {
  get?(key: string): unknown;
  field?: string;
  pattern?: unknown;
}

const read = (filter: FilterLike, key: 'field' | 'pattern'): unknown => (typeof filter.get === 'function' ? filter.get(key) : filter[key]);

/**
 * Whether an entry passes the ticked filters: at least one per field (OR
 * within a group), every field (AND between groups). `valueAt` reads the
 * entry's value of a field.
 */
export function matchesFilters(filters: FilterLike[], valueAt: (field: string) => unknown): boolean {
  const byField = new Map<string, FilterLike[]>();
  for (const filter of filters) {
    const field = String(read(filter, 'field'));
    byField.set(field, [...(byField.get(field) ?? []), filter]);
  }
  for (const [field, group] of byField) {
    const value = valueAt(field);
    if (value === undefined) return false;
    if (!group.some((filter) => new RegExp(String(read(filter, 'pattern'))).test(String(value)))) return false;
  }
  return true;
}

/** Headings of the filter menu, by field: each collection's view_groups labels (“Năm”, “Chuyên mục”). */
export function headingsFromConfig(config: { collections?: { view_groups?: { field: string; label: string }[] }[] }): Map<string, string> {
  return new Map((config.collections ?? []).flatMap((c) => c.view_groups ?? []).map((g) => [g.field, g.label] as [string, string]));
}

let fromPage: Map<string, string> | undefined;

/**
 * The headings of the admin page's own configuration (the JSON that
 * src/pages/admin/index.astro writes). Read from the page, not handed over
 * by admin/main.ts: in `npm run cms` Decap is pre-bundled with its own copy
 * of this module.
 */
export function pageFilterHeadings(): Map<string, string> {
  if (!fromPage) {
    const json = typeof document === 'undefined' ? null : document.getElementById('cms-config')?.textContent;
    fromPage = json ? headingsFromConfig((JSON.parse(json) as { config: Parameters<typeof headingsFromConfig>[0] }).config) : new Map();
  }
  return fromPage;
}

/** The menu's items with a heading before the first filter of each field. */
export function withHeadings<T extends { field: string }, R>(
  filters: T[],
  item: (filter: T) => R,
  heading: (label: string, field: string) => R,
  headings: Map<string, string> = pageFilterHeadings(),
): R[] {
  const out: R[] = [];
  let previous: string | undefined;
  for (const filter of filters) {
    if (filter.field !== previous && headings.has(filter.field)) out.push(heading(headings.get(filter.field)!, filter.field));
    previous = filter.field;
    out.push(item(filter));
  }
  return out;
}
