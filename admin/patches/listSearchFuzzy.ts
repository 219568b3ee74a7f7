/**
 * Decap matches the collection list's searches with the `fuzzy` package, which finds scattered
 * letters and knows nothing of tones. It gets admin/listSearch.ts in its place, with fuzzy's API:
 * typed words match word beginnings, with or without tones (“phuc loi” finds “Phúc Lợi”), and no
 * scattered letters. Not a replacement of code: the import itself is sent to our module.
 */
import { resolve } from 'node:path';

export const listSearchFuzzy = {
  /** The package Decap imports… */
  module: 'fuzzy',
  /** …from its core… */
  importer: /[\\/]decap-cms-core[\\/]/,
  /** …and the module it gets instead. */
  replacement: resolve(import.meta.dirname, '../listSearch.ts'),
};
