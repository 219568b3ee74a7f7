/**
 * After a reload, the local backup (“Có một bản lưu tạm… Dùng bản lưu tạm đó?”) is offered once the
 * entry has loaded (the draft has data; Decap's initial draft is an empty entry). Asked as soon as the
 * backup was found, before the entry, the restored text was replaced by the entry when it arrived.
 */
import type { Patch } from '../decapPatches.ts';

export const backupAfterLoad: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/components/Editor/Editor.js',
    find: `    if (!prevProps.localBackup && this.props.localBackup) {
      const confirmLoadBackup`,
    replace: `    if (this.props.localBackup && !this.__tinPhuongBackupAsked && this.props.entryDraft.getIn(['entry', 'data']) !== undefined && !(this.props.entry && this.props.entry.get('isFetching'))) {
      this.__tinPhuongBackupAsked = true;
      const confirmLoadBackup`,
    prepend: '',
  },
];
