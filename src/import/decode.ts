/**
 * Bytes of a legacy page → text, or a clear refusal. Pages come from years
 * of copy-paste on Windows machines, so besides plain UTF-8 we meet files
 * saved as UTF-16 ("Unicode" in Notepad), files still in Windows-1258/CP1252,
 * and the worst case: UTF-8 that was once read as CP1252 and saved again,
 * which turns “Phường” into “PhÆ°á»ng”. That last one is valid UTF-8, so
 * it has to be recognised by its tell-tale letter pairs.
 */
import { toNFC } from '../lib/vietnamese.ts';
import { LegacyError } from './errors.ts';

/** Magic numbers of formats people drop into an import folder by mistake. */
const BINARY_SIGNATURES: [string, number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP/DOCX', [0x50, 0x4b, 0x03, 0x04]],
  ['DOC/XLS', [0xd0, 0xcf, 0x11, 0xe0]],
];

/** What CP1252 shows for the bytes 0x80–0x9F (and WHATWG's pass-through for the five it leaves undefined). */
const CP1252_HIGH =
  '\u0080-\u009f\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178';

/**
 * Letter pairs that UTF-8 Vietnamese becomes when its bytes are read as
 * CP1252/Windows-1258: ư→Æ°, ơ→Æ¡, đ→Ä‘, ă→Äƒ, ũ→Å©, á→Ã¡, Ô→Ã”, ạ→áº¡, ờ→á»
 * (+ a byte CP1252 has no letter for, often lost) … None of them occurs in
 * real Vietnamese text. “Ã” + NBSP (à) is left out: it also occurs in real
 * ALL-CAPS text (“NGÃ\u00a0BA”).
 */
const MOJIBAKE = new RegExp(`Ã[\u00a1-\u00bf${CP1252_HIGH}]|Ä[\u00a8\u00a9${CP1252_HIGH}]|Å[\u00a8\u00a9]|Æ[\u00a0\u00a1\u00af\u00b0]|á[\u00ba\u00bb]`, 'g');

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function signature(bytes: Uint8Array): string | null {
  for (const [name, magic] of BINARY_SIGNATURES) if (startsWith(bytes, magic)) return name;
  return null;
}

/** NUL or other control characters (tab, LF, FF and CR aside) in more than a trace: not prose. */
function hasControlBytes(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = text.slice(0, 8192);
  const control = sample.match(/[\x01-\x08\x0b\x0e-\x1f\x7f]/g)?.length ?? 0;
  return control > sample.length * 0.05;
}

/** The first word that shows the damage, to quote in the error. */
function damagedWord(text: string, index: number): string {
  let start = index;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  let end = index;
  while (end < text.length && !/\s/.test(text[end]!) && end - start < 40) end++;
  return text.slice(start, end);
}

/** How many mojibake pairs a text holds and the first damaged word. */
export function findMojibake(text: string): { count: number; example?: string } {
  let count = 0;
  let example: string | undefined;
  for (const match of text.matchAll(MOJIBAKE)) {
    count++;
    example ??= damagedWord(text, match.index);
  }
  return { count, example };
}

const binaryError = (kind?: string) => new LegacyError('binary', `Tệp nhị phân, không phải văn bản (binary file${kind ? `: ${kind}` : ''})`);

function decodeUnicode(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
  const kind = signature(bytes);
  if (kind) throw binaryError(kind);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * Decode a page: UTF-8 (with or without BOM) or UTF-16 with BOM, line ends
 * made \n, Unicode NFC. Throws LegacyError for empty, binary, non-UTF-8 and
 * mojibake input.
 */
export function decodePage(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new LegacyError('empty', 'Tệp rỗng (empty file)');
  let text: string;
  try {
    text = decodeUnicode(bytes);
  } catch (error) {
    if (error instanceof LegacyError) throw error;
    // Not UTF-8: binary data, or text in a legacy code page?
    if (hasControlBytes(new TextDecoder('latin1').decode(bytes.subarray(0, 8192)))) throw binaryError();
    throw new LegacyError(
      'encoding',
      'Tệp không phải UTF-8, có thể là Windows-1258, CP1252 hoặc TCVN3; hãy lưu lại dưới dạng UTF-8 rồi nhập lại (not valid UTF-8)',
    );
  }
  if (hasControlBytes(text)) throw binaryError();
  if (text.trim() === '') throw new LegacyError('empty', 'Tệp rỗng, chỉ có khoảng trắng (empty file)');
  const mojibake = findMojibake(text);
  // One odd pair can be a quotation of foreign text; two or more is damage.
  if (mojibake.count >= 2) {
    throw new LegacyError(
      'mojibake',
      `Lỗi mã hóa: chữ Việt đã bị đọc nhầm từ UTF-8 sang Windows-1252/1258 (ví dụ “${mojibake.example}”); hãy lấy lại trang gốc (mojibake)`,
    );
  }
  return toNFC(text.replace(/\r\n?/g, '\n'));
}
