/**
 * The collection list's filters (“Lọc theo”) combine as editors read them: OR within a field and AND
 * between fields (admin/filterGroups.ts), so ticking two categories shows the articles of either. Decap's
 * list reducer combined every ticked filter with AND, and two categories showed “Chưa có bài nào”.
 */
import { resolve } from 'node:path';
import type { Patch } from '../decapPatches.ts';

const FILTER_GROUPS = resolve(import.meta.dirname, '../filterGroups.ts');

export const filtersOrWithinField: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/reducers/entries.js',
    find: `    entries = entries.filter(e => {
      const allMatched = filters.every(f => {
        const pattern = f.get('pattern');
        const field = f.get('field');
        const data = e.get('data') || Map();
        const toMatch = data.getIn(keyToPathArray(field));
        const matched = toMatch !== undefined && new RegExp(String(pattern)).test(String(toMatch));
        return matched;
      });
      return allMatched;
    }).toList();`,
    replace: `    entries = entries.filter(e => __tinPhuongMatchesFilters(filters, field => (e.get('data') || Map()).getIn(keyToPathArray(field)))).toList();`,
    prepend: `import { matchesFilters as __tinPhuongMatchesFilters } from ${JSON.stringify(FILTER_GROUPS)};\n`,
  },
];
