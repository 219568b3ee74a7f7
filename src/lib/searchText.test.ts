import { describe, expect, it } from 'vitest';
import {
  addFoldedTwins,
  addFoldedTwinsForIndex,
  addFoldedTwinsToHtml,
  cleanExcerpt,
  decodeEntities,
  excerptSegments,
  highlightedPhrases,
  plainExcerpt,
  textFragment,
  TWIN_MARK,
  vocabularyWords,
  withoutTwins,
} from './searchText.ts';

const T = TWIN_MARK;

describe('folded twins at indexing', () => {
  it('adds a marked, folded twin after each word with đ', () => {
    expect(addFoldedTwins('thi đua khen thưởng')).toBe(`thi đua ${T}dua khen thưởng`);
    expect(addFoldedTwins('(CBCCVCNLĐ) cơ quan')).toBe(`(CBCCVCNLĐ) ${T}(cbccvcnld) cơ quan`);
    expect(addFoldedTwins('Phúc Lợi')).toBe('Phúc Lợi');
  });
  it('makes decomposed text precomposed first', () => {
    expect(addFoldedTwins('Đền ơn'.normalize('NFD'))).toBe(`Đền ${T}den ơn`);
  });
  it('touches text only, never tags, attributes, scripts or comments', () => {
    const html = '<h1 title="Đảng">Đảng bộ</h1><!-- đ --><script>const đ = 1;</script><p data-x=\'a > đ\'>quỹ đền ơn</p>';
    expect(addFoldedTwinsToHtml(html)).toBe(
      `<h1 title="Đảng">Đảng ${T}dang bộ</h1><!-- đ --><script>const đ = 1;</script><p data-x='a > đ'>quỹ đền ${T}den ơn</p>`,
    );
  });
  it('twins searchable meta values too, and strips them for display', () => {
    const html = '<span data-pagefind-meta="title[data-value]" data-value="Đền ơn đáp nghĩa"></span><span data-pagefind-meta="ngay[data-value]" data-value="Đ"></span>';
    const out = addFoldedTwinsForIndex(html);
    expect(out).toContain(`data-value="Đền ${T}den ơn đáp ${T}dap nghĩa"`);
    expect(out).toContain('data-value="Đ"');
    expect(withoutTwins(`Đền ${T}den ơn đáp ${T}dap nghĩa`)).toBe('Đền ơn đáp nghĩa');
  });
  it('decodes đ written as an entity', () => {
    expect(addFoldedTwinsToHtml('<p>&#273;ua</p>')).toBe(`<p>đua ${T}dua</p>`);
  });
});

describe('excerpts back to real text', () => {
  it('drops twins and moves their highlight onto the real word', () => {
    const excerpt = `<mark>Thi</mark> đua <mark>${T}dua</mark> khen <mark>thưởng.</mark> quỹ đền ${T}den ơn`;
    expect(cleanExcerpt(excerpt)).toBe('<mark>Thi</mark> <mark>đua</mark> khen <mark>thưởng.</mark> quỹ đền ơn');
    expect(plainExcerpt(excerpt)).toBe('Thi đua khen thưởng. quỹ đền ơn');
  });
  it('keeps highlights on real words', () => {
    expect(cleanExcerpt(`thi <mark>đua</mark> ${T}dua`)).toBe('thi <mark>đua</mark>');
  });
  it('drops a twin cut off from its word at the excerpt start', () => {
    expect(cleanExcerpt(`<mark>${T}dua</mark> khen`)).toBe('khen');
  });
  it('decodes entities for plain text', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#273;')).toBe('a & b <c> "d" \'e\' đ');
  });
});

describe('highlighting on the article without script', () => {
  it('takes runs of highlighted words as phrases, trimmed of punctuation', () => {
    const excerpt = `Công tác <mark>thi</mark> đua <mark>${T}dua</mark> - <mark>khen</mark> <mark>thưởng.</mark> <mark>Thi</mark> <mark>đua</mark> yêu nước`;
    expect(highlightedPhrases(excerpt)).toEqual(['thi đua', 'khen thưởng']);
  });
  it('splits phrases at sentence ends', () => {
    expect(highlightedPhrases('<mark>Lợi.</mark> <mark>Phúc</mark> <mark>(CBCCVCNLĐ)</mark>')).toEqual(['Lợi', 'Phúc (CBCCVCNLĐ']);
  });
  it('builds a text fragment, encoding what the syntax reserves', () => {
    expect(textFragment(['thi đua', 'khen-thưởng, 2015'])).toBe('#:~:text=thi%20%C4%91ua&text=khen%2Dth%C6%B0%E1%BB%9Fng%2C%202015');
    expect(textFragment([])).toBe('');
  });
});

describe('vocabulary', () => {
  it('keeps folded words of two letters or more, no numbers', () => {
    expect(vocabularyWords(`Thi đua ${T}dua năm 2015: CBCCVCNLĐ, 34-CT/TW`)).toEqual(['thi', 'dua', 'dua', 'nam', 'cbccvcnld', 'ct', 'tw']);
  });
});

describe('excerpt segments', () => {
  it('merges words into marked and unmarked runs, decoded, twins dropped', () => {
    const excerpt = `Công tác <mark>thi</mark> <mark>đua</mark> <mark>${T}dua</mark> &amp; <mark>khen</mark> thưởng`;
    expect(excerptSegments(excerpt)).toEqual([
      { text: 'Công tác ', marked: false },
      { text: 'thi đua', marked: true },
      { text: ' & ', marked: false },
      { text: 'khen', marked: true },
      { text: ' thưởng', marked: false },
    ]);
  });
});
