/**
 * Rich blocks for ward reports, written as fenced code blocks whose language
 * names the block (docs/blocks.md): ```anh (a photo with caption and credit),
 * ```bo-anh (several photos, or an album by reference), ```khen-thuong (an
 * award table) and ```van-ban (a document reference). Inside, one
 * “Nhãn: giá trị” line per field, in Vietnamese (labels are matched with or
 * without tones). A fence is used, not a directive: Sätteri's directive
 * syntax, once enabled, takes every “9:30” and “Email:abc” in the archive for
 * a text directive and drops it, while a fence with an unknown language is
 * what every Markdown reader already shows as plain text.
 *
 * Pure and free of Node: the site's Markdown plugin (plugins.ts) and the CMS
 * editor components (admin/blocks.ts) both parse and write blocks with it.
 */
import { slugify } from '../lib/vietnamese.ts';
import { isValidCalendarDate } from '../lib/dates.ts';

export interface BlockPhoto {
  image: string;
  alt: string;
  caption?: string;
}

export type Block =
  | { kind: 'figure'; photo: BlockPhoto; credit?: string }
  | { kind: 'gallery'; title?: string; credit?: string; photos: BlockPhoto[] }
  | { kind: 'album'; album: string }
  | { kind: 'awards'; title: string; columns: string[]; rows: string[][] }
  | { kind: 'document'; number: string; date: string; issuer: string; summary: string; file?: string };

/** The fence language of each block. */
export const BLOCK_LANGUAGES = { figure: 'anh', gallery: 'bo-anh', album: 'bo-anh', awards: 'khen-thuong', document: 'van-ban' } as const;
const KINDS_BY_LANGUAGE: Record<string, 'figure' | 'gallery' | 'awards' | 'document'> = {
  anh: 'figure',
  'bo-anh': 'gallery',
  'khen-thuong': 'awards',
  'van-ban': 'document',
};

/** Whether a fence's language is one of the blocks. */
export const isBlockLanguage = (lang: string | null | undefined): boolean => !!lang && lang in KINDS_BY_LANGUAGE;

/** The labels as written (the first is what the CMS writes), by field. */
export const LABELS = {
  photo: 'Ảnh',
  alt: 'Mô tả',
  caption: 'Chú thích',
  credit: 'Nguồn ảnh',
  title: 'Tiêu đề',
  album: 'Album',
  columns: 'Cột',
  number: 'Số hiệu',
  date: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  summary: 'Trích yếu',
  file: 'Tệp',
} as const;
type Label = keyof typeof LABELS;
const LABEL_KEYS = new Map(Object.entries(LABELS).map(([k, v]) => [slugify(v), k as Label]));

/** Columns of an award table when the block names none. */
export const DEFAULT_AWARD_COLUMNS = ['Tập thể, cá nhân', 'Danh hiệu, hình thức khen thưởng'];

/** Documents are files under content/van-ban/, served at /van-ban/ (src/pages/van-ban/[...file].ts). */
export const DOCUMENT_PATH = /^\/van-ban\/(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*\.(pdf|docx?|xlsx?|odt|ods)$/;
/** Album ids as the albums collection names them (file names). */
const ALBUM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type ParseResult = { block: Block; errors?: undefined } | { block?: undefined; errors: string[] };

const cells = (value: string) => value.split('|').map((c) => c.trim());

/** What a fence holds, read line by line without judging it (the CMS opens a broken block with this). */
export interface BlockText {
  fields: Partial<Record<Label, string>>;
  photos: BlockPhoto[];
  rows: string[][];
  /** Lines that are neither “Nhãn: giá trị” nor a table row. */
  errors: string[];
}

export function readBlock(lang: string, text: string): BlockText {
  const kind = KINDS_BY_LANGUAGE[lang];
  const errors: string[] = [];
  const fields: Partial<Record<Label, string>> = {};
  const photos: BlockPhoto[] = [];
  const rows: string[][] = [];
  for (const [i, raw] of text.normalize('NFC').split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    if (kind === 'awards' && /^[-*+]\s/.test(line)) {
      rows.push(cells(line.slice(2)));
      continue;
    }
    const colon = line.indexOf(':');
    const key = colon > 0 ? LABEL_KEYS.get(slugify(line.slice(0, colon))) : undefined;
    if (!key) {
      errors.push(`dòng ${i + 1}: không hiểu “${line}” (viết “Nhãn: giá trị”${kind === 'awards' ? ', hoặc “- Tên | Danh hiệu” cho một dòng của bảng' : ''})`);
      continue;
    }
    const value = line.slice(colon + 1).trim();
    if (key === 'photo' && kind === 'gallery') {
      const [image = '', alt = '', caption = ''] = cells(value);
      photos.push({ image, alt, ...(caption ? { caption } : {}) });
    } else fields[key] = value;
  }
  return { fields, photos, rows, errors };
}

/** A block from the text of its fence. Problems come back in Vietnamese, one per line. */
export function parseBlock(lang: string, text: string): ParseResult {
  const kind = KINDS_BY_LANGUAGE[lang];
  if (!kind) return { errors: [`Không có khối “${lang}”`] };
  const { fields, photos, rows, errors } = readBlock(lang, text);
  const need = (label: Label) => {
    if (!fields[label]) errors.push(`thiếu “${LABELS[label]}”`);
    return fields[label] ?? '';
  };
  const checkPhoto = (p: BlockPhoto, n?: number) => {
    const which = n === undefined ? '' : ` (ảnh ${n})`;
    if (!p.image) errors.push(`thiếu đường dẫn ảnh${which}`);
    else if (/^[a-z]+:|^\/\//i.test(p.image)) errors.push(`ảnh phải là tệp trong kho nội dung, không phải địa chỉ ngoài${which}: ${p.image}`);
    if (!p.alt) errors.push(`thiếu “${LABELS.alt}” của ảnh${which}: mô tả ngắn nội dung ảnh cho người không xem được ảnh`);
  };
  let block: Block | undefined;
  switch (kind) {
    case 'figure': {
      const photo: BlockPhoto = { image: fields.photo ?? '', alt: fields.alt ?? '', ...(fields.caption ? { caption: fields.caption } : {}) };
      checkPhoto(photo);
      block = { kind, photo, ...(fields.credit ? { credit: fields.credit } : {}) };
      break;
    }
    case 'gallery': {
      const title = fields.title ? { title: fields.title } : {};
      if (fields.album) {
        if (photos.length) errors.push(`một bộ ảnh có “${LABELS.album}” hoặc các dòng “${LABELS.photo}”, không có cả hai`);
        if (!ALBUM_ID.test(fields.album)) errors.push(`“${LABELS.album}” phải là tên tệp của album (ví dụ ngay-hoi-dai-doan-ket-2024): ${fields.album}`);
        if (fields.title || fields.credit) errors.push(`một album nhúng lấy tên và người chụp của chính album: bỏ “${LABELS.title}” và “${LABELS.credit}”`);
        block = { kind: 'album', album: fields.album };
      } else {
        if (photos.length < 2)
          errors.push(`bộ ảnh cần ít nhất 2 dòng “${LABELS.photo}: đường dẫn | mô tả | chú thích”, hoặc một dòng “${LABELS.album}: tên album”`);
        photos.forEach((p, i) => checkPhoto(p, i + 1));
        block = { kind, photos, ...title, ...(fields.credit ? { credit: fields.credit } : {}) };
      }
      break;
    }
    case 'awards': {
      const title = need('title');
      const columns = fields.columns ? cells(fields.columns) : DEFAULT_AWARD_COLUMNS;
      if (!rows.length) errors.push('bảng khen thưởng chưa có dòng nào (“- Tên | Danh hiệu”)');
      rows.forEach((r, i) => {
        if (r.length !== columns.length) errors.push(`dòng ${i + 1} của bảng có ${r.length} cột, bảng có ${columns.length} cột (${columns.join(' | ')})`);
        if (!r[0]) errors.push(`dòng ${i + 1} của bảng thiếu tên`);
      });
      block = { kind, title, columns, rows };
      break;
    }
    case 'document': {
      const number = need('number');
      const date = need('date');
      if (date && !isVnDate(date)) errors.push(`“${LABELS.date}” phải là ngày có thật, viết ngày/tháng/năm, ví dụ 20/12/2024: ${date}`);
      const issuer = need('issuer');
      const summary = need('summary');
      if (fields.file && !DOCUMENT_PATH.test(fields.file))
        errors.push(`“${LABELS.file}” phải là một tệp PDF, DOC(X), XLS(X), ODT hoặc ODS trong /van-ban/, tên viết thường không dấu: ${fields.file}`);
      block = { kind, number, date, issuer, summary, ...(fields.file ? { file: fields.file } : {}) };
      break;
    }
  }
  return errors.length ? { errors } : { block: block! };
}

/** "20/12/2024", a real date. */
export function isVnDate(text: string): boolean {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return !!m && isValidCalendarDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** "20/12/2024" → "2024-12-20" (the time element's datetime). */
export function isoOfVnDate(text: string): string {
  const [d, m, y] = text.split('/');
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The Markdown of a block, as the CMS writes it (a fence; parseBlock reads it back). */
export function formatBlock(block: Block): string {
  const line = (label: Label, value: string | undefined) => (value && oneLine(value) ? [`${LABELS[label]}: ${oneLine(value)}`] : []);
  const photoLine = (p: BlockPhoto) =>
    `${LABELS.photo}: ${[p.image, p.alt, p.caption]
      .filter((x, i) => i < 2 || x)
      .map((x) => oneLine((x ?? '').replaceAll('|', '/')))
      .join(' | ')}`;
  let lines: string[];
  switch (block.kind) {
    case 'figure':
      lines = [...line('photo', block.photo.image), ...line('alt', block.photo.alt), ...line('caption', block.photo.caption), ...line('credit', block.credit)];
      break;
    case 'gallery':
      lines = [...line('title', block.title), ...block.photos.map(photoLine), ...line('credit', block.credit)];
      break;
    case 'album':
      lines = line('album', block.album);
      break;
    case 'awards': {
      const same = block.columns.length === DEFAULT_AWARD_COLUMNS.length && block.columns.every((c, i) => c === DEFAULT_AWARD_COLUMNS[i]);
      const row = (cells: string[]) => cells.map((c) => oneLine(c.replaceAll('|', '/'))).join(' | ');
      lines = [...line('title', block.title), ...(same ? [] : [`${LABELS.columns}: ${row(block.columns)}`]), ...block.rows.map((r) => `- ${row(r)}`)];
      break;
    }
    case 'document':
      lines = [
        ...line('number', block.number),
        ...line('date', block.date),
        ...line('issuer', block.issuer),
        ...line('summary', block.summary),
        ...line('file', block.file),
      ];
      break;
  }
  return `\`\`\`${BLOCK_LANGUAGES[block.kind]}\n${lines.join('\n')}\n\`\`\``;
}

/** A document's type as readers know it, from the file's extension. */
export function documentType(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return ({ pdf: 'PDF', doc: 'Word', docx: 'Word', xls: 'Excel', xlsx: 'Excel', odt: 'ODT', ods: 'ODS' } as Record<string, string>)[ext] ?? ext.toUpperCase();
}

/** A file size as Vietnamese write it: 950 B, 12 KB, 1,2 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
