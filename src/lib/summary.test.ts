import { describe, expect, it } from 'vitest';
import { summaryRepeatsBody, summaryRepeatsHtml } from './summary.ts';

describe('summaryRepeatsBody', () => {
  it('is true when the body opens with the summary', () => {
    expect(
      summaryRepeatsBody('Sáng ngày 18/12/2017, Quận Tây Hồ đã tổ chức tổng kết.', '\nSáng ngày 18/12/2017, Quận  Tây Hồ đã tổ chức tổng kết.\n\nĐoạn hai.'),
    ).toBe(true);
    expect(summaryRepeatsBody('Công tác thi đua - khen thưởng có vị trí…', 'Công tác thi đua - khen thưởng có vị trí, ý nghĩa.')).toBe(true);
  });
  it('is false for a sapo written on its own', () => {
    expect(summaryRepeatsBody('Trụ sở mới được đưa vào sử dụng.', 'Sáng ngày 20/5/2024, Ủy ban nhân dân phường tổ chức lễ.')).toBe(false);
    expect(summaryRepeatsBody('Tóm tắt', undefined)).toBe(false);
  });
});

describe('summaryRepeatsHtml', () => {
  it('reads the rendered body as text', () => {
    expect(
      summaryRepeatsHtml(
        'Sáng ngày 18/12/2017, Quận Tây Hồ đã tổ chức tổng kết.',
        '<p><strong>Sáng</strong> ngày 18/12/2017, Quận&nbsp;Tây Hồ đã tổ chức tổng kết.</p>\n<p>Đoạn hai.</p>',
      ),
    ).toBe(true);
    expect(summaryRepeatsHtml('Tin & ảnh', '<p>Tin &amp; ảnh</p>')).toBe(true);
    expect(summaryRepeatsHtml('Trụ sở mới được đưa vào sử dụng.', '<p>Sáng ngày 20/5/2024, Ủy ban nhân dân phường tổ chức lễ.</p>')).toBe(false);
    expect(summaryRepeatsHtml('Tóm tắt', undefined)).toBe(false);
  });
});
