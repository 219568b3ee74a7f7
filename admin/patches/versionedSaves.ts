/**
 * Two editors on one article: every request to the local content server passes through
 * admin/versions.ts, which sends with each save the version of the entry the editor loaded, so that
 * the server refuses a save made on an older version instead of writing over the newer (first hunk).
 * A local backup keeps the version it was written from (second and third), and restoring one written
 * from an older version than the one just loaded says so first (fourth): restored and saved, it would
 * replace the newer.
 */
import { resolve } from 'node:path';
import type { Patch } from '../decapPatches.ts';

const VERSIONS = resolve(import.meta.dirname, '../versions.ts');

export const versionedSaves: Patch[] = [
  {
    file: 'decap-cms-backend-proxy/dist/esm/implementation.js',
    find: `  async request(payload) {
    const response = await unsentRequest.fetchWithTimeout(this.proxyUrl, {`,
    replace: `  request(payload) {
    return __tinPhuongVersions.request(payload, sent => this.__tinPhuongSend(sent));
  }
  async __tinPhuongSend(payload) {
    const response = await unsentRequest.fetchWithTimeout(this.proxyUrl, {`,
    prepend: `import { versions as __tinPhuongVersions } from ${JSON.stringify(VERSIONS)};\n`,
  },
  {
    file: 'decap-cms-core/dist/esm/backend.js',
    find: `      await localForage.setItem(key, {
        raw,
        path: entry.get('path'),`,
    replace: `      await localForage.setItem(key, {
        raw,
        base: await __tinPhuongVersions.backupBase(collection.get('name'), entry.get('slug'), entry.get('path')),
        path: entry.get('path'),`,
    prepend: `import { versions as __tinPhuongVersions } from ${JSON.stringify(VERSIONS)};\n`,
  },
  {
    file: 'decap-cms-core/dist/esm/backend.js',
    find: `    const entry = formatRawData(raw);
    if (hasI18n(collection) && backup.i18n) {`,
    replace: `    const entry = formatRawData(raw);
    entry.tinPhuongBase = backup.base;
    if (hasI18n(collection) && backup.i18n) {`,
    prepend: '',
  },
  {
    file: 'decap-cms-core/dist/esm/components/Editor/Editor.js',
    find: `      const confirmLoadBackup = window.confirm(this.props.t('editor.editor.confirmLoadBackup'));`,
    replace: `      const confirmLoadBackup = window.confirm(__tinPhuongVersions.backupQuestion(this.props.collection.get('name'), this.props.slug, this.props.entryDraft.getIn(['entry', 'path']), this.props.localBackup.getIn(['entry', 'tinPhuongBase'])) || this.props.t('editor.editor.confirmLoadBackup'));`,
    prepend: `import { versions as __tinPhuongVersions } from ${JSON.stringify(VERSIONS)};\n`,
  },
];
