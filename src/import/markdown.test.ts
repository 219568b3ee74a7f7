import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { articleHastPlugins } from '../markdown/plugins.ts';
import { articleFeatures } from '../markdown/processor.ts';
import type { Block } from './body.ts';
import { awardBlock, blocksToMarkdown, escapeBlockStart, escapeInline, inlineText, markdownTable } from './markdown.ts';

/** The site's own Markdown pipeline, so these tests show what readers get. */
const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: articleHastPlugins, features: articleFeatures }).html;
const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** The text of a rendered paragraph, or null when the Markdown turned into something else. */
const paragraphText = (markdown: string) => {
  const match = /^<p>([\s\S]*)<\/p>\n?$/.exec(html(markdown));
  return match ? decodeEntities(match[1]!.replace(/<a href="[^"]*">([^<]*)<\/a>/g, '$1')) : null;
};

describe('escaping', () => {
  it.each([
    'Chỉ tiêu *quan trọng* và _gạch_ dưới',
    'Thẻ <script>alert(1)</script> và <b onclick="x()">đậm</b> phải hiện nguyên văn',
    'Liên kết [a](javascript:alert(1)) và chú thích[^1]',
    'Dấu `mã` và ~~gạch~~ và ~một~',
    'Thực thể &amp; và &#169; và & rời',
    'Đường dẫn C:\\thu-muc\\tep và dấu \\* ',
    '# Không phải tiêu đề',
    '> Không phải trích dẫn',
    '- Không phải danh sách',
    '+ Cũng không',
    '1. Không phải danh sách số',
    '2) Cũng không',
    '---',
    '=== ',
    'Lập thành tích chào mừng./.',
    'Tỷ lệ 100% | 97,9% | 64,2%',
  ])('renders “%s” exactly', (text) => {
    expect(paragraphText(escapeBlockStart(escapeInline(text)))).toBe(text.trim());
  });
  it('leaves ordinary Vietnamese alone', () => {
    const text = 'Phường Phúc Lợi: Với công tác thi đua - khen thưởng (11/6/1948 - 11/6/2015); tỷ lệ 97,9%.';
    expect(escapeBlockStart(escapeInline(text))).toBe(text);
  });
});

describe('blocksToMarkdown', () => {
  const blocks: Block[] = [
    { kind: 'paragraph', text: 'Mở đầu.' },
    { kind: 'heading', level: 2, text: 'I. Thành tích nổi bật:' },
    { kind: 'heading', level: 3, text: '1. Kết quả #1' },
    { kind: 'item', text: 'Huân chương: 01 tập thể.' },
    { kind: 'item', text: '2. Bằng khen' },
    { kind: 'caption', text: 'Đ/c Trần Thị Thanh Hồng - PCT UBND báo cáo *tổng kết*' },
    { kind: 'caption', text: '(Ảnh: Minh Ngọc)' },
    { kind: 'paragraph', text: 'Kết thúc./.' },
  ];
  it('writes headings, one list, captions as emphasis-only paragraphs', () => {
    expect(blocksToMarkdown(blocks)).toBe(
      [
        'Mở đầu.',
        '## I. Thành tích nổi bật:',
        '### 1. Kết quả \\#1',
        '- Huân chương: 01 tập thể.\n- 2\\. Bằng khen',
        '*Đ/c Trần Thị Thanh Hồng - PCT UBND báo cáo \\*tổng kết\\**',
        '*(Ảnh: Minh Ngọc)*',
        'Kết thúc./.',
      ].join('\n\n') + '\n',
    );
  });
  it('renders on the site as headings that keep their numbers, a list, captions without images', () => {
    const out = html(blocksToMarkdown(blocks));
    // Heading anchors are in the content namespace (markdown/plugins.ts).
    expect(out).toContain('<h2 id="user-content-i-thành-tích-nổi-bật">I. Thành tích nổi bật:</h2>');
    expect(out).toContain('<h3 id="user-content-1-kết-quả-1">1. Kết quả #1</h3>');
    expect(out).toContain('<ul>\n<li>Huân chương: 01 tập thể.</li>\n<li>2. Bằng khen</li>\n</ul>');
    expect(out).toContain('<figure class="caption-only"><figcaption>Đ/c Trần Thị Thanh Hồng - PCT UBND báo cáo *tổng kết*</figcaption></figure>');
    expect(out).toContain('<figure class="caption-only"><figcaption>(Ảnh: Minh Ngọc)</figcaption></figure>');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<ol');
  });
  it('writes nothing for no blocks', () => {
    expect(blocksToMarkdown([])).toBe('');
  });
});

describe('HTML structure in Markdown', () => {
  it('writes kept links as links, others as their escaped text', () => {
    const text = 'Xem [bài] này và trang kia.';
    expect(
      inlineText(text, [
        { start: 4, end: 9, href: '/a', to: '/tin-tuc/2019/a b/' },
        { start: 17, end: 27, href: 'javascript:x' },
      ]),
    ).toBe('Xem [\\[bài\\]](/tin-tuc/2019/a%20b/) này và trang kia.');
  });
  it('writes nested and numbered list items', () => {
    expect(
      blocksToMarkdown([
        { kind: 'item', text: 'Một' },
        { kind: 'item', text: 'Con', depth: 1 },
        { kind: 'item', text: 'Bước một', number: 1 },
        { kind: 'item', text: '2. vẫn là chữ', number: 2 },
      ]),
    ).toBe('- Một\n    - Con\n1. Bước một\n2. 2\\. vẫn là chữ\n');
  });
  it('writes an award table as the award block, without its numbering column', () => {
    const md = awardBlock(
      {
        rows: [
          ['STT', 'Họ và tên', 'Danh hiệu'],
          ['1', 'Nguyễn Văn A', 'Chiến sĩ thi đua'],
          ['2', 'Trần Thị B', 'Lao động tiên tiến'],
        ],
      },
      'Khen thưởng năm 2019',
    );
    expect(md).toBe(
      '```khen-thuong\nTiêu đề: Khen thưởng năm 2019\nCột: Họ và tên | Danh hiệu\n- Nguyễn Văn A | Chiến sĩ thi đua\n- Trần Thị B | Lao động tiên tiến\n```',
    );
    // Not awards: a schedule; and an award table whose rows do not fit its columns.
    expect(
      awardBlock({
        rows: [
          ['Tháng', 'Địa điểm'],
          ['4', 'Sân vận động'],
        ],
      }),
    ).toBeUndefined();
    expect(
      awardBlock({
        rows: [
          ['Tập thể', 'Giải'],
          ['', 'Giải nhất'],
        ],
      }),
    ).toBeUndefined();
  });
  it('writes any other table as a Markdown table, cells escaped', () => {
    expect(markdownTable({ rows: [['Tháng', 'Nơi'], ['4', 'A | B'], ['5']], caption: 'Lịch' })).toBe(
      '**Lịch**\n\n| Tháng | Nơi |\n| --- | --- |\n| 4 | A \\| B |\n| 5 |   |',
    );
  });
});
