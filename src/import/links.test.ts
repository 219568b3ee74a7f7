import { describe, expect, it } from 'vitest';
import type { Block } from './body.ts';
import { resolveLinks, UrlIndex } from './links.ts';

const paragraph = (text: string, links: [string, string][]): Block => ({
  kind: 'paragraph',
  text,
  links: links.map(([part, href]) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, href })),
});
const decided = (blocks: Block[]) => blocks.flatMap((b) => ('links' in b && b.links ? b.links.map((l) => [b.text.slice(l.start, l.end), l.to ?? null]) : []));

describe('resolveLinks', () => {
  const index = new UrlIndex();
  index.add('http://www.phuong-mau.example.vn/tin-tuc/ket-qua.html', '2019/ket-qua-hoi-thi');
  index.add('http://phuong-khac.example.vn/tin-tuc/ket-qua.html', '2020/bai-cong-khac');
  const PAGE = 'http://phuong-mau.example.vn/tin-tuc/ngay-hoi.html';

  it('leads links to imported pages of the same portal to their new address, with a redirect for the old one', () => {
    const r = resolveLinks(
      [
        paragraph('Xem kết quả và bản tin.', [
          ['kết quả', '/tin-tuc/ket-qua.html'],
          ['bản tin', 'ket-qua.html#top'],
        ]),
      ],
      PAGE,
      index,
    );
    expect(decided(r.blocks)).toEqual([
      ['kết quả', '/tin-tuc/2019/ket-qua-hoi-thi/'],
      ['bản tin', '/tin-tuc/2019/ket-qua-hoi-thi/'],
    ]);
    expect(r.redirects).toEqual([{ from: '/tin-tuc/ket-qua.html', to: '/tin-tuc/2019/ket-qua-hoi-thi/' }]);
    expect(r.unresolved).toEqual([]);
  });
  it('leaves links to pages of the portal that were not imported as text, and says which', () => {
    const r = resolveLinks([paragraph('Xem lịch sử.', [['lịch sử', 'http://phuong-mau.example.vn/gioi-thieu.html']])], PAGE, index);
    expect(decided(r.blocks)).toEqual([['lịch sử', null]]);
    expect(r.unresolved).toEqual(['http://phuong-mau.example.vn/gioi-thieu.html']);
    expect(r.redirects).toEqual([]);
  });
  it('keeps links to other sites, mail and phone; drops javascript:, data: and bare fragments', () => {
    const r = resolveLinks(
      [
        paragraph('a b c d e f', [
          ['a', 'https://dichvucong.gov.vn/x?y=1'],
          ['b', 'mailto:vp@example.vn'],
          ['c', 'javascript:alert(1)'],
          ['d', 'data:text/html,<script>'],
          ['e', '#muc-1'],
          ['f', 'http://phuong-khac.example.vn/tin-tuc/ket-qua.html'],
        ]),
      ],
      PAGE,
      index,
    );
    expect(decided(r.blocks)).toEqual([
      ['a', 'https://dichvucong.gov.vn/x?y=1'],
      ['b', 'mailto:vp@example.vn'],
      ['c', null],
      ['d', null],
      ['e', null],
      ['f', 'http://phuong-khac.example.vn/tin-tuc/ket-qua.html'],
    ]);
  });
  it('reads relative links of a page whose address is unknown as the same portal', () => {
    const r = resolveLinks([paragraph('Kết quả.', [['Kết quả', '/tin-tuc/ket-qua.html']])], undefined, index);
    // Two portals have that path: without the page's own address it cannot say which.
    expect(decided(r.blocks)).toEqual([['Kết quả', null]]);
    const one = new UrlIndex();
    one.add('http://phuong-mau.example.vn/tin-tuc/ket-qua.html', '2019/ket-qua-hoi-thi');
    expect(decided(resolveLinks([paragraph('Kết quả.', [['Kết quả', '/tin-tuc/ket-qua.html']])], undefined, one).blocks)).toEqual([
      ['Kết quả', '/tin-tuc/2019/ket-qua-hoi-thi/'],
    ]);
  });
  it('never writes a redirect for an address with a query (a static server cannot see it)', () => {
    const q = new UrlIndex();
    q.add('http://phuong-mau.example.vn/news.aspx?id=12', '2019/bai-12');
    const r = resolveLinks([paragraph('Bài 12.', [['Bài 12', '/news.aspx?id=12']])], PAGE, q);
    expect(decided(r.blocks)).toEqual([['Bài 12', '/tin-tuc/2019/bai-12/']]);
    expect(r.redirects).toEqual([]);
  });
});
