import { describe, expect, it } from 'vitest';
import { classify, isCaption, toParagraphs, type Paragraph } from './body.ts';
import { toLines } from './lines.ts';

const p = (text: string, afterPlaceholder = false): Paragraph => ({ text, afterPlaceholder });
const kinds = (...texts: string[]) => classify(texts.map((t) => p(t))).map((b) => (b.kind === 'heading' ? `h${b.level}: ${b.text}` : `${b.kind}: ${b.text}`));

describe('toParagraphs', () => {
  it('makes each non-blank line a paragraph with NBSP runs collapsed', () => {
    const { paragraphs } = toParagraphs(toLines('\u00a0\u00a0 Trong 6 chỉ tiêu &\u00a0 hoàn thành.\u00a0\u00a0\n\nĐoạn hai'));
    expect(paragraphs.map((x) => x.text)).toEqual(['Trong 6 chỉ tiêu & hoàn thành.', 'Đoạn hai']);
  });
  it('drops a paragraph repeated right after itself, and only then', () => {
    const { paragraphs, repeated } = toParagraphs(toLines('Mở đầu.\n\nMở đầu.\n\nGiữa.\n\nMở đầu.'));
    expect(paragraphs.map((x) => x.text)).toEqual(['Mở đầu.', 'Giữa.', 'Mở đầu.']);
    expect(repeated).toBe(1);
  });
  it('remembers where an image was (an NBSP-only line)', () => {
    const { paragraphs } = toParagraphs(toLines('Một.\n\n\u00a0\n\nChú thích ảnh\n\nHai.'));
    expect(paragraphs.map((x) => x.afterPlaceholder)).toEqual([false, true, false]);
  });
});

describe('isCaption', () => {
  it.each([
    'Đ/c Trần Thị Thanh Hồng - PCT UBND, Chủ tịch Công đoàn phường báo cáo tổng kết phong trào thi đua trong CBCCVCNLĐ năm 2017',
    'Đồng chí Bí thư Đảng ủy phường phát biểu tại hội nghị',
    'Các đ/c lãnh đạo phường trao thưởng',
    '(Ảnh: Minh Ngọc)',
    'Ảnh: Toàn cảnh hội nghị',
    'Toàn cảnh hội nghị (Ảnh: Minh Ngọc)',
    'Ảnh minh họa',
  ])('takes “%s” for a caption', (text) => expect(isCaption(p(text))).toBe(true));

  it.each([
    'Đồng chí Đỗ Anh Tuấn – Phó Bí thư Quận ủy đã tiếp thu ý kiến chỉ đạo và phát động phong trào thi đua năm 2018 với chủ đề:',
    'Đ/c Chủ tịch UBND phường đã kết luận hội nghị.',
    'Hội nghị tổng kết năm 2013',
  ])('does not take “%s” for a caption', (text) => expect(isCaption(p(text))).toBe(false));

  it('takes a short line standing where an image was for its caption, not a sentence', () => {
    expect(isCaption(p('Tổng kết công tác thi đua khen thưởng năm 2013', true))).toBe(true);
    expect(isCaption(p('Phong trào thi đua Uống nước nhớ nguồn được quan tâm.', true))).toBe(false);
    expect(isCaption(p('1. Kết quả', true))).toBe(false);
  });
});

describe('classify', () => {
  it('turns numbered lines into headings at their level and keeps their numbers', () => {
    expect(
      kinds(
        'I. Thành tích nổi bật trong phong trào thi đua năm 2022:',
        '1. Kết quả thực hiện các nhiệm vụ:',
        '1.1. Chỉ tiêu kinh tế',
        'II. Nhiệm vụ năm 2023:',
      ),
    ).toEqual([
      'h2: I. Thành tích nổi bật trong phong trào thi đua năm 2022:',
      'h3: 1. Kết quả thực hiện các nhiệm vụ:',
      'h4: 1.1. Chỉ tiêu kinh tế',
      'h2: II. Nhiệm vụ năm 2023:',
    ]);
  });
  it('keeps a long or finished numbered sentence a paragraph', () => {
    expect(kinds('1. Năm 2022 quận đã hoàn thành các chỉ tiêu.', `2. ${'Nội dung dài '.repeat(20).trim()}`)).toEqual([
      'paragraph: 1. Năm 2022 quận đã hoàn thành các chỉ tiêu.',
      `paragraph: 2. ${'Nội dung dài '.repeat(20).trim()}`,
    ]);
  });
  it('makes dash and bullet lines list items', () => {
    expect(kinds('- Huân chương Lao động hạng Nhì: 01 tập thể.', '– Bằng khen: 02 tập thể.', '• Cờ thi đua', '+ Giấy khen', '-Danh hiệu')).toEqual([
      'item: Huân chương Lao động hạng Nhì: 01 tập thể.',
      'item: Bằng khen: 02 tập thể.',
      'item: Cờ thi đua',
      'item: Giấy khen',
      'item: Danh hiệu',
    ]);
  });
  it('makes a short “* …” line that heads a paragraph a heading, not a bullet', () => {
    expect(
      kinds(
        '* Dự án vốn ngân sách Thành phố',
        'Kế hoạch vốn đầu tư công đã giải ngân 100%.',
        '* Dự án vốn ngân sách Quận: Kế hoạch vốn năm 2022 được giao 742,042 tỷ đồng.',
      ),
    ).toEqual([
      'h4: Dự án vốn ngân sách Thành phố',
      'paragraph: Kế hoạch vốn đầu tư công đã giải ngân 100%.',
      'item: Dự án vốn ngân sách Quận: Kế hoạch vốn năm 2022 được giao 742,042 tỷ đồng.',
    ]);
  });
  it('keeps a run of short “* …” lines a list', () => {
    expect(kinds('* Tổ 1', '* Tổ 2', '* Tổ 3')).toEqual(['item: Tổ 1', 'item: Tổ 2', 'item: Tổ 3']);
  });
  it('keeps “./.” and negative numbers as text', () => {
    expect(kinds('Lập thành tích chào mừng 20 năm thành lập quận./.', '-5 độ C là nhiệt độ thấp nhất')).toEqual([
      'paragraph: Lập thành tích chào mừng 20 năm thành lập quận./.',
      'paragraph: -5 độ C là nhiệt độ thấp nhất',
    ]);
  });
});
