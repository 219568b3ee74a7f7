/**
 * The trailer: the byline and source lines old portals print under the body.
 *   byline  “Như Hân”, “Tin, ảnh: Minh Ngọc”
 *   source  “Nguồn: phòng Nội vụ quận” (stored without “Nguồn:”), or a bare
 *           unit name such as “Ban Tuyên giáo Quận ủy”
 * Only the last few paragraphs are looked at, and only while they look like
 * trailer lines, so a short closing sentence of the article stays in the body.
 */
import type { Paragraph } from './body.ts';

export interface Trailer {
  paragraphs: Paragraph[];
  byline?: string;
  source?: string;
}

/** The schema's limit for byline and source. */
const FIELD_MAX = 200;
/** Trailers hold at most a byline, a source and a photo credit. */
const TRAILER_LINES = 3;

const SOURCE = /^\(?\s*Nguồn(?:\s+tin)?\s*:\s*(\S.*?)\s*\)?$/iu;
const LABELLED_BYLINE =
  /^(?:Tin|Bài|Ảnh|Tin\s*,?\s*ảnh|Tin\s+và\s+ảnh|Bài\s*,?\s*ảnh|Bài\s+và\s+ảnh|Tin\s*,?\s*bài|Bài\s+viết|Thực\s+hiện|Tác\s+giả|Người\s+viết|Phóng\s+viên)\s*:\s*\S/iu;
/** One to five capitalised words, names joined by “-” or “,”: “Như Hân”, “Minh Ngọc - Hoàng Anh”. */
const NAME_LINE = /^\p{Lu}[\p{Ll}.]*(?:(?:\s+|\s*[-–,]\s*)\p{Lu}[\p{Ll}.]*){0,4}$/u;
/** What a unit's name starts with, when a page ends with it unlabelled (“Ban Tuyên giáo Quận ủy”). */
// prettier-ignore
const UNIT_WORDS = [
  'Ban', 'Phòng', 'Văn phòng', 'UBND', 'Ủy ban', 'HĐND', 'Hội đồng', 'Đảng ủy', 'Quận ủy', 'Huyện ủy', 'Thành ủy', 'Tỉnh ủy',
  'Thị ủy', 'Hội', 'Đoàn', 'Mặt trận', 'MTTQ', 'Công an', 'Trung tâm', 'Báo', 'Đài', 'Cổng', 'Sở', 'Cục', 'Chi cục',
  'Liên đoàn', 'LĐLĐ', 'Công đoàn', 'Bộ phận', 'Cơ quan', 'BCH',
];
// “ủy” is also written “uỷ” (old tone placement): accept both.
const UNIT_LINE = new RegExp(
  `^(?:${UNIT_WORDS.map((w) => w.replace(/ủy/g, '(?:ủy|uỷ)').replace(/Ủy/g, '(?:Ủy|Uỷ)').replace(/ /g, '\\s+')).join('|')})\\s+\\S`,
  'u',
);
const UNIT_MAX = 100;

type TrailerLine = { kind: 'byline' | 'source'; value: string };

export function trailerLine(text: string): TrailerLine | null {
  if (text.length > FIELD_MAX) return null;
  const source = SOURCE.exec(text);
  if (source) return { kind: 'source', value: source[1]! };
  if (LABELLED_BYLINE.test(text)) return { kind: 'byline', value: text };
  if (text.length <= UNIT_MAX && UNIT_LINE.test(text) && !/[.:;!?]$/.test(text)) return { kind: 'source', value: text };
  if (text.length <= 40 && NAME_LINE.test(text)) return { kind: 'byline', value: text };
  return null;
}

export function splitTrailer(paragraphs: readonly Paragraph[]): Trailer {
  const out: Trailer = { paragraphs: [...paragraphs] };
  for (let n = 0; n < TRAILER_LINES && out.paragraphs.length > 1; n++) {
    const last = out.paragraphs.at(-1)!;
    // A photo and its caption belong to the body, whatever the caption says.
    if (last.image !== undefined || last.caption || last.table || last.heading || last.item) break;
    const line = trailerLine(last.text);
    if (!line || out[line.kind] !== undefined) break;
    out[line.kind] = line.value;
    out.paragraphs.pop();
  }
  return out;
}
