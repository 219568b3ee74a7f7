/**
 * A photo written relative to the entry but outside its own photo folder (../../images/x.jpg, as
 * imported articles and astro:assets write it) is shown from where it is: Decap looked for its bare name
 * in the entry's media folder, and the server logged “getMediaFile … ENOENT”. Display only: saving and
 * moving photos keep Decap's own rule.
 */
import type { Patch } from '../decapPatches.ts';

export const photoOutsideFolder: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/actions/media.js',
    find: `    const resolvedPath = selectMediaFilePath(state.config, collection, entry, path, field);`,
    replace: `    const resolvedPath = /^\\.\\.\\//.test(path) && entry && entry.get('path') ? __tinPhuongJoin(__tinPhuongDirname(entry.get('path')), path) : selectMediaFilePath(state.config, collection, entry, path, field);`,
    prepend: `import { dirname as __tinPhuongDirname, join as __tinPhuongJoin } from 'path';\n`,
  },
];
