/**
 * What a document of the ```van-ban block may be: one definition, read by the
 * block's file field and the admin's upload check (admin/blocks.ts,
 * admin/uploads.ts) and by the local CMS server (admin/server/guard.ts,
 * server.ts). The site serves the folder at /van-ban/ (src/lib/documents.ts).
 * No Node imports: the admin bundle loads this in the browser.
 */

/** Where documents live in the repository: their library of their own, apart from photos. */
export const DOCUMENT_FOLDER = 'content/van-ban';

/** Where the site serves them (src/pages/van-ban/[...file].ts): what the block writes. */
export const DOCUMENT_PUBLIC_FOLDER = '/van-ban';

/** Largest document file: a scanned decision of a few dozen pages fits; the repository stays small. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** The limits as editors read them (the block's field hint). */
export const documentHint = `PDF, Word (DOC, DOCX), Excel (XLS, XLSX), ODT hoặc ODS, tối đa ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB; tên tệp được tự đổi sang không dấu`;
