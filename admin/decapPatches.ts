/**
 * Changes to Decap CMS where it offers no option (each listed below), made as the admin is
 * bundled (a Vite plugin, also handed to the dev server's dependency
 * pre-bundler, so `npm run cms` and the built admin behave alike):
 * - the `fuzzy` package, which Decap matches searches with, is replaced by
 *   admin/listSearch.ts (typed words match word beginnings, with or without
 *   tones: “phuc loi” finds “Phúc Lợi”, and no scattered letters);
 * - the list reducer combines ticked filters OR within a field and AND
 *   between fields (admin/filterGroups.ts), not AND over all;
 * - the filter menu shows a heading before each group;
 * - a workflow card shows the entry's title, not the list's summary line
 *   (whose “Công khai” is about the published copy, not the draft), and
 *   under it the sapo (an album's introduction), not the body's raw
 *   Markdown with its blocks (“```anh Ảnh: ./anh/…”);
 * - moving from one entry to another by URL (a pasted link, Back) opens the
 *   other entry: Decap's editor loads its entry only when it mounts, so it
 *   kept showing, and saving, the previous one; it is now remounted per entry,
 *   and an editor left while its entry was saving no longer loads that entry
 *   into the next one's form when the save returns;
 * - an entry's load becomes the editor's draft only if that entry is the
 *   one on screen (admin/shownEntry.ts): a load still in flight when the
 *   officer moved to another entry by URL (or opened one while the admin
 *   still loaded, or left after “Đăng”) replaced the next entry's form with
 *   the previous entry, marked unsaved, and Lưu saved the wrong article;
 * - no photo is looked up for an editor without an entry (the one left for
 *   another entry by URL, rendered once more after its draft is discarded:
 *   “getMediaFile … ENOENT” in the server's log);
 * - a photo written relative to the entry but outside its photo folder
 *   (../../images/x.jpg) is shown from where it is, not looked up by its
 *   bare name in the entry's folder;
 * - the preview of a field (the body's photos) is drawn again when a photo
 *   it asked for has arrived: Decap redraws a field's preview only when its
 *   value changes, so photos loaded from the server stayed blank until the
 *   officer typed something;
 * - after a reload, the local backup (“Có một bản lưu tạm…”) is offered once
 *   the entry has loaded, so the entry's load no longer replaces the restored
 *   text a moment later;
 * - after publishing a draft whose file the local server moved to follow its
 *   title and date (admin/server/draft-path.ts), the editor opens the entry
 *   at its new name instead of looking for the old one;
 * - an error from the content server reads as its message, without the
 *   “API_ERROR:” that String(error) put before it in every toast;
 * - the notices after saving and publishing name what was saved (“Đã lưu
 *   album ảnh”), not always “bài”;
 * - “Tìm trong tất cả” leaves out the hidden collections (phường/xã,
 *   quận/huyện), as the sidebar does;
 * - the header has no global “Ảnh và tệp” library: photos live beside their
 *   article (content/news/YYYY/anh/) and are chosen inside it, so a global
 *   library could only say “Chưa có tệp nào” while articles have photos;
 * - the editor has no “Kiểm tra bản xem thử” (deploy preview) button: no
 *   backend of ours builds previews, and the preview pane is the preview;
 *   where it was, at the far end of the toolbar, goes “Bỏ các thay đổi chưa
 *   đăng” (or “Xóa bài”), away from “Lưu” and “Đăng”;
 * - a block (photo, gallery, award table, document) is never the last thing
 *   in the body: Decap turns the empty paragraph it is inserted in into the
 *   block, and a void block at the end leaves no place to type after it;
 * - a field of a block (an editor component) keeps its own absolute
 *   media_folder and public_folder: Decap looks a field's folder up by
 *   identity among the collection's fields, where a block's field never is,
 *   so the document block's files went into the article's photo folder
 *   instead of content/van-ban/ (admin/blocks.ts); and the library opened
 *   for a file, not a photo (only the document block's, the header's library
 *   being gone), says “Tải tệp lên”, “Dùng tệp đã chọn”, not “… ảnh …”;
 * - saving commits only the uploaded files the entry still names: Decap
 *   committed every file uploaded while the entry was open, so a document
 *   taken back with “Bỏ tệp” (or a photo replaced by another) was committed
 *   anyway, and a document in content/van-ban/ is published at /van-ban/;
 * - every request to the local content server passes through
 *   admin/versions.ts, which sends with each save the version of the entry
 *   the editor loaded, so that the server refuses a save made on an older
 *   version (two editors on one article) instead of writing over the newer;
 *   a local backup keeps the version it was written from, and restoring one
 *   written from an older version than the one just loaded says so first.
 *
 * Each change names the exact code it replaces. If a Decap upgrade moves that
 * code, the build stops and says so, instead of silently losing the change.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

const ADMIN = import.meta.dirname;
const LIST_SEARCH = resolve(ADMIN, 'listSearch.ts');
const FILTER_GROUPS = resolve(ADMIN, 'filterGroups.ts');
const ARTICLE_SLUG = resolve(ADMIN, 'articleSlug.ts');
const LOCALE = resolve(ADMIN, 'locale-vi.ts');
const VERSIONS = resolve(ADMIN, 'versions.ts');
const SHOWN_ENTRY = resolve(ADMIN, 'shownEntry.ts');

interface Patch {
  /** The end of the module's path inside node_modules. */
  file: string;
  find: string;
  replace: string;
  /** An import the replacement needs. */
  prepend: string;
}

export const PATCHES: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/reducers/entries.js',
    find: `    entries = entries.filter(e => {
      const allMatched = filters.every(f => {
        const pattern = f.get('pattern');
        const field = f.get('field');
        const data = e.get('data') || Map();
        const toMatch = data.getIn(keyToPathArray(field));
        const matched = toMatch !== undefined && new RegExp(String(pattern)).test(String(toMatch));
        return matched;
      });
      return allMatched;
    }).toList();`,
    replace: `    entries = entries.filter(e => __tinPhuongMatchesFilters(filters, field => (e.get('data') || Map()).getIn(keyToPathArray(field)))).toList();`,
    prepend: `import { matchesFilters as __tinPhuongMatchesFilters } from ${JSON.stringify(FILTER_GROUPS)};\n`,
  },
  {
    file: 'decap-cms-core/dist/esm/components/Collection/FilterControl.js',
    find: `    children: viewFilters.map(viewFilter => {
      return _jsx(DropdownCheckedItem, {
        label: viewFilter.label,
        id: viewFilter.id,
        checked: filter.getIn([viewFilter.id, 'active'], false),
        onClick: () => onFilterClick(viewFilter)
      }, viewFilter.id);
    })`,
    replace: `    children: __tinPhuongWithHeadings(viewFilters, viewFilter => {
      return _jsx(DropdownCheckedItem, {
        label: viewFilter.label,
        id: viewFilter.id,
        checked: filter.getIn([viewFilter.id, 'active'], false),
        onClick: () => onFilterClick(viewFilter)
      }, viewFilter.id);
    }, (label, field) => _jsx("div", {
      role: "presentation",
      className: "filter-heading",
      style: { padding: "10px 14px 4px", fontSize: "12px", fontWeight: 700, color: "#5d626f", textTransform: "uppercase", letterSpacing: "0.04em" },
      children: label
    }, "heading-" + field))`,
    prepend: `import { withHeadings as __tinPhuongWithHeadings } from ${JSON.stringify(FILTER_GROUPS)};\n`,
  },
  {
    // An error from the content server reads as its message: Decap shows errors with String(error),
    // which put “API_ERROR: ” before every Vietnamese refusal (“Chưa lưu được bài: API_ERROR: …”).
    file: 'decap-cms-lib-util/dist/esm/APIError.js',
    find: `    this.meta = meta;
  }
}`,
    replace: `    this.meta = meta;
  }
  toString() {
    return this.message;
  }
}`,
    prepend: '',
  },
  // “Đã lưu bài viết”, “Đã lưu album ảnh”: the notice names what was saved (it said “Đã lưu bài” of an album),
  // in both places Decap saves from (a plain save, and a save in the editorial workflow).
  ...['decap-cms-core/dist/esm/actions/entries.js', 'decap-cms-core/dist/esm/actions/editorialWorkflow.js'].map((file) => ({
    file,
    find: `        message: {
          key: 'ui.toast.entrySaved'
        },`,
    replace: `        message: {
          key: 'ui.toast.entrySaved',
          what: String(collection.get('label_singular') || collection.get('label')).toLocaleLowerCase('vi')
        },`,
    prepend: '',
  })),
  {
    file: 'decap-cms-core/dist/esm/actions/editorialWorkflow.js',
    find: `        message: {
          key: 'ui.toast.entryPublished'
        },`,
    replace: `        message: {
          key: 'ui.toast.entryPublished',
          what: String(collections.get(collectionName).get('label_singular') || collections.get(collectionName).get('label')).toLocaleLowerCase('vi')
        },`,
    prepend: '',
  },
  {
    // “Tìm trong tất cả” searches what the sidebar shows: not the hidden phường/xã and quận/huyện lists
    // (only there to pick from), which docs/cms.md says the admin does not show.
    file: 'decap-cms-core/dist/esm/components/Collection/Collection.js',
    find: `      collections: isSingleSearchResult ? collections.filter(c => c === collection) : collections,`,
    replace: `      collections: isSingleSearchResult ? collections.filter(c => c === collection) : collections.filter(c => c.get('hide') !== true),`,
    prepend: '',
  },
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
  {
    // The editor of an entry left while it was saving (Back right after Lưu) must not load its
    // entry when the save returns: the draft it loads is the one the next entry's editor shows.
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
  {
    // “Có một bản lưu tạm… Dùng bản lưu tạm đó?” is asked once the entry has loaded (the draft has data;
    // Decap's initial draft is an empty entry): asked as soon as the backup was found, before the entry,
    // the restored draft was replaced by the entry when it arrived.
    file: 'decap-cms-core/dist/esm/components/Editor/Editor.js',
    find: `    if (!prevProps.localBackup && this.props.localBackup) {
      const confirmLoadBackup`,
    replace: `    if (this.props.localBackup && !this.__tinPhuongBackupAsked && this.props.entryDraft.getIn(['entry', 'data']) !== undefined && !(this.props.entry && this.props.entry.get('isFetching'))) {
      this.__tinPhuongBackupAsked = true;
      const confirmLoadBackup`,
    prepend: '',
  },
  // A load becomes the draft only for the entry on screen (admin/shownEntry.ts): the published
  // entry (loadEntry) and the draft (loadUnpublishedEntry) alike.
  {
    file: 'decap-cms-core/dist/esm/actions/entries.js',
    find: `      dispatch(entryLoaded(collection, loadedEntry));
      dispatch(createDraftFromEntry(loadedEntry));`,
    replace: `      dispatch(entryLoaded(collection, loadedEntry));
      if (__tinPhuongIsShownEntry(collection.get('name'), slug, window.location.hash)) dispatch(createDraftFromEntry(loadedEntry));`,
    prepend: `import { isShownEntry as __tinPhuongIsShownEntry } from ${JSON.stringify(SHOWN_ENTRY)};\n`,
  },
  {
    file: 'decap-cms-core/dist/esm/actions/editorialWorkflow.js',
    find: `      dispatch(unpublishedEntryLoaded(collection, entry));
      dispatch(createDraftFromEntry(entry));`,
    replace: `      dispatch(unpublishedEntryLoaded(collection, entry));
      if (__tinPhuongIsShownEntry(collection.get('name'), slug, window.location.hash)) dispatch(createDraftFromEntry(entry));`,
    prepend: `import { isShownEntry as __tinPhuongIsShownEntry } from ${JSON.stringify(SHOWN_ENTRY)};\n`,
  },
  {
    // The editor left for another entry by URL renders once more after its draft is discarded,
    // with an empty entry (Decap's initial draft): its photos were then looked up in the collection's folder, and the server
    // logged “getMediaFile … ENOENT” for each. Without an entry there is nothing to look up.
    file: 'decap-cms-core/dist/esm/actions/media.js',
    find: `    if (!path) return emptyAsset;
    const state = getState();`,
    replace: `    if (!path || !entry || entry.get('data') === undefined) return emptyAsset;
    const state = getState();`,
    prepend: '',
  },

  {
    // A photo outside the entry's own photo folder (../../images/x.jpg, as imported articles and
    // astro:assets write it) is shown from where it is: Decap looked for its bare name in the
    // entry's media folder, and the server logged “getMediaFile … ENOENT”. Display only: saving
    // and moving photos keep Decap's own rule.
    file: 'decap-cms-core/dist/esm/actions/media.js',
    find: `    const resolvedPath = selectMediaFilePath(state.config, collection, entry, path, field);`,
    replace: `    const resolvedPath = /^\\.\\.\\//.test(path) && entry && entry.get('path') ? __tinPhuongJoin(__tinPhuongDirname(entry.get('path')), path) : selectMediaFilePath(state.config, collection, entry, path, field);`,
    prepend: `import { dirname as __tinPhuongDirname, join as __tinPhuongJoin } from 'path';\n`,
  },
  // A field's preview is drawn again when the photos it asked for have loaded (isLoadingAsset flips), as Decap's controls are.
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
  {
    file: 'decap-cms-core/dist/esm/actions/editorialWorkflow.js',
    find: `      } else {
        return dispatch(loadEntry(collection, slug));
      }`,
    replace: `      } else {
        const data = entry.get('data');
        const movedSlug = collection.get('name') === 'news' && data ? __tinPhuongArticleSlug(data.get('title'), data.get('publishedAt')) : null;
        if (movedSlug && movedSlug !== slug) {
          // Only where the server did put it: this very article under its new name.
          const moved = await backend.getEntry(state, collection, movedSlug).catch(() => null);
          if (moved && moved.data && moved.data.title === data.get('title')) {
            await dispatch(loadEntry(collection, movedSlug));
            return navigateToEntry(collection.get('name'), movedSlug);
          }
        }
        return dispatch(loadEntry(collection, slug));
      }`,
    prepend: `import { articleSlug as __tinPhuongArticleSlug } from ${JSON.stringify(ARTICLE_SLUG)};\n`,
  },
  {
    file: 'decap-cms-core/dist/esm/components/App/Header.js',
    find: `            }), showMediaButton && _jsx("li", {`,
    replace: `            }), false && showMediaButton && _jsx("li", {`,
    prepend: '',
  },
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
    // “Bỏ các thay đổi chưa đăng” / “Xóa bài”: not beside “Lưu” and “Đăng” but at the far end of the toolbar, where the deploy preview button was.
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
  {
    // A block (photo, gallery, table, document) never ends the body: there is always a paragraph after it to type into.
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
  {
    // A block's field (not among the collection's fields) with a folder of its own: that folder, when absolute.
    file: 'decap-cms-core/dist/esm/reducers/entries.js',
    find: `        currentFolder = fieldFolder;
      }
    }
  }
  return currentFolder;`,
    replace: `        currentFolder = fieldFolder;
      } else if (typeof field.get(folderKey) === 'string' && field.get(folderKey).startsWith('/')) {
        currentFolder = field.get(folderKey);
      }
    }
  }
  return currentFolder;`,
    prepend: '',
  },
  {
    file: 'decap-cms-core/dist/esm/components/MediaLibrary/MediaLibraryTop.js',
    find: `  const uploadButtonLabel = isPersisting ? t('mediaLibrary.mediaLibraryModal.uploading') : t('mediaLibrary.mediaLibraryModal.upload');
  const deleteButtonLabel = isDeleting ? t('mediaLibrary.mediaLibraryModal.deleting') : t('mediaLibrary.mediaLibraryModal.deleteSelected');
  const downloadButtonLabel = t('mediaLibrary.mediaLibraryModal.download');
  const insertButtonLabel = t('mediaLibrary.mediaLibraryModal.chooseSelected');`,
    replace: `  const uploadButtonLabel = isPersisting ? t('mediaLibrary.mediaLibraryModal.uploading') : forImage ? t('mediaLibrary.mediaLibraryModal.upload') : __tinPhuongPhrases.fileLibrary.upload;
  const deleteButtonLabel = isDeleting ? t('mediaLibrary.mediaLibraryModal.deleting') : forImage ? t('mediaLibrary.mediaLibraryModal.deleteSelected') : __tinPhuongPhrases.fileLibrary.deleteSelected;
  const downloadButtonLabel = t('mediaLibrary.mediaLibraryModal.download');
  const insertButtonLabel = forImage ? t('mediaLibrary.mediaLibraryModal.chooseSelected') : __tinPhuongPhrases.fileLibrary.chooseSelected;`,
    prepend: `import { adminPhrases as __tinPhuongPhrases } from ${JSON.stringify(LOCALE)};\n`,
  },
  {
    file: 'decap-cms-core/dist/esm/actions/entries.js',
    find: `  const filesArray = entry.get('mediaFiles').toArray();
  const assets = filesArray.filter(file => file.get('draft')).map(file => createAssetProxy({`,
    replace: `  const filesArray = entry.get('mediaFiles').toArray();
  // Uploaded names carry a stamp (admin/uploads.ts): a file the entry does not name is one taken back.
  const __tinPhuongNamed = JSON.stringify(entry.get('data'));
  const assets = filesArray.filter(file => file.get('draft') && __tinPhuongNamed.includes(String(file.get('path')).split('/').pop())).map(file => createAssetProxy({`,
    prepend: '',
  },
  {
    // Each save says which version of the entry it was edited from; loads and saves note the versions (admin/versions.ts).
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
  // A local backup remembers the version it was written from, and restoring one written from an older
  // version than the one just loaded says so (admin/versions.ts): restored and saved, it replaces the newer.
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

/** Applies the patch for `id`, if any; throws if its code is not where it should be. */
export function patchModule(code: string, id: string): string | undefined {
  const path = id.split('?')[0]!.replaceAll('\\', '/');
  const patches = PATCHES.filter((p) => path.endsWith(`/node_modules/${p.file}`));
  if (!patches.length) return undefined;
  let out = code;
  for (const patch of patches) {
    if (!out.includes(patch.find)) {
      throw new Error(`admin/decapPatches.ts: không tìm thấy đoạn mã cần sửa trong ${patch.file} (Decap CMS đã đổi phiên bản?). Xem lại bản vá này.`);
    }
    out = patch.prepend + out.replace(patch.find, patch.replace);
  }
  return out;
}

/** A Vite (and Rolldown) plugin making the changes above. */
export function decapPatches() {
  return {
    // The patches' digest in the name: Vite keeps its pre-bundled Decap until a plugin name changes,
    // so `npm run cms` would go on serving Decap patched the old way after this file changed.
    name: `tin-phuong:decap-patches:${createHash('sha256').update(JSON.stringify(PATCHES)).digest('hex').slice(0, 12)}`,
    enforce: 'pre' as const,
    resolveId(source: string, importer?: string) {
      if (source === 'fuzzy' && importer && /[\\/]decap-cms-core[\\/]/.test(importer)) return LIST_SEARCH;
      return null;
    },
    transform(code: string, id: string) {
      const patched = patchModule(code, id);
      return patched === undefined ? null : { code: patched, map: null };
    },
  };
}
