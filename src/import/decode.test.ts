import { describe, expect, it } from 'vitest';
import { decodePage, findMojibake } from './decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const fails = (bytes: Uint8Array, code: string, message: RegExp) => {
  try {
    decodePage(bytes);
  } catch (error) {
    expect((error as { code: string }).code).toBe(code);
    expect((error as Error).message).toMatch(message);
    return;
  }
  throw new Error('expected decodePage to fail');
};

/** “Phường” in Windows-1258: ư is 0xFD, ờ is ơ (0xF5) plus the combining grave tone (0xCC). */
const PHUONG_CP1258 = new Uint8Array([0x50, 0x68, 0xfd, 0xf5, 0xcc, 0x6e, 0x67]);

describe('decodePage', () => {
  it('reads UTF-8, with or without BOM, and makes line ends \\n', () => {
    expect(decodePage(utf8('Phường\r\nPhúc Lợi\rxong'))).toBe('Phường\nPhúc Lợi\nxong');
    expect(decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Phường')]))).toBe('Phường');
  });
  it('reads UTF-16 with a BOM (Notepad’s “Unicode”)', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'Lợi'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodePage(le)).toBe('Lợi');
  });
  it('composes decomposed (NFD) text', () => {
    expect(decodePage(utf8('Phường'.normalize('NFD')))).toBe('Phường'.normalize('NFC'));
  });
  it('refuses an empty or whitespace-only file', () => {
    fails(new Uint8Array(), 'empty', /rỗng/);
    fails(utf8(' \n\u00a0\n'), 'empty', /rỗng/);
  });
  it('refuses binary files', () => {
    fails(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'binary', /nhị phân.*PNG/);
    fails(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), 'binary', /PDF/);
    fails(new Uint8Array([0x61, 0x00, 0x62, 0x00]), 'binary', /nhị phân/);
    fails(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 2 ? 0x01 : 0x41))), 'binary', /nhị phân/);
  });
  it('refuses text that is not UTF-8 (Windows-1258 / CP1252 bytes)', () => {
    expect(new TextDecoder('windows-1258').decode(PHUONG_CP1258).normalize('NFC')).toBe('Phường');
    fails(PHUONG_CP1258, 'encoding', /không phải UTF-8/);
    // “Lợi” in CP1252 would need a byte for ợ, which does not exist; é alone is 0xE9.
    fails(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'encoding', /Windows-1258/);
  });
  it('refuses UTF-8 that was once read as CP1252 (mojibake) and quotes the damage', () => {
    const mojibake = new TextDecoder('windows-1252').decode(utf8('Phường Phúc Lợi'));
    expect(mojibake).toBe('PhÆ°á»\u009dng PhÃºc Lá»£i');
    fails(utf8(`Tin tức\n${mojibake}\nNgày đăng 07/09/2015`), 'mojibake', /Lỗi mã hóa.*PhÆ°á»/);
    // The issue's own example, with the byte CP1252 has no letter for already lost.
    fails(utf8('PhÆ°á»ng'), 'mojibake', /mojibake/);
  });
  it('recognises every Vietnamese letter so damaged', () => {
    const letters = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
    for (const letter of [...letters, ...letters.toUpperCase()]) {
      const damaged = new TextDecoder('windows-1252').decode(new TextEncoder().encode(`x${letter}x`));
      // à/À become Ã + NBSP/€; NBSP is deliberately not counted (see decode.ts).
      if (letter !== 'à') expect(findMojibake(damaged).count, `${letter} → ${damaged}`).toBeGreaterThan(0);
    }
  });
  it('leaves real Vietnamese with capital Ã (“NGÃ BA”) and foreign names alone', () => {
    expect(findMojibake('NGÃ BA HUẾ, NGÃ\u00a0BA ĐỒNG LỘC, NGÃ\u00a0TƯ, Ã Nhân, Café Ðà').count).toBe(0);
    expect(decodePage(utf8('NGÃ BA ĐỒNG LỘC'))).toBe('NGÃ BA ĐỒNG LỘC');
  });
});
