/**
 * The library opened for a file, not a photo (only the document block's, the header's library being
 * gone: noHeaderMediaLibrary.ts), says “Tải tệp lên”, “Dùng tệp đã chọn”, not “… ảnh …”
 * (admin/locale-vi.ts, adminPhrases.fileLibrary).
 */
import { resolve } from 'node:path';
import type { Patch } from '../decapPatches.ts';

const LOCALE = resolve(import.meta.dirname, '../locale-vi.ts');

export const fileLibraryLabels: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/components/MediaLibrary/MediaLibraryTop.js',
    find: `  const uploadButtonLabel = isPersisting ? t('mediaLibrary.mediaLibraryModal.uploading') : t('mediaLibrary.mediaLibraryModal.upload');
  const deleteButtonLabel = isDeleting ? t('mediaLibrary.mediaLibraryModal.deleting') : t('mediaLibrary.mediaLibraryModal.deleteSelected');
  const downloadButtonLabel = t('mediaLibrary.mediaLibraryModal.download');
  const insertButtonLabel = t('mediaLibrary.mediaLibraryModal.chooseSelected');`,
    replace: `  const uploadButtonLabel = isPersisting ? t('mediaLibrary.mediaLibraryModal.uploading') : forImage ? t('mediaLibrary.mediaLibraryModal.upload') : __tinPhuongPhrases.fileLibrary.upload;
  const deleteButtonLabel = isDeleting ? t('mediaLibrary.mediaLibraryModal.deleting') : forImage ? t('mediaLibrary.mediaLibraryModal.deleteSelected') : __tinPhuongPhrases.fileLibrary.deleteSelected;
  const downloadButtonLabel = t('mediaLibrary.mediaLibraryModal.download');
  const insertButtonLabel = forImage ? t('mediaLibrary.mediaLibraryModal.chooseSelected') : __tinPhuongPhrases.fileLibrary.chooseSelected;`,
    prepend: `import { adminPhrases as __tinPhuongPhrases } from ${JSON.stringify(LOCALE)};\n`,
  },
];
