/**
 * An entry's load becomes the editor's draft only if that entry is the one on screen
 * (admin/shownEntry.ts): a load still in flight when the officer moved to another entry by URL (or
 * opened one while the admin still loaded, or left after “Đăng”) replaced the next entry's form with the
 * previous entry, marked unsaved, and Lưu saved the wrong article. The published entry (loadEntry) and
 * the draft (loadUnpublishedEntry) alike.
 */
import { resolve } from 'node:path';
import type { Patch } from '../decapPatches.ts';

const SHOWN_ENTRY = resolve(import.meta.dirname, '../shownEntry.ts');

export const loadOnlyShownEntry: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/actions/entries.js',
    find: `      dispatch(entryLoaded(collection, loadedEntry));
      dispatch(createDraftFromEntry(loadedEntry));`,
    replace: `      dispatch(entryLoaded(collection, loadedEntry));
      if (__tinPhuongIsShownEntry(collection.get('name'), slug, window.location.hash)) dispatch(createDraftFromEntry(loadedEntry));`,
    prepend: `import { isShownEntry as __tinPhuongIsShownEntry } from ${JSON.stringify(SHOWN_ENTRY)};\n`,
  },
  {
    file: 'decap-cms-core/dist/esm/actions/editorialWorkflow.js',
    find: `      dispatch(unpublishedEntryLoaded(collection, entry));
      dispatch(createDraftFromEntry(entry));`,
    replace: `      dispatch(unpublishedEntryLoaded(collection, entry));
      if (__tinPhuongIsShownEntry(collection.get('name'), slug, window.location.hash)) dispatch(createDraftFromEntry(entry));`,
    prepend: `import { isShownEntry as __tinPhuongIsShownEntry } from ${JSON.stringify(SHOWN_ENTRY)};\n`,
  },
];
