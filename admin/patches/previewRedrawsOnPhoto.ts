/**
 * The preview of a field (the body's photos) is drawn again when a photo it asked for has arrived
 * (isLoadingAsset flips), as Decap's controls are: Decap redraws a field's preview only when its value
 * changes, so photos loaded from the server stayed blank until the officer typed something. The pane
 * passes the flag on (first hunk), and the preview redraws when it changes (second).
 */
import type { Patch } from '../decapPatches.ts';

export const previewRedrawsOnPhoto: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/components/Editor/EditorPreviewPane/EditorPreviewPane.js',
    find: `      getAsset: getAsset,
      value: valueIsInMap ? value.get(field.get('name')) : value,`,
    replace: `      getAsset: getAsset,
      isLoadingAsset: props.isLoadingAsset,
      value: valueIsInMap ? value.get(field.get('name')) : value,`,
    prepend: '',
  },
  {
    file: 'decap-cms-core/dist/esm/components/Editor/EditorPreviewPane/PreviewHOC.js',
    find: `|| this.props.getAsset !== nextProps.getAsset;`,
    replace: `|| this.props.getAsset !== nextProps.getAsset || this.props.isLoadingAsset !== nextProps.isLoadingAsset;`,
    prepend: '',
  },
];
