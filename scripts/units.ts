/**
 * Write ward and district entries (content/wards, content/districts) from
 * the dataset data/dvhc-2025.json.gz. These entries are derived,
 * never typed by hand: run this to add a unit, or again to refresh them.
 *
 *   npm run units                         # the portal's own ward (content/don-vi.json) and its predecessors
 *   npm run units -- 00136 --predecessors # current ward 00136 and every old unit that went into it
 *   npm run units -- cu:00115             # the old (pre-2025) unit 00115
 *   npm run units -- 004                  # district 004
 *   npm run units -- phuong-phuc-loi-cu-00136 quan-long-bien-004   # entry ids work too
 *
 * Options: --content <dir> (default content/), --dvhc <file>, --help. A historic
 * ward always brings the current wards it became part of, so its
 * `successors` references resolve.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  districtEntry,
  districtFromEntryId,
  formatEntryJson,
  wardEntriesWithPredecessors,
  wardEntriesWithSuccessors,
  wardFromEntryId,
  type Dvhc,
  type DistrictUnit,
  type WardUnit,
} from '../src/import/dvhc.ts';
import { loadDvhc } from '../src/import/dvhcFile.ts';
import { ensureDvhcNotice, writeAtomic } from '../src/import/store.ts';
import { siteWardId } from '../src/lib/siteIdentity.ts';
import { readCommandLine } from './args.ts';

type Target = { ward: WardUnit } | { district: DistrictUnit };

/** One argument → the unit it names, or an error message. */
export function resolveTarget(arg: string, dvhc: Dvhc): Target | string {
  const old = /^(?:cu|old):(\d{5})$/.exec(arg);
  const unit = old ? dvhc.ward('old', old[1]!) : /^\d{5}$/.test(arg) ? dvhc.ward('new', arg) : wardFromEntryId(arg, dvhc);
  if (unit) return { ward: unit };
  const district = /^\d{3}$/.test(arg) ? dvhc.district(arg) : districtFromEntryId(arg, dvhc);
  if (district) return { district };
  return `Không tìm thấy đơn vị “${arg}” trong danh mục (unknown unit)`;
}

/** The entries to write for the arguments, keyed by path relative to the content root. */
export function entriesFor(args: readonly string[], dvhc: Dvhc, withPredecessors: boolean): { entries: Map<string, unknown>; errors: string[] } {
  const entries = new Map<string, unknown>();
  const errors: string[] = [];
  for (const arg of args) {
    const target = resolveTarget(arg, dvhc);
    if (typeof target === 'string') errors.push(target);
    else if ('ward' in target) {
      const wards =
        withPredecessors && target.ward.era === 'new' ? wardEntriesWithPredecessors(target.ward, dvhc) : wardEntriesWithSuccessors(target.ward, dvhc);
      for (const [id, data] of wards) entries.set(`wards/${id}.json`, data);
    } else {
      const entry = districtEntry(target.district);
      if (entry) entries.set(`districts/${entry.id}.json`, entry.data);
      else errors.push(`Quận/huyện ${target.district.code} (${target.district.name}) không thuộc loại quận, huyện, thị xã hay thành phố`);
    }
  }
  return { entries, errors };
}

const USAGE = 'Cách dùng (usage): npm run units -- [mã phường | cu:mã phường cũ | mã quận | mã mục…] [--predecessors] [--content <thư mục>] [--dvhc <tệp>]';

const HELP = `Ghi các mục phường, xã (content/wards) và quận, huyện (content/districts) từ danh mục đơn vị hành chính data/dvhc-2025.json.gz. Chạy lại để làm mới; không sửa tay các tệp này.

${USAGE}

  (không đối số)         phường của cổng (content/don-vi.json) và mọi đơn vị cũ đã sáp nhập vào nó
  00136                  phường, xã hiện nay mã 00136
  cu:00115               phường, xã cũ (trước 01/07/2025) mã 00115
  004                    quận, huyện mã 004
  phuong-phuc-loi-00136  mã mục (tên tệp không có .json) cũng được
  --predecessors         kèm mọi đơn vị cũ đã sáp nhập vào phường, xã hiện nay được chỉ
  --content <thư mục>    thư mục nội dung (mặc định content/, hoặc biến TIN_PHUONG_CONTENT)
  --dvhc <tệp>           danh mục đơn vị hành chính (mặc định data/dvhc-2025.json.gz, hoặc biến TIN_PHUONG_DVHC)
  -h, --help             in hướng dẫn này

Một phường, xã cũ luôn kèm phường, xã hiện nay mà nó sáp nhập vào, để tham chiếu "successors" trỏ đúng.`;

const OPTIONS = { content: { type: 'string' }, dvhc: { type: 'string' }, predecessors: { type: 'boolean' } } as const;

export function main(argv: readonly string[], out: (text: string) => void = console.log): number {
  let line;
  try {
    line = readCommandLine(argv, OPTIONS, { positionals: true, lang: 'vi' });
  } catch (error) {
    out(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (line.help) {
    out(HELP);
    return 0;
  }
  const content = line.values.content ?? process.env.TIN_PHUONG_CONTENT ?? 'content';
  const dvhcPath = line.values.dvhc;
  let withPredecessors = line.values.predecessors ?? false;
  const args = [...line.positionals];
  if (args.length === 0) {
    args.push(siteWardId(content));
    withPredecessors = true;
  }
  const dvhc = loadDvhc(dvhcPath);
  const { entries, errors } = entriesFor(args, dvhc, withPredecessors);
  let written = 0;
  for (const [path, data] of entries) {
    const file = join(content, path);
    const text = formatEntryJson(data);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeAtomic(file, text);
    written++;
    out(`  ${path}`);
  }
  if (entries.size) ensureDvhcNotice(content, dvhc.license);
  out(`${written} tệp ghi mới hoặc cập nhật, ${entries.size - written} không đổi (written ${written}, unchanged ${entries.size - written})`);
  for (const error of errors) out(`✗ ${error}`);
  return errors.length ? 1 : 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
