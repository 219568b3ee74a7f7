import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../lib/dates.ts';
import { htmlToPage, looksLikeHtml } from './html.ts';
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
    for (const chrome of ['Giới thiệu', 'Thời tiết', '31°C', 'Tin liên quan', 'tổng vệ sinh', 'Tìm kiếm', 'Album Ảnh', 'Các chuyên mục', 'truy cập', 'In bài viết', 'Bản quyền', 'Cổng thông tin điện tử']) {
      expect(all, chrome).not.toContain(chrome);
    }
    expect(all).not.toContain('logo.png');
  });
});

describe('a saved SharePoint page with English labels', () => {
  const { page, facts, body } = read(fixture('sharepoint-en.html'));

  it('reads the header and breadcrumb', () => {
    expect(facts).toMatchObject({ title: 'Phường Thượng Thanh tổng kết phong trào thi đua năm 2017', views: 1024, byline: 'Nguyễn Thu Hà', categories: ['Local government', 'News'] });
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
