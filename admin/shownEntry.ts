/**
 * Which entry the admin's editor shows, read from its address (Decap routes
 * by the hash: #/collections/<collection>/entries/<slug>).
 *
 * Decap keeps one draft for the one open editor, and every entry load ends by
 * making the loaded entry that draft, whichever editor asked for it. A load
 * still in flight when the officer moves to another entry by URL (a pasted
 * link, Back, a link opened while the admin still loads, or the reload after
 * “Đăng”) therefore replaced the next entry's form with the previous entry a
 * moment later, marked “Có thay đổi chưa lưu”: Lưu would then have saved the
 * wrong article. A load now becomes the draft only if its entry is the one on
 * screen (admin/patches/loadOnlyShownEntry.ts); an editor that arrives at its address
 * afterwards loads its entry itself.
 */

/** Whether `hash` (location.hash) is the editor of `collection`'s entry `slug`. */
export function isShownEntry(collection: string, slug: string, hash: string): boolean {
  let path = hash.replace(/^#/, '').replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    return false;
  }
  return path.replace(/\/+$/, '') === `/collections/${collection}/entries/${slug}`;
}
