/**
 * No photo is looked up for an editor without an entry. The editor left for another entry by URL
 * renders once more after its draft is discarded, with an empty entry (Decap's initial draft): its
 * photos were then looked up in the collection's folder, and the server logged “getMediaFile … ENOENT”
 * for each. Without an entry there is nothing to look up.
 */
import type { Patch } from '../decapPatches.ts';

export const noPhotoWithoutEntry: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/actions/media.js',
    find: `    if (!path) return emptyAsset;
    const state = getState();`,
    replace: `    if (!path || !entry || entry.get('data') === undefined) return emptyAsset;
    const state = getState();`,
    prepend: '',
  },
];
