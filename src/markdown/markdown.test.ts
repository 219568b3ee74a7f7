/** The plugins inside Sätteri itself, as Astro runs them for .md and .mdx. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { articleHastPlugins } from './plugins.ts';
import { articleFeatures } from './processor.ts';
import { mayHaveCaptions } from './captions.ts';

const md = (source: string) => markdownToHtml(source, { hastPlugins: articleHastPlugins, features: articleFeatures }).html;

describe('article Markdown', () => {
  it('never lets raw HTML run script', () => {
    const html = md(
      [
        'Chữ <b onclick="x()">đậm</b> <script>alert(1)</script>',
        '',
        '<img src=x onerror="alert(1)">',
        '',
        '<a href="javascript:alert(1)">a</a> [b](javascript:alert(2))',
        '',
        '<iframe src="//evil"></iframe><style>p{}</style>',
        '',
        '<div onmouseover="x()">d</div>',
      ].join('\n'),
    );
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
  it('finds captions written in raw HTML too, and leaves source without emphasis unwalked', () => {
    expect(md('<p><em>Toàn cảnh hội nghị</em></p>')).toContain('<figure class="caption-only"><figcaption>Toàn cảnh hội nghị</figcaption></figure>');
    expect(md('_Toàn cảnh hội nghị_')).toContain('<figure class="caption-only">');
    expect(mayHaveCaptions('## Tiêu đề\n\nĐoạn văn, [liên kết](https://phuong.gov.vn/) và ![ảnh](./a.jpg).')).toBe(false);
    for (const source of ['*a*', '_a_', '<em>a</em>', '```anh\n```', '~~~anh\n~~~']) expect(mayHaveCaptions(source), source).toBe(true);
  });
  it('puts a caption with the image right before it', () => {
    expect(md('![Hội nghị](./a.jpg)\n\n*Toàn cảnh hội nghị*')).toContain(
      '<figure><img src="./a.jpg" alt="Hội nghị"><figcaption>Toàn cảnh hội nghị</figcaption></figure>',
    );
    expect(md('![Hội nghị](./a.jpg)\n*Toàn cảnh hội nghị*')).toContain(
      '<figure><img src="./a.jpg" alt="Hội nghị"><figcaption>Toàn cảnh hội nghị</figcaption></figure>',
    );
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

/** The literal ids and classes the site's layouts, components and pages write. */
function siteNames() {
  const src = resolve(import.meta.dirname, '..');
  const ids = new Set<string>();
  const classes = new Set<string>();
  for (const dir of ['layouts', 'components', 'pages']) {
    for (const file of readdirSync(join(src, dir), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.astro')) continue;
      const source = readFileSync(join(src, dir, file), 'utf8');
      for (const m of source.matchAll(/\bid="([^"{}]+)"/g)) ids.add(m[1]!);
      for (const m of source.matchAll(/\bclass="([^"{}]+)"/g)) for (const c of m[1]!.split(/\s+/)) if (c) classes.add(c);
    }
  }
  return { ids, classes };
}

describe('article ids, classes and links', () => {
  const { ids: siteIds, classes: siteClasses } = siteNames();
  it('finds the site’s own names to test against', () => {
    for (const id of ['cap-nhat', 'noi-dung', 'bai-lien-quan']) expect(siteIds).toContain(id);
    for (const c of ['skip-link', 'sr-only', 'article-body']) expect(siteClasses).toContain(c);
  });

  it('never gives content one of the site’s ids or classes, however it is written', () => {
    const source = [
      // Headings whose slugs are the site's ids: `## Cap nhat` used to become id="cap-nhat".
      ...[...siteIds].map((id) => `## ${id.replaceAll('-', ' ')}`),
      ...[...siteIds].map((id) => `<p id="${id}">Đoạn ${id}</p>`),
      `<p class="${[...siteClasses].join(' ')}">Đoạn mang mọi lớp của trang</p>`,
      `<h2 class="sr-only">Tiêu đề ẩn</h2>`,
      'Câu có chú thích[^1].',
      '[^1]: Ghi chú.',
    ].join('\n\n');
    const html = md(source);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(2 * siteIds.size);
    for (const id of ids) expect(id).toMatch(/^user-content-/);
    for (const id of siteIds) expect(ids).not.toContain(id);
    const classes = [...html.matchAll(/\sclass="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
    // The one site class content keeps: the footnotes' own visually hidden heading.
    expect(classes.filter((c) => siteClasses.has(c))).toEqual(['sr-only']);
    expect(html).toContain('<h2 class="sr-only" id="user-content-footnote-label">Chú thích</h2>');
    expect(html).toMatch(/<h2 id="user-content-[^"]+">Tiêu đề ẩn<\/h2>/);
  });

  it('keeps in-article links and footnotes pointing at their targets', () => {
    const html = md(
      '## Cập nhật\n\n## Cap nhat\n\n## Cap nhat\n\nXem [phần cập nhật](#cap-nhat), [phần sau](#cap-nhat-1) và [chú thích](#fn-x)[^x].\n\n<a href="#cập-nhật">Thẻ a</a>\n\n[^x]: Ghi chú.',
    );
    expect(html).toContain('<h2 id="user-content-cập-nhật">Cập nhật</h2>');
    expect(html).toContain('<h2 id="user-content-cap-nhat">Cap nhat</h2>');
    expect(html).toContain('<h2 id="user-content-cap-nhat-1">Cap nhat</h2>');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(targets.length).toBe(6);
    for (const target of targets) expect(ids, target).toContain(target);
    expect(html).toContain('aria-describedby="user-content-footnote-label"');
  });

  it('drops rel="opener" and gives target=_blank links noopener', () => {
    const html = md(
      '<a href="https://hanoi.gov.vn/" target="_blank" rel="opener">Hà Nội</a> <a href="https://x.vn/" rel="opener noreferrer">x</a> <a href="https://y.vn/" target="_parent">y</a>',
    );
    expect(html).toContain('<a href="https://hanoi.gov.vn/" target="_blank" rel="noopener">Hà Nội</a>');
    expect(html).toContain('<a href="https://x.vn/" rel="noreferrer">x</a>');
    expect(html).toContain('<a href="https://y.vn/">y</a>');
    expect(html).not.toMatch(/rel="[^"]*(?<!no)opener/);
  });
});

describe('article MDX', () => {
  const mdx = async (source: string) =>
    (await mdxToJs(source, { hastPlugins: articleHastPlugins, features: articleFeatures, jsxImportSource: 'astro', elementAttributeNameCase: 'html' })).code;
  it('strips event handlers and scripts from HTML written as JSX', async () => {
    const code = await mdx(
      '<img src="x" onerror="alert(1)" />\n\nChữ <b onClick={() => alert(2)}>đậm</b>\n\n<script>alert(3)</script>\n\n<a href="javascript:alert(4)">a</a>\n',
    );
    expect(code).not.toMatch(/onerror|onClick|alert|javascript:/);
    expect(code).toContain('src: "x"');
  });
  it('keeps components and renders captions', async () => {
    const code = await mdx('import Note from "./Note.astro";\n\n<Note kind="info">Lưu ý</Note>\n\n*Chú thích ảnh*\n');
    expect(code).toContain('_jsx(Note');
    expect(code).toContain('caption-only');
  });
});
