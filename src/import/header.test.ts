import { describe, expect, it } from 'vitest';
import { toVnIso } from '../lib/dates.ts';
import { parseCount, parseHeader, parseMetaLine, parseMoment } from './header.ts';
import { toLines } from './lines.ts';

const header = (text: string) => {
  const h = parseHeader(toLines(text));
  return {
    title: h.title,
    category: h.category,
    published: h.published && `${toVnIso(h.published.date)}${h.published.dateOnly ? ' (date only)' : ''}`,
    updated: h.updated && toVnIso(h.updated.date),
    views: h.views,
    body: h.body.map((l) => l.text).filter(Boolean),
    ignored: h.ignored,
  };
};
const BODY = `Nội dung bài viết ${'rất dài '.repeat(40)}.`;

describe('parseMoment', () => {
  it.each([
    ['07/09/2015', '2015-09-07T00:00:00+07:00', true],
    ['07/09/2015 | 16:46', '2015-09-07T16:46:00+07:00', false],
    ['7/9/2015 16h46', '2015-09-07T16:46:00+07:00', false],
    ['17 - 05 - 2024', '2024-05-17T00:00:00+07:00', true],
    ['17.05.2024 lúc 08:05', '2024-05-17T08:05:00+07:00', false],
    ['16:46 07/09/2015', '2015-09-07T16:46:00+07:00', false],
    ['Thứ Hai, 09/12/2022', '2022-12-09T00:00:00+07:00', true],
    ['09/12/2022 08:30 (GMT+7)', '2022-12-09T08:30:00+07:00', false],
  ])('reads “%s”', (text, iso, dateOnly) => {
    const moment = parseMoment(text)!;
    expect(toVnIso(moment.date)).toBe(iso);
    expect(moment.dateOnly).toBe(dateOnly);
  });
  it('is not fooled by text that merely contains a date', () => {
    expect(parseMoment('Kế hoạch số 54/KH-UBND ngày 17/02/2022')).toBeNull();
    expect(parseMoment('2015')).toBeNull();
  });
  it.each(['31/02/2015', '29/02/2023', '07/13/2015', '07/09/2015 24:10', '07/09/2015 16:60', '07/09/0215'])('refuses the impossible “%s”', (text) => {
    expect(() => parseMoment(text)).toThrow(/không có thật|impossible/);
  });
  it('accepts 29 February in a leap year', () => {
    expect(toVnIso(parseMoment('29/02/2024')!.date)).toBe('2024-02-29T00:00:00+07:00');
  });
});

describe('parseCount', () => {
  it('reads Vietnamese thousands', () => {
    expect(parseCount('329')).toBe(329);
    expect(parseCount('1.204')).toBe(1204);
    expect(parseCount('1,204')).toBe(1204);
    expect(parseCount('1.234.567')).toBe(1234567);
  });
});

describe('parseMetaLine', () => {
  const meta = (text: string) => {
    const m = parseMetaLine(text);
    return m && { ...m, published: m.published && toVnIso(m.published.date), updated: m.updated && toVnIso(m.updated.date) };
  };
  it('reads the Liferay line in Vietnamese and English', () => {
    expect(meta('Ngày đăng 07/09/2015 | 16:46 | Lượt xem: 329')).toEqual({ published: '2015-09-07T16:46:00+07:00', labelled: true, views: 329 });
    expect(meta('Ngày đăng 20/12/2017 | 03:43 | View count: 525')).toMatchObject({ published: '2017-12-20T03:43:00+07:00', views: 525 });
    expect(meta('NGÀY ĐĂNG: 07/09/2015')).toMatchObject({ published: '2015-09-07T00:00:00+07:00', labelled: true });
  });
  it('reads English labels, 12-hour times and comma thousands', () => {
    expect(meta('Published: 07/09/2015 4:46 PM - Views: 1,024 - By Minh Ngọc')).toEqual({
      published: '2015-09-07T16:46:00+07:00',
      labelled: true,
      views: 1024,
      byline: 'Minh Ngọc',
    });
    expect(meta('Posted on 2015-09-07 | Time: 08:05 | Author: Trần Văn An | Source: Ban Tuyên giáo')).toEqual({
      published: '2015-09-07T08:05:00+07:00',
      labelled: true,
      byline: 'Trần Văn An',
      source: 'Ban Tuyên giáo',
    });
    expect(meta('07/09/2015 4:46 CH / 1.024 lượt xem')).toMatchObject({ published: '2015-09-07T16:46:00+07:00', views: 1024 });
  });
  it('reads fields in any order, each with its own label', () => {
    expect(meta('Tác giả: Minh Ngọc | Ngày cập nhật: 10/09/2015 08:00 | Số lượt xem: 12 | Chuyên mục: Tin tức')).toEqual({
      labelled: false,
      byline: 'Minh Ngọc',
      updated: '2015-09-10T08:00:00+07:00',
      views: 12,
      category: 'Tin tức',
      published: undefined,
    });
  });
  it('reads view counts and updates on lines of their own', () => {
    expect(meta('Lượt xem: 1.204')).toMatchObject({ views: 1204 });
    expect(meta('View count: 525')).toMatchObject({ views: 525 });
    expect(meta('Cập nhật: 10/12/2022 14:20')).toMatchObject({ updated: '2022-12-10T14:20:00+07:00' });
    expect(meta('Cập nhật lúc 14:20 10/12/2022')).toMatchObject({ updated: '2022-12-10T14:20:00+07:00' });
  });
  it('names a labelled date it cannot read instead of ignoring it', () => {
    expect(() => parseMetaLine('Ngày đăng: hôm qua')).toThrow(/Không đọc được ngày đăng/);
    expect(() => parseMetaLine('Ngày đăng 31/02/2015 | 16:46')).toThrow(/31\/02\/2015/);
    expect(() => parseMetaLine('Published: 07/09/2015 13:10 PM')).toThrow(/impossible date/);
  });
  it('leaves ordinary lines alone, even those that start like a label', () => {
    expect(parseMetaLine('Hoạt động khối chính quyền')).toBeNull();
    expect(parseMetaLine('Năm 2022, quận Hoàng Mai đạt 19/19 chỉ tiêu')).toBeNull();
    expect(parseMetaLine('Ngày hội đại đoàn kết toàn dân tộc')).toBeNull();
    expect(parseMetaLine('Hội nghị ngày 07/09/2015')).toBeNull();
    expect(parseMetaLine('Nguồn nhân lực chất lượng cao')).toBeNull();
    expect(parseMetaLine('By the people')).toBeNull();
  });
});

describe('parseHeader', () => {
  it('reads “Ngày đăng … | … | Lượt xem: …” with the title above and the category above that', () => {
    expect(
      header(
        `Hoạt động khối chính quyền\n\nPhường Phúc Lợi: Với công tác thi đua khen thưởng.\nNgày đăng 07/09/2015 | 16:46 \u00a0|\u00a0Lượt xem: 329\n\n${BODY}`,
      ),
    ).toEqual({
      title: 'Phường Phúc Lợi: Với công tác thi đua khen thưởng.',
      category: 'Hoạt động khối chính quyền',
      published: '2015-09-07T16:46:00+07:00',
      updated: undefined,
      views: 329,
      body: [BODY],
      ignored: [],
    });
  });
  it('reads “View count: …” and keeps an ALL-CAPS title as it is', () => {
    const h = header(`QUẬN TÂY HỒ TỔNG KẾT PHONG TRÀO THI ĐUA NĂM 2017\nNgày đăng 20/12/2017 | 03:43 | View count: 525\n\n${BODY}`);
    expect(h).toMatchObject({
      title: 'QUẬN TÂY HỒ TỔNG KẾT PHONG TRÀO THI ĐUA NĂM 2017',
      category: undefined,
      published: '2017-12-20T03:43:00+07:00',
      views: 525,
    });
  });
  it('reads “Đăng ngày 17 - 05 - 2024” with “Lượt xem: 1.204” on the next line', () => {
    const h = header(`Tin tức - Sự kiện\n\nHội nghị tổng kết năm 2023\nĐăng ngày 17 - 05 - 2024\nLượt xem: 1.204\n\n${BODY}`);
    expect(h).toMatchObject({
      title: 'Hội nghị tổng kết năm 2023',
      category: 'Tin tức - Sự kiện',
      published: '2024-05-17T00:00:00+07:00 (date only)',
      views: 1204,
      body: [BODY],
    });
  });
  it('reads a bare date line after the title', () => {
    expect(header(`Tin tức\n\nHội nghị tổng kết năm 2022\n09/12/2022\n\n${BODY}`)).toMatchObject({
      title: 'Hội nghị tổng kết năm 2022',
      category: 'Tin tức',
      published: '2022-12-09T00:00:00+07:00 (date only)',
      body: [BODY],
    });
  });
  it('reads a bare date line before the title', () => {
    expect(header(`Tin tức\n\n09/12/2022\nHội nghị tổng kết năm 2022\n\n${BODY}`)).toMatchObject({
      title: 'Hội nghị tổng kết năm 2022',
      category: 'Tin tức',
      body: [BODY],
    });
    expect(header(`09/12/2022\nHội nghị tổng kết năm 2022\n\n${BODY}`)).toMatchObject({ title: 'Hội nghị tổng kết năm 2022', category: undefined });
  });
  it('takes the longer neighbour of a bare date as the title when both touch it', () => {
    expect(header(`Tin tức\n09/12/2022\nHội nghị tổng kết công tác năm 2022\n\n${BODY}`)).toMatchObject({
      title: 'Hội nghị tổng kết công tác năm 2022',
      category: 'Tin tức',
    });
  });
  it('reads “Cập nhật: …” as the update date', () => {
    const h = header(`Tiêu đề\nNgày đăng 07/09/2015 | 16:46\nCập nhật: 10/09/2015 08:00\n\n${BODY}`);
    expect(h).toMatchObject({ title: 'Tiêu đề', published: '2015-09-07T16:46:00+07:00', updated: '2015-09-10T08:00:00+07:00', body: [BODY] });
  });
  it('takes the first line as the title when the page has no date, and reports no date', () => {
    expect(header(`Tổng kết công tác thi đua khen thưởng năm 2013\n\n${BODY}`)).toMatchObject({
      title: 'Tổng kết công tác thi đua khen thưởng năm 2013',
      published: undefined,
      body: [BODY],
    });
  });
  it('finds no title on a page that is only a date and prose', () => {
    expect(header(`09/12/2022\n\n${BODY}`).title).toBeUndefined();
    expect(header(BODY).title).toBeUndefined();
  });
  it('reports stray lines above the category and never reads dates from the body', () => {
    const h = header(`Liên kết website\nTin tức\n\nTiêu đề\nNgày đăng 07/09/2015\n\n${BODY}\n\n09/12/2022`);
    expect(h).toMatchObject({ title: 'Tiêu đề', category: 'Tin tức', ignored: ['Liên kết website'], body: [BODY, '09/12/2022'] });
  });
  it('fails on an impossible date in the header', () => {
    expect(() => parseHeader(toLines(`Tiêu đề\nNgày đăng 31/02/2015 | 16:46 | Lượt xem: 3\n\n${BODY}`))).toThrow(/31\/02\/2015/);
    expect(() => parseHeader(toLines(`Tiêu đề\n31/02/2015\n\n${BODY}`))).toThrow(/impossible date/);
  });
});

describe('reading the header by the shape of its values', () => {
  const facts = (text: string, lang?: string) => {
    const h = parseHeader(toLines(`${text}\n\n${BODY}`), { lang });
    return {
      title: h.title,
      published: h.published && `${toVnIso(h.published.date)}${h.published.dateOnly ? ' (date only)' : ''}`,
      updated: h.updated && toVnIso(h.updated.date),
      views: h.views,
      warnings: h.warnings,
      body: h.body.map((l) => l.text).filter(Boolean),
    };
  };
  it.each([
    ['an English month name after an unknown label', 'Ward plants trees\nDate of issue: March 5, 2019', '2019-03-05T00:00:00+07:00 (date only)', undefined],
    [
      'an abbreviated month, day first, time with a.m., views by shape',
      'Ward plants trees\nUploaded on 5 Mar. 2019 at 8:05 a.m. · 1,204 views',
      '2019-03-05T08:05:00+07:00',
      1204,
    ],
    ['a labelled month-name date', 'Ward plants trees\nPublished: Tuesday, March 5th, 2019 4:30 PM | Hits: 77', '2019-03-05T16:30:00+07:00', 77],
    [
      'd.m.yyyy after an unknown Vietnamese label, views in words on the next line',
      'Ngày hội trồng cây\nNgày phát hành: 05.03.2019\nĐã có 1.204 người xem',
      '2019-03-05T00:00:00+07:00 (date only)',
      1204,
    ],
    ['“8 giờ 5” before a date', 'Ngày hội trồng cây\nThời gian: 8 giờ 5 ngày 5/3/2019', '2019-03-05T08:05:00+07:00', undefined],
    [
      'a time on a line of its own under an unknown label',
      'Ngày hội trồng cây\nNgày phát hành: 05-03-2019\nGiờ phát hành: 08h05',
      '2019-03-05T08:05:00+07:00',
      undefined,
    ],
  ])('%s', (_, text, published, views) => {
    const f = facts(text);
    expect(f).toMatchObject({ title: text.split('\n')[0], published, views, body: [BODY] });
  });
  it('reports fields it does not know and keeps them out of the body', () => {
    const f = facts('Ngày hội trồng cây\nNgày phát hành: 05.03.2019 | Người gửi: Văn phòng');
    expect(f.warnings).toEqual([expect.stringMatching(/không hiểu, bỏ qua: “Người gửi: Văn phòng”/)]);
    expect(f.body).toEqual([BODY]);
  });
  it('reads 3/2/2019 day first by default, month first on an en-US page, and says which', () => {
    expect(facts('Ward festival\nPosted 03/02/2019 | Views: 5')).toMatchObject({
      published: '2019-02-03T00:00:00+07:00 (date only)',
      warnings: [expect.stringMatching(/“03\/02\/2019” đọc được hai cách; đã đọc là ngày 3 tháng 2 năm 2019 \(ngày trước tháng/)],
    });
    expect(facts('Ward festival\nPosted 03/02/2019 | Views: 5', 'en-US')).toMatchObject({
      published: '2019-03-02T00:00:00+07:00 (date only)',
      warnings: [expect.stringMatching(/đã đọc là ngày 2 tháng 3 năm 2019 \(tháng trước ngày: trang khai báo ngôn ngữ en-US\)/)],
    });
    // An English page that writes “Mar. 5, 2019” writes its numbers month first too.
    expect(facts('Ward festival\nPosted: Mar. 5, 2019\nUpdated: 03/06/2019')).toMatchObject({
      updated: '2019-03-06T00:00:00+07:00',
      warnings: [expect.stringMatching(/kiểu Mỹ \(“Mar\. 5, 2019”\)/)],
    });
    // A Vietnamese page has one reading: nothing to report.
    expect(facts('Ngày hội\nNgày đăng 03/02/2019')).toMatchObject({ published: '2019-02-03T00:00:00+07:00 (date only)', warnings: [] });
    expect(facts('Ngày hội\nNgày đăng 03/02/2019', 'vi')).toMatchObject({ published: '2019-02-03T00:00:00+07:00 (date only)', warnings: [] });
  });
  it('fails an ambiguous date with the lines it tried', () => {
    expect(() => parseHeader(toLines(`Ward festival\nPosted: 25/12/2019\n\n${BODY}`), { lang: 'en-US' })).toThrow(
      /“25\/12\/2019”.*ambiguous date.*đã thử các dòng: “Ward festival”, “Posted: 25\/12\/2019”/,
    );
  });
  it('lists the lines it tried when there is no date, and never takes a title for a date line', () => {
    expect(parseHeader(toLines(`Ward festival\nno date here\n\n${BODY}`)).tried).toEqual(['Ward festival', 'no date here']);
    expect(facts('Thông báo lịch tiếp công dân ngày 15/03/2023\nVăn phòng UBND phường')).toMatchObject({ published: undefined });
  });
});

describe('where the header is looked for', () => {
  it('reads unknown labels only in the first lines, not in the article below', () => {
    const lines = ['Hội nghị tổ dân phố', ...Array.from({ length: 8 }, (_, i) => `Đoạn ngắn thứ ${i + 1} của bài.`), 'Ngày họp: 05/03/2019'];
    const h = parseHeader(toLines(lines.join('\n')));
    expect(h.published).toBeUndefined();
    expect(h.tried).toEqual(lines.slice(0, 8));
  });
});
