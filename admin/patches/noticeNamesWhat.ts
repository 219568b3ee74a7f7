/**
 * The notices after saving and publishing name what was saved (“Đã lưu bài viết”, “Đã lưu album ảnh”),
 * not always “bài” (it said “Đã lưu bài” of an album): the collection's singular label fills %{what} in
 * admin/locale-vi.ts. Saved from both places Decap saves from (a plain save, and a save in the
 * editorial workflow), and published.
 */
import type { Patch } from '../decapPatches.ts';

export const noticeNamesWhat: Patch[] = [
  ...['decap-cms-core/dist/esm/actions/entries.js', 'decap-cms-core/dist/esm/actions/editorialWorkflow.js'].map((file) => ({
    file,
    find: `        message: {
          key: 'ui.toast.entrySaved'
        },`,
    replace: `        message: {
          key: 'ui.toast.entrySaved',
          what: String(collection.get('label_singular') || collection.get('label')).toLocaleLowerCase('vi')
        },`,
    prepend: '',
  })),
  {
    file: 'decap-cms-core/dist/esm/actions/editorialWorkflow.js',
    find: `        message: {
          key: 'ui.toast.entryPublished'
        },`,
    replace: `        message: {
          key: 'ui.toast.entryPublished',
          what: String(collections.get(collectionName).get('label_singular') || collections.get(collectionName).get('label')).toLocaleLowerCase('vi')
        },`,
    prepend: '',
  },
];
