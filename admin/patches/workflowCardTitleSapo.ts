/**
 * A workflow card shows the entry's title, not the list's summary line (whose “Công khai” is about
 * the published copy, not the draft), and under it the sapo (an album's introduction), not the body's
 * raw Markdown with its blocks (“```anh Ảnh: ./anh/…”).
 */
import type { Patch } from '../decapPatches.ts';

export const workflowCardTitleSapo: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/components/Workflow/WorkflowList.js',
    find: `              title: selectEntryCollectionTitle(collection, entry),`,
    replace: `              title: entry.getIn(['data', collection.get('identifier_field') || 'title']) || selectEntryCollectionTitle(collection, entry),`,
    prepend: '',
  },
  {
    file: 'decap-cms-core/dist/esm/components/Workflow/WorkflowList.js',
    find: `              body: entry.getIn(['data', 'body']),`,
    replace: `              body: entry.getIn(['data', 'summary']) || entry.getIn(['data', 'description']) || '',`,
    prepend: '',
  },
];
