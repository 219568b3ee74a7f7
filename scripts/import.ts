/**
 * Import legacy ward-portal pages (copied text or saved HTML) into content/news.
 *
 *   npm run import -- <files or folders…> [--source <name>] [--dry-run] [--force]
 *                     [--overrides <file>] [--categories <file>] [--create-categories]
 *                     [--content <dir>] [--dvhc <file>] [--max-size <MB>]
 *                     [--report <file>] [--no-report] [--json]
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

const USAGE = `Cách dùng (usage): npm run import -- <tệp hoặc thư mục…> [--source <tên cổng>] [--dry-run] [--force] [--overrides <tệp.json>] [--categories <tệp.json>] [--create-categories] [--content <thư mục>] [--dvhc <tệp>] [--max-size <MB>] [--report <tệp>] [--no-report] [--json]`;

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

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { inputs: [], force: false, json: false, dryRun: false, createCategories: false, content: process.env.TIN_PHUONG_CONTENT ?? 'content', maxBytes: DEFAULT_MAX_BYTES };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} cần một giá trị (needs a value)`);
      return next;
    };
    if (arg === '--force') args.force = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--create-categories') args.createCategories = true;
    else if (arg === '--overrides') args.overrides = value();
    else if (arg === '--categories') args.categories = value();
    else if (arg === '--report') args.report = value();
    else if (arg === '--no-report') args.report = false;
    else if (arg === '--source') {
      const source = value().normalize('NFC');
      if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(source)) throw new Error(`--source phải là một tên ngắn, không dấu cách hay “/”, ví dụ phuc-loi (source must be a short name): ${source}`);
      args.source = source;
    } else if (arg === '--content') args.content = value();
    else if (arg === '--dvhc') args.dvhc = value();
    else if (arg === '--max-size') {
      const mb = Number(value());
      if (!(mb > 0)) throw new Error('--max-size phải là số MB lớn hơn 0');
      args.maxBytes = Math.round(mb * 1024 * 1024);
    } else if (arg.startsWith('--')) throw new Error(`Tùy chọn không hỗ trợ (unknown option): ${arg}`);
    else args.inputs.push(arg);
  }
  if (args.inputs.length === 0) throw new Error('Chưa chỉ tệp hay thư mục nào để nhập (no input)');
  return args;
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
export function main(argv: readonly string[], out: (text: string) => void = console.log, progressStream: NodeJS.WriteStream = process.stderr): number {
  let args: Args;
  let overrides;
  let categoryMap;
  let categories: { path: string; text: string } | undefined;
  try {
    args = parseArgs(argv);
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
  const report = importPages({
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
  const reportBase = args.report === false || (args.dryRun && args.report === undefined) ? undefined : (args.report ?? join(args.content, REPORTS_FOLDER, `import-${stamp(started)}`)).replace(/\.(?:md|json)$/i, '');
  const written: string[] = [];
  if (reportBase) {
    writeAtomic(`${reportBase}.md`, markdownReport(report, { when: started.toISOString(), inputs: args.inputs }));
    writeAtomic(`${reportBase}.json`, `${json}\n`);
    written.push(`${reportBase}.md`, `${reportBase}.json`);
  }
  const proposal = proposed ? `\n\nĐã ghi đề xuất chuyên mục vào ${proposed} (category mapping proposed): xem lại từng dòng — giữ mã chuyên mục, sửa thành mã khác, hoặc "new" để tạo mới — rồi chạy lại lệnh không có --dry-run.` : '';
  out(args.json ? json : `${formatReport(report)}${proposal}${written.length ? `\n\nBáo cáo (report): ${written.join(', ')}` : ''}`);
  return countOutcomes(report).failed > 0 ? 1 : 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
