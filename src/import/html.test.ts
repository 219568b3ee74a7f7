import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../lib/dates.ts';
import { htmlToPage, looksLikeHtml, MAX_HTML_DEPTH } from './html.ts';
import { LegacyError } from './errors.ts';
import { parsePage } from './parse.ts';

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/legacy/html');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');
/** The page as the importer reads it: facts, and the body as a reader would see it (photos as [ảnh src]). */
function read(html: string) {
  const page = htmlToPage(html);
  const facts = parsePage(page.text, { title: page.title });
  const body = facts.blocks.map((b) => (b.kind === 'image' ? `[ảnh ${page.images[b.image]!.src}]` : b.kind === 'caption' ? `*${b.text}*` : b.text));
  return { page, facts, body, all: page.text };
}

describe('a saved Liferay page with three captioned photos', () => {
  const { facts, body, all } = read(fixture('hoi-nghi-ba-anh.html'));

  it('reads the header from the article region', () => {
    expect(facts.title).toBe('Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023');
    expect(formatDateTime(facts.published!.date)).toBe('14/07/2023 09:15');
    expect(facts.views).toBe(1024);
    expect(facts.byline).toBe('Tin, ảnh: Minh Ngọc');
    expect(facts.categories).toEqual(['Hoạt động khối chính quyền', 'Tin tức']);
  });

  it('keeps each photo with its caption: figcaption, image table, emphasis after the photo', () => {
    expect(body.filter((b) => b.startsWith('[ảnh') || b.startsWith('*'))).toEqual([
      '[ảnh ./hoi-nghi-ba-anh_files/anh-1.jpg]',
      '*Toàn cảnh hội nghị sơ kết công tác dân vận*',
      '[ảnh ./hoi-nghi-ba-anh_files/IMG_0002.JPG]',
      '*Đ/c Bí thư Đảng ủy phường phát biểu chỉ đạo hội nghị*',
      '[ảnh ./hoi-nghi-ba-anh_files/Ảnh%203.png]',
      '*Khen thưởng các tập thể, cá nhân tiêu biểu trong phong trào “Dân vận khéo”*',
    ]);
    expect(body).toHaveLength(10);
  });

  it('drops the chrome: menus, weather, related news, counters, side boxes, sharing tools, footer', () => {
    for (const chrome of [
      'Giới thiệu',
      'Thời tiết',
      '31°C',
      'Tin liên quan',
      'tổng vệ sinh',
      'Tìm kiếm',
      'Album Ảnh',
      'Các chuyên mục',
      'truy cập',
      'In bài viết',
      'Bản quyền',
      'Cổng thông tin điện tử',
    ]) {
      expect(all, chrome).not.toContain(chrome);
    }
    expect(all).not.toContain('logo.png');
  });
});

describe('a saved SharePoint page with English labels', () => {
  const { page, facts, body } = read(fixture('sharepoint-en.html'));

  it('reads the header and breadcrumb', () => {
    expect(facts).toMatchObject({
      title: 'Phường Thượng Thanh tổng kết phong trào thi đua năm 2017',
      views: 1024,
      byline: 'Nguyễn Thu Hà',
      categories: ['Local government', 'News'],
    });
    expect(formatDateTime(facts.published!.date)).toBe('19/01/2018 15:48');
  });

  it('marks SharePoint captions and emphasis after a photo as captions; remote and embedded photos are only listed', () => {
    expect(page.images.map((i) => i.src.slice(0, 30))).toEqual(['https://cdn.example.vn/images/', 'data:image/png;base64,iVBORw0K']);
    expect(body.filter((b) => b.startsWith('*'))).toEqual(['*Quang cảnh hội nghị tổng kết*', '*Trao giấy khen cho các tập thể xuất sắc*']);
    expect(body.join('\n')).not.toMatch(/Related news|Search|Ha Noi 30|Phường ra quân|© 2018/);
  });
});

describe('choosing the article without a known container', () => {
  it('takes the block with the most prose, not the link-heavy menus around it', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/tin/${i}">Tin số ${i} về hoạt động của phường trong năm</a></li>`).join('');
    const html = `<html><body><div><ul>${links}</ul></div><div><h1>Tiêu đề bài viết thử nghiệm</h1><p>09/12/2022</p><p>${'Nội dung bài viết là văn xuôi dài. '.repeat(10)}</p><p>Đoạn thứ hai của bài.</p></div></body></html>`;
    const { facts, all } = read(html);
    expect(facts.title).toBe('Tiêu đề bài viết thử nghiệm');
    expect(facts.blocks.map((b) => b.text)).toEqual(['Nội dung bài viết là văn xuôi dài. '.repeat(10).trim(), 'Đoạn thứ hai của bài.']);
    expect(all).not.toContain('Tin số 3');
  });
});

describe('looksLikeHtml', () => {
  it('tells a saved page from copied text', () => {
    expect(looksLikeHtml('<!DOCTYPE html>\n<html>')).toBe(true);
    expect(looksLikeHtml('<!-- saved from url=(0042)http://x -->\n<html lang="vi">')).toBe(true);
    expect(looksLikeHtml('Tin tức\n\n<b>Hội nghị</b> năm 2022')).toBe(false);
  });
});

describe('the structure of a saved page', () => {
  const ARCHIVE = resolve(import.meta.dirname, '../../tests/fixtures/legacy/archive');
  const page = htmlToPage(readFileSync(resolve(ARCHIVE, 'ngay-hoi-trong-cay.html'), 'utf8'));
  const facts = parsePage(page.text, { title: page.title, lang: page.lang });
  const blocks = facts.blocks;

  it('knows the page by its old address and its language', () => {
    expect(page.url).toBe('http://phuong-mau.example.vn/tin-tuc/ngay-hoi-trong-cay.html');
    expect(page.lang).toBe('vi');
    expect(htmlToPage(readFileSync(resolve(ARCHIVE, 'ket-qua-hoi-thi.html'), 'utf8'))).toMatchObject({
      url: 'http://phuong-mau.example.vn/tin-tuc/ket-qua-hoi-thi.html',
      lang: 'en-US',
    });
  });
  it('keeps headings as headings, the headline aside', () => {
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => [b.kind === 'heading' && b.level, b.text])).toEqual([
      [2, 'Những việc đã làm'],
      [3, 'Các bước chăm sóc cây'],
      [2, 'Khen thưởng'],
      [2, 'Lịch trồng cây các tháng tới'],
    ]);
    expect(facts.title).toBe('Ngày hội trồng cây đầu xuân ở phường Mẫu');
  });
  it('keeps lists as lists: nested, and numbered', () => {
    expect(blocks.filter((b) => b.kind === 'item').map((b) => b.kind === 'item' && [b.number ?? '-', b.depth ?? 0, b.text])).toEqual([
      ['-', 0, 'Khu bờ sông: trồng 120 cây bằng lăng'],
      ['-', 1, 'Tổ dân phố số 2 nhận chăm sóc 60 cây'],
      ['-', 1, 'Tổ dân phố số 5 nhận chăm sóc 60 cây'],
      ['-', 0, 'Khu trường học: trồng 45 cây phượng'],
      ['-', 0, 'Khu chợ: đặt 30 chậu hoa trước cổng chợ'],
      [1, 0, 'Tưới nước mỗi sáng trong tháng đầu'],
      [2, 0, 'Bón phân sau ba tháng'],
      [3, 0, 'Kiểm tra cọc chống trước mùa mưa'],
    ]);
  });
  it('keeps links with their text, and drops the address of a javascript: link', () => {
    const p = blocks.find((b) => b.text.startsWith('Kết quả hội thi'))!;
    const links = 'links' in p ? p.links!.map((l) => [p.text.slice(l.start, l.end), l.href]) : [];
    expect(links).toEqual([
      ['Kết quả hội thi cắm trại', '/tin-tuc/ket-qua-hoi-thi.html'],
      ['trang giới thiệu', 'http://phuong-mau.example.vn/gioi-thieu/lich-su.html'],
      ['Cổng dịch vụ công', 'https://dichvucong.example.gov.vn/dang-ky?ma=cay-xanh'],
      ['bấm vào đây', ''],
    ]);
    expect(p.text).toMatch(/cắm trại; lịch sử .* trang giới thiệu\. Người dân .* hoặc bấm vào đây\.$/);
  });
  it('keeps data tables as tables, and never a script', () => {
    const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b.table.rows] : []));
    expect(tables).toEqual([
      [
        ['STT', 'Tập thể, cá nhân', 'Hình thức khen thưởng'],
        ['1', 'Chi đoàn tổ dân phố số 2', 'Giấy khen của Đoàn phường'],
        ['2', 'Anh Lê Văn Hòa', 'Giấy khen của Đoàn phường'],
        ['3', 'Chị Phạm Thu Trang', 'Giấy khen của UBND phường'],
      ],
      [
        ['Tháng', 'Địa điểm', 'Loại cây'],
        ['Tháng 4', 'Sân vận động phường', 'Sao đen'],
        ['Tháng 5', 'Đường Hoa Sữa | đoạn cuối', 'Hoa sữa'],
      ],
    ]);
    expect(page.text).not.toMatch(/alert|steal|quảng cáo|Tin liên quan|Bài khác/);
  });
  it('reads a layout table as text, not as a table', () => {
    const layout = htmlToPage(
      `<html><body><table><tr><td><h1>Tiêu đề bài viết dài</h1><p>Ngày đăng 05/03/2019</p><p>${'Nội dung bài viết rất dài. '.repeat(20)}</p></td><td>Menu</td></tr></table></body></html>`,
    );
    expect(layout.text).not.toContain('\ue004');
    expect(layout.text).toContain('Nội dung bài viết rất dài.');
  });
});

describe('pages built to stall the importer', () => {
  const page = (body: string) => `<!doctype html><html lang="vi"><body><h1>Trang thử trình nhập</h1><p>Ngày đăng: 07/09/2015 16:46</p>${body}</body></html>`;
  const deepest = 'Đoạn văn ở tầng sâu nhất của trang, dài hơn dòng ngày đăng ở trên.';
  const nested = (levels: number) => page(`${'<div>'.repeat(levels)}<p>${deepest}</p>${'</div>'.repeat(levels)}`);
  const refusal = (html: string) => {
    try {
      htmlToPage(html);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('refuses elements nested deeper than MAX_HTML_DEPTH, in Vietnamese, and reads a page just under it', () => {
    expect(MAX_HTML_DEPTH).toBe(512);
    // html, body and the paragraph are three levels: 509 divs put the paragraph at the bound, 510 one past it.
    expect(htmlToPage(nested(MAX_HTML_DEPTH - 3)).text).toContain(deepest);
    const error = refusal(nested(MAX_HTML_DEPTH - 2));
    expect(error).toBeInstanceOf(LegacyError);
    expect((error as LegacyError).code).toBe('too-deep');
    expect((error as Error).message).toBe(
      'Trang HTML lồng quá sâu: hơn 512 tầng thẻ lồng vào nhau, trong khi một trang tin chỉ vài chục tầng; trang hỏng hoặc cố ý làm treo trình nhập, không nhập trang này (HTML nested too deeply)',
    );
  });

  it('gives up 5,000 and 200,000 nested elements at once instead of overflowing the stack or taking minutes', () => {
    for (const levels of [5_000, 200_000]) {
      const html = nested(levels);
      const started = performance.now();
      expect((refusal(html) as Error)?.message, `${levels} levels`).toMatch(/^Trang HTML lồng quá sâu/);
      // Was: “Maximum call stack size exceeded” at 5,000 levels, and minutes of parse5 at 200,000 (2.2 MB).
      expect(performance.now() - started, `${levels} levels`).toBeLessThan(2_000);
    }
  });

  it('reads a paragraph of 50,000 inline elements in seconds, not a minute', { timeout: 120_000 }, () => {
    // 800 kB: each inline element looked at the whole line's last character, flattening the line each time (quadratic).
    const html = page(`<p>${'<span>chữ</span>'.repeat(50_000)}</p>`);
    const started = performance.now();
    const text = htmlToPage(html).text;
    // Was 70 s on the shared two cores; now well under a second on an idle machine.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(text.split('chữ')).toHaveLength(50_001);
  });
});
