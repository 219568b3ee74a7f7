/**
 * Changes to Decap CMS where it offers no option, made as the admin is bundled (a Vite plugin, also
 * handed to the dev server's dependency pre-bundler, so `npm run cms` and the built admin behave alike).
 *
 * One file a change in admin/patches/, named for what it does and headed by why: each names the Decap
 * module it changes, the exact upstream code it replaces (`find`) and what goes in its place
 * (`replace`). If a Decap upgrade moves that code, the build stops and names the file, instead of
 * silently losing the change. This file is the plugin and the list of changes, in the order they are made.
 */
import { createHash } from 'node:crypto';
import { apiErrorMessage } from './patches/apiErrorMessage.ts';
import { backupAfterLoad } from './patches/backupAfterLoad.ts';
import { blockFieldFolder } from './patches/blockFieldFolder.ts';
import { blockNeverLast } from './patches/blockNeverLast.ts';
import { commitNamedUploads } from './patches/commitNamedUploads.ts';
import { editorPerEntry } from './patches/editorPerEntry.ts';
import { fileLibraryLabels } from './patches/fileLibraryLabels.ts';
import { filterMenuHeadings } from './patches/filterMenuHeadings.ts';
import { filtersOrWithinField } from './patches/filtersOrWithinField.ts';
import { leftEditorIgnoresSave } from './patches/leftEditorIgnoresSave.ts';
import { listSearchFuzzy } from './patches/listSearchFuzzy.ts';
import { loadOnlyShownEntry } from './patches/loadOnlyShownEntry.ts';
import { noDeployPreview } from './patches/noDeployPreview.ts';
import { noHeaderMediaLibrary } from './patches/noHeaderMediaLibrary.ts';
import { noPhotoWithoutEntry } from './patches/noPhotoWithoutEntry.ts';
import { noticeNamesWhat } from './patches/noticeNamesWhat.ts';
import { openMovedEntry } from './patches/openMovedEntry.ts';
import { photoOutsideFolder } from './patches/photoOutsideFolder.ts';
import { previewRedrawsOnPhoto } from './patches/previewRedrawsOnPhoto.ts';
import { searchAllSkipsHidden } from './patches/searchAllSkipsHidden.ts';
import { versionedSaves } from './patches/versionedSaves.ts';
import { workflowCardTitleSapo } from './patches/workflowCardTitleSapo.ts';

/** One replacement in one of Decap's modules. */
export interface Patch {
  /** The end of the module's path inside node_modules. */
  file: string;
  find: string;
  replace: string;
  /** An import the replacement needs. */
  prepend: string;
}

/**
 * Each change (admin/patches/<name>.ts), in the order they are made. The order matters where two
 * change one module: the later one is applied to the earlier one's output, and its import goes above.
 */
export const CHANGES: Record<string, Patch[]> = {
  filtersOrWithinField,
  filterMenuHeadings,
  apiErrorMessage,
  noticeNamesWhat,
  searchAllSkipsHidden,
  editorPerEntry,
  leftEditorIgnoresSave,
  backupAfterLoad,
  loadOnlyShownEntry,
  noPhotoWithoutEntry,
  photoOutsideFolder,
  previewRedrawsOnPhoto,
  openMovedEntry,
  noHeaderMediaLibrary,
  workflowCardTitleSapo,
  noDeployPreview,
  blockNeverLast,
  blockFieldFolder,
  fileLibraryLabels,
  commitNamedUploads,
  versionedSaves,
};

export const PATCHES: Patch[] = Object.values(CHANGES).flat();

/** The file each patch comes from, for the message when its code is gone. */
const SOURCE = new Map(Object.entries(CHANGES).flatMap(([name, patches]) => patches.map((p) => [p, `admin/patches/${name}.ts`] as const)));

/** Applies the patch for `id`, if any; throws if its code is not where it should be. */
export function patchModule(code: string, id: string): string | undefined {
  const path = id.split('?')[0]!.replaceAll('\\', '/');
  const patches = PATCHES.filter((p) => path.endsWith(`/node_modules/${p.file}`));
  if (!patches.length) return undefined;
  let out = code;
  for (const patch of patches) {
    if (!out.includes(patch.find)) {
      throw new Error(`${SOURCE.get(patch)}: không tìm thấy đoạn mã cần sửa trong ${patch.file} (Decap CMS đã đổi phiên bản?). Xem lại bản vá này.`);
    }
    out = patch.prepend + out.replace(patch.find, patch.replace);
  }
  return out;
}

/** A Vite (and Rolldown) plugin making the changes above. */
export function decapPatches() {
  return {
    // The patches' digest in the name: Vite keeps its pre-bundled Decap until a plugin name changes,
    // so `npm run cms` would go on serving Decap patched the old way after a patch changed.
    name: `tin-phuong:decap-patches:${createHash('sha256').update(JSON.stringify(PATCHES)).digest('hex').slice(0, 12)}`,
    enforce: 'pre' as const,
    resolveId(source: string, importer?: string) {
      if (source === listSearchFuzzy.module && importer && listSearchFuzzy.importer.test(importer)) return listSearchFuzzy.replacement;
      return null;
    },
    transform(code: string, id: string) {
      const patched = patchModule(code, id);
      return patched === undefined ? null : { code: patched, map: null };
    },
  };
}
