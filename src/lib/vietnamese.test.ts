import { describe, expect, it } from 'vitest';
import { foldVietnamese, normalizeSpaces, slugify, toNFC } from './vietnamese.ts';

describe('foldVietnamese', () => {
  it('strips tones and folds đ/Đ to d', () => {
    expect(foldVietnamese('Đền ơn đáp nghĩa')).toBe('den on dap nghia');
    expect(foldVietnamese('THI ĐUA KHEN THƯỞNG')).toBe('thi dua khen thuong');
    expect(foldVietnamese('CBCCVCNLĐ')).toBe('cbccvcnld');
  });
  it('treats decomposed (NFD) input like precomposed', () => {
    const nfd = 'Phường Phúc Lợi'.normalize('NFD');
    expect(toNFC(nfd)).toBe('Phường Phúc Lợi');
    expect(foldVietnamese(nfd)).toBe('phuong phuc loi');
  });
});

describe('slugify', () => {
  it('makes ASCII, lowercase, hyphenated slugs with đ→d', () => {
    expect(slugify('Phường Phúc Lợi: Với công tác thi đua khen thưởng.')).toBe('phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong');
    expect(slugify('Đền ơn đáp nghĩa – uống nước nhớ nguồn')).toBe('den-on-dap-nghia-uong-nuoc-nho-nguon');
  });
  it('cuts long titles at a word boundary', () => {
    const slug = slugify('QUẬN TÂY HỒ TỔ CHỨC TỔNG KẾT PHONG TRÀO THI ĐUA NĂM 2017; GIAO CHỈ TIÊU KINH TẾ - XÃ HỘI, DỰ TOÁN THU, CHI NGÂN SÁCH');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('quan-tay-ho-to-chuc-tong-ket')).toBe(true);
  });
});

describe('normalizeSpaces', () => {
  it('collapses NBSP and runs of spaces', () => {
    expect(normalizeSpaces('\u00a0 a\u00a0\u00a0 b  ')).toBe('a b');
  });
});
