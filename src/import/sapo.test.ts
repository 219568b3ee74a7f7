import { describe, expect, it } from 'vitest';
import { sentences, summarize, SUMMARY_MAX } from './sapo.ts';

describe('sentences', () => {
  it('splits at sentence ends, not at numbers, dates or abbreviations', () => {
    expect(sentences('Tổng thu 4.670,8 tỷ đồng, đạt 105,29% KH. Chi ngân sách đảm bảo. Ngày 11/6/1948 Bác ra lời kêu gọi.')).toEqual([
      'Tổng thu 4.670,8 tỷ đồng, đạt 105,29% KH.',
      'Chi ngân sách đảm bảo.',
      'Ngày 11/6/1948 Bác ra lời kêu gọi.',
    ]);
    expect(sentences('Đoàn công tác TP. Hồ Chí Minh thăm phường. Sau đó làm việc.')).toEqual([
      'Đoàn công tác TP. Hồ Chí Minh thăm phường.',
      'Sau đó làm việc.',
    ]);
  });
  it('keeps closing quotes with their sentence', () => {
    expect(sentences('Bác nói: “Thi đua là yêu nước”. Thấm nhuần lời dạy.')).toEqual(['Bác nói: “Thi đua là yêu nước”.', 'Thấm nhuần lời dạy.']);
  });
});

describe('summarize', () => {
  it('takes the first sentence of the first plain paragraph', () => {
    const long = `Năm 2017 được Thành phố chọn là năm “Kỷ cương hành chính”, ${'nội dung '.repeat(15)}của phường.`;
    expect(
      summarize(
        [
          { kind: 'heading', level: 2, text: 'I. Mở đầu' },
          { kind: 'paragraph', text: `${long} Câu thứ hai.` },
        ],
        'Tiêu đề',
      ),
    ).toBe(long);
  });
  it('adds the second sentence when the first is short', () => {
    expect(summarize([{ kind: 'paragraph', text: 'Sáng 18/12, quận tổng kết. Hội nghị có 200 đại biểu dự. Câu ba.' }], 'T')).toBe(
      'Sáng 18/12, quận tổng kết. Hội nghị có 200 đại biểu dự.',
    );
  });
  it('cuts a very long sentence at a word, within the schema limit', () => {
    const summary = summarize([{ kind: 'paragraph', text: 'chữ '.repeat(400) }], 'T');
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(summary.endsWith('chữ…')).toBe(true);
  });
  it('falls back to a list item, then to the title', () => {
    expect(summarize([{ kind: 'item', text: 'Mục một.' }], 'T')).toBe('Mục một.');
    expect(summarize([], 'Tiêu đề bài')).toBe('Tiêu đề bài');
  });
});
