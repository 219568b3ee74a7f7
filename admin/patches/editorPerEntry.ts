/**
 * Moving from one entry to another by URL (a pasted link, Back) opens the other entry: Decap's editor
 * loads its entry only when it mounts, so it kept showing, and saving, the previous one. The editor's
 * route now remounts it per entry (keyed by the address).
 */
import type { Patch } from '../decapPatches.ts';

export const editorPerEntry: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/components/App/App.js',
    find: `            path: "/collections/:name/entries/*",
            collections: collections,
            render: props => _jsx(Editor, {
              ...props
            })`,
    replace: `            path: "/collections/:name/entries/*",
            collections: collections,
            render: props => _jsx(Editor, {
              ...props
            }, props.location.pathname)`,
    prepend: '',
  },
];
