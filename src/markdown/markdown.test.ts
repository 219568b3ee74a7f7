/** The plugins inside Sätteri itself, as Astro runs them for .md and .mdx. */
import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { articleHastPlugins } from './plugins.ts';
import { articleFeatures } from './processor.ts';

const md = (source: string) => markdownToHtml(source, { hastPlugins: articleHastPlugins, features: articleFeatures }).html;

describe('article Markdown', () => {
  it('never lets raw HTML run script', () => {
    const html = md(['Chữ <b onclick="x()">đậm</b> <script>alert(1)</script>', '', '<img src=x onerror="alert(1)">', '', '<a href="javascript:alert(1)">a</a> [b](javascript:alert(2))', '', '<iframe src="//evil"></iframe><style>p{}</style>', '', '<div onmouseover="x()">d</div>'].join('\n'));
    expect(html).not.toMatch(/<script|onerror|onclick|onmouseover|javascript:|<iframe|<style|alert/i);
    expect(html).toContain('<b>đậm</b>');
    expect(html).toContain('<img src="x" alt="">');
  });
  it('keeps the tables and formatting old portals used', () => {
    const html = md('<table><tr><td colspan="2">Chỉ tiêu</td></tr></table>\n\n<u>gạch chân</u><br>dòng mới');
    expect(html).toContain('<td colspan="2">Chỉ tiêu</td>');
    expect(html).toContain('<u>gạch chân</u><br>');
  });
  it('renders an emphasis-only paragraph as a caption, without inventing an image', () => {
    const html = md('Đoạn văn.\n\n*Đ/c Trần Thị Thanh Hồng - PCT UBND báo cáo tổng kết*\n\nĐoạn sau.');
    expect(html).toContain('<figure class="caption-only"><figcaption>Đ/c Trần Thị Thanh Hồng - PCT UBND báo cáo tổng kết</figcaption></figure>');
    expect(html).not.toContain('<img');
    expect(html).toContain('<p>Đoạn văn.</p>');
  });
  it('puts a caption with the image right before it', () => {
    expect(md('![Hội nghị](./a.jpg)\n\n*Toàn cảnh hội nghị*')).toContain('<figure><img src="./a.jpg" alt="Hội nghị"><figcaption>Toàn cảnh hội nghị</figcaption></figure>');
    expect(md('![Hội nghị](./a.jpg)\n*Toàn cảnh hội nghị*')).toContain('<figure><img src="./a.jpg" alt="Hội nghị"><figcaption>Toàn cảnh hội nghị</figcaption></figure>');
  });
  it('leaves emphasis inside a sentence and bold-only paragraphs alone', () => {
    const html = md('Một câu có *nhấn mạnh* ở giữa.\n\n**Tổng kết năm 2013**');
    expect(html).not.toContain('figure');
    expect(html).toContain('<p><strong>Tổng kết năm 2013</strong></p>');
  });
  it('keeps quotes and dashes exactly as written', () => {
    expect(md('Phong trào "Toàn dân đoàn kết" -- năm 2015...')).toContain('<p>Phong trào "Toàn dân đoàn kết" -- năm 2015...</p>');
  });
  it('labels footnotes in Vietnamese', () => {
    const html = md('Câu[^1].\n\n[^1]: Ghi chú.');
    expect(html).toContain('Chú thích');
    expect(html).toContain('Quay lại chỗ chú thích 1');
    expect(html).not.toContain('Footnotes');
  });
});

describe('article MDX', () => {
  const mdx = async (source: string) => (await mdxToJs(source, { hastPlugins: articleHastPlugins, features: articleFeatures, jsxImportSource: 'astro', elementAttributeNameCase: 'html' })).code;
  it('strips event handlers and scripts from HTML written as JSX', async () => {
    const code = await mdx('<img src="x" onerror="alert(1)" />\n\nChữ <b onClick={() => alert(2)}>đậm</b>\n\n<script>alert(3)</script>\n\n<a href="javascript:alert(4)">a</a>\n');
    expect(code).not.toMatch(/onerror|onClick|alert|javascript:/);
    expect(code).toContain('src: "x"');
  });
  it('keeps components and renders captions', async () => {
    const code = await mdx('import Note from "./Note.astro";\n\n<Note kind="info">Lưu ý</Note>\n\n*Chú thích ảnh*\n');
    expect(code).toContain('_jsx(Note');
    expect(code).toContain('caption-only');
  });
});
