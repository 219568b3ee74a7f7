import { describe, expect, it } from 'vitest';
import { firstFilter, pageRecord } from './pageRecord.ts';

const body = (inner: string) => `<!doctype html><html lang="vi"><body><article data-pagefind-body>${inner}</article></body></html>`;

describe('pageRecord', () => {
  it('reads the words in order, headings weighted, blocks ending as sentences', () => {
    const r = pageRecord('/a/', body('<h1>Thi đua</h1><p>Khen <b>thưởng</b> năm 2015</p><ul><li>Một!</li><li>Hai</li></ul>'));
    expect(r.words).toEqual(['Thi', 'đua.', 'Khen', 'thưởng', 'năm', '2015.', 'Một!', 'Hai.']);
    expect(r.weights).toEqual([7, 7, 1, 1, 1, 1, 1, 1]);
  });
  it('keeps a word split by an inline tag whole, and decodes references', () => {
    expect(pageRecord('/a/', body('<p>Nẵ<em>ng</em> &amp; H&#224; N&#7897;i&nbsp;x</p>')).words).toEqual(['Nẵng', '&', 'Hà', 'Nội', 'x.']);
  });
  it('leaves out ignored elements, scripts, styles and comments', () => {
    const r = pageRecord(
      '/a/',
      body('<p>có</p><nav data-pagefind-ignore><p>menu</p></nav><script>var x = "script";</script><style>p{}</style><!-- chú thích --><p>không</p>'),
    );
    expect(r.words).toEqual(['có.', 'không.']);
  });
  it('reads meta, filters and sort from their attributes, none from an element ignored with "all"', () => {
    const r = pageRecord(
      '/a/',
      body(
        '<div hidden><span data-pagefind-meta="title[data-value]" data-value="Tiêu &quot;đề&quot;"></span>' +
          '<span data-pagefind-filter="phuong[data-value]" data-value="p1"></span><span data-pagefind-filter="phuong[data-value]" data-value="p2"></span>' +
          '<span data-pagefind-filter="phuong[data-value]" data-value="p1"></span><span data-pagefind-sort="ngay[data-value]" data-value="2015-09-07T16:46:00+07:00"></span>' +
          '<span data-pagefind-meta="loai:tin-tuc"></span></div>' +
          '<div data-pagefind-ignore="all"><span data-pagefind-filter="phuong[data-value]" data-value="p3"></span></div>',
      ),
    );
    expect(r.meta).toEqual({ title: 'Tiêu "đề"', loai: 'tin-tuc' });
    expect(r.filters).toEqual({ phuong: ['p1', 'p2'] });
    expect(r.sort).toEqual({ ngay: '2015-09-07T16:46:00+07:00' });
    expect(r.words).toEqual([]);
  });
  it('takes data-pagefind-weight over the heading weight', () => {
    expect(pageRecord('/a/', body('<h2 data-pagefind-weight="2">a</h2><h2>b</h2>')).weights).toEqual([2, 6]);
  });
  it('gives the first value of a filter from the tags alone, as the record has it', () => {
    const html = body(
      '<p>Năm 2015 <span data-pagefind-filter="nam:1999">x</span></p><div hidden><span data-pagefind-filter="loai[data-value]" data-value="tin"></span><span data-value="2016" data-pagefind-filter="nam[data-value]"></span></div>',
    );
    expect(firstFilter(html, 'nam')).toBe('1999');
    expect(firstFilter(html, 'nam')).toBe(pageRecord('/a/', html).filters.nam![0]);
    expect(firstFilter(html.replace('data-pagefind-filter="nam:1999"', ''), 'nam')).toBe('2016');
    expect(firstFilter(html, 'phuong')).toBeUndefined();
  });
});
