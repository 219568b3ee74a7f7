/**
 * “Tìm trong tất cả” searches what the sidebar shows: not the hidden phường/xã and quận/huyện lists
 * (only there to pick from), which docs/cms.md says the admin does not show.
 */
import type { Patch } from '../decapPatches.ts';

export const searchAllSkipsHidden: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/components/Collection/Collection.js',
    find: `      collections: isSingleSearchResult ? collections.filter(c => c === collection) : collections,`,
    replace: `      collections: isSingleSearchResult ? collections.filter(c => c === collection) : collections.filter(c => c.get('hide') !== true),`,
    prepend: '',
  },
];
