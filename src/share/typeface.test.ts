import { describe, expect, it } from 'vitest';
import { layoutLine, loadTypeface, measure, wrapText } from './typeface.ts';

const bold = loadTypeface('bold');

describe('layoutLine', () => {
  it('kerns: "AV" is narrower than "A" and "V" set apart', () => {
    expect(measure(bold, 'AV', 60)).toBeLessThan(measure(bold, 'A', 60) + measure(bold, 'V', 60));
  });
  it('composes decomposed Vietnamese (NFD) into the font’s precomposed letters', () => {
    const composed = layoutLine(bold, 'Phường', 40);
    const decomposed = layoutLine(bold, 'Phường'.normalize('NFD'), 40);
    expect(decomposed.glyphs.map((g) => g.glyph.index)).toEqual(composed.glyphs.map((g) => g.glyph.index));
    expect(composed.glyphs).toHaveLength(6);
  });
  it('leaves out what the font cannot draw instead of drawing empty boxes', () => {
    expect(layoutLine(bold, 'Tết 🎉 中', 40).glyphs.map((g) => g.glyph.unicode)).toEqual([...'Tết  '].map((c) => c.codePointAt(0)));
  });
});

describe('wrapText', () => {
  const title = 'Hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2025 và triển khai nhiệm vụ năm 2026';
  it('breaks between words into lines no wider than asked', () => {
    const lines = wrapText(bold, title, 60, 1056, 4);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines) expect(measure(bold, line, 60)).toBeLessThanOrEqual(1056);
  });
  it('ends the last line allowed with "…" when the text does not fit', () => {
    const lines = wrapText(bold, title, 60, 1056, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(measure(bold, lines[1]!, 60)).toBeLessThanOrEqual(1056);
    expect(title.startsWith(`${lines[0]} ${lines[1]!.slice(0, -1)}`)).toBe(true);
  });
  it('cuts a word wider than the line', () => {
    const [line] = wrapText(bold, 'Phườngphườngphườngphường', 60, 300, 1);
    expect(line!.endsWith('…')).toBe(true);
    expect(measure(bold, line!, 60)).toBeLessThanOrEqual(300);
  });
  it('keeps text that fits as it is', () => {
    expect(wrapText(bold, 'Phường Phúc Lợi', 34, 1056, 1)).toEqual(['Phường Phúc Lợi']);
  });
});
