import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { articleHastPlugins } from '../markdown/plugins.ts';
import { articleFeatures } from '../markdown/processor.ts';
import type { Block } from './body.ts';
import { blocksToMarkdown, escapeBlockStart, escapeInline } from './markdown.ts';

/** The site's own Markdown pipeline, so these tests show what readers get. */
const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: articleHastPlugins, features: articleFeatures }).html;
const decodeEntities = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&');
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
