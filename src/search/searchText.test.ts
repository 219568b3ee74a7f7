import { describe, expect, it } from 'vitest';
import {
  cleanExcerpt,
  fromIndexText,
  toIndexHtml,
  toIndexPage,
  toIndexText,
  TWIN_MARK,
  decodeEntities,
  excerptSegments,
  highlightedPhrases,
  plainExcerpt,
  textFragment,
  vocabularyWords,
} from './searchText.ts';
import { syllableKey } from './syllables.ts';

const K = (word: string) => syllableKey(word)!;

describe('the text the index gets', () => {
  it('replaces every syllable by its key, punctuation kept', () => {
    expect(toIndexText('Thi đua, khen thưởng.')).toBe(`${K('Thi')} ${K('đua')}, ${K('khen')} ${K('thưởng')}.`);
    expect(toIndexText('(CBCCVCNLĐ) năm 2015')).toBe(`(${K('CBCCVCNLĐ')}) ${K('năm')} 2015`);
    expect(fromIndexText(toIndexText('(CBCCVCNLĐ) năm, 2015.'))).toBe('(CBCCVCNLĐ) năm, 2015.');
  });
  it('leaves words that are not one syllable as written, with a folded twin when they have đ', () => {
    expect(toIndexText('34-CT/TW iPhone 1.024')).toBe('34-CT/TW iPhone 1.024');
    expect(toIndexText('Đ/c Hồng')).toBe(`Đ/c ${TWIN_MARK}d/c ${K('Hồng')}`);
    expect(cleanExcerpt(`<mark>Đ/c</mark> <mark>${TWIN_MARK}d/c</mark> ${K('Hồng')}`)).toBe('<mark>Đ/c</mark> Hồng');
    expect(fromIndexText(`Đ/c ${TWIN_MARK}d/c ${K('Hồng')}`)).toBe('Đ/c Hồng');
  });
  it('makes decomposed text precomposed first', () => {
    expect(toIndexText('Đền ơn'.normalize('NFD'))).toBe(`${K('Đền')} ${K('ơn')}`);
  });
  it('touches text only, never tags, attributes, scripts or comments, and sees through entities', () => {
    const html = '<h1 title="Đảng">Đảng bộ</h1><!-- đ --><script>const đ = 1;</script><p data-x=\'a > đ\'>&quot;quỹ&quot; &#273;ền</p>';
    expect(toIndexHtml(html)).toBe(
      `<h1 title="Đảng">${K('Đảng')} ${K('bộ')}</h1><!-- đ --><script>const đ = 1;</script><p data-x='a > đ'>&quot;${K('quỹ')}&quot; ${K('đền')}</p>`,
    );
  });
  it('keys searchable meta values too, and decodes them for display', () => {
    const html = '<span data-pagefind-meta="title[data-value]" data-value="Đền ơn"></span><span data-pagefind-meta="ngay[data-value]" data-value="Đ"></span>';
    const out = toIndexPage(html);
    expect(out).toContain(`data-value="${K('Đền')} ${K('ơn')}"`);
    expect(out).toContain('data-value="Đ"');
    expect(fromIndexText(`${K('Đền')} ${K('ơn')}, 2015`)).toBe('Đền ơn, 2015');
  });
});

/** An excerpt as Pagefind writes it from indexed words: keys, some marked. */
const indexed = (text: string) =>
  text.replace(/(<mark>)?([^\s<]+)(<\/mark>)?/g, (_, open: string | undefined, word: string) =>
    open ? `<mark>${toIndexText(word)}</mark>` : toIndexText(word),
  );

describe('excerpts back to real text', () => {
  it('decodes keys into the words as written, highlights kept', () => {
    const excerpt = indexed('<mark>Thi</mark> <mark>đua</mark> khen <mark>thưởng.</mark> quỹ (Đền) ơn 2015');
    expect(excerpt).not.toContain('đua');
    expect(cleanExcerpt(excerpt)).toBe('<mark>Thi</mark> <mark>đua</mark> khen <mark>thưởng.</mark> quỹ (Đền) ơn 2015');
    expect(plainExcerpt(excerpt)).toBe('Thi đua khen thưởng. quỹ (Đền) ơn 2015');
  });
  it('decodes entities for plain text', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#273;')).toBe('a & b <c> "d" \'e\' đ');
  });
});

describe('highlighting on the article without script', () => {
  it('takes runs of highlighted words as phrases, trimmed of punctuation', () => {
    const excerpt = indexed('Công tác <mark>thi</mark> <mark>đua</mark> - <mark>khen</mark> <mark>thưởng.</mark> <mark>Thi</mark> <mark>đua</mark> yêu nước');
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
    expect(vocabularyWords('Thi đua năm 2015: CBCCVCNLĐ, 34-CT/TW')).toEqual(['thi', 'dua', 'nam', 'cbccvcnld', 'ct', 'tw']);
  });
});

describe('excerpt segments', () => {
  it('merges words into marked and unmarked runs, decoded', () => {
    const excerpt = indexed('Công tác <mark>thi</mark> <mark>đua</mark> &amp; <mark>khen</mark> thưởng');
    expect(excerptSegments(excerpt)).toEqual([
      { text: 'Công tác ', marked: false },
      { text: 'thi đua', marked: true },
      { text: ' & ', marked: false },
      { text: 'khen', marked: true },
      { text: ' thưởng', marked: false },
    ]);
  });
});
