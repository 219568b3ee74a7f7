/**
 * What the local CMS server (admin/server/server.ts) lets a request do. Left
 * alone, decap-server's local git API reads and writes any path inside the
 * repository (writing .git/config runs code, reading it leaks tokens) and
 * answers any page on localhost, or any name DNS-rebound to 127.0.0.1. These
 * checks are pure: the server applies them before decap-server sees a request.
 *
 * The paths allowed are those of the CMS configuration (src/schema/cms.ts):
 * entries in their collection's folder with its extension (so no .mdx, which
 * Astro would run), the single files of a file collection (Thiết lập),
 * photos in a media folder, checked by their bytes as the
 * admin's upload guard checks them (admin/uploads.ts), and documents (PDF,
 * Word, Excel, ODF) in their own library, content/van-ban/, checked likewise.
 */
import { sniffDocument, sniffPhoto } from '../uploads.ts';
import { cmsConfig } from '../../src/schema/cms.ts';
import { DOCUMENT_FOLDER } from '../../src/schema/documentLimits.ts';

export interface CollectionScope {
  /** A folder collection's folder; none for a file collection. */
  folder?: string;
  /** A file collection's files, exactly (content/don-vi.json). */
  files?: string[];
  extension: string;
  /** A media_folder relative to the entry's own folder (e.g. anh), if the collection has one. */
  mediaFolder?: string;
}

export interface CmsScope {
  collections: Map<string, CollectionScope>;
  /** Repository-relative media folders: the library's, and collections' absolute ones. */
  mediaFolders: string[];
  /** The documents' library (content/van-ban): documents only, no photos. */
  documentFolders: string[];
  /** The folder every collection lives in (content), where photos may be read for the preview; '' if none. */
  contentRoot: string;
}

type Config = { media_folder?: unknown; collections?: unknown };

/** The folders the CMS configuration edits. Throws on settings it cannot bound (templates, ..), so the server does not start open. */
export function cmsScope(config: Config = cmsConfig(), documentFolders: string[] = [DOCUMENT_FOLDER]): CmsScope {
  const scope: CmsScope = { collections: new Map(), mediaFolders: [], documentFolders, contentRoot: '' };
  const absolute = (folder: unknown, what: string) => {
    const path = String(folder).replace(/^\/+/, '');
    if (!segments(path)) throw new Error(`${what}: không giới hạn được thư mục ${String(folder)}`);
    return path;
  };
  if (config.media_folder !== undefined) scope.mediaFolders.push(absolute(config.media_folder, 'media_folder'));
  for (const c of (config.collections ?? []) as Record<string, unknown>[]) {
    const name = String(c.name);
    if (Array.isArray(c.files)) {
      // A file collection: only its files, no folder, no media of its own.
      const files = (c.files as Record<string, unknown>[]).map((f) => absolute(f.file, `${name}.${String(f.name)}`));
      scope.collections.set(name, { files, extension: String(c.extension ?? 'json') });
      continue;
    }
    if (typeof c.folder !== 'string') throw new Error(`${name}: chỉ hỗ trợ bộ sưu tập có folder hoặc files`);
    const entry: CollectionScope = { folder: absolute(c.folder, name), extension: String(c.extension ?? 'md') };
    const media = c.media_folder;
    if (typeof media === 'string' && media.startsWith('/')) scope.mediaFolders.push(absolute(media, name));
    else if (typeof media === 'string') {
      const relative = media.replace(/^\.\//, '').replace(/\/$/, '');
      if (relative !== '' && !segments(relative)) throw new Error(`${name}: không giới hạn được media_folder ${media}`);
      entry.mediaFolder = relative;
    }
    scope.collections.set(name, entry);
  }
  scope.contentRoot = commonFolder(
    [...scope.collections.values()].flatMap((c) => [...(c.folder ? [c.folder] : []), ...(c.files ?? []).map((f) => f.split('/').slice(0, -1).join('/'))]),
  );
  return scope;
}

/** The deepest folder that holds all of `folders`, or ''. */
function commonFolder(folders: string[]): string {
  if (!folders.length || folders.some((f) => f === '')) return '';
  const split = folders.map((f) => f.split('/'));
  const common: string[] = [];
  for (let i = 0; split.every((parts) => i < parts.length && parts[i] === split[0]![i]); i++) common.push(split[0]![i]!);
  return common.join('/');
}

/** A path's segments when it is a plain relative path, else null. */
function segments(path: unknown): string[] | null {
  if (typeof path !== 'string' || path === '' || path.length > 1024) return null;
  // Absolute, NUL and control characters, backslashes, drive letters and NTFS streams, templates.
  if (path.startsWith('/') || /[\x00-\x1f\x7f\\:{}]/.test(path)) return null;
  const parts = path.replace(/\/$/, '').split('/');
  // '', '.', '..', '.git' and every dot file (.gitattributes, .gitmodules): never CMS content.
  return parts.some((p) => p === '' || p.startsWith('.')) ? null : parts;
}

const within = (parts: string[], folder: string, orEqual = false) => {
  const base = folder.split('/');
  return (parts.length > base.length || (orEqual && parts.length === base.length)) && base.every((b, i) => parts[i] === b);
};

function roots(scope: CmsScope): string[] {
  return [...[...scope.collections.values()].flatMap((c) => c.folder ?? []), ...scope.mediaFolders, ...scope.documentFolders];
}

/** A file collection's own file. */
const isSingleFile = (parts: string[], scope: CmsScope) => [...scope.collections.values()].some((c) => c.files?.includes(parts.join('/')));

/** A file the CMS may read or delete: anything inside a collection or media folder, or a file collection's file. */
export function mayRead(path: unknown, scope: CmsScope): boolean {
  const parts = segments(path);
  return !!parts && (roots(scope).some((root) => within(parts, root)) || isSingleFile(parts, scope));
}

/**
 * A photo the preview may show (read only): a JPEG, PNG or WebP anywhere in the content folder.
 * Imported articles name photos outside their own photo folder (../../images/x.jpg, as
 * astro:assets reads them); the preview showed them broken.
 */
export function mayViewPhoto(path: unknown, scope: CmsScope): boolean {
  const parts = segments(path);
  return !!parts && scope.contentRoot !== '' && within(parts, scope.contentRoot) && /\.(jpe?g|png|webp)$/i.test(parts.at(-1)!);
}

/** A folder the CMS may list: a collection or media folder, or one inside. */
export function mayList(path: unknown, scope: CmsScope): boolean {
  const parts = segments(path);
  return !!parts && roots(scope).some((root) => within(parts, root, true));
}

/** An entry file the CMS may write: inside its collection's folder, with the collection's extension; or a file collection's file. */
export function mayWriteEntry(path: unknown, scope: CmsScope): boolean {
  const parts = segments(path);
  return (
    !!parts &&
    ([...scope.collections.values()].some((c) => c.folder !== undefined && within(parts, c.folder) && parts.at(-1)!.endsWith(`.${c.extension}`)) ||
      isSingleFile(parts, scope))
  );
}

/**
 * A file the CMS may write as media: in a photo folder, a real JPEG/PNG/WebP
 * whose name says so; in the documents' library, a real PDF, Word, Excel or
 * ODF file whose name says so (its size: server.ts).
 */
export function mayWriteMedia(path: unknown, base64: unknown, scope: CmsScope): boolean {
  const parts = segments(path);
  if (!parts || typeof base64 !== 'string') return false;
  const head = new Uint8Array(Buffer.from(base64.slice(0, 24), 'base64'));
  if (scope.documentFolders.some((folder) => within(parts, folder))) return sniffDocument(parts.at(-1)!, head) !== null;
  const kind = sniffPhoto(head);
  if (!kind || !parts.at(-1)!.endsWith(`.${kind}`)) return false;
  const dir = parts.slice(0, -1);
  const inCollectionMedia = [...scope.collections.values()].some((c) => {
    if (c.mediaFolder === undefined || c.folder === undefined || !within(parts, c.folder)) return false;
    const media = c.mediaFolder === '' ? [] : c.mediaFolder.split('/');
    return media.every((m, i) => dir[dir.length - media.length + i] === m);
  });
  return inCollectionMedia || scope.mediaFolders.some((folder) => within(parts, folder));
}

/** collection/slug name a cms/<collection>/<slug> branch and a git config key: a known collection and a ref-safe slug. */
export function mayNameDraft(collection: unknown, slug: unknown, scope: CmsScope): boolean {
  const parts = segments(slug);
  return typeof collection === 'string' && scope.collections.has(collection) && !!parts && !parts.some((p) => /[\s~^?*[\]]|@\{|\.lock$|^-/.test(p));
}

const messages = {
  path: (path: unknown) => `Không được phép truy cập “${String(path)}”: ngoài thư mục nội dung của CMS.`,
  media: (path: unknown) =>
    String(path).startsWith(`${DOCUMENT_FOLDER}/`)
      ? `Không nhận tệp “${String(path)}”: thư mục văn bản chỉ nhận tệp PDF, Word (DOC, DOCX), Excel (XLS, XLSX), ODT hoặc ODS đúng như đuôi tên tệp.`
      : `Không nhận tệp “${String(path)}”: chỉ nhận ảnh JPEG, PNG hoặc WebP trong thư mục ảnh.`,
  draft: 'Tên bộ sưu tập hoặc tên bài không hợp lệ.',
  action: (action: unknown) => `Thao tác không được phép: ${String(action)}.`,
  params: 'Tham số không hợp lệ.',
};

const list = (value: unknown): unknown[] | null => (value === undefined ? [] : Array.isArray(value) ? value : null);
const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

export interface Verdict {
  /** Why the request is refused (Vietnamese), or null. */
  refusal: string | null;
  /** Every repository path the request names (for the server's symlink check). */
  paths: string[];
}

/**
 * Check every path-bearing parameter of every action of decap-server's local
 * git API (decap-server/src/middlewares/joi/index.ts). Unknown actions are refused.
 */
export function checkRequest(body: unknown, scope: CmsScope): Verdict {
  const action = field(body, 'action');
  const params = field(body, 'params') ?? {};
  const p = (key: string) => field(params, key);
  const paths: string[] = [];
  const refuse = (refusal: string): Verdict => ({ refusal, paths });
  const check = (ok: boolean, path: unknown, message = messages.path) => {
    if (typeof path === 'string') paths.push(path);
    return ok ? null : message(path);
  };
  // The draft a request names; only unpublishedEntry reads it out of id (parseContentKey), elsewhere id names a file.
  const draft = (byId = false) => {
    const id = byId ? p('id') : undefined;
    if (typeof id === 'string') {
      const at = id.indexOf('/');
      if (at < 0 || !mayNameDraft(id.slice(0, at), id.slice(at + 1), scope)) return messages.draft;
    }
    if (id === undefined || p('collection') !== undefined || p('slug') !== undefined) {
      if (!mayNameDraft(p('collection'), p('slug'), scope)) return messages.draft;
    }
    return null;
  };

  let why: string | null = null;
  switch (action) {
    case 'info':
    case 'unpublishedEntries':
      break;
    case 'entriesByFolder':
      why = check(mayList(p('folder'), scope), p('folder'));
      break;
    case 'getMedia':
      why = check(mayList(p('mediaFolder'), scope), p('mediaFolder'));
      break;
    case 'entriesByFiles': {
      const files = list(p('files'));
      if (!files) return refuse(messages.params);
      for (const file of files) why ??= check(mayRead(field(file, 'path'), scope), field(file, 'path'));
      break;
    }
    case 'getMediaFile':
      why = check(mayRead(p('path'), scope) || mayViewPhoto(p('path'), scope), p('path'));
      break;
    case 'getEntry':
    case 'deleteFile':
      why = check(mayRead(p('path'), scope), p('path'));
      break;
    case 'deleteFiles': {
      const files = list(p('paths'));
      if (!files) return refuse(messages.params);
      for (const path of files) why ??= check(mayRead(path, scope), path);
      break;
    }
    case 'unpublishedEntryDataFile':
    case 'unpublishedEntryMediaFile':
      why = draft() ?? check(mayRead(p('path'), scope), p('path'));
      break;
    case 'unpublishedEntry':
      why = draft(true);
      break;
    case 'deleteUnpublishedEntry':
    case 'updateUnpublishedEntryStatus':
    case 'publishUnpublishedEntry':
    case 'getDeployPreview':
      why = draft();
      break;
    case 'persistEntry': {
      const dataFiles = list(p('dataFiles'));
      const assets = list(p('assets'));
      if (!dataFiles || !assets) return refuse(messages.params);
      const files = p('entry') === undefined ? dataFiles : [...dataFiles, p('entry')];
      for (const file of files) {
        why ??= check(mayWriteEntry(field(file, 'path'), scope), field(file, 'path'));
        if (field(file, 'newPath') !== undefined) why ??= check(mayWriteEntry(field(file, 'newPath'), scope), field(file, 'newPath'));
      }
      for (const asset of assets) why ??= check(mayWriteMedia(field(asset, 'path'), field(asset, 'content'), scope), field(asset, 'path'), messages.media);
      // With the workflow, the draft's branch is cms/<collectionName>/<first file's slug>.
      if (field(p('options'), 'useWorkflow') && !mayNameDraft(field(p('options'), 'collectionName'), field(files[0], 'slug'), scope)) why ??= messages.draft;
      break;
    }
    case 'persistMedia': {
      const asset = p('asset');
      why = check(mayWriteMedia(field(asset, 'path'), field(asset, 'content'), scope), field(asset, 'path'), messages.media);
      break;
    }
    default:
      why = messages.action(action);
  }
  return { refusal: why, paths };
}

/** The Host a request must name: the server's own, not a rebound name. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return !!host && [`127.0.0.1:${port}`, `localhost:${port}`].includes(host.toLowerCase());
}

/** The admin's origins: each given, and its loopback twin (127.0.0.1 ↔ localhost). */
export function adminOrigins(origins: string | string[]): Set<string> {
  const allowed = new Set<string>();
  for (const origin of ([] as string[])
    .concat(origins)
    .map((o) => o.trim())
    .filter(Boolean)) {
    const url = new URL(origin);
    allowed.add(url.origin);
    const twin = { '127.0.0.1': 'localhost', localhost: '127.0.0.1' }[url.hostname];
    if (twin) allowed.add(`${url.protocol}//${twin}${url.port ? `:${url.port}` : ''}`);
  }
  return allowed;
}

/**
 * Only the admin's pages may call. A request without Origin is let through:
 * browsers send Origin on every cross-origin request and on every fetch POST
 * (decap's admin POSTs with fetch), so it comes from a local program, which
 * could edit the repository anyway; hostAllowed() keeps rebound pages out.
 */
export function originAllowed(origin: string | undefined, allowed: Set<string>): boolean {
  return origin === undefined || allowed.has(origin);
}
