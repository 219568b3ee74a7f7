/**
 * The filter menu (“Lọc theo”) shows a heading before the first filter of each field
 * (admin/filterGroups.ts), the groups that filtersOrWithinField.ts combines with OR: Decap lists every
 * filter in one run.
 */
import { resolve } from 'node:path';
import type { Patch } from '../decapPatches.ts';

const FILTER_GROUPS = resolve(import.meta.dirname, '../filterGroups.ts');

export const filterMenuHeadings: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/components/Collection/FilterControl.js',
    find: `    children: viewFilters.map(viewFilter => {
      return _jsx(DropdownCheckedItem, {
        label: viewFilter.label,
        id: viewFilter.id,
        checked: filter.getIn([viewFilter.id, 'active'], false),
        onClick: () => onFilterClick(viewFilter)
      }, viewFilter.id);
    })`,
    replace: `    children: __tinPhuongWithHeadings(viewFilters, viewFilter => {
      return _jsx(DropdownCheckedItem, {
        label: viewFilter.label,
        id: viewFilter.id,
        checked: filter.getIn([viewFilter.id, 'active'], false),
        onClick: () => onFilterClick(viewFilter)
      }, viewFilter.id);
    }, (label, field) => _jsx("div", {
      role: "presentation",
      className: "filter-heading",
      style: { padding: "10px 14px 4px", fontSize: "12px", fontWeight: 700, color: "#5d626f", textTransform: "uppercase", letterSpacing: "0.04em" },
      children: label
    }, "heading-" + field))`,
    prepend: `import { withHeadings as __tinPhuongWithHeadings } from ${JSON.stringify(FILTER_GROUPS)};\n`,
  },
];
