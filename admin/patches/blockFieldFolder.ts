/**
 * A field of a block (an editor component) keeps its own absolute media_folder and public_folder:
 * Decap looks a field's folder up by identity among the collection's fields, where a block's field
 * never is, so the document block's files went into the article's photo folder instead of
 * content/van-ban/ (admin/blocks.ts).
 */
import type { Patch } from '../decapPatches.ts';

export const blockFieldFolder: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/reducers/entries.js',
    find: `        currentFolder = fieldFolder;
      }
    }
  }
  return currentFolder;`,
    replace: `        currentFolder = fieldFolder;
      } else if (typeof field.get(folderKey) === 'string' && field.get(folderKey).startsWith('/')) {
        currentFolder = field.get(folderKey);
      }
    }
  }
  return currentFolder;`,
    prepend: '',
  },
];
