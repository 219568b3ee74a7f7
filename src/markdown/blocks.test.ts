/**
 * The blocks of docs/blocks.md, rendered by the site's own Markdown pipeline
 * from the very examples the document shows (so the documentation cannot
 * drift from what the site does), written back by formatBlock() as the CMS
 * writes them, and refused with a Vietnamese message when wrong.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { articleHastPlugins, articleMdastPlugins } from './plugins.ts';
import { articleFeatures } from './processor.ts';
import { formatBlock, parseBlock, formatBytes, documentType } from './blocks.ts';

const DOC = readFileSync(resolve(import.meta.dirname, '../../docs/blocks.md'), 'utf8');
const EXAMPLES = [...DOC.matchAll(/^````md\n([\s\S]*?)\n````$/gm)].map((m) => m[1]!);
const example = (lang: string, nth = 0) => EXAMPLES.filter((e) => e.startsWith(`\`\`\`${lang}\n`))[nth]!;
const html = (markdown: string) =>
  markdownToHtml(markdown, { mdastPlugins: articleMdastPlugins, hastPlugins: articleHastPlugins, features: articleFeatures }).html.trim();
const fence = (block: string) => /^```([a-z-]+)\n([\s\S]*)\n```$/.exec(block)!;

describe('the documented examples', () => {
  it('are five: figure, two galleries (photos, album), award table, document', () => {
    expect(EXAMPLES.map((e) => fence(e)[1])).toEqual(['anh', 'bo-anh', 'bo-anh', 'khen-thuong', 'van-ban']);
  });

  it('figure: the photo with its caption and credit', () => {
    expect(html(example('anh'))).toBe(
      '<figure class="block-figure"><img src="../../images/tru-so-ubnd.jpg" alt="Trụ sở Ủy ban nhân dân phường mái đỏ, cờ đỏ trên nóc"><figcaption>Trụ sở mới của Ủy ban nhân dân phường Phúc Lợi<span class="credit"> (Ảnh: Minh Ngọc)</span></figcaption></figure>',
    );
  });

  it('gallery: a titled list of captioned photos', () => {
    const out = html(example('bo-anh'));
    expect(out).toMatch(
      /^<figure class="block-gallery"><figcaption>Ngày hội Đại đoàn kết tại khu dân cư số 3<span class="credit"> \(Ảnh: Minh Ngọc\)<\/span><\/figcaption><ul>/,
    );
    expect(out).toContain(
      '<li><figure><img src="../../albums/anh/co-to-quoc.jpg" alt="Lá cờ đỏ sao vàng trên cột cờ giữa trời xanh"><figcaption>Lễ thượng cờ</figcaption></figure></li>',
    );
    expect(out).toContain('<li><figure><img src="../../albums/anh/cay-xanh.jpg" alt="Ba cây xanh mới trồng trên khu đất của tổ dân phố"></figure></li>');
  });

  it('embedded album: a link to the album, filled with its photos when the page is built', () => {
    expect(html(example('bo-anh', 1))).toBe('<div class="album-embed"><p><a href="/album-anh/ngay-hoi-dai-doan-ket-2024/">Xem album ảnh</a></p></div>');
  });

  it('award table: caption, column headers and row headers with their scope', () => {
    const out = html(example('khen-thuong'));
    expect(out).toContain('<table><caption>Kết quả khen thưởng phong trào thi đua năm 2024</caption>');
    expect(out).toContain('<thead><tr><th scope="col">Tập thể, cá nhân</th><th scope="col">Danh hiệu</th><th scope="col">Hình thức</th></tr></thead>');
    expect(out).toContain('<tr><th scope="row">Tổ dân phố số 5</th><td>Tổ dân phố văn hóa tiêu biểu</td><td>Giấy khen của Chủ tịch UBND phường</td></tr>');
  });

  it('document: summary, number, date as a time element, issuer and the file link', () => {
    const out = html(example('van-ban'));
    expect(out).toContain('<p class="document-title">Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2024</p>');
    expect(out).toContain(
      '<dt>Số hiệu</dt><dd>125/QĐ-UBND</dd><dt>Ngày ban hành</dt><dd><time datetime="2024-12-20">20/12/2024</time></dd><dt>Cơ quan ban hành</dt><dd>Ủy ban nhân dân phường Phúc Lợi</dd>',
    );
    expect(out).toContain('<a href="/van-ban/qd-125-2024.pdf" class="document-file">Tải văn bản 125/QĐ-UBND</a>');
  });

  it('read back exactly as the CMS writes them', () => {
    for (const e of EXAMPLES) {
      const [, lang, body] = fence(e);
      const parsed = parseBlock(lang!, body!);
      expect(parsed.errors).toBeUndefined();
      expect(formatBlock(parsed.block!)).toBe(e);
    }
  });

  it('keep their classes when the article also has raw HTML (and so is sanitised)', () => {
    const out = html(`<p onclick="x()">Cũ</p>\n\n${example('khen-thuong')}\n\n${example('van-ban')}`);
    expect(out).not.toContain('onclick');
    expect(out).toContain('<div class="block-awards">');
    expect(out).toContain('class="document-file"');
    expect(out).toContain('<th scope="row">');
  });
});

describe('everything else stays as it was', () => {
  it('times, ratios and “Nhãn:chữ” in text, which a directive syntax would eat', () => {
    expect(html('Lúc 9:30, tỷ lệ 1:2. Ghi chú:Xem thêm.')).toBe('<p>Lúc 9:30, tỷ lệ 1:2. Ghi chú:Xem thêm.</p>');
  });
  it('other fenced code', () => {
    expect(html('```js\nlet a = 1;\n```')).toContain('<code class="language-js">let a = 1;');
  });
  it('labels without tones read the same', () => {
    expect(parseBlock('anh', 'Anh: ./anh/a.jpg\nMo ta: Cờ đỏ').block).toEqual({ kind: 'figure', photo: { image: './anh/a.jpg', alt: 'Cờ đỏ' } });
  });
});

describe('a block that is wrong stops the build with what to fix', () => {
  const problems = (lang: string, text: string) => parseBlock(lang, text).errors ?? [];
  it('a photo without its description (alt)', () => {
    expect(problems('anh', 'Ảnh: ./anh/a.jpg')).toEqual([expect.stringContaining('thiếu “Mô tả” của ảnh')]);
    expect(problems('bo-anh', 'Ảnh: ./anh/a.jpg | Cờ\nẢnh: ./anh/b.jpg')).toEqual([expect.stringContaining('(ảnh 2)')]);
    expect(() => html('```anh\nẢnh: ./anh/a.jpg\n```')).toThrow(/khối ```anh sai:\n {2}thiếu “Mô tả”/);
  });
  it('a photo from elsewhere on the web', () => {
    expect(problems('anh', 'Ảnh: https://example.com/a.jpg\nMô tả: Cờ')[0]).toContain('không phải địa chỉ ngoài');
  });
  it('a gallery of one photo, or photos and an album at once', () => {
    expect(problems('bo-anh', 'Ảnh: ./a.jpg | Cờ')[0]).toContain('ít nhất 2');
    expect(problems('bo-anh', 'Album: le-ra-quan\nẢnh: ./a.jpg | Cờ')[0]).toContain('không có cả hai');
  });
  it('an award row with the wrong number of cells, or no caption', () => {
    expect(problems('khen-thuong', 'Tiêu đề: Kết quả\n- Tổ 5')).toEqual([
      'dòng 1 của bảng có 1 cột, bảng có 2 cột (Tập thể, cá nhân | Danh hiệu, hình thức khen thưởng)',
    ]);
    expect(problems('khen-thuong', '- Tổ 5 | Tổ văn hóa')).toEqual(['thiếu “Tiêu đề”']);
  });
  it('a document with an impossible date, a missing field or a file outside /van-ban/', () => {
    const base = 'Số hiệu: 1/QĐ-UBND\nCơ quan ban hành: UBND phường\nTrích yếu: Về việc A';
    expect(problems('van-ban', `${base}\nNgày ban hành: 31/02/2024`)[0]).toContain('ngày có thật');
    expect(problems('van-ban', 'Số hiệu: 1/QĐ-UBND\nNgày ban hành: 01/02/2024')).toEqual(['thiếu “Cơ quan ban hành”', 'thiếu “Trích yếu”']);
    expect(problems('van-ban', `${base}\nNgày ban hành: 01/02/2024\nTệp: /tai-lieu/a.exe`)[0]).toContain('/van-ban/');
  });
  it('a line it does not understand', () => {
    expect(problems('anh', 'Ảnh: ./a.jpg\nMô tả: Cờ\nlinh tinh')).toEqual([expect.stringContaining('dòng 3: không hiểu “linh tinh”')]);
  });
});

describe('document facts', () => {
  it('type from the extension, size as Vietnamese write it', () => {
    expect(documentType('/van-ban/a.PDF')).toBe('PDF');
    expect(documentType('/van-ban/a.docx')).toBe('Word');
    expect(formatBytes(622)).toBe('622 B');
    expect(formatBytes(12_500)).toBe('12 KB');
    expect(formatBytes(1_300_000)).toBe('1,2 MB');
  });
});
