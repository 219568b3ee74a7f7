import { describe, expect, it } from 'vitest';
import { bodyBlockProblems } from './blockChecks.ts';
import { previewHtml } from './blocks.ts';

describe('the blocks of a body, checked before saving', () => {
  it('refuse a photo block without its alt text, in the preview’s own words', () => {
    const body = 'Mở đầu.\n\n```anh\nẢnh: ./anh/tru-so.jpg\nChú thích: Trụ sở\n```\n\nKết.\n';
    const problems = bodyBlockProblems(body);
    expect(problems).toEqual(['Khối chưa đủ thông tin: thiếu “Mô tả” của ảnh: mô tả ngắn nội dung ảnh cho người không xem được ảnh']);
    // The preview of the same block says the same.
    expect(previewHtml('anh', { image: './anh/tru-so.jpg', caption: 'Trụ sở' })).toContain(problems[0]);
  });

  it('check every kind, an empty block too, and pass complete ones and ordinary code', () => {
    const body = [
      '```anh\nẢnh: ./anh/a.jpg\nMô tả: Trụ sở phường\n```',
      '```van-ban\nSố hiệu: 125/QĐ-UBND\nNgày ban hành: 31/02/2024\nCơ quan ban hành: UBND phường\nTrích yếu: Kế hoạch\n```',
      '```khen-thuong\n```',
      '```js\nconsole.log(1)\n```',
    ].join('\n\n');
    expect(bodyBlockProblems(body)).toEqual([
      'Khối chưa đủ thông tin: “Ngày ban hành” phải là ngày có thật, viết ngày/tháng/năm, ví dụ 20/12/2024: 31/02/2024',
      'Khối chưa đủ thông tin: thiếu “Tiêu đề”; bảng khen thưởng chưa có dòng nào (“- Tên | Danh hiệu”)',
    ]);
    expect(bodyBlockProblems('Chỉ có chữ.\n')).toEqual([]);
  });
});
