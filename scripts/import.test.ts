/**
 * The importer end to end, as `npm run import` runs it, over a temporary
 * content folder: the five seed pages, idempotency and --force, and every
 * kind of bad input next to a good page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { splitFrontmatter } from '../src/schema/frontmatter.ts';
import { collections, collectionSchema, type CollectionName } from '../src/schema/collections.ts';
import { writeSavedPage } from '../tests/support/legacyHtml.ts';
import { pngBomb } from '../tests/support/pngBomb.ts';
import { photoProblem } from '../src/schema/photos.ts';
import { main } from './import.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = resolve(ROOT, 'tests/fixtures/legacy/seeds');
const work = mkdtempSync(join(tmpdir(), 'tin-phuong-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let content: string;
let pages: string;
let n = 0;
beforeEach(() => {
  const dir = join(work, `run-${n++}`);
  content = join(dir, 'content');
  pages = join(dir, 'pages');
  mkdirSync(pages, { recursive: true });
  // The repository's categories, campaigns and overrides file: the seeds need them.
  cpSync(join(ROOT, 'content/categories'), join(content, 'categories'), { recursive: true });
  cpSync(join(ROOT, 'content/campaigns'), join(content, 'campaigns'), { recursive: true });
  cpSync(join(ROOT, 'content/.import'), join(content, '.import'), { recursive: true });
});

const run = async (...args: string[]) => {
  const out: string[] = [];
  const code = await main([...args, '--content', content], (text) => out.push(text));
  return { code, out: out.join('\n') };
};
const runJson = async (...args: string[]) => {
  const { code, out } = await await run(...args, '--json');
  return {
    code,
    report: JSON.parse(out) as {
      dryRun?: boolean;
      counts: Record<string, number>;
      files: { file: string; key?: string; outcome: string; reason?: string; entry?: string; photos?: string[]; warnings: string[] }[];
      notTaken: { file: string; reason: string }[];
    },
  };
};
const read = (path: string) => readFileSync(join(content, path), 'utf8');
const entry = (path: string) => splitFrontmatter(read(path));
const page = (name: string, text: string | Uint8Array) => {
  writeFileSync(join(pages, name), text);
  return join(pages, name);
};
const filesUnder = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort()
    : [];
/** Every file of the content folder with its text (the run reports aside: each run adds one). */
const snapshot = () =>
  filesUnder(content)
    .filter((f) => !f.startsWith('.import/reports/'))
    .map((f) => [f, read(f)]);

/** Validate every entry of the temporary content folder with the site's own schema, references checked against its files. */
function validateAll(): void {
  const exists = (collection: string) => (id: string) =>
    existsSync(join(content, collection, `${id}.json`)) || existsSync(join(content, collection, `${id}.md`));
  const ctx = { image: () => z.any(), reference: (c: string) => z.string().refine(exists(c), { message: `unknown ${c}` }) };
  for (const name of Object.keys(collections) as CollectionName[]) {
    const schema = collectionSchema(name, ctx);
    const folder = join(content, collections[name].folder.replace(/^content\//, ''));
    for (const file of filesUnder(folder).filter((f) => /\.(md|json)$/.test(f))) {
      const text = readFileSync(join(folder, file), 'utf8');
      const data = file.endsWith('.json') ? JSON.parse(text) : splitFrontmatter(text).data;
      const result = schema.safeParse(data);
      expect(result.success, `${name}/${file}: ${result.success ? '' : JSON.stringify(result.error.issues)}`).toBe(true);
    }
  }
}

const GOOD =
  'Tin tức - Sự kiện\n\nPhường Phúc Lợi tổ chức hội nghị\nNgày đăng 09/12/2022 | 08:30 | Lượt xem: 12\n\nSáng 09/12/2022, UBND phường Phúc Lợi, quận Long Biên tổ chức hội nghị.\n';

describe('importing the seed pages', () => {
  it('writes five complete articles with their categories, wards, districts and campaigns', async () => {
    const { code, out } = await run(SEEDS);
    expect(code).toBe(0);
    expect(out).toContain('5 đã nhập (0 cập nhật), 0 không đổi, 0 bỏ qua, 0 lỗi');
    expect(out).toContain('Trang không có chuyên mục: xếp vào “Tin tức - Sự kiện”');

    const e000 = entry('news/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong.md');
    expect(e000.data).toMatchObject({
      title: 'Phường Phúc Lợi: Với công tác thi đua khen thưởng.',
      publishedAt: '2015-09-07T16:46:00+07:00',
      category: 'hoat-dong-khoi-chinh-quyen',
      wards: ['phuong-phuc-loi-cu-00136'],
      campaigns: ['hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh', 'thi-dua-yeu-nuoc'],
      legacy: { views: 329, importedFrom: '000_1eba78289dc0a834.txt' },
    });
    expect(e000.data.districts).toBeUndefined();
    expect(e000.body.split('\n\n').filter((p) => p.trim()).length).toBe(13);
    // The repeated opening paragraph appears once.
    expect(e000.body.match(/Công tác thi đua - khen thưởng có vị trí/g)).toHaveLength(1);

    const e001 = entry('news/2018/ket-qua-phong-trao-thi-dua-trong-cbccvcnld-co-quan-phuong-thuong-thanh-nam-2017.md');
    expect(e001.data).toMatchObject({
      publishedAt: '2018-01-19T15:48:00+07:00',
      category: 'tin-tuc-su-kien-noi-bat',
      wards: ['phuong-thuong-thanh-cu-00115'],
      districts: ['quan-long-bien-004'],
      campaigns: ['ky-cuong-hanh-chinh-2017'],
      legacy: { views: 714 },
    });
    expect(e001.body).toContain(
      '\n\n*Đ/c Trần Thị Thanh Hồng - PCT UBND, Chủ tịch Công đoàn phường báo cáo tổng kết phong trào thi đua trong CBCCVCNLĐ năm 2017*\n\n',
    );
    expect(e001.body).toContain('\n\n*Đ/c Phan Thị Thu Hằng - QUV, Chủ tịch LĐLĐ quận tặng thưởng cho các đồng chí hoàn thành xuất sắc nhiệm vụ năm 2017*\n\n');

    const e002 = entry('news/2017/quan-tay-ho-to-chuc-tong-ket-phong-trao-thi-dua-nam-2017-giao-chi-tieu-kinh-te.md');
    expect(e002.data).toMatchObject({
      title:
        'QUẬN TÂY HỒ TỔ CHỨC TỔNG KẾT PHONG TRÀO THI ĐUA NĂM 2017; GIAO CHỈ TIÊU KINH TẾ - XÃ HỘI, DỰ TOÁN THU, CHI NGÂN SÁCH VÀ PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2018',
      publishedAt: '2017-12-20T03:43:00+07:00',
      category: 'tin-tuc-su-kien',
      wards: ['phuong-phu-thuong-cu-00091'],
      districts: ['quan-tay-ho-003'],
      campaigns: ['thi-dua-yeu-nuoc'],
      source: 'Ban Tuyên giáo Quận ủy',
      legacy: { views: 525 },
    });
    expect(e002.body).not.toMatch(/Tìm kiếm|Album Ảnh|Các chuyên mục|tiêu biểu\n/);

    const e003 = entry('news/2014/tong-ket-cong-tac-thi-dua-khen-thuong-nam-2013-khoi-phuong-quan-lien-chieu.md');
    expect(e003.data).toMatchObject({
      publishedAt: '2014-03-28T00:00:00+07:00',
      category: 'tin-tuc-su-kien',
      wards: ['phuong-hoa-hiep-bac-cu-20194', 'phuong-hoa-khanh-nam-cu-20198'],
      districts: ['quan-lien-chieu-490'],
      campaigns: ['hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh', 'thi-dua-yeu-nuoc'],
      byline: 'Như Hân',
      legacy: { dateOnly: true, importedFrom: '003_fbc45c5ea3e6d698.txt' },
    });
    expect(e003.body).not.toMatch(/Xuất bản thông tin|Quay lại|Chuyển tới/);

    const e004 = entry('news/2023/ket-qua-thuc-hien-phong-trao-thi-dua-yeu-nuoc-nam-2022-va-mot-so-nhiem-vu-cong.md');
    expect(e004.data).toMatchObject({
      publishedAt: '2023-03-25T09:38:00+07:00',
      category: 'cai-cach-hanh-chinh-to-chuc',
      districts: ['quan-hoang-mai-008'],
      campaigns: ['hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh', 'nguoi-tot-viec-tot-ha-noi', 'thi-dua-yeu-nuoc'],
      source: 'phòng Nội vụ quận',
      legacy: { views: 58 },
    });
    expect(e004.data.wards).toBeUndefined();
    expect(e004.body).toContain('\n\n## I. Thành tích nổi bật trong phong trào thi đua năm 2022:\n\n### 1. Kết quả');
    expect(e004.body).toContain('\n\n#### Dự án vốn ngân sách Thành phố\n\n');
    expect(e004.body.trimEnd()).toMatch(/quận Hoàng Mai\.\/\.$/);
    expect(e004.body).not.toMatch(/thời tiết|TP Hồ Chí Minh\n|Nguồn:/);

    // Every page went into one of the portal's own categories: none was made up.
    expect(filesUnder(join(content, 'categories'))).toEqual(readdirSync(join(ROOT, 'content/categories')).sort());
    expect(JSON.parse(read('wards/phuong-hoa-hiep-bac-cu-20194.json')).successors).toEqual([{ ward: 'phuong-hai-van-20194', whole: true }]);
    expect(existsSync(join(content, 'wards/phuong-hai-van-20194.json'))).toBe(true);
    expect(read('LICENSE-dvhcvn.txt')).toContain('MIT License');
    validateAll();
  });

  it('changes nothing when run again', async () => {
    await run(SEEDS);
    const before = snapshot();
    const { code, report } = await runJson(SEEDS);
    expect(code).toBe(0);
    expect(report.counts).toMatchObject({ imported: 0, updated: 0, unchanged: 5, skipped: 0, failed: 0 });
    expect(snapshot()).toEqual(before);
  });

  it('leaves an edited article alone unless --force', async () => {
    await run(SEEDS);
    const path = 'news/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong.md';
    const edited = read(path).replace('featured', 'x').replace('Nhận thức được điều đó', 'Biên tập viên đã sửa: Nhận thức được điều đó');
    writeFileSync(join(content, path), edited);

    const again = await runJson(SEEDS);
    expect(again.code).toBe(0);
    expect(again.report.counts).toMatchObject({ unchanged: 4, skipped: 1 });
    expect(again.report.files.find((f) => f.outcome === 'skipped')?.reason).toMatch(/--force/);
    expect(read(path)).toBe(edited);

    const forced = await runJson(SEEDS, '--force');
    expect(forced.report.counts).toMatchObject({ updated: 1, unchanged: 4 });
    expect(read(path)).not.toContain('Biên tập viên đã sửa');
  });

  it('regenerates an untouched article whose page changed, and moves it when the title changed', async () => {
    const file = page('a.txt', GOOD);
    await run(file);
    const first = 'news/2022/phuong-phuc-loi-to-chuc-hoi-nghi.md';
    expect(entry(first).data.legacy).toMatchObject({ views: 12 });

    page('a.txt', GOOD.replace('Lượt xem: 12', 'Lượt xem: 15'));
    expect((await runJson(file)).report.counts).toMatchObject({ updated: 1 });
    expect(entry(first).data.legacy).toMatchObject({ views: 15 });

    page('a.txt', GOOD.replace('Phường Phúc Lợi tổ chức hội nghị', 'Phường Phúc Lợi tổ chức hội nghị tổng kết'));
    expect((await runJson(file)).report.counts).toMatchObject({ updated: 1 });
    expect(existsSync(join(content, first))).toBe(false);
    expect(entry('news/2022/phuong-phuc-loi-to-chuc-hoi-nghi-tong-ket.md').data.title).toBe('Phường Phúc Lợi tổ chức hội nghị tổng kết');
  });

  it('gives two pages with the same title in the same year two files, stable across runs', async () => {
    const a = page('a.txt', GOOD);
    const b = page('b.txt', GOOD.replace('Sáng 09/12/2022', 'Chiều 09/12/2022'));
    expect((await runJson(a, b)).report.files.map((f) => f.entry)).toEqual([
      'news/2022/phuong-phuc-loi-to-chuc-hoi-nghi.md',
      'news/2022/phuong-phuc-loi-to-chuc-hoi-nghi-2.md',
    ]);
    expect(entry('news/2022/phuong-phuc-loi-to-chuc-hoi-nghi-2.md').data.legacy).toMatchObject({ importedFrom: 'b.txt' });
    expect((await runJson(b, a)).report.counts).toMatchObject({ unchanged: 2 });
  });

  it('warns about a future date and drops an update date earlier than publication', async () => {
    const { report } = await runJson(
      page('future.txt', GOOD.replace('09/12/2022 | 08:30', '09/12/2099 | 08:30').replace('Lượt xem: 12', 'Lượt xem: 12\nCập nhật: 01/01/2099 10:00')),
    );
    expect(report.files[0]).toMatchObject({ outcome: 'imported', entry: 'news/2099/phuong-phuc-loi-to-chuc-hoi-nghi.md' });
    expect(report.files[0]!.warnings).toEqual([
      expect.stringMatching(/Bỏ ngày cập nhật 2099-01-01T10:00:00\+07:00 vì sớm hơn ngày đăng/),
      expect.stringMatching(/Ngày đăng ở tương lai: 2099-12-09T08:30:00\+07:00/),
    ]);
    expect(entry('news/2099/phuong-phuc-loi-to-chuc-hoi-nghi.md').data.updatedAt).toBeUndefined();
  });

  it('never overwrites a hand-written article that holds the slug', async () => {
    mkdirSync(join(content, 'news/2022'), { recursive: true });
    writeFileSync(join(content, 'news/2022/phuong-phuc-loi-to-chuc-hoi-nghi.md'), '---\ntitle: Viết tay\n---\n\nBài của biên tập viên.\n');
    expect((await runJson(page('a.txt', GOOD))).report.files[0]!.entry).toBe('news/2022/phuong-phuc-loi-to-chuc-hoi-nghi-2.md');
    expect(read('news/2022/phuong-phuc-loi-to-chuc-hoi-nghi.md')).toContain('Bài của biên tập viên.');
  });
});

describe('bad input', () => {
  it('fails each bad page with its reason, imports the good one and loses nothing', async () => {
    // Something already in content/ that must survive.
    await run(page('good-before.txt', GOOD.replace('tổ chức hội nghị\n', 'tổ chức hội nghị sơ kết\n')));
    const before = read('news/2022/phuong-phuc-loi-to-chuc-hoi-nghi-so-ket.md');

    page('empty.txt', '');
    page('blank.txt', '\u00a0\n  \n');
    page('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    page('huge.txt', '');
    truncateSync(join(pages, 'huge.txt'), 200 * 1024 * 1024); // sparse: instant, takes no disk
    page('no-title.txt', `09/12/2022\n\n${'Nội dung rất dài '.repeat(30)}`);
    page('no-date.txt', 'Tin tức\n\nHội nghị không ghi ngày\n\nNội dung.\n');
    page('bad-date.txt', 'Hội nghị\nNgày đăng 31/02/2015 | 16:46 | Lượt xem: 3\n\nNội dung.\n');
    page('mojibake.txt', new TextDecoder('windows-1252').decode(new TextEncoder().encode(GOOD)));
    page('cp1258.txt', new Uint8Array([0x50, 0x68, 0xfd, 0xf5, 0xcc, 0x6e, 0x67, 0x0a]));
    page('zz-good.txt', GOOD);

    const { code, report } = await runJson(pages, join(pages, 'missing.txt'));
    expect(code).toBe(1);
    const reasons = Object.fromEntries(report.files.map((f) => [f.file.split('/').pop(), f.outcome === 'failed' ? f.reason : f.outcome]));
    expect(reasons).toMatchObject({
      'empty.txt': expect.stringMatching(/Tệp rỗng/),
      'blank.txt': expect.stringMatching(/Tệp rỗng/),
      'binary.txt': expect.stringMatching(/nhị phân/),
      'huge.txt': expect.stringMatching(/Tệp quá lớn: 200 MB, giới hạn 5 MB/),
      'no-title.txt': expect.stringMatching(/Không tìm thấy tiêu đề/),
      'no-date.txt': expect.stringMatching(/Không tìm thấy ngày đăng.*"no-date.txt".*overrides/),
      'bad-date.txt': expect.stringMatching(/31\/02\/2015/),
      'mojibake.txt': expect.stringMatching(/Lỗi mã hóa.*“tá»©c”/),
      'cp1258.txt': expect.stringMatching(/không phải UTF-8.*Windows-1258/),
      'missing.txt': expect.stringMatching(/Không tìm thấy/),
      'good-before.txt': 'unchanged',
      'zz-good.txt': 'imported',
    });
    expect(report.counts).toMatchObject({ imported: 1, unchanged: 1, failed: 10 });
    expect(read('news/2022/phuong-phuc-loi-to-chuc-hoi-nghi-so-ket.md')).toBe(before);
    // No half-written or temporary files anywhere.
    expect(filesUnder(content).filter((f) => /\.tmp$/.test(f))).toEqual([]);
    expect(filesUnder(join(content, 'news')).filter((f) => f.endsWith('.md'))).toEqual([
      '2022/phuong-phuc-loi-to-chuc-hoi-nghi-so-ket.md',
      '2022/phuong-phuc-loi-to-chuc-hoi-nghi.md',
    ]);
  });

  it('fails pages nested 5,000 and 200,000 levels deep in seconds, and imports the rest of the archive', async () => {
    const nested = (levels: number) =>
      `<!doctype html><html lang="vi"><body><h1>Phường Phúc Lợi tổ chức hội nghị</h1><p>Ngày đăng 09/12/2022 08:30</p>${'<div>'.repeat(levels)}<p>Nội dung.</p>${'</div>'.repeat(levels)}</body></html>`;
    page('sau-5000.html', nested(5_000));
    page('sau-200000.html', nested(200_000));
    expect(statSync(join(pages, 'sau-200000.html')).size).toBeGreaterThan(2_000_000);
    page('zz-good.txt', GOOD);
    const started = performance.now();
    const { code, report } = await runJson(pages);
    // Was “Maximum call stack size exceeded” for the first, and over 200 s for the second.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(code).toBe(1);
    expect(report.files.map((f) => [f.file.split('/').pop(), f.outcome, f.reason])).toEqual([
      ['sau-200000.html', 'failed', expect.stringMatching(/^Trang HTML lồng quá sâu: hơn 512 tầng thẻ lồng vào nhau.*không nhập trang này/)],
      ['sau-5000.html', 'failed', expect.stringMatching(/^Trang HTML lồng quá sâu/)],
      ['zz-good.txt', 'imported', undefined],
    ]);
    expect(filesUnder(join(content, 'news'))).toEqual(['2022/phuong-phuc-loi-to-chuc-hoi-nghi.md']);
  });

  it('honours a smaller size limit and reports it in the same words', async () => {
    const { report } = await runJson(page('a.txt', GOOD), '--max-size', '0.0001');
    expect(report.files[0]!.reason).toMatch(/Tệp quá lớn: 0\.00 MB, giới hạn 0\.00 MB/);
  });

  it('takes missing facts from the overrides file, and skips what it says to skip', async () => {
    const noDate = page('no-date.txt', 'Hội nghị không ghi ngày\n\nNội dung bài.\n');
    const other = page('other.txt', GOOD);
    const overrides = join(pages, 'o.json');
    writeFileSync(
      overrides,
      JSON.stringify({ 'no-date.txt': { publishedAt: '2014-03-28', category: 'Hoạt động khối chính quyền' }, 'other.txt': { skip: 'Trang trùng với a.txt' } }),
    );
    const { code, report } = await runJson(noDate, other, '--overrides', overrides);
    expect(code).toBe(0);
    expect(report.files.map((f) => [f.outcome, f.reason])).toEqual([
      ['imported', undefined],
      ['skipped', 'Trang trùng với a.txt'],
    ]);
    expect(entry('news/2014/hoi-nghi-khong-ghi-ngay.md').data).toMatchObject({
      publishedAt: '2014-03-28T00:00:00+07:00',
      category: 'hoat-dong-khoi-chinh-quyen',
      legacy: { dateOnly: true },
    });
  });

  it('removes the half-written files an interrupted run left, and keeps everything else', async () => {
    page('a.txt', GOOD);
    mkdirSync(join(content, 'news/2022'), { recursive: true });
    writeFileSync(join(content, 'news/2022/.4242-0.tmp'), '');
    writeFileSync(join(content, 'news/2022/ghi-chu.tmp'), "not the importer's");
    expect((await run(pages)).code).toBe(0);
    expect(existsSync(join(content, 'news/2022/.4242-0.tmp'))).toBe(false);
    expect(existsSync(join(content, 'news/2022/ghi-chu.tmp'))).toBe(true);
  });

  it('refuses a file name it already read in this run', async () => {
    mkdirSync(join(pages, 'b'));
    const { report } = await runJson(page('a.txt', GOOD), page('b/a.txt', GOOD));
    expect(report.files[1]!.reason).toMatch(/Trùng tên tệp/);
  });

  it('stops with usage errors before touching anything', async () => {
    expect((await run()).code).toBe(2);
    expect((await run(page('a.txt', GOOD), '--bogus')).code).toBe(2);
    writeFileSync(join(content, '.import/overrides.json'), '{"a.txt": {"publishdAt": "2014-03-28"}}');
    const bad = await run(page('a.txt', GOOD));
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/publishdAt: khóa không được hỗ trợ/);
    expect(existsSync(join(content, 'news'))).toBe(false);
  });

  it('explains itself in Vietnamese on --help, every option included, and names a wrong option', async () => {
    const help = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/import.ts', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Nhập các trang của cổng thông tin cũ/);
    for (const option of [
      '--source',
      '--dry-run',
      '--force',
      '--overrides',
      '--categories',
      '--create-categories',
      '--content',
      '--dvhc',
      '--max-size',
      '--report',
      '--no-report',
      '--json',
    ]) {
      expect(help.stdout, option).toMatch(new RegExp(`^ {2}${option} .*\\p{L}`, 'mu'));
    }
    const bogus = await run(page('a.txt', GOOD), '--bogus');
    expect(bogus).toMatchObject({ code: 2 });
    expect(bogus.out).toMatch(/^Tùy chọn không hỗ trợ \(unknown option\): --bogus\nCách dùng \(usage\): npm run import/);
    expect(await main([page('a.txt', GOOD), '--source'], () => {})).toBe(2);
    const out: string[] = [];
    await main([page('a.txt', GOOD), '--content', content, '--force=yes'], (t) => out.push(t));
    expect(out.join('')).toMatch(/^--force không nhận giá trị/);
    expect(existsSync(join(content, 'news'))).toBe(false);
  });

  it('exits 1 from the real command line when a page fails, and says why', async () => {
    const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/import.ts', page('a.txt', GOOD), page('empty.txt', ''), '--content', content], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/1 đã nhập .* 1 lỗi/);
    expect(result.stdout).toMatch(/✗ .*empty\.txt: Tệp rỗng/);
  });
});

describe('HTML pages and their photos', () => {
  const ARTICLE = 'news/2023/hoi-nghi-so-ket-cong-tac-dan-van-6-thang-dau-nam-2023.md';

  it('imports a saved page with its three photos as figures, and reports every file it did not take', async () => {
    await writeSavedPage(pages);
    const { code, report } = await runJson(pages);
    expect(code).toBe(0);
    expect(report.counts).toMatchObject({ imported: 1, failed: 0, notTaken: 3 });
    const { data, body } = entry(ARTICLE);
    expect(data).toMatchObject({
      publishedAt: '2023-07-14T09:15:00+07:00',
      category: 'hoat-dong-khoi-chinh-quyen',
      byline: 'Tin, ảnh: Minh Ngọc',
      legacy: { views: 1024, importedFrom: 'hoi-nghi-ba-anh.html' },
    });
    const figures = [...body.matchAll(/^!\[([^\]]*)\]\((anh\/[^)]+)\)\n\n\*([^*]+)\*$/gm)].map((m) => [m[2], m[3]]);
    expect(figures).toEqual([
      [expect.stringMatching(/^anh\/anh-1-[0-9a-z]{6}\.jpg$/), 'Toàn cảnh hội nghị sơ kết công tác dân vận'],
      [expect.stringMatching(/^anh\/img-0002-[0-9a-z]{6}\.jpg$/), 'Đ/c Bí thư Đảng ủy phường phát biểu chỉ đạo hội nghị'],
      [expect.stringMatching(/^anh\/anh-3-[0-9a-z]{6}\.png$/), 'Khen thưởng các tập thể, cá nhân tiêu biểu trong phong trào “Dân vận khéo”'],
    ]);
    // The photos are in the article's photo folder, and are the page's own bytes.
    for (const [src] of figures)
      expect(readFileSync(join(content, 'news/2023', src!)).subarray(0, 2)).toEqual(Buffer.from(src!.endsWith('.png') ? [0x89, 0x50] : [0xff, 0xd8]));
    expect(filesUnder(join(content, 'news/2023/anh'))).toHaveLength(3);
    expect(body).not.toMatch(/Tin liên quan|Thời tiết|Album Ảnh|truy cập|In bài viết/);
    const notTaken = Object.fromEntries(report.notTaken.map((n) => [n.file.split('/').pop(), n.reason]));
    expect(notTaken).toEqual({
      'jquery.js': expect.stringMatching(/Tệp phụ của trang đã lưu \(js\)/),
      'main.css': expect.stringMatching(/Tệp phụ của trang đã lưu \(css\)/),
      'logo.png': expect.stringMatching(/nằm ngoài nội dung bài/),
    });
    validateAll();

    // Again: nothing changes.
    const before = snapshot();
    expect((await runJson(pages)).report.counts).toMatchObject({ imported: 0, unchanged: 1 });
    expect(snapshot()).toEqual(before);
  });

  it('leaves out a photo the build would refuse (a 30,000 × 30,000 PNG, a truncated JPEG), says why, and imports the page with the rest', async () => {
    const saved = await writeSavedPage(pages);
    // The first photo becomes a decompression bomb (900 megapixels in about 110 kB), the second a copy cut short.
    writeFileSync(join(pages, 'hoi-nghi-ba-anh_files/anh-1.jpg'), pngBomb(30_000, 30_000));
    const noise = Buffer.from(Array.from({ length: 200 * 150 * 3 }, (_, i) => (i * 7919) % 251));
    const whole = await sharp(noise, { raw: { width: 200, height: 150, channels: 3 } })
      .jpeg()
      .toBuffer();
    writeFileSync(join(pages, 'hoi-nghi-ba-anh_files/IMG_0002.JPG'), whole.subarray(0, whole.length >> 1));

    const { code, report } = await runJson(saved);
    expect(code).toBe(0);
    const f = report.files[0]!;
    expect(f.outcome).toBe('imported');
    expect(f.warnings.filter((w) => w.startsWith('Bỏ ảnh'))).toEqual([
      'Bỏ ảnh: Ảnh “anh-1.jpg” không dùng được: ảnh 30000 × 30000 điểm ảnh (900,0 triệu), quá giới hạn 40 triệu điểm ảnh: hãy thu nhỏ ảnh; không nhập ảnh này (photo refused: the build would refuse it)',
      expect.stringMatching(/^Bỏ ảnh: Ảnh “IMG_0002\.JPG” không dùng được: ảnh bị hỏng hoặc bị cắt cụt/),
    ]);
    // Only the sound photo was written, and the build's own check passes every photo in content/.
    expect(f.photos).toEqual([expect.stringMatching(/^news\/2023\/anh\/anh-3-[0-9a-z]{6}\.png$/)]);
    const written = filesUnder(join(content, 'news/2023/anh'));
    expect(written).toHaveLength(1);
    for (const photo of written) expect(await photoProblem(readFileSync(join(content, 'news/2023/anh', photo)))).toBeNull();
    expect(read(f.entry!)).not.toMatch(/anh-1|img-0002/);
  });

  it('reports a remote photo without fetching it, takes an embedded one, and files the page through the category map', async () => {
    const file = join(pages, 'sharepoint-en.html');
    cpSync(join(ROOT, 'tests/fixtures/legacy/html/sharepoint-en.html'), file);
    const unknown = await runJson(file);
    expect(unknown.code).toBe(1);
    // English names share no word with the portal's Vietnamese categories: no “closest” is offered, only the ways to map it.
    expect(unknown.report.files[0]!.reason).toMatch(
      /^Chuyên mục “Local government” không có trong content\/categories \(đã thử: “Local government”, “News”\)\. Ghi "category" cho "sharepoint-en\.html" .*content\/\.import\/categories\.json/,
    );
    expect(existsSync(join(content, 'news'))).toBe(false);

    writeFileSync(join(content, '.import/categories.json'), JSON.stringify({ 'Local government': 'hoat-dong-khoi-chinh-quyen' }));
    const { code, report } = await runJson(file);
    expect(code).toBe(0);
    const f = report.files[0]!;
    expect(f.warnings).toContainEqual(
      expect.stringMatching(/Bỏ ảnh: Ảnh nằm trên máy chủ khác, không tải về: https:\/\/cdn\.example\.vn\/images\/hoi-nghi\.jpg/),
    );
    expect(f.photos).toEqual([expect.stringMatching(/^news\/2018\/anh\/anh-nhung-[0-9a-z]{6}\.png$/)]);
    const { data, body } = entry(f.entry!);
    expect(data).toMatchObject({ category: 'hoat-dong-khoi-chinh-quyen', byline: 'Nguyễn Thu Hà', legacy: { views: 1024 } });
    // The lost photo's caption stays, as a caption; the embedded one is a photo with its caption.
    expect(body).toContain('\n\n*Quang cảnh hội nghị tổng kết*\n\n');
    expect(body).toMatch(/!\[Khen thưởng\]\(anh\/anh-nhung-[0-9a-z]{6}\.png\)\n\n\*Trao giấy khen cho các tập thể xuất sắc\*/);
  });

  it('reads only regular files inside its input folder: no photo from outside it, no linked photo, no linked page', async () => {
    // A secret beside the input folder, a page that points at it two ways, and a page that is a link to a private note.
    const secret = join(pages, '..', 'secret');
    mkdirSync(secret);
    writeFileSync(
      join(secret, 'secret.jpg'),
      await sharp({ create: { width: 8, height: 6, channels: 3, background: '#123' } })
        .jpeg()
        .toBuffer(),
    );
    writeFileSync(join(secret, 'private-note.txt'), GOOD.replace('tổ chức hội nghị', 'ghi chú riêng'));
    mkdirSync(join(pages, 'trang_files'));
    symlinkSync(join(secret, 'secret.jpg'), join(pages, 'trang_files', 'lien-ket.jpg'));
    symlinkSync(join(secret, 'private-note.txt'), join(pages, 'leak.txt'));
    const html = readFileSync(join(ROOT, 'tests/fixtures/legacy/html/sharepoint-en.html'), 'utf8')
      .replace('https://cdn.example.vn/images/hoi-nghi.jpg', '../secret/secret.jpg')
      .replace(/data:image\/png;base64,[^"]+/, 'trang_files/lien-ket.jpg');
    writeFileSync(join(pages, 'trang.html'), html);
    writeFileSync(join(content, '.import/categories.json'), JSON.stringify({ 'Local government': 'hoat-dong-khoi-chinh-quyen' }));

    const { code, report } = await runJson(pages);
    expect(code).toBe(0);
    expect(report.files.map((f) => [f.file.split('/').pop(), f.outcome])).toEqual([['trang.html', 'imported']]);
    const f = report.files[0]!;
    expect(f.photos).toBeUndefined();
    expect(f.warnings.filter((w) => /ngoài thư mục đang nhập/.test(w))).toEqual([
      expect.stringContaining('../secret/secret.jpg'),
      expect.stringContaining('trang_files/lien-ket.jpg'),
    ]);
    const notTaken = Object.fromEntries(report.notTaken.map((n) => [n.file.split('/').pop(), n.reason]));
    expect(notTaken['leak.txt']).toMatch(/Liên kết tắt \(symlink\)/);
    expect(notTaken['lien-ket.jpg']).toMatch(/Liên kết tắt \(symlink\)/);
    // Nothing of the secret reached the content folder.
    expect(filesUnder(content).filter((file) => file.startsWith('news/'))).toEqual([f.entry]);
    expect(read(f.entry!)).not.toContain('ghi chú riêng');
  });

  it('creates a missing category only when asked to, and says so', async () => {
    const file = page('a.txt', GOOD.replace('Tin tức - Sự kiện', 'Hoat dong chinh quyen phuong'));
    expect((await runJson(file)).report.files[0]!.reason).toMatch(/gần nhất là “Hoạt động khối chính quyền”/);
    const { out } = await run(file, '--create-categories');
    expect(out).toMatch(/Tạo mới \(created\): categories\/hoat-dong-chinh-quyen-phuong\.json/);
    expect(JSON.parse(read('categories/hoat-dong-chinh-quyen-phuong.json'))).toEqual({ name: 'Hoat dong chinh quyen phuong' });
  });
});

describe('repeatable migrations', () => {
  it('takes a page under a decomposed (NFD) file name for the same page', async () => {
    const nfc = 'Hội nghị phường.txt';
    page(nfc, GOOD);
    expect((await runJson(join(pages, nfc))).report.counts).toMatchObject({ imported: 1 });
    mkdirSync(join(pages, 'mac'));
    writeFileSync(join(pages, 'mac', nfc.normalize('NFD')), GOOD);
    const again = await runJson(join(pages, 'mac'));
    expect(again.report.counts).toMatchObject({ imported: 0, unchanged: 1 });
    expect(filesUnder(join(content, 'news'))).toEqual(['2022/phuong-phuc-loi-to-chuc-hoi-nghi.md']);
  });

  it('keys two portals’ pages of the same name apart with --source, and re-imports each as unchanged', async () => {
    mkdirSync(join(pages, 'x'));
    mkdirSync(join(pages, 'y'));
    writeFileSync(join(pages, 'x/000.txt'), GOOD);
    writeFileSync(join(pages, 'y/000.txt'), GOOD.replace('Phường Phúc Lợi tổ chức hội nghị', 'Phường Thượng Thanh tổ chức hội nghị'));
    expect((await runJson(join(pages, 'x'), '--source', 'phuc-loi')).report.counts).toMatchObject({ imported: 1 });
    expect((await runJson(join(pages, 'y'), '--source', 'thuong-thanh')).report.counts).toMatchObject({ imported: 1 });
    expect(entry('news/2022/phuong-phuc-loi-to-chuc-hoi-nghi.md').data.legacy).toMatchObject({ importedFrom: 'phuc-loi/000.txt' });
    expect(entry('news/2022/phuong-thuong-thanh-to-chuc-hoi-nghi.md').data.legacy).toMatchObject({ importedFrom: 'thuong-thanh/000.txt' });
    const before = snapshot();
    expect((await runJson(join(pages, 'x'), '--source', 'phuc-loi')).report.counts).toMatchObject({ unchanged: 1 });
    expect(snapshot()).toEqual(before);
    expect((await run(join(pages, 'x'), '--source', 'a/b')).code).toBe(2);
  });

  it('shows what a dry run would change, and writes nothing', async () => {
    await run(page('a.txt', GOOD));
    page('a.txt', GOOD.replace('Lượt xem: 12', 'Lượt xem: 15'));
    await writeSavedPage(pages);
    const before = snapshot();
    const reportsBefore = filesUnder(join(content, '.import/reports'));
    const { code, out } = await run(pages, '--dry-run');
    expect(code).toBe(0);
    expect(out).toMatch(/^Chạy thử, không ghi bài nào — sẽ có: 2 đã nhập \(1 cập nhật\)/);
    expect(out).toMatch(/~ news\/2022\/phuong-phuc-loi-to-chuc-hoi-nghi\.md ← .*a\.txt/);
    expect(out).toMatch(/\+ news\/2023\/hoi-nghi-so-ket-cong-tac-dan-van-6-thang-dau-nam-2023\.md ← .*hoi-nghi-ba-anh\.html \(3 ảnh\)/);
    expect(snapshot()).toEqual(before);
    expect(filesUnder(join(content, '.import/reports'))).toEqual(reportsBefore);
    expect((await runJson(pages, '--dry-run')).report).toMatchObject({ dryRun: true });
  });
});

describe('the report', () => {
  it('is written as Markdown and JSON, listing what was imported, skipped, failed and not taken, and why', async () => {
    page('a.txt', GOOD);
    page('empty.txt', '');
    page('notes.docx', 'PK');
    const o = join(work, `o-${n}.json`);
    writeFileSync(o, JSON.stringify({ 'skip.txt': { skip: 'Trang trùng' } }));
    page('skip.txt', GOOD);
    const base = join(work, `report-${n}`);
    const { out } = await run(pages, '--overrides', o, '--report', `${base}.md`);
    expect(out).toContain(`Báo cáo (report): ${base}.md, ${base}.json`);
    const md = readFileSync(`${base}.md`, 'utf8');
    expect(md).toMatch(/\| Đã nhập mới \(imported\) \| 1 \|/);
    expect(md).toMatch(/## Lỗi \(1\)[\s\S]*empty\.txt \| {2}\| 0 \| Tệp rỗng/);
    expect(md).toMatch(/## Bỏ qua \(1\)[\s\S]*skip\.txt \| .* \| Trang trùng/);
    expect(md).toMatch(/## Đã nhập mới \(1\)[\s\S]*a\.txt \| news\/2022\/phuong-phuc-loi-to-chuc-hoi-nghi\.md/);
    expect(md).toMatch(/## Tệp không nhập \(1\)[\s\S]*notes\.docx \| Không phải trang tin/);
    const json = JSON.parse(readFileSync(`${base}.json`, 'utf8'));
    expect(json.counts).toEqual({ imported: 1, updated: 0, unchanged: 0, skipped: 1, failed: 1, notTaken: 1 });
    expect(json.files.map((f: { key: string; outcome: string }) => [f.key, f.outcome])).toEqual([
      ['a.txt', 'imported'],
      ['empty.txt', 'failed'],
      ['skip.txt', 'skipped'],
    ]);
  });

  it('goes into the content folder by default, and not for a dry run', async () => {
    await run(page('a.txt', GOOD));
    expect(filesUnder(join(content, '.import/reports'))).toEqual([
      expect.stringMatching(/^import-[\d-]+\.json$/),
      expect.stringMatching(/^import-[\d-]+\.md$/),
    ]);
    await run(page('a.txt', GOOD), '--no-report');
    expect(filesUnder(join(content, '.import/reports'))).toHaveLength(2);
  });

  it('draws progress only on a terminal, and never into --json output', async () => {
    const drawn: string[] = [];
    const tty = { isTTY: true, write: (s: string) => drawn.push(s) } as unknown as NodeJS.WriteStream;
    const pipe = { isTTY: false, write: (s: string) => drawn.push(`PIPE ${s}`) } as unknown as NodeJS.WriteStream;
    for (let i = 0; i < 3; i++) page(`p${i}.txt`, GOOD.replace('tổ chức hội nghị', `tổ chức hội nghị lần ${i}`));
    const out: string[] = [];
    expect(await main([pages, '--content', content, '--json'], (t) => out.push(t), tty)).toBe(0);
    expect(JSON.parse(out.join('\n')).counts.imported).toBe(3);
    expect(drawn.join('')).toMatch(/3\/3 trang \(100%\) · [\d.]+ trang\/giây · còn khoảng 0:00/);
    drawn.length = 0;
    await main([pages, '--content', content], () => {}, pipe);
    expect(drawn).toEqual([]);
  });
});

describe('campaign scope', () => {
  it('does not give a Đà Nẵng article Hà Nội’s campaign of the same name, even within its period', async () => {
    const text = (ward: string, district: string) =>
      `Tin tức - Sự kiện\n\nHội nghị về kỷ cương hành chính\nNgày đăng 09/06/2017 | 08:30 | Lượt xem: 12\n\nSáng 09/06/2017, UBND ${ward}, ${district} tổ chức hội nghị thực hiện năm kỷ cương hành chính và phong trào thi đua yêu nước.\n`;
    const { report } = await runJson(
      page('da-nang.txt', text('phường Hòa Hiệp Bắc', 'quận Liên Chiểu')),
      page('ha-noi.txt', text('phường Thượng Thanh', 'quận Long Biên')),
    );
    const [dn, hn] = report.files.map((f) => entry(f.entry!).data);
    expect(dn!.campaigns).toEqual(['thi-dua-yeu-nuoc']);
    expect(hn!.campaigns).toEqual(['ky-cuong-hanh-chinh-2017', 'thi-dua-yeu-nuoc']);
  });
});
