/**
 * The editor has no “Kiểm tra bản xem thử” (deploy preview) button: no backend of ours builds
 * previews, and the preview pane is the preview. Where it was, at the far end of the toolbar, goes
 * “Bỏ các thay đổi chưa đăng” (or “Xóa bài”), away from “Lưu” and “Đăng”: the delete button is kept
 * aside where Decap drew it (second hunk) and drawn in the deploy preview's place (third).
 */
import type { Patch } from '../decapPatches.ts';

export const noDeployPreview: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/components/Editor/EditorToolbar.js',
    find: `  renderDeployPreviewControls = label => {
    const {`,
    replace: `  renderDeployPreviewControls = label => {
    return null;
    const {`,
    prepend: '',
  },
  {
    file: 'decap-cms-core/dist/esm/components/Editor/EditorToolbar.js',
    find: `    }, "existing-entry-workflow-publish-controls"), (!showDelete || useOpenAuthoring) && !hasUnpublishedChanges && !isModification ? null : _jsx(DeleteButton, {
      onClick: hasUnpublishedChanges ? onDeleteUnpublishedChanges : onDelete,
      children: isDeleting ? t('editor.editorToolbar.deleting') : deleteLabel
    }, "delete-button")];`,
    replace: `    }, "existing-entry-workflow-publish-controls"), (this.__tinPhuongDelete = (!showDelete || useOpenAuthoring) && !hasUnpublishedChanges && !isModification ? null : _jsx(DeleteButton, {
      onClick: hasUnpublishedChanges ? onDeleteUnpublishedChanges : onDelete,
      children: isDeleting ? t('editor.editorToolbar.deleting') : deleteLabel
    }, "delete-button"), null)];`,
    prepend: '',
  },
  {
    file: 'decap-cms-core/dist/esm/components/Editor/EditorToolbar.js',
    find: `          children: hasWorkflow ? this.renderWorkflowDeployPreviewControls() : this.renderSimpleDeployPreviewControls()`,
    replace: `          children: hasWorkflow ? this.__tinPhuongDelete : this.renderSimpleDeployPreviewControls()`,
    prepend: '',
  },
];
