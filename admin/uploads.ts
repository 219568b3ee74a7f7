/**
 * Photos staff upload. Decap's media library takes any file; the site can
 * only process real photos (sharp, through astro:assets), and a 20 MB limit
 * keeps the repository small. So before Decap sees a chosen file:
 * - anything that is not a JPEG, PNG or WebP photo (checked by its first
 *   bytes, not its name) is refused with a Vietnamese message;
 * - a photo is scaled down to at most 2,560 px on its long side, upright, as
 *   JPEG or WebP (admin/photoReduce.ts), with its progress on screen; one
 *   still over 20 MB after that is refused likewise;
 * - the file is renamed to ASCII with the site's slugify() and a short stamp,
 *   so two articles' “IMG_0001.jpg” never collide (Decap would ask, in
 *   English, whether to overwrite).
 * Documents for the van-ban block (docs/blocks.md) pass too: a PDF, Word,
 * Excel or OpenDocument file whose bytes match its name's extension. A
 * document chosen for a photo field is still refused, by the build's photo
 * check (src/schema/photos.ts).
 * The checks are pure (tested in admin/uploads.test.ts); installUploadGuard()
 * wires them to the page.
 */
import { slugify } from '../src/lib/vietnamese.ts';
import { MAX_PHOTO_BYTES } from '../src/schema/photoLimits.ts';
import { MAX_DOCUMENT_BYTES } from '../src/schema/documentLimits.ts';
import { adminPhrases } from './locale-vi.ts';
import { reducePhoto } from './photoReduce.ts';

export type PhotoKind = 'jpg' | 'png' | 'webp';
export type DocumentKind = 'pdf' | 'doc' | 'docx' | 'xls' | 'xlsx' | 'odt' | 'ods';

/** The kind of photo from the file's first bytes, or null when it is not one we take. */
export function sniffPhoto(head: Uint8Array): PhotoKind | null {
  const at = (i: number) => head[i];
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => at(i) === b)) return 'png';
  const ascii = (from: number, to: number) => String.fromCharCode(...head.slice(from, to));
  if (head.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

/** A document, when its bytes are what its extension says (PDF; the Office and OpenDocument zip and OLE containers). */
export function sniffDocument(name: string, head: Uint8Array): DocumentKind | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  const starts = (bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (ext === 'pdf' && starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if ((ext === 'docx' || ext === 'xlsx' || ext === 'odt' || ext === 'ods') && starts([0x50, 0x4b, 0x03, 0x04])) return ext;
  if ((ext === 'doc' || ext === 'xls') && starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return ext;
  return null;
}

const formatMegabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace('.', ',');

/** Why a file is refused, in Vietnamese; null when it is a photo or a document we take. */
export function refusal(name: string, size: number, head: Uint8Array, max = MAX_PHOTO_BYTES): string | null {
  if (sniffPhoto(head)) return size > max ? adminPhrases.uploadTooLarge(name, formatMegabytes(size), Math.round(max / (1024 * 1024))) : null;
  return documentRefusal(name, size, head);
}

/** Why a document is refused (its bytes are not what its name says, or it is too large), in Vietnamese; null when we take it. */
export function documentRefusal(name: string, size: number, head: Uint8Array, max = MAX_DOCUMENT_BYTES): string | null {
  if (!sniffDocument(name, head)) return adminPhrases.uploadNotImage(name);
  if (size > max) return adminPhrases.documentTooLarge(name, formatMegabytes(size), Math.round(max / (1024 * 1024)));
  return null;
}

/** “Ảnh Hội nghị (1).JPG” → “anh-hoi-nghi-1-lx3k9q.jpg”: ASCII, lowercase, unique enough, the right extension. */
export function uploadName(name: string, kind: PhotoKind | DocumentKind, now = Date.now()): string {
  const base = slugify(name.replace(/\.[^.]*$/, ''), 60) || 'anh';
  return `${base}-${now.toString(36).slice(-6)}.${kind}`;
}

const checked = new WeakSet<Event>();

/** “Đang thu nhỏ ảnh 2/5…” while photos are scaled down: a status line at the top of the page, gone when done. */
function progressLine(win: Window): { show(done: number, total: number, name: string): void; hide(): void } {
  const doc = win.document;
  let box: HTMLElement | undefined;
  return {
    show(done, total, name) {
      if (!box) {
        box = doc.createElement('div');
        box.setAttribute('role', 'status');
        box.className = 'tin-phuong-upload-progress';
        Object.assign(box.style, {
          position: 'fixed',
          top: '12px',
          left: '50%',
          transform: 'translateX(-50%)',
          zIndex: '100000',
          background: '#fff',
          color: '#1f2430',
          border: '1px solid #9b1c1c',
          borderRadius: '6px',
          padding: '10px 16px',
          boxShadow: '0 2px 10px rgba(0,0,0,.2)',
          font: '15px/1.4 "Noto Sans", Arial, sans-serif',
        });
        box.append(doc.createElement('span'), doc.createElement('progress'));
        (box.lastChild as HTMLProgressElement).style.display = 'block';
        (box.lastChild as HTMLProgressElement).style.width = '100%';
        doc.body.append(box);
      }
      (box.firstChild as HTMLElement).textContent = adminPhrases.reducing(done + 1, total, name);
      Object.assign(box.lastChild as HTMLProgressElement, { max: total, value: done });
    },
    hide() {
      box?.remove();
      box = undefined;
    },
  };
}

/**
 * Check every file chosen in the admin before Decap handles it. The change
 * event is held back (capture phase, before React sees it), the file read,
 * and the event re-sent with the renamed file, or the choice cleared.
 */
export function installUploadGuard(win: Window = window): void {
  win.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || checked.has(event)) return;
      const files = [...(input.files ?? [])];
      if (!files.length) return;
      event.stopImmediatePropagation();
      event.preventDefault();
      void (async () => {
        const accepted: File[] = [];
        const progress = progressLine(win);
        try {
          for (const [i, chosen] of files.entries()) {
            const head = new Uint8Array(await chosen.slice(0, 16).arrayBuffer());
            const photo = sniffPhoto(head);
            let file = chosen;
            let kind: PhotoKind | DocumentKind | null = photo ?? sniffDocument(chosen.name, head);
            if (photo) {
              progress.show(i, files.length, chosen.name);
              ({ file, kind } = await reducePhoto(chosen, photo));
            }
            const reason = refusal(chosen.name, file.size, kind === photo ? head : new Uint8Array(await file.slice(0, 16).arrayBuffer()));
            if (reason) {
              win.alert(reason);
              input.value = '';
              return;
            }
            accepted.push(new File([file], uploadName(chosen.name, kind!), { type: file.type, lastModified: file.lastModified }));
          }
        } finally {
          progress.hide();
        }
        const transfer = new DataTransfer();
        for (const file of accepted) transfer.items.add(file);
        input.files = transfer.files;
        const again = new Event('change', { bubbles: true });
        checked.add(again);
        input.dispatchEvent(again);
      })();
    },
    true,
  );
}
