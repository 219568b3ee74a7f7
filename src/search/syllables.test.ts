import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeKey, exactKey, foldedKey, hasVietnameseMarks, markedPrefixKey, prefixKey, syllableKey, termStart, wordMatchesTerm } from './syllables.ts';

/** Every word of the seed articles, as written. */
function seedWords(): string[] {
  const dir = resolve(import.meta.dirname, '../../content/news');
  const words = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.md')) continue;
    for (const w of readFileSync(join(dir, file), 'utf8').split(/[^\p{L}\p{M}]+/u)) if (w) words.add(w);
  }
  return [...words];
}

describe('syllable keys', () => {
  it('spell tone, modifiers, tone position and case in ASCII', () => {
    expect(syllableKey('đà')).toBe('zjdawzcbaba');
    expect(syllableKey('Nẵng')).toBe('zjnangwzecbb');
    expect(syllableKey('UBND')).toBe('zjubndwzaaaac');
    // Letters only: Pagefind splits words with punctuation at letter–digit boundaries.
    expect(syllableKey('phường')).toMatch(/^[a-z]+$/);
  });

  it('decode back to the word as written, for every word of the seeds', () => {
    const words = seedWords();
    expect(words.length).toBeGreaterThan(500);
    let keyed = 0;
    for (const word of words) {
      const key = syllableKey(word);
      if (!key) continue;
      keyed++;
      expect(decodeKey(key)).toBe(word.normalize('NFC'));
    }
    expect(keyed / words.length).toBeGreaterThan(0.95);
  });

  it('tell apart the words that Pagefind folds together', () => {
    const forms = ['đà', 'đã', 'đá', 'đa', 'da', 'dạ', 'Đảng', 'đạo'];
    expect(new Set(forms.map(exactKey)).size).toBe(forms.length);
    for (const [a, b] of [
      ['toàn', 'toán'],
      ['giao', 'giáo'],
      ['thông', 'thống'],
      ['an', 'án'],
      ['nẵng', 'năng'],
      ['năng', 'nâng'],
    ]) {
      expect(syllableKey(b!)!.startsWith(exactKey(a!)!)).toBe(false);
    }
  });

  it('match exactly regardless of case, Unicode form and tone placement', () => {
    for (const written of ['Đà', 'ĐÀ', 'đà', 'Đà'.normalize('NFD')]) expect(syllableKey(written)!.startsWith(exactKey('đà')!)).toBe(true);
    expect(syllableKey('hoà')!.startsWith(exactKey('hòa')!)).toBe(true);
  });

  it('match a whole syllable in any tone, never a longer one', () => {
    for (const w of ['đà', 'Đã', 'da', 'dạ', 'đa']) expect(syllableKey(w)!.startsWith(foldedKey('da')!)).toBe(true);
    for (const w of ['dân', 'đạt', 'Đảng']) expect(syllableKey(w)!.startsWith(foldedKey('da')!)).toBe(false);
    expect(syllableKey('phường')!.startsWith(foldedKey('phu')!)).toBe(false);
    expect(syllableKey('phụ')!.startsWith(foldedKey('phu')!)).toBe(true);
  });

  it('match a syllable being typed by its first letters, đ as d', () => {
    expect(syllableKey('phường')!.startsWith(prefixKey('phư')!)).toBe(true);
    expect(syllableKey('đua')!.startsWith(prefixKey('du')!)).toBe(true);
  });

  it('match a syllable being typed with marks by the marks typed so far, in either tone position', () => {
    const matches = (word: string, typed: string) => wordMatchesTerm(syllableKey(word)!, markedPrefixKey(typed)!);
    expect(markedPrefixKey('nẵ')).toBe('zjnawyec');
    expect(termStart(markedPrefixKey('nẵ')!)).toBe(prefixKey('nẵ'));
    expect(matches('Nẵng', 'nẵ')).toBe(true);
    expect(matches('năm', 'nẵ')).toBe(false);
    expect(matches('Nam', 'nẵ')).toBe(false);
    // Marks not typed yet may still come.
    expect(matches('Nẵng', 'nă')).toBe(true);
    expect(matches('năm', 'nă')).toBe(true);
    expect(matches('Nam', 'nă')).toBe(false);
    expect(matches('hoàng', 'hoà')).toBe(true);
    expect(matches('hòa', 'hoà')).toBe(true);
    expect(matches('đua', 'đ')).toBe(true);
    expect(matches('dua', 'đ')).toBe(false);
    // Without marks, a prefix as before; a word that is not a syllable never answers marks.
    expect(markedPrefixKey('na')).toBe(prefixKey('na'));
    expect(wordMatchesTerm('zjnam', markedPrefixKey('nẵ')!)).toBe(false);
    expect(wordMatchesTerm('snowy', 'snowy')).toBe(true);
  });

  it('leave alone what is not one Vietnamese-marked Latin word', () => {
    for (const w of ['2015', 'QĐ-UBND', '北京', '', 'iPhone', 'München']) expect(syllableKey(w)).toBeNull();
    expect(decodeKey('zjdawz')).toBeNull();
    expect(decodeKey(syllableKey('wifi')!)).toBe('wifi');
    expect(syllableKey('news')!.startsWith(foldedKey('ne')!)).toBe(false);
    expect(decodeKey('phuong')).toBeNull();
  });
});

describe('marks', () => {
  it('notices any Vietnamese mark, đ included', () => {
    expect(hasVietnameseMarks('thi đua')).toBe(true);
    expect(hasVietnameseMarks('khen thưởng')).toBe(true);
    expect(hasVietnameseMarks('thi dua khen thuong')).toBe(false);
  });
});
