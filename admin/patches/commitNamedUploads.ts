/**
 * Saving commits only the uploaded files the entry still names: Decap committed every file uploaded
 * while the entry was open, so a document taken back with “Bỏ tệp” (or a photo replaced by another)
 * was committed anyway, and a document in content/van-ban/ is published at /van-ban/.
 */
import type { Patch } from '../decapPatches.ts';

export const commitNamedUploads: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/actions/entries.js',
    find: `  const filesArray = entry.get('mediaFiles').toArray();
  const assets = filesArray.filter(file => file.get('draft')).map(file => createAssetProxy({`,
    replace: `  const filesArray = entry.get('mediaFiles').toArray();
  // Uploaded names carry a stamp (admin/uploads.ts): a file the entry does not name is one taken back.
  const __tinPhuongNamed = JSON.stringify(entry.get('data'));
  const assets = filesArray.filter(file => file.get('draft') && __tinPhuongNamed.includes(String(file.get('path')).split('/').pop())).map(file => createAssetProxy({`,
    prepend: '',
  },
];
