import { describe, expect, it } from 'vitest';
import { Map as ImmutableMap } from 'immutable';
import { headingsFromConfig, matchesFilters, withHeadings } from './filterGroups.ts';

const category = (name: string) => ImmutableMap({ field: '__category', pattern: `^${name}$` });
const year = (y: number) => ImmutableMap({ field: '__year', pattern: `^${y}$` });
const entry = (data: Record<string, string>) => (field: string) => data[field];

describe('the admin’s list filters', () => {
  const a = entry({ __category: 'Tin tức - Sự kiện', __year: '2015' });
  const b = entry({ __category: 'Hoạt động khối chính quyền', __year: '2016' });

  it('show the articles of either of two ticked categories', () => {
    const ticked = [category('Tin tức - Sự kiện'), category('Hoạt động khối chính quyền')];
    expect([a, b].filter((e) => matchesFilters(ticked, e))).toEqual([a, b]);
  });

  it('keep AND between a category and a year', () => {
    const ticked = [category('Tin tức - Sự kiện'), category('Hoạt động khối chính quyền'), year(2016)];
    expect([a, b].filter((e) => matchesFilters(ticked, e))).toEqual([b]);
  });

  it('drop an entry without the field, and pass everything when nothing is ticked', () => {
    expect(matchesFilters([year(2015)], entry({}))).toBe(false);
    expect(matchesFilters([], a)).toBe(true);
    // Plain config objects work too.
    expect(matchesFilters([{ field: '__year', pattern: '^2015$' }], a)).toBe(true);
  });

  it('put a heading before each group of the menu', () => {
    const headings = headingsFromConfig({
      collections: [
        {
          view_groups: [
            { field: '__category', label: 'Chuyên mục' },
            { field: '__year', label: 'Năm' },
          ],
        },
      ],
    });
    const filters = [
      { field: '__category', label: 'Tin tức - Sự kiện' },
      { field: '__category', label: 'Hoạt động khối chính quyền' },
      { field: '__year', label: 'Năm 2016' },
    ];
    expect(
      withHeadings(
        filters,
        (f) => f.label,
        (label) => `# ${label}`,
        headings,
      ),
    ).toEqual(['# Chuyên mục', 'Tin tức - Sự kiện', 'Hoạt động khối chính quyền', '# Năm', 'Năm 2016']);
  });
});
