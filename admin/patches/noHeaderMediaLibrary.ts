/**
 * The header has no global “Ảnh và tệp” library: photos live beside their article
 * (content/news/YYYY/anh/) and are chosen inside it, so a global library could only say “Chưa có tệp
 * nào” while articles have photos.
 */
import type { Patch } from '../decapPatches.ts';

export const noHeaderMediaLibrary: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/components/App/Header.js',
    find: `            }), showMediaButton && _jsx("li", {`,
    replace: `            }), false && showMediaButton && _jsx("li", {`,
    prepend: '',
  },
];
