/**
 * The editor of an entry left while it was saving (Back right after Lưu) does not load its entry when
 * the save returns: the draft it loaded was the one the next entry's editor showed. Leaving marks the
 * editor (first hunk), and the save's end stops there for a left editor (second).
 */
import type { Patch } from '../decapPatches.ts';

export const leftEditorIgnoresSave: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/components/Editor/Editor.js',
    find: `    this.createBackup.flush();
    this.props.discardDraft();`,
    replace: `    this.createBackup.flush();
    this.__tinPhuongLeft = true;
    this.props.discardDraft();`,
    prepend: '',
  },
  {
    file: 'decap-cms-core/dist/esm/components/Editor/Editor.js',
    find: `    await persistEntry(collection);
    this.deleteBackup();
    if (createNew) {`,
    replace: `    await persistEntry(collection);
    this.deleteBackup();
    if (this.__tinPhuongLeft) return;
    if (createNew) {`,
    prepend: '',
  },
];
