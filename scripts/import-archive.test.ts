/**
 * A mixed archive through the real command (`node scripts/import.ts`, as
 * `npm run import` runs it) on a temporary folder: the seed pages beside
 * saved HTML pages and pages whose headers use other wordings and languages
 * (tests/fixtures/legacy/archive, written from scratch). The officer's flow:
 * a dry run proposes a mapping for every category the portal lacks in
 * content/.import/categories.json; the officer edits it; the rerun files the
 * pages by it, with every date, time and view count right, and refuses the
 * pages it cannot read with the lines it tried.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../src/schema/frontmatter.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const work = mkdtempSync(join(tmpdir(), 'tin-phuong-archive-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const pages = join(work, 'luu-tru');
mkdirSync(pages, { recursive: true });
for (const folder of ['categories', 'campaigns']) cpSync(join(ROOT, 'content', folder), join(content, folder), { recursive: true });
// The overrides file gives seed 003 its date; there is no categories file yet.
mkdirSync(join(content, '.import'), { recursive: true });
cpSync(join(ROOT, 'content/.import/overrides.json'), join(content, '.import/overrides.json'));
cpSync(join(ROOT, 'tests/fixtures/legacy/archive'), pages, { recursive: true });
for (const seed of readdirSync(join(ROOT, 'tests/fixtures/legacy/seeds')).filter((f) => f.endsWith('.txt')))
  cpSync(join(ROOT, 'tests/fixtures/legacy/seeds', seed), join(pages, seed));

const CATEGORIES = join(content, '.import/categories.json');

/** The importer as the officer runs it. */
function importer(...args: string[]) {
  const run = spawnSync(NODE, ['scripts/import.ts', pages, '--content', content, '--no-report', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
type Report = {
  counts: Record<string, number>;
  files: { file: string; outcome: string; reason?: string; entry?: string; warnings: string[] }[];
  redirects?: { from: string; to: string }[];
};
const json = (out: string) => JSON.parse(out) as Report;
const byFile = (report: Report) => Object.fromEntries(report.files.map((f) => [basename(f.file), f]));
const entry = (path: string) => splitFrontmatter(readFileSync(join(content, path), 'utf8'));

describe('importing a mixed archive', () => {
  it('proposes, on a dry run, a category for every old name the portal lacks, and writes nothing else', () => {
    const { code, out } = importer('--dry-run');
    expect(code).toBe(1);
    expect(out).toContain(`Đã ghi đề xuất chuyên mục vào ${CATEGORIES}`);
    expect(out).toMatch(/“Tin hoạt động” \(3 trang\) → hoat-dong-khoi-chinh-quyen “Hoạt động khối chính quyền”/);
    // Closest existing category where one is alike, "new" where none is.
    expect(JSON.parse(readFileSync(CATEGORIES, 'utf8'))).toEqual({ News: 'new', 'Tin hoạt động': 'hoat-dong-khoi-chinh-quyen', 'Local news': 'new' });
    expect(existsSync(join(content, 'news'))).toBe(false);
    expect(existsSync(join(content, 'redirects.json'))).toBe(false);
  });

  it('imports by the mapping the officer edited, every date, time and view count right', () => {
    // The officer keeps "News" as a new category and files the other two under the portal's news.
    writeFileSync(CATEGORIES, JSON.stringify({ News: 'new', 'Tin hoạt động': 'tin-tuc-su-kien', 'Local news': 'tin-tuc-su-kien' }, null, 2));
    const { code, out, err } = importer('--json');
    expect(code, err).toBe(1);
    const files = byFile(json(out));
    const seen = Object.fromEntries(
      Object.entries(files)
        .filter(([, f]) => f.outcome === 'imported')
        .map(([name, f]) => {
          const { data } = entry(f.entry!);
          const legacy = data.legacy as { views?: number; dateOnly?: boolean };
          return [name, [data.publishedAt, data.updatedAt ?? null, legacy.views ?? null, data.category]];
        }),
    );
    expect(seen).toEqual({
      // The seed formats, as before.
      '000_1eba78289dc0a834.txt': ['2015-09-07T16:46:00+07:00', null, 329, 'hoat-dong-khoi-chinh-quyen'],
      '001_97f6414bf174a12c.txt': ['2018-01-19T15:48:00+07:00', null, 714, 'tin-tuc-su-kien-noi-bat'],
      '002_bf1e2aa8c3de717c.txt': ['2017-12-20T03:43:00+07:00', null, 525, 'tin-tuc-su-kien'],
      '003_fbc45c5ea3e6d698.txt': ['2014-03-28T00:00:00+07:00', null, null, 'tin-tuc-su-kien'],
      '004_fd0e0bf3379ea4d7.txt': ['2023-03-25T09:38:00+07:00', null, 58, 'cai-cach-hanh-chinh-to-chuc'],
      // Headers in other wordings and languages.
      'date-of-issue.txt': ['2019-03-05T00:00:00+07:00', null, 88, 'news'],
      'uploaded-on.txt': ['2019-03-07T08:05:00+07:00', null, 1204, 'tin-tuc-su-kien'],
      'thoi-gian-bang-chu.txt': ['2019-03-09T08:05:00+07:00', null, 56, 'tin-tuc-su-kien'],
      'ngay-phat-hanh.txt': ['2019-03-12T16:40:00+07:00', null, 2048, 'tin-tuc-su-kien'],
      'us-style.txt': ['2019-03-02T00:00:00+07:00', '2019-03-04T00:00:00+07:00', 41, 'tin-tuc-su-kien'],
      // Saved HTML pages: unknown labels; an en-US page whose 03/02/2019 is March 2.
      'ngay-hoi-trong-cay.html': ['2019-03-05T08:05:00+07:00', null, 1204, 'tin-tuc-su-kien'],
      'ket-qua-hoi-thi.html': ['2019-03-02T21:15:00+07:00', null, 312, 'tin-tuc-su-kien'],
    });
    expect(entry(files['date-of-issue.txt']!.entry!).data.legacy).toMatchObject({ dateOnly: true });
    // "new" made the category, named as the old portal named it.
    expect(JSON.parse(readFileSync(join(content, 'categories/news.json'), 'utf8'))).toEqual({ name: 'News' });
    // Which reading of 03/02/2019 was taken, and why, is in the report.
    expect(files['ket-qua-hoi-thi.html']!.warnings).toContainEqual(
      expect.stringMatching(/“03\/02\/2019 9:15 PM” đọc được hai cách; đã đọc là ngày 2 tháng 3 năm 2019 \(tháng trước ngày: trang khai báo ngôn ngữ en-US\)/),
    );
    expect(files['us-style.txt']!.warnings).toContainEqual(
      expect.stringMatching(/“03\/04\/2019” .* ngày 4 tháng 3 năm 2019 \(tháng trước ngày: trang tiếng Anh viết ngày kiểu Mỹ \(“Mar\. 2, 2019”\)\)/),
    );
  });

  it('refuses the pages it cannot date, naming the lines it tried', () => {
    const files = byFile(json(importer('--json').out));
    expect(files['khong-ghi-ngay.txt']).toMatchObject({
      outcome: 'failed',
      reason: expect.stringMatching(/^Không tìm thấy ngày đăng \(đã thử các dòng: “Tin tức - Sự kiện”, “Hội nghị không ghi ngày đăng”, “Sáng nay, /),
    });
    expect(files['ngay-mo-ho.html']).toMatchObject({
      outcome: 'failed',
      reason: expect.stringMatching(
        /^Ngày “25\/12\/2019” chỉ đọc được theo kiểu ngày trước tháng.*\(ambiguous date\); đã thử các dòng: “Ward library opens on Sundays”, “Posted: 25\/12\/2019”/,
      ),
    });
  });

  it('leads links between imported pages to their new addresses, with redirects for the old ones; keeps other sites’ links', () => {
    const festival = entry('news/2019/ngay-hoi-trong-cay-dau-xuan-o-phuong-mau.md').body;
    expect(festival).toContain('[Kết quả hội thi cắm trại](/tin-tuc/2019/ward-camping-contest-results/);');
    expect(festival).toContain('lịch sử phong trào xem tại trang giới thiệu.');
    expect(festival).toContain('[Cổng dịch vụ công](https://dichvucong.example.gov.vn/dang-ky?ma=cay-xanh)');
    expect(festival).toContain('hoặc bấm vào đây.');
    expect(festival).not.toMatch(/javascript|onclick|onmouseover|alert|<script/);
    expect(entry('news/2019/ward-camping-contest-results.md').body).toContain(
      '[spring tree planting festival](/tin-tuc/2019/ngay-hoi-trong-cay-dau-xuan-o-phuong-mau/)',
    );
    expect(JSON.parse(readFileSync(join(content, 'redirects.json'), 'utf8')).redirects).toEqual([
      {
        from: '/tin-tuc/ngay-hoi-trong-cay.html',
        to: '/tin-tuc/2019/ngay-hoi-trong-cay-dau-xuan-o-phuong-mau/',
        reason: 'Liên kết trong bài nhập từ cổng cũ (importer)',
      },
      { from: '/tin-tuc/ket-qua-hoi-thi.html', to: '/tin-tuc/2019/ward-camping-contest-results/', reason: 'Liên kết trong bài nhập từ cổng cũ (importer)' },
    ]);
  });

  it('changes nothing when run again', () => {
    const before = readFileSync(join(content, 'redirects.json'), 'utf8');
    const report = json(importer('--json').out);
    expect(report.counts).toMatchObject({ imported: 0, updated: 0, unchanged: 12, failed: 2 });
    expect(report.redirects).toBeUndefined();
    expect(readFileSync(join(content, 'redirects.json'), 'utf8')).toBe(before);
  });
});
