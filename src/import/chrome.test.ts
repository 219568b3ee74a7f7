import { describe, expect, it } from 'vitest';
import { isChromeLine, stripChrome } from './chrome.ts';
import { toLines } from './lines.ts';

const kept = (text: string) =>
  stripChrome(toLines(text))
    .lines.map((l) => l.text)
    .filter(Boolean);
const LONG = `Đoạn văn dài ${'nội dung bài viết '.repeat(20)}.`;

describe('isChromeLine', () => {
  it.each([
    'Tìm kiếm',
    '\u00a0Album Ảnh',
    '· Các chuyên mục',
    'Tin tức - sự kiên tiêu biểu', // the portal's own typo
    'Xuất bản thông tin Xuất bản thông tin', // Liferay prints its portlet title twice
    'Chuyển tới trang đầy đủ',
    'Quay lại',
    'In bài viết',
    'Gửi email',
    'In bài viết | Gửi email',
    'Trang chủ',
    'Trang chủ > Tin tức > Hoạt động khối chính quyền',
    'Trang chủ » Tin tức',
    '100%',
  ])('drops “%s”', (line) => expect(isChromeLine(line)).toBe(true));

  it.each([
    'Tin tức - Sự kiện',
    'Hoạt động khối chính quyền',
    'Tìm kiếm việc làm cho thanh niên',
    'Trang chủ mới của phường',
    'đạt 100% kế hoạch',
    '100% cán bộ tham gia',
  ])('keeps “%s”', (line) => expect(isChromeLine(line)).toBe(false));
});

describe('stripChrome', () => {
  it('drops the weather box with its city list, and nothing after it', () => {
    expect(kept(`${LONG}\n\nNguồn: phòng Nội vụ quận\n\nthời tiết các vùng\n\nHà Nội\nĐà Nẵng\nTP Hồ Chí Minh`)).toEqual([LONG, 'Nguồn: phòng Nội vụ quận']);
    expect(kept('Thời tiết các vùng\nHà Nội 25°C\nHuế\n\nHoạt động khối chính quyền\nTiêu đề')).toEqual(['Hoạt động khối chính quyền', 'Tiêu đề']);
  });
  it('drops “Các tin khác” with its links to the end of the page once the article has been read', () => {
    expect(kept(`${LONG}\n\nNhư Hân\n\nCác tin khác\n\nHội nghị A (09/12/2022)\n\nHội nghị B (08/12/2022)\n\nthời tiết các vùng\nHà Nội`)).toEqual([
      LONG,
      'Như Hân',
    ]);
  });
  it('drops only its own block when the box comes before the article', () => {
    expect(kept(`Các tin khác\nTin A\nTin B\n\nTiêu đề bài\nNgày đăng 07/09/2015\n\n${LONG}`)).toEqual(['Tiêu đề bài', 'Ngày đăng 07/09/2015', LONG]);
  });
  it('leaves blank lines where chrome was, so the page keeps its shape', () => {
    const { lines, removed } = stripChrome(toLines('Tìm kiếm\nTiêu đề\n100%'));
    expect(lines.map((l) => l.text)).toEqual(['', 'Tiêu đề', '']);
    expect(removed).toEqual(['Tìm kiếm', '100%']);
  });
});
