import { describe, expect, it } from 'vitest';
import { decodeAscending, decodeHtml, decodeNumbers, encodeAscending, encodeNumbers, escapeHtml, similarity, termWord, tokenWords } from './format.ts';

describe('numbers as text', () => {
  it('round-trips small and large numbers, one character under 32', () => {
    const numbers = [0, 1, 31, 32, 33, 1023, 1024, 99_999, 2 ** 31];
    expect(decodeNumbers(encodeNumbers(numbers))).toEqual(numbers);
    expect(encodeNumbers([0, 5, 31])).toHaveLength(3);
    expect(encodeNumbers([32])).toHaveLength(2);
  });
  it('writes only JSON-safe characters', () => {
    const text = encodeNumbers(Array.from({ length: 2000 }, (_, i) => i * 37));
    expect(JSON.stringify(text)).toBe(`"${text}"`);
  });
  it('stores ascending lists as gaps', () => {
    expect(decodeAscending(encodeAscending([3, 4, 10, 500]))).toEqual([3, 4, 10, 500]);
    expect(encodeAscending([700, 701, 702, 703])).toHaveLength(2 + 3);
  });
  it('refuses what it cannot encode or decode', () => {
    expect(() => encodeNumbers([-1])).toThrow(/non-negative/);
    expect(() => encodeNumbers([1.5])).toThrow(/non-negative/);
    expect(() => decodeNumbers('w')).toThrow(/ends inside/);
    expect(() => decodeNumbers('#')).toThrow(/unexpected/);
  });
});

describe('index words', () => {
  it('holds a syllable key without its tone position and case', () => {
    // "Nẵng," keyed: zj nang wz e cb (tone, modifiers) b (tone position) b (case).
    expect(tokenWords('zjnangwzecbb,')).toEqual(['zjnangwzec']);
    expect(tokenWords('"zjdawzcbaba"')).toEqual(['zjdawzcba']);
  });
  it('holds other words joined and, when punctuation splits them, their parts', () => {
    expect(tokenWords('34-CT/TW')).toEqual(['34cttw', '34', 'ct', 'tw']);
    expect(tokenWords('(CBCCVCNLĐ)')).toEqual(['cbccvcnlđ']);
    expect(tokenWords('\u2063qđ-ubnd')).toEqual(['qđubnd', 'qđ', 'ubnd']);
    expect(tokenWords('—')).toEqual([]);
  });
  it('compares query terms the same way', () => {
    expect(termWord('34-CT/TW')).toBe('34cttw');
    expect(termWord('zjdawzcba')).toBe('zjdawzcba');
  });
  it('counts a word in full for its own syllable and half for a longer word', () => {
    expect(similarity('zjdawzcba', 'zjdawzcba')).toBe(1);
    expect(similarity('zjdawzcba', 'zjdawz')).toBe(1);
    expect(similarity('zjduwzaa', 'zjdu')).toBe(1);
    expect(similarity('zjduongwzaca', 'zjdu')).toBe(0.5);
    expect(similarity('34cttw', '34')).toBe(0.5);
  });
});

describe('HTML text', () => {
  it('escapes and decodes', () => {
    expect(escapeHtml(`<b>"Tôi" & 'bạn'</b>`)).toBe('&lt;b&gt;&quot;Tôi&quot; &amp; &#39;bạn&#39;&lt;/b&gt;');
    expect(decodeHtml('&lt;b&gt; &amp;amp; &#273;&#x110; &nbsp;&unknown;')).toBe('<b> &amp; đĐ \u00a0&unknown;');
  });
});
