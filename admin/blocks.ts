/**
 * The rich blocks of docs/blocks.md as Decap editor components (the “+”
 * menu of the body): Ảnh có chú thích, Bộ ảnh (photos, or an album by
 * reference), Bảng khen thưởng and Văn bản. Each writes the block's fence with
 * formatBlock() and reads it back with the site's own parser (src/markdown/
 * blocks.ts); each preview is the block's HTML as the site builds it
 * (blockTree.ts), serialised here. Photos are written relative to the article
 * (./anh/…), as for the body photo.
 */
import { DEFAULT_AWARD_COLUMNS, formatBlock, parseBlock, readBlock, type Block, type BlockPhoto } from '../src/markdown/blocks.ts';
import { blockTree, type MNode } from '../src/markdown/blockTree.ts';
import { relativeMediaPath } from './entry.ts';
import { adminPhrases } from './locale-vi.ts';
import { DOCUMENT_FOLDER, DOCUMENT_PUBLIC_FOLDER, documentHint, MAX_DOCUMENT_BYTES } from '../src/schema/documentLimits.ts';
import { blockProblemMessage } from './blockChecks.ts';

type Data = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const photoOf = (d: Data): BlockPhoto => ({
  image: relativeMediaPath(str(d.image)) as string,
  alt: str(d.alt),
  ...(str(d.caption) ? { caption: str(d.caption) } : {}),
});
const list = (v: unknown): unknown[] =>
  Array.isArray(v) ? v : v && typeof (v as { toJS?: () => unknown }).toJS === 'function' ? (v as { toJS: () => unknown[] }).toJS() : [];

/** The block an editor component's form describes. */
export function blockFromData(lang: string, d: Data): Block {
  switch (lang) {
    case 'anh':
      return { kind: 'figure', photo: photoOf(d), ...(str(d.credit) ? { credit: str(d.credit) } : {}) };
    case 'bo-anh':
      if (str(d.album)) return { kind: 'album', album: str(d.album) };
      return {
        kind: 'gallery',
        photos: list(d.photos).map((p) => photoOf(p as Data)),
        ...(str(d.title) ? { title: str(d.title) } : {}),
        ...(str(d.credit) ? { credit: str(d.credit) } : {}),
      };
    case 'khen-thuong': {
      const columns = str(d.columns)
        ? str(d.columns)
            .split('|')
            .map((c) => c.trim())
        : DEFAULT_AWARD_COLUMNS;
      return {
        kind: 'awards',
        title: str(d.title),
        columns,
        rows: list(d.rows)
          .map((r) => str(r))
          .filter(Boolean)
          .map((r) => r.split('|').map((c) => c.trim())),
      };
    }
    default:
      return {
        kind: 'document',
        number: str(d.number),
        date: str(d.date),
        issuer: str(d.issuer),
        summary: str(d.summary),
        ...(str(d.file) ? { file: str(d.file) } : {}),
      };
  }
}

/** The form's values for a block's fence, even a broken one (what can be read is kept). */
export function dataFromBlock(lang: string, text: string): Data {
  const { fields, photos, rows } = readBlock(lang, text);
  switch (lang) {
    case 'anh':
      return { image: fields.photo ?? '', alt: fields.alt ?? '', caption: fields.caption ?? '', credit: fields.credit ?? '' };
    case 'bo-anh':
      return {
        title: fields.title ?? '',
        album: fields.album ?? '',
        credit: fields.credit ?? '',
        photos: photos.map((p) => ({ image: p.image, alt: p.alt, caption: p.caption ?? '' })),
      };
    case 'khen-thuong':
      return { title: fields.title ?? '', columns: fields.columns ?? DEFAULT_AWARD_COLUMNS.join(' | '), rows: rows.map((r) => r.join(' | ')) };
    default:
      return { number: fields.number ?? '', date: fields.date ?? '', issuer: fields.issuer ?? '', summary: fields.summary ?? '', file: fields.file ?? '' };
  }
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attrName = (k: string) => (k === 'className' ? 'class' : k === 'dateTime' ? 'datetime' : k);

/** The HTML of a block's tree; `asset` turns a photo path into a URL the preview can load. */
export function treeHtml(node: MNode, asset: (src: string) => string = (s) => s): string {
  if (node.type === 'text') return escape(node.value ?? '');
  if (node.type === 'image') return `<img src="${escape(asset(node.url ?? ''))}" alt="${escape(node.alt ?? '')}">`;
  const tag = node.data!.hName;
  const attrs = Object.entries(node.data!.hProperties ?? {})
    .map(([k, v]) => ` ${attrName(k)}="${escape(Array.isArray(v) ? v.join(' ') : String(v))}"`)
    .join('');
  return `<${tag}${attrs}>${(node.children ?? []).map((c) => treeHtml(c, asset)).join('')}</${tag}>`;
}

/** The preview of a form: the site's HTML, or what is missing, in Vietnamese. */
export function previewHtml(lang: string, d: Data, asset?: (src: string) => string): string {
  const markdown = formatBlock(blockFromData(lang, d));
  const body = markdown.slice(markdown.indexOf('\n') + 1, markdown.lastIndexOf('\n'));
  const parsed = parseBlock(lang, body);
  if (parsed.errors) return `<p class="block-problem">${escape(blockProblemMessage(parsed.errors))}</p>`;
  return treeHtml(blockTree(parsed.block), asset);
}

const fence = (lang: string) => new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)\\n\`\`\`$`, 'm');

interface DecapRegistry {
  registerEditorComponent(component: object): void;
}

const photoFields = [
  { label: adminPhrases.image, name: 'image', widget: 'image', media_library: { allow_multiple: false }, choose_url: false },
  { label: adminPhrases.imageAlt, name: 'alt', widget: 'string', required: true, hint: adminPhrases.imageAltHint },
  { label: adminPhrases.imageCaption, name: 'caption', widget: 'string', required: false },
];
const credit = { label: 'Nguồn ảnh', name: 'credit', widget: 'string', required: false, hint: 'Người chụp hoặc nơi cung cấp ảnh, ví dụ Minh Ngọc' };

/**
 * The fields of each component's form (Vietnamese labels; the fence's labels are those of blocks.ts).
 * A list's label is its count's noun (“0 dòng của bảng”, “Thêm dòng”): Vietnamese puts no plural
 * word before a number, so no “Các …”.
 */
export const BLOCK_COMPONENTS = [
  { id: 'anh', label: 'Ảnh có chú thích và nguồn ảnh', fields: [...photoFields, credit] },
  {
    id: 'bo-anh',
    label: 'Bộ ảnh hoặc album ảnh',
    fields: [
      {
        label: 'Nhúng album ảnh đã có',
        name: 'album',
        widget: 'relation',
        collection: 'albums',
        value_field: '{{slug}}',
        search_fields: ['title'],
        display_fields: ['title'],
        required: false,
        hint: 'Chọn một album thì không cần thêm ảnh bên dưới: bài hiện tên album, 8 ảnh đầu và liên kết tới cả album',
      },
      { label: 'Tiêu đề bộ ảnh', name: 'title', widget: 'string', required: false },
      { label: 'Ảnh (ít nhất 2)', label_singular: 'ảnh', name: 'photos', widget: 'list', required: false, summary: '{{fields.alt}}', fields: photoFields },
      credit,
    ],
  },
  {
    id: 'khen-thuong',
    label: 'Bảng kết quả khen thưởng',
    fields: [
      { label: 'Tiêu đề bảng', name: 'title', widget: 'string', required: true, hint: 'Ví dụ: Kết quả khen thưởng phong trào thi đua năm 2024' },
      { label: 'Các cột (cách nhau bởi |)', name: 'columns', widget: 'string', default: DEFAULT_AWARD_COLUMNS.join(' | '), required: false },
      {
        label: 'Dòng của bảng',
        label_singular: 'dòng',
        name: 'rows',
        widget: 'list',
        field: { label: 'Dòng (các cột cách nhau bởi |)', name: 'row', widget: 'string' },
        hint: 'Ví dụ: Tổ dân phố số 5 | Tổ dân phố văn hóa tiêu biểu',
      },
    ],
  },
  {
    id: 'van-ban',
    label: 'Văn bản (quyết định, kế hoạch…)',
    fields: [
      { label: 'Số hiệu', name: 'number', widget: 'string', hint: 'Ví dụ: 125/QĐ-UBND' },
      {
        label: 'Ngày ban hành',
        name: 'date',
        widget: 'string',
        hint: 'Ngày/tháng/năm, ví dụ 20/12/2024',
        pattern: ['^\\d{1,2}/\\d{1,2}/\\d{4}$', 'Viết ngày/tháng/năm, ví dụ 20/12/2024'],
      },
      { label: 'Cơ quan ban hành', name: 'issuer', widget: 'string', hint: 'Ví dụ: Ủy ban nhân dân phường Phúc Lợi' },
      { label: 'Trích yếu', name: 'summary', widget: 'text' },
      // Documents have a library of their own, content/van-ban/, served at /van-ban/ (a block's folders need admin/patches/blockFieldFolder.ts).
      {
        label: 'Tệp văn bản (PDF, Word, Excel)',
        name: 'file',
        widget: 'file',
        required: false,
        choose_url: false,
        media_folder: `/${DOCUMENT_FOLDER}`,
        public_folder: DOCUMENT_PUBLIC_FOLDER,
        media_library: { allow_multiple: false, config: { max_file_size: MAX_DOCUMENT_BYTES, multiple: false } },
        hint: documentHint,
      },
    ],
  },
] as const;

export function registerBlockComponents(CMS: DecapRegistry): void {
  // Replaces decap-cms-app's “Code Block” (one code-block component only): the same, named in Vietnamese.
  CMS.registerEditorComponent({ id: 'code-block', label: adminPhrases.codeBlock, widget: 'code', type: 'code-block' });
  for (const c of BLOCK_COMPONENTS) {
    CMS.registerEditorComponent({
      id: `khoi-${c.id}`,
      label: c.label,
      fields: c.fields,
      pattern: fence(c.id),
      fromBlock: (match: RegExpMatchArray) => dataFromBlock(c.id, match[1] ?? ''),
      toBlock: (data: Data) => formatBlock(blockFromData(c.id, data)),
      toPreview: (data: Data, getAsset?: (src: string) => { toString(): string } | undefined) =>
        previewHtml(c.id, data, getAsset ? (src) => getAsset(src)?.toString() ?? src : undefined),
    });
  }
}
