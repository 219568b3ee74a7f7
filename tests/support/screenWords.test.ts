import { describe, expect, it } from 'vitest';
import { englishIn, englishWords, isBareSyllable } from './screenWords.ts';

const english = englishWords();

describe('English on the admin’s screen', () => {
  it('finds the English the admin once showed, and the browser’s own', () => {
    expect(englishIn('Loading configuration…', english)).toEqual(['Loading', 'configuration']);
    expect(englishIn('Chưa lưu được bài: API_ERROR: Không nhận tệp', english)).toEqual(['ERROR']);
    expect(englishIn('Choose Files No file chosen', english)).toEqual(['Choose', 'Files', 'file', 'chosen']);
    expect(englishIn('Ngày đăng Invalid Date', english)).toEqual(['Invalid', 'Date']);
    expect(englishIn('Save · Publish now · Delete entry', english)).toEqual(['Save', 'Publish', 'now', 'Delete', 'entry']);
    // react-select's words for screen readers, hidden on screen but read aloud.
    expect(englishIn('option Hoạt động khối chính quyền, selected. 3 results available', english)).toEqual(['option', 'selected', 'results', 'available']);
  });

  it('leaves Vietnamese alone, with or without its marks, and the formats staff are told about', () => {
    expect(englishIn('Đang viết trong mục Tin tức · KHÔNG CÓ GÌ MỚI ĐỂ LƯU · Tải ảnh lên', english)).toEqual([]);
    expect(englishIn('tin-phuong-so-01 · phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong · nghieng, khuyen, to, in, set, the', english)).toEqual([]);
    expect(
      englishIn('Tệp PDF, Word (DOC, DOCX), Excel (XLS, XLSX) · Mô tả ảnh (alt) · JPEG, PNG hoặc WebP · chế độ Markdown · giữ Ctrl hoặc Shift', english),
    ).toEqual([]);
  });

  it('reads no word inside a code: the base-36 time an uploaded photo’s name ends with (admin/uploads.ts)', () => {
    // Once each, on the new-article screen's photo library: “if” and “or” were letters of such a time.
    expect(englishIn('hoi-nghi-tong-ket-4if0a1.jpg · trao-khen-thuong-m9or2k.jpg', english)).toEqual([]);
    expect(englishIn('Loading hoi-nghi-tong-ket-4if0a1.jpg', english)).toEqual(['Loading']);
  });

  it('knows a Vietnamese syllable without its marks from an English word', () => {
    for (const word of ['duong', 'nghieng', 'khuyen', 'truong', 'quyet', 'giup', 'oanh', 'hoai']) expect(isBareSyllable(word), word).toBe(true);
    for (const word of ['save', 'publish', 'entry', 'loading', 'files', 'draft', 'review']) expect(isBareSyllable(word), word).toBe(false);
  });
});
