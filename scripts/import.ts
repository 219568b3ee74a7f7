/**
 * Import legacy ward-portal pages into content/news.
 *
 *   npm run import -- <files or folders…> [--force] [--overrides <file>]
 *                     [--content <dir>] [--dvhc <file>] [--max-size <MB>] [--json]
 *
 * Exit code: 0 when every page was imported, unchanged or skipped; 1 when any
 * page failed (the others are still imported); 2 for a usage error (no input,
 * unknown option, unreadable overrides file). See docs/import.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDvhc } from '../src/lib/dvhc.ts';
import { countOutcomes, DEFAULT_MAX_BYTES, formatReport, importPages, OVERRIDES_FILE } from '../src/lib/legacy/importer.ts';
import { parseOverrides } from '../src/lib/legacy/overrides.ts';

const USAGE = `Cách dùng (usage): npm run import -- <tệp hoặc thư mục…> [--force] [--overrides <tệp.json>] [--content <thư mục>] [--dvhc <tệp>] [--max-size <MB>] [--json]`;

interface Args {
  inputs: string[];
  force: boolean;
  json: boolean;
  overrides?: string;
  content: string;
  dvhc?: string;
  maxBytes: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { inputs: [], force: false, json: false, content: process.env.TIN_PHUONG_CONTENT ?? 'content', maxBytes: DEFAULT_MAX_BYTES };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} cần một giá trị (needs a value)`);
      return next;
    };
    if (arg === '--force') args.force = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--overrides') args.overrides = value();
    else if (arg === '--content') args.content = value();
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

/** Run the importer as the command line does; returns the exit code. */
export function main(argv: readonly string[], out: (text: string) => void = console.log): number {
  let args: Args;
  let overrides;
  try {
    args = parseArgs(argv);
    const overridesPath = args.overrides ?? join(args.content, OVERRIDES_FILE);
    if (args.overrides && !existsSync(overridesPath)) throw new Error(`Không tìm thấy tệp overrides: ${overridesPath}`);
    overrides = existsSync(overridesPath) ? parseOverrides(readFileSync(overridesPath, 'utf8'), overridesPath) : undefined;
  } catch (error) {
    out(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const report = importPages({
    inputs: args.inputs,
    contentRoot: resolve(args.content),
    dvhc: loadDvhc(args.dvhc),
    overrides,
    force: args.force,
    maxBytes: args.maxBytes,
  });
  out(args.json ? JSON.stringify({ counts: countOutcomes(report), ...report }, null, 2) : formatReport(report));
  return countOutcomes(report).failed > 0 ? 1 : 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
