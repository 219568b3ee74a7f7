import { describe, expect, it } from 'vitest';
import { splitTrailer, trailerLine } from './trailer.ts';

const paragraphs = (...texts: string[]) => texts.map((text) => ({ text, afterPlaceholder: false }));

describe('trailerLine', () => {
  it.each([
    ['Nguồn: phòng Nội vụ quận', { kind: 'source', value: 'phòng Nội vụ quận' }],
    ['(Nguồn: Báo Hà Nội mới)', { kind: 'source', value: 'Báo Hà Nội mới' }],
    ['Nguồn tin: UBND phường', { kind: 'source', value: 'UBND phường' }],
    ['Ban Tuyên giáo Quận ủy', { kind: 'source', value: 'Ban Tuyên giáo Quận ủy' }],
    ['Văn phòng HĐND - UBND phường', { kind: 'source', value: 'Văn phòng HĐND - UBND phường' }],
    ['Uỷ ban nhân dân phường Phúc Lợi', { kind: 'source', value: 'Uỷ ban nhân dân phường Phúc Lợi' }],
    ['Như Hân', { kind: 'byline', value: 'Như Hân' }],
    ['Tin, ảnh: Minh Ngọc', { kind: 'byline', value: 'Tin, ảnh: Minh Ngọc' }],
    ['Bài và ảnh: Hoàng Anh', { kind: 'byline', value: 'Bài và ảnh: Hoàng Anh' }],
    ['Minh Ngọc - Hoàng Anh', { kind: 'byline', value: 'Minh Ngọc - Hoàng Anh' }],
  ])('reads “%s”', (text, expected) => expect(trailerLine(text)).toEqual(expected));

  it.each([
    'Thực hiện tốt công tác xóa đói giảm nghèo năm 2015.',
    'Hội nghị đã thành công tốt đẹp.',
    'phòng Nội vụ quận',
    'Phong trào thi đua Uống nước nhớ nguồn',
    '2.054 cá nhân',
  ])('leaves “%s” in the body', (text) => expect(trailerLine(text)).toBeNull());
});

describe('splitTrailer', () => {
  it('takes a byline and a source off the end, in either order', () => {
    expect(splitTrailer(paragraphs('Thân bài./.', 'Như Hân', 'Nguồn: phòng Nội vụ quận'))).toEqual({
      paragraphs: paragraphs('Thân bài./.'),
      byline: 'Như Hân',
      source: 'phòng Nội vụ quận',
    });
    expect(splitTrailer(paragraphs('Thân bài.', 'Nguồn: X', 'Tin, ảnh: Minh Ngọc'))).toMatchObject({ byline: 'Tin, ảnh: Minh Ngọc', source: 'X' });
  });
  it('stops at the first line that is not a trailer line, and never takes two of a kind', () => {
    expect(splitTrailer(paragraphs('Như Hân', 'Thân bài.', 'Minh Ngọc'))).toEqual({ paragraphs: paragraphs('Như Hân', 'Thân bài.'), byline: 'Minh Ngọc' });
    expect(splitTrailer(paragraphs('Thân bài.', 'Hoàng Anh', 'Minh Ngọc'))).toEqual({ paragraphs: paragraphs('Thân bài.', 'Hoàng Anh'), byline: 'Minh Ngọc' });
  });
  it('never takes the only paragraph', () => {
    expect(splitTrailer(paragraphs('Ban Tuyên giáo Quận ủy'))).toEqual({ paragraphs: paragraphs('Ban Tuyên giáo Quận ủy') });
  });
});
