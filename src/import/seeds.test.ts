/**
 * The five real seed pages (tests/fixtures/legacy/seeds), read by the pure parser.
 * Expectations were written by reading each page: which line is the title,
 * the category, the date line, and which lines are body paragraphs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toVnIso } from '../lib/dates.ts';
import { normalizeSpaces } from '../lib/vietnamese.ts';
import { decodePage } from './decode.ts';
import { parsePage } from './parse.ts';

const SEEDS = resolve(import.meta.dirname, '../../tests/fixtures/legacy/seeds');
const raw = (name: string) => readFileSync(resolve(SEEDS, name));
const sourceLines = (name: string) => raw(name).toString('utf8').split('\n');

interface Expected {
  title: string;
  category?: string;
  published?: string;
  views?: number;
  byline?: string;
  source?: string;
  /** 0-based line numbers of the page's body paragraphs, in order, each exactly once. */
  body: number[];
  /** Which of those lines are captions, headings (level) and list items. */
  captions?: number[];
  headings?: Record<number, number>;
  items?: number[];
}

const range = (from: number, to: number, step = 2) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

const SEED_PAGES: Record<string, Expected> = {
  '000_1eba78289dc0a834.txt': {
    title: 'Phường Phúc Lợi: Với công tác thi đua khen thưởng.',
    category: 'Hoạt động khối chính quyền',
    published: '2015-09-07T16:46:00+07:00',
    views: 329,
    // Line 7 repeats line 5 and is dropped; line 23 is an empty (NBSP) paragraph.
    body: [5, ...range(9, 21), ...range(25, 33)],
  },
  '001_97f6414bf174a12c.txt': {
    title: 'Kết quả phong trào thi đua trong CBCCVCNLĐ cơ quan phường Thượng Thanh năm 2017.',
    category: 'Tin tức sự kiện nổi bật',
    published: '2018-01-19T15:48:00+07:00',
    views: 714,
    body: range(5, 19),
    captions: [9, 15],
  },
  '002_bf1e2aa8c3de717c.txt': {
    // Lines 0–6 are side-box chrome; the page names no category.
    title:
      'QUẬN TÂY HỒ TỔ CHỨC TỔNG KẾT PHONG TRÀO THI ĐUA NĂM 2017; GIAO CHỈ TIÊU KINH TẾ - XÃ HỘI, DỰ TOÁN THU, CHI NGÂN SÁCH VÀ PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2018',
    published: '2017-12-20T03:43:00+07:00',
    views: 525,
    source: 'Ban Tuyên giáo Quận ủy',
    body: range(11, 37),
  },
  '003_fbc45c5ea3e6d698.txt': {
    // No date and no category: “Xuất bản thông tin” is Liferay's portlet title.
    title: 'Tổng kết công tác thi đua khen thưởng năm 2013 khối phường, quận Liên Chiểu',
    byline: 'Như Hân',
    body: [7, 11, 13, 15, 17, 19],
    // Line 11 stands where the photo was (line 9 is an NBSP-only line).
    captions: [11],
  },
  '004_fd0e0bf3379ea4d7.txt': {
    title: 'Kết quả thực hiện phong trào thi đua yêu nước năm 2022 và một số nhiệm vụ công tác thi đua, khen thưởng năm 2023',
    category: 'cải cách hành chính - tổ chức',
    published: '2023-03-25T09:38:00+07:00',
    views: 58,
    source: 'phòng Nội vụ quận',
    body: range(5, 79),
    headings: { 9: 2, 11: 3, 23: 3, 25: 4, 31: 3, 35: 3, 67: 2 },
    items: [...range(15, 21), 29, ...range(39, 63), ...range(71, 77)],
  },
};

describe.each(Object.entries(SEED_PAGES))('seed %s', (name, expected) => {
  const page = parsePage(decodePage(raw(name)));
  const lines = sourceLines(name);

  it('has the title, category, date, time and view count of the page', () => {
    expect(page.title).toBe(expected.title);
    expect(page.category).toBe(expected.category);
    expect(page.published && toVnIso(page.published.date)).toBe(expected.published);
    expect(page.published?.dateOnly ?? false).toBe(false);
    expect(page.views).toBe(expected.views);
  });
  it('has the byline and source of the page', () => {
    expect(page.byline).toBe(expected.byline);
    expect(page.source).toBe(expected.source);
  });
  it('has every body paragraph exactly once, in order, and nothing else', () => {
    // A list item or “* …” heading loses its marker; its words stay.
    const unmarked = (text: string) => text.replace(/^[-*]\s*/, '');
    expect(page.blocks.map((b) => b.text)).toEqual(expected.body.map((i) => unmarked(normalizeSpaces(lines[i]!))));
  });
  it('keeps captions, headings and lists as such', () => {
    const at = (kind: string) => expected.body.filter((_, k) => page.blocks[k]!.kind === kind);
    expect(at('caption')).toEqual(expected.captions ?? []);
    expect(at('item')).toEqual(expected.items ?? []);
    const headings = Object.fromEntries(
      expected.body.flatMap((line, k) => {
        const b = page.blocks[k]!;
        return b.kind === 'heading' ? [[line, b.level]] : [];
      }),
    );
    expect(headings).toEqual(expected.headings ?? {});
  });
});
