/**
 * A block (photo, gallery, award table, document) is never the last thing in the body: Decap turns the
 * empty paragraph it is inserted in into the block, and a void block at the end leaves no place to type
 * after it. There is now always a paragraph after it to type into.
 */
import type { Patch } from '../decapPatches.ts';

export const blockNeverLast: Patch[] = [
  {
    file: 'decap-cms-widget-markdown/dist/esm/MarkdownControl/plugins/shortcodes/withShortcodes.js',
    find: `    if (Editor.isEditor(node) && node.children.length == 0) {
      Transforms.insertNodes(editor, defaultEmptyBlock());
    }
    normalizeNode(entry);`,
    replace: `    if (Editor.isEditor(node) && node.children.length == 0) {
      Transforms.insertNodes(editor, defaultEmptyBlock());
    }
    const __tinPhuongLast = Editor.isEditor(node) ? node.children[node.children.length - 1] : undefined;
    if (__tinPhuongLast && __tinPhuongLast.type === 'shortcode') {
      Transforms.insertNodes(editor, defaultEmptyBlock(), { at: [node.children.length] });
      return;
    }
    normalizeNode(entry);`,
    prepend: '',
  },
];
