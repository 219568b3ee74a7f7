import { describe, expect, it } from 'vitest';
import { shareCrop, shareImageSvg, wrapWords } from './shareImage.ts';

describe('wrapWords', () => {
  it('breaks between words, never inside one', () => {
    expect(wrapWords('Hoạt động khối chính quyền', 12, 3)).toEqual(['Hoạt động', 'khối chính', 'quyền']);
  });
  it('ends cut text with an ellipsis on the last line allowed', () => {
    const lines = wrapWords('một hai ba bốn năm sáu bảy tám chín mười', 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((l) => l.length <= 10)).toBe(true);
  });
  it('keeps text that fits as it is', () => {
    expect(wrapWords('Phường Phúc Lợi', 26, 2)).toEqual(['Phường Phúc Lợi']);
  });
});

describe('shareImageSvg', () => {
  const svg = shareImageSvg({ eyebrow: 'Tin Phường', heading: 'Phường Phúc Lợi (cũ)', subheading: 'Tin tức & sự kiện <nổi bật>', footer: 'phuong-mau.example.vn' });
  it('is a 1200×630 SVG', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
  });
  it('writes the unit and the category in Vietnamese, escaped', () => {
    expect(svg).toContain('>Phường Phúc Lợi (cũ)</text>');
    expect(svg).toContain('>Tin tức &amp; sự kiện &lt;nổi bật&gt;</text>');
    expect(svg).not.toContain('<nổi');
  });
});

describe('shareCrop', () => {
  it('cuts large photos to 1200×630', () => {
    expect(shareCrop({ width: 4000, height: 3000 })).toEqual({ width: 1200, height: 630 });
    expect(shareCrop({ width: 1200, height: 800 })).toEqual({ width: 1200, height: 630 });
  });
  it('keeps the 1.91:1 shape inside a smaller photo instead of claiming a size it does not have', () => {
    expect(shareCrop({ width: 800, height: 600 })).toEqual({ width: 800, height: 420 });
    // A wide, short panorama: the height limits.
    expect(shareCrop({ width: 3000, height: 400 })).toEqual({ width: 762, height: 400 });
  });
});
