/**
 * Import legacy ward-portal pages (copied text or saved HTML) into content/news.
 *
 *   npm run import -- <files or folders…> [--source <name>] [--dry-run] [--force]
 *                     [--overrides <file>] [--categories <file>] [--create-categories]
 *                     [--content <dir>] [--dvhc <file>] [--max-size <MB>]
 *                     [--report <file>] [--no-report] [--json] [--help]
 *
 * Exit code: 0 when every page was imported, unchanged or skipped; 1 when any
 * page failed (the others are still imported); 2 for a usage error (no input,
 * unknown option, unreadable overrides or categories file). See docs/import.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDvhc } from '../src/import/dvhcFile.ts';
import { parseCategoryMap, proposeCategoryMap } from '../src/import/category.ts';
import { countOutcomes, DEFAULT_MAX_BYTES, formatReport, importPages, markdownReport, OVERRIDES_FILE } from '../src/import/importer.ts';
import { parseOverrides } from '../src/import/overrides.ts';
import { formatProgress } from '../src/import/progress.ts';
import { writeAtomic } from '../src/import/store.ts';
import { readCommandLine } from './args.ts';

const USAGE = `Cách dùng (usage): npm run import -- <tệp hoặc thư mục…> [--source <tên cổng>] [--dry-run] [--force] [--overrides <tệp.json>] [--categories <tệp.json>] [--create-categories] [--content <thư mục>] [--dvhc <tệp>] [--max-size <MB>] [--report <tệp>] [--no-report] [--json]`;

const HELP = `Nhập các trang của cổng thông tin cũ (chữ chép ra hoặc trang HTML đã lưu) thành bài trong content/news.

${USAGE}

  --source <tên cổng>    cổng gốc của các trang (tên ngắn, ví dụ phuc-loi): khóa của bài thành <tên cổng>/<tên tệp>
  --dry-run              chạy thử: không ghi bài nào, chỉ ghi đề xuất chuyên mục vào tệp chuyên mục
  --force                ghi đè cả bài đã được sửa sau khi nhập
  --overrides <tệp.json> thông tin trang cũ thiếu (mặc định content/.import/overrides.json nếu có)
  --categories <tệp.json> tên chuyên mục cũ → chuyên mục của cổng (mặc định content/.import/categories.json nếu có)
  --create-categories    tạo chuyên mục mới khi cổng chưa có, thay vì báo lỗi trang đó
  --content <thư mục>    thư mục nội dung (mặc định content/, hoặc biến TIN_PHUONG_CONTENT)
  --dvhc <tệp>           danh mục đơn vị hành chính (mặc định data/dvhc-2025.json.gz, hoặc biến TIN_PHUONG_DVHC)
  --max-size <MB>        từ chối tệp lớn hơn (mặc định 5 MB)
  --report <tệp>         nơi ghi báo cáo (<tệp>.md và <tệp>.json; mặc định content/.import/reports/import-<ngày-giờ>)
  --no-report            không ghi tệp báo cáo (bỏ qua --report nếu có cả hai)
  --json                 in báo cáo dạng JSON thay cho chữ
  -h, --help             in hướng dẫn này

Mã thoát: 0 khi mọi trang đã nhập, không đổi hoặc bỏ qua; 1 khi có trang lỗi (các trang khác vẫn được nhập); 2 khi lệnh sai. Chi tiết: docs/import.md.`;

const OPTIONS = {
  source: { type: 'string' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
  overrides: { type: 'string' },
  categories: { type: 'string' },
  'create-categories': { type: 'boolean' },
  content: { type: 'string' },
  dvhc: { type: 'string' },
  'max-size': { type: 'string' },
  report: { type: 'string' },
  'no-report': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/** Where the operator maps old category names to the portal's, unless another file is given. */
export const CATEGORIES_FILE = '.import/categories.json';
/** Where reports go, inside the content root, unless --report says otherwise. */
export const REPORTS_FOLDER = '.import/reports';

interface Args {
  inputs: string[];
  force: boolean;
  json: boolean;
  dryRun: boolean;
  createCategories: boolean;
  overrides?: string;
  categories?: string;
  source?: string;
  report?: string | false;
  content: string;
  dvhc?: string;
  maxBytes: number;
}

/** The command line as the importer's settings, or 'help'; a usage error throws, in Vietnamese. */
function readArgs(argv: readonly string[]): Args | 'help' {
  const line = readCommandLine(argv, OPTIONS, { positionals: true, lang: 'vi' });
  if (line.help) return 'help';
  const { values: v, positionals: inputs } = line;
  const source = v.source?.normalize('NFC');
  if (source !== undefined && !/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(source))
    throw new Error(`--source phải là một tên ngắn, không dấu cách hay “/”, ví dụ phuc-loi (source must be a short name): ${source}`);
  let maxBytes = DEFAULT_MAX_BYTES;
  if (v['max-size'] !== undefined) {
    const mb = Number(v['max-size']);
    if (!(mb > 0)) throw new Error('--max-size phải là số MB lớn hơn 0');
    maxBytes = Math.round(mb * 1024 * 1024);
  }
  if (inputs.length === 0) throw new Error('Chưa chỉ tệp hay thư mục nào để nhập (no input)');
  return {
    inputs,
    force: v.force ?? false,
    json: v.json ?? false,
    dryRun: v['dry-run'] ?? false,
    createCategories: v['create-categories'] ?? false,
    overrides: v.overrides,
    categories: v.categories,
    source,
    report: v['no-report'] ? false : v.report,
    content: v.content ?? process.env.TIN_PHUONG_CONTENT ?? 'content',
    dvhc: v.dvhc,
    maxBytes,
  };
}

function readSettings(file: string | undefined, fallback: string, what: string) {
  const path = file ?? fallback;
  if (file && !existsSync(path)) throw new Error(`Không tìm thấy tệp ${what}: ${path}`);
  return existsSync(path) ? { path, text: readFileSync(path, 'utf8') } : undefined;
}

/** “2025-03-04-153000”: a report's name, in Viet Nam time. */
function stamp(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 19).replace('T', '-').replace(/:/g, '');
}

/** Progress on a terminal only: redrawn in place at most ten times a second, cleared at the end. */
function progressBar(stream: NodeJS.WriteStream) {
  if (!stream.isTTY) return { update: undefined, done: () => {} };
  const start = Date.now();
  let drawn = 0;
  return {
    update: (done: number, total: number) => {
      const now = Date.now();
      if (done < total && now - drawn < 100) return;
      drawn = now;
      stream.write(`\r\x1b[2K${formatProgress(done, total, now - start)}`);
    },
    done: () => stream.write('\r\x1b[2K'),
  };
}

/** Run the importer as the command line does; returns the exit code. */
export async function main(
  argv: readonly string[],
  out: (text: string) => void = console.log,
  progressStream: NodeJS.WriteStream = process.stderr,
): Promise<number> {
  let args: Args;
  let overrides;
  let categoryMap;
  let categories: { path: string; text: string } | undefined;
  try {
    const read = readArgs(argv);
    if (read === 'help') {
      out(HELP);
      return 0;
    }
    args = read;
    const o = readSettings(args.overrides, join(args.content, OVERRIDES_FILE), 'overrides');
    overrides = o && parseOverrides(o.text, o.path);
    categories = readSettings(args.categories, join(args.content, CATEGORIES_FILE), 'categories');
    categoryMap = categories && parseCategoryMap(categories.text, categories.path);
  } catch (error) {
    out(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const progress = progressBar(progressStream);
  const started = new Date();
  const report = await importPages({
    inputs: args.inputs,
    contentRoot: resolve(args.content),
    dvhc: loadDvhc(args.dvhc),
    overrides,
    categoryMap,
    force: args.force,
    maxBytes: args.maxBytes,
    source: args.source,
    dryRun: args.dryRun,
    createCategories: args.createCategories,
    onProgress: progress.update,
  });
  progress.done();
  // A dry run proposes a mapping for every category the archive names and the portal lacks, in the file the next run reads.
  let proposed: string | undefined;
  if (args.dryRun && report.categoryProposals?.length) {
    const path = args.categories ?? join(args.content, CATEGORIES_FILE);
    const { text, added } = proposeCategoryMap(categories?.text, report.categoryProposals);
    if (added.length) {
      writeAtomic(path, text);
      proposed = path;
    }
  }
  const json = JSON.stringify({ counts: countOutcomes(report), ...report, ...(proposed ? { categoryMapWritten: proposed } : {}) }, null, 2);
  // The report as files for the ward's IT person: by default in the content folder, never for a dry run unless asked.
  const reportBase =
    args.report === false || (args.dryRun && args.report === undefined)
      ? undefined
      : (args.report ?? join(args.content, REPORTS_FOLDER, `import-${stamp(started)}`)).replace(/\.(?:md|json)$/i, '');
  const written: string[] = [];
  if (reportBase) {
    writeAtomic(`${reportBase}.md`, markdownReport(report, { when: started.toISOString(), inputs: args.inputs }));
    writeAtomic(`${reportBase}.json`, `${json}\n`);
    written.push(`${reportBase}.md`, `${reportBase}.json`);
  }
  const proposal = proposed
    ? `\n\nĐã ghi đề xuất chuyên mục vào ${proposed} (category mapping proposed): xem lại từng dòng — giữ mã chuyên mục, sửa thành mã khác, hoặc "new" để tạo mới — rồi chạy lại lệnh không có --dry-run.`
    : '';
  out(args.json ? json : `${formatReport(report)}${proposal}${written.length ? `\n\nBáo cáo (report): ${written.join(', ')}` : ''}`);
  return countOutcomes(report).failed > 0 ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
