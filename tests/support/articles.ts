/**
 * More articles for a copy of the fixture content: the fixture's lists are
 * short (29 articles, all on one front page), and lists with archive pages
 * (src/lib/listings.ts) need 40 and more. Year 2019, one a day from 1
 * January, in the fixture's category, ward, district and campaign.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file (under news/) and the URL of extra article number n. */
export const extraArticle = (n: number) => {
  const slug = `tin-them-${String(n).padStart(3, '0')}`;
  return { file: `news/2019/${slug}.md`, url: `/tin-tuc/2019/${slug}/` };
};

/** Writes extra articles `from` to `to` (inclusive) into `content`. */
export function addArticles(content: string, from: number, to: number): void {
  mkdirSync(join(content, 'news/2019'), { recursive: true });
  for (let n = from; n <= to; n++) {
    const day = new Date(Date.UTC(2019, 0, n, 1, 0));
    const frontmatter = [
      '---',
      `title: Tin thêm số ${n} năm 2019`,
      `summary: Tin ngắn thêm số ${n}, cho danh sách có trang lưu trữ.`,
      `publishedAt: ${day.toISOString().slice(0, 10)}T08:00:00+07:00`,
      'category: tin-tuc-su-kien',
      'wards:',
      '  - phuong-viet-hung-00127',
      'districts:',
      '  - quan-long-bien-004',
      'campaigns:',
      '  - thi-dua-yeu-nuoc',
      '---',
      '',
      `Nội dung tin thêm số ${n}.`,
      '',
    ];
    writeFileSync(join(content, extraArticle(n).file), frontmatter.join('\n'));
  }
}
