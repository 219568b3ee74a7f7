import { describe, expect, it } from 'vitest';
import { editFrontmatter, frontmatterText, readValue, splitFrontmatter } from './frontmatter.ts';

/** Error message of `run`, or '' if it did not throw. */
function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('reading front matter', () => {
  it('keeps dates as written, so the schema can refuse an impossible one', () => {
    const { data, body } = splitFrontmatter('---\npublishedAt: 2015-02-31T10:00\nupdatedAt: 2015-09-07T16:46:00+07:00\nday: 2015-09-07\n---\n\nBài.\n');
    expect(data).toEqual({ publishedAt: '2015-02-31T10:00', updatedAt: '2015-09-07T16:46:00+07:00', day: '2015-09-07' });
    expect(body).toBe('\nBài.\n');
  });

  it('reads YAML 1.2 core values: numbers, booleans, null; the rest are strings', () => {
    expect(splitFrontmatter('---\na: 329\nb: true\nc: ~\nd: yes\ne: 0x1F\nf: "2017"\n---\n').data).toEqual({
      a: 329,
      b: true,
      c: null,
      d: 'yes',
      e: 31,
      f: '2017',
    });
    expect(readValue('"000_1eba78289dc0a834.txt"')).toBe('000_1eba78289dc0a834.txt');
  });

  it('refuses what YAML cannot read, in Vietnamese, with the line of the file', () => {
    // A colon in an unquoted title: the mistake staff make most, with what to do.
    expect(errorOf(() => splitFrontmatter('---\ntitle: Phường Phúc Lợi: Với công tác thi đua\n---\n'))).toBe(
      'dòng 2: phần đầu bài (giữa hai dòng “---”) không đọc được: Nested mappings are not allowed in compact mappings. ' +
        'Giá trị có dấu hai chấm thì đặt cả giá trị trong ngoặc kép, ví dụ: title: "Hội nghị: tổng kết năm"',
    );
    // A tag YAML would only warn about, and read as a string.
    expect(errorOf(() => splitFrontmatter('---\ntitle: A\nsummary: !ghi-chu B\n---\n'))).toMatch(/^dòng 3: .*Unresolved tag: !ghi-chu$/);
    expect(errorOf(() => splitFrontmatter('---\ntitle: A\ntitle: B\n---\n'))).toMatch(/^dòng 3: .*Map keys must be unique$/);
    expect(errorOf(() => splitFrontmatter('---\ntitle: *tieu-de\n---\n'))).toMatch(/^phần đầu bài .*Unresolved alias/);
  });
});

describe('writing front matter', () => {
  it('writes new data as the importer always has: plain where YAML allows, quoted where it must, one line per value', () => {
    const title = 'Phường Phúc Lợi tổ chức hội nghị tổng kết công tác thi đua khen thưởng năm 2024: phát động phong trào thi đua yêu nước năm 2025';
    expect(
      frontmatterText({
        title,
        summary: 'true',
        publishedAt: '2015-09-07T16:46:00+07:00',
        wards: ['phuong-phuc-loi-00136'],
        byline: '"Mái ấm tình thương" cho hộ nghèo',
        legacy: { views: 329, checksum: '0123456789012345' },
      }),
    ).toBe(
      [
        `title: "${title}"`,
        'summary: "true"',
        'publishedAt: 2015-09-07T16:46:00+07:00',
        'wards:',
        '  - phuong-phuc-loi-00136',
        // Single quotes where double quotes would need a backslash before each ".
        `byline: '"Mái ấm tình thương" cho hộ nghèo'`,
        'legacy:',
        '  views: 329',
        '  checksum: "0123456789012345"',
        '',
      ].join('\n'),
    );
  });
});

describe('editing front matter', () => {
  /** Written by hand, each line in a way yaml would not print it. */
  const handWritten = [
    '# Bài nhập tay',
    "title: 'Hội nghị'   # tiêu đề cũ",
    'wards: [phuong-phuc-loi-00136, phuong-viet-hung-00133]',
    'campaigns:',
    '- thi-dua-yeu-nuoc',
    'summary: Công tác thi đua là động lực',
    '  thúc đẩy phát triển.',
    'byline: "Minh Ng\\u1ecdc"',
    '"category": tin-tuc-su-kien',
    'legacy: {views: 0x1F}',
    '',
    '# ghi chú cuối',
  ].join('\n');

  it('gives back the text as it was when nothing changed', () => {
    expect(editFrontmatter(handWritten, {})).toBe(handWritten);
  });

  it("changes one key's lines and keeps every other line as written (String(doc) would re-print them all)", () => {
    const out = editFrontmatter(handWritten, { byline: 'Tin: Minh Ngọc' });
    expect(out).toBe(handWritten.replace('byline: "Minh Ng\\u1ecdc"', 'byline: "Tin: Minh Ngọc"'));
    expect(splitFrontmatter(`---\n${out}\n---\n`).data.byline).toBe('Tin: Minh Ngọc');
  });

  it('keeps the comments above a changed key and after a changed value', () => {
    const out = editFrontmatter(handWritten, { title: 'Hội nghị tổng kết' });
    expect(out.split('\n').slice(0, 2)).toEqual(['# Bài nhập tay', 'title: Hội nghị tổng kết # tiêu đề cũ']);
  });

  it('removes a key with the comments above it, and puts new keys where `order` says', () => {
    const text = 'title: A\n# nguồn cũ\nsource: B\ncategory: c';
    expect(editFrontmatter(text, { source: undefined, summary: 'Tóm tắt.' }, ['title', 'summary', 'category'])).toBe(
      'title: A\nsummary: Tóm tắt.\ncategory: c',
    );
  });

  it('writes a long Vietnamese title on one line', () => {
    const title = 'Phường Phúc Lợi tổ chức hội nghị tổng kết công tác thi đua khen thưởng năm 2024 và phát động phong trào thi đua năm 2025';
    expect(editFrontmatter('title: A\ncategory: c', { title })).toBe(`title: ${title}\ncategory: c`);
  });

  it('writes the data afresh when kept text would not read back (an alias whose anchor changed)', () => {
    const out = editFrontmatter('title: &t Hội nghị\nsummary: *t', { title: 'Hội nghị mới' });
    expect(splitFrontmatter(`---\n${out}\n---\n`).data).toEqual({ title: 'Hội nghị mới', summary: 'Hội nghị' });
  });

  it('starts from nothing when the front matter is empty or not a mapping', () => {
    expect(editFrontmatter('', { title: 'A', cover: { image: './anh/a.jpg', alt: 'Ảnh' } })).toBe('title: A\ncover:\n  image: ./anh/a.jpg\n  alt: Ảnh');
    expect(editFrontmatter('- a\n- b', { title: 'A' })).toBe('title: A');
  });
});
