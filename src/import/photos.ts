/**
 * The photos of an HTML page: where each one is, whether it may be taken,
 * and the name it gets. The checks are the CMS's own (admin/uploads.ts): a
 * JPEG, PNG or WebP by its first bytes, at most MAX_PHOTO_BYTES, renamed
 * with uploadName() into the article's photo folder (content/news/YYYY/anh/,
 * the CMS's media_folder); then the build's own (photoProblem(),
 * src/schema/photos.ts): the pixel count, the format by its decoder, the
 * whole file decoded. A photo the build would refuse (a 30,000 × 30,000 PNG
 * of 871 kB, a truncated JPEG) is not imported, so an import never leaves
 * the next build failing. The CMS stamps a name with the upload time; here
 * the stamp comes from the photo's bytes, so a re-import gives the same name
 * and changes nothing.
 *
 * Nothing is ever fetched: a photo on another server (http…, //…) is
 * reported, not downloaded.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, lstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { refusal, sniffPhoto, uploadName } from '../../admin/uploads.ts';
import { NEWS_MEDIA_FOLDER } from '../schema/cms.ts';
import { MAX_PHOTO_BYTES } from '../schema/cms.ts';
import { isWithin, realTarget } from '../build/confinement.ts';
import { photoProblem } from '../schema/photos.ts';

export interface TakenPhoto {
  /** The file read (absolute), or the data: URI's stand-in name. */
  from: string;
  /** The name in the article's photo folder. */
  name: string;
  /** As the article's Markdown refers to it: anh/<name>. */
  src: string;
  bytes: Uint8Array;
}

export type PhotoResult = { ok: true; photo: TakenPhoto } | { ok: false; reason: string; from?: string };

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/** A deterministic stand-in for the CMS's upload time: the photo's own checksum. */
export function stampOf(bytes: Uint8Array): number {
  // check() computes the same from the hash it already has.
  return Number.parseInt(createHash('sha256').update(bytes).digest('hex').slice(0, 10), 16);
}

/**
 * The build's verdicts on photos already decoded in this run, by content
 * hash: a photo several pages show is decoded once.
 */
export type PhotoVerdicts = Map<string, Promise<string | null>>;

async function check(
  displayName: string,
  size: number,
  head: Uint8Array,
  read: () => Buffer,
  from: string,
  maxBytes: number,
  verdicts: PhotoVerdicts,
): Promise<PhotoResult> {
  const refused = refusal(displayName, size, head, maxBytes);
  if (refused) return { ok: false, reason: `${refused} (photo refused)`, from };
  const bytes = read();
  const hash = createHash('sha256').update(bytes).digest('hex');
  let verdict = verdicts.get(hash);
  if (!verdict) verdicts.set(hash, (verdict = photoProblem(bytes)));
  const problem = await verdict;
  if (problem)
    return { ok: false, reason: `Ảnh “${displayName}” không dùng được: ${problem}; không nhập ảnh này (photo refused: the build would refuse it)`, from };
  const name = uploadName(displayName, sniffPhoto(head)!, Number.parseInt(hash.slice(0, 10), 16));
  return { ok: true, photo: { from, name, src: `${NEWS_MEDIA_FOLDER}/${name}`, bytes } };
}

/**
 * Resolve one <img src> of the page at `pageFile` and check the photo.
 * Relative paths are read next to the page (a “complete” save's `_files`
 * folder); data: URIs are decoded; anything else is refused with a reason.
 * Only a regular file inside `inputFolder` is read: `../../secret.jpg`, a
 * `file:///` path elsewhere or a link out of the folder is refused
 * (docs/security.md#files).
 */
export async function takePhoto(
  src: string,
  pageFile: string,
  maxBytes = MAX_PHOTO_BYTES,
  inputFolder = dirname(pageFile),
  verdicts: PhotoVerdicts = new Map(),
): Promise<PhotoResult> {
  if (REMOTE.test(src))
    return { ok: false, reason: `Ảnh nằm trên máy chủ khác, không tải về: ${src} (remote photo not fetched; save the page “complete” to keep its photos)` };
  const data = /^data:([^;,]*)(;base64)?,(.*)$/is.exec(src);
  if (data) {
    const bytes = data[2] ? Buffer.from(data[3]!, 'base64') : Buffer.from(decodeURIComponent(data[3]!), 'latin1');
    const kind = sniffPhoto(bytes.subarray(0, 16));
    return check(`anh-nhung.${kind ?? 'bin'}`, bytes.length, bytes.subarray(0, 16), () => bytes, 'data:', maxBytes, verdicts);
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^file:/i.test(src)) return { ok: false, reason: `Địa chỉ ảnh không đọc được: ${src} (unsupported photo address)` };
  let path = src.replace(/^file:\/\//i, '').replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray % is a literal one.
  }
  path = path.normalize('NFC');
  if (isAbsolute(path) && !/^file:/i.test(src))
    return { ok: false, reason: `Ảnh theo đường dẫn gốc của cổng cũ, không có trong bản lưu: ${src} (site-absolute photo path)` };
  const file = resolve(dirname(pageFile), path);
  const found = existsSync(file) ? file : [file.normalize('NFD'), file.normalize('NFC')].find((f) => existsSync(f));
  if (!found || !statSync(found).isFile()) return { ok: false, reason: `Không tìm thấy tệp ảnh: ${src} (photo file missing)`, from: file };
  const folder = realTarget(inputFolder);
  const real = realTarget(found);
  if (lstatSync(found).isSymbolicLink() || !folder || !real || !isWithin(folder, real)) {
    return {
      ok: false,
      reason: `Ảnh nằm ngoài thư mục đang nhập hoặc là liên kết tắt (symlink), không nhập: ${src} (photo outside the input folder)`,
      from: file,
    };
  }
  const size = statSync(found).size;
  const head = new Uint8Array(16);
  const fd = openSync(found, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return check(basename(found), size, head, () => readFileSync(found), found, maxBytes, verdicts);
}
