/**
 * After publishing a draft whose file the local server moved to follow its title and date
 * (admin/server/draft-path.ts), the editor opens the entry at its new name (admin/articleSlug.ts)
 * instead of looking for the old one.
 */
import { resolve } from 'node:path';
import type { Patch } from '../decapPatches.ts';

const ARTICLE_SLUG = resolve(import.meta.dirname, '../articleSlug.ts');

export const openMovedEntry: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/actions/editorialWorkflow.js',
    find: `      } else {
        return dispatch(loadEntry(collection, slug));
      }`,
    replace: `      } else {
        const data = entry.get('data');
        const movedSlug = collection.get('name') === 'news' && data ? __tinPhuongArticleSlug(data.get('title'), data.get('publishedAt')) : null;
        if (movedSlug && movedSlug !== slug) {
          // Only where the server did put it: this very article under its new name.
          const moved = await backend.getEntry(state, collection, movedSlug).catch(() => null);
          if (moved && moved.data && moved.data.title === data.get('title')) {
            await dispatch(loadEntry(collection, movedSlug));
            return navigateToEntry(collection.get('name'), movedSlug);
          }
        }
        return dispatch(loadEntry(collection, slug));
      }`,
    prepend: `import { articleSlug as __tinPhuongArticleSlug } from ${JSON.stringify(ARTICLE_SLUG)};\n`,
  },
];
