/**
 * The import run: legacy pages (files or folders) → content/news entries plus
 * the categories, wards and districts they refer to. Each page succeeds or
 * fails on its own; a failure leaves content/ as it was.
 *
 * Idempotency is keyed on the source file name (legacy.importedFrom), not the
 * title: importing the same page again finds its entry and, if nothing
 * changed, leaves it alone. An entry an editor has changed since (its
 * checksum no longer matches) is only overwritten with `force`.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { districtEntry, districtEntryId, districtFromEntryId, nameKey, wardEntriesWithSuccessors, wardEntryId, wardFromEntryId, type Dvhc } from '../dvhc.ts';
import { toVnIso } from '../dates.ts';
import { blocksToMarkdown } from './markdown.ts';
import { decodePage } from './decode.ts';
import { LegacyError } from './errors.ts';
import { TITLE_MAX } from './header.ts';
import { applyOverride, type Override, type Overrides } from './overrides.ts';
import { parsePage } from './parse.ts';
import { summarize } from './sapo.ts';
import { DVHC_NOTICE, ensureDvhcNotice, resolveCategory, scanContent, writeAtomic, writeMissing, type ContentIndex, type PendingEntry } from './store.ts';
import { findCampaigns, findUnits } from './tags.ts';
import { entrySlug, entryText, entryYear, isUnedited } from './toEntry.ts';

/** Category for pages that name none (reported as a warning). */
export const DEFAULT_CATEGORY = 'Tin tức - Sự kiện';
/** Copied pages are a few kilobytes; anything this big is not an article. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Where the overrides file lives inside the content root, unless another is given. */
export const OVERRIDES_FILE = '.import/overrides.json';

export interface ImportOptions {
  /** Files and folders (folders are searched for *.txt, recursively). */
  inputs: readonly string[];
  contentRoot: string;
  dvhc: Dvhc;
  overrides?: Overrides;
  /** Overwrite entries edited since they were imported. */
  force?: boolean;
  maxBytes?: number;
}

export type Outcome = 'imported' | 'updated' | 'unchanged' | 'skipped' | 'failed';

export interface FileReport {
  file: string;
  outcome: Outcome;
  /** The entry written or found, relative to the content root. */
  entry?: string;
  reason?: string;
  warnings: string[];
}

export interface ImportReport {
  files: FileReport[];
  /** Category, ward and district entries created on the way. */
  created: string[];
}

/** The pages to read: files as given, folders searched for .txt files, in a stable order. */
export function collectInputs(inputs: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) missing.push(input);
    else if (statSync(input).isDirectory()) {
      const found = readdirSync(input, { recursive: true, encoding: 'utf8' })
        .filter((entry) => /\.txt$/i.test(entry))
        .sort()
        .map((entry) => join(input, entry));
      files.push(...found.filter((f) => statSync(f).isFile()));
    } else files.push(input);
  }
  return { files, missing };
}

interface Run {
  options: ImportOptions;
  index: ContentIndex;
  created: string[];
}

/** The ward and district entries an article's tags need (a historic ward brings its successors). */
function unitEntries(run: Run, wards: readonly string[], districts: readonly string[]): PendingEntry[] {
  const { dvhc } = run.options;
  const pending: PendingEntry[] = [];
  for (const id of wards) {
    const unit = wardFromEntryId(id, dvhc);
    if (unit) for (const [wardId, data] of wardEntriesWithSuccessors(unit, dvhc)) pending.push({ collection: 'wards', id: wardId, data });
    else if (!run.index.wards.has(id)) throw new LegacyError('unknown-reference', `Không có phường/xã “${id}” trong content/wards hay trong danh mục (unknown ward)`);
  }
  for (const id of districts) {
    const district = districtFromEntryId(id, dvhc);
    const entry = district && districtEntry(district);
    if (entry) pending.push({ collection: 'districts', id, data: entry.data });
    else if (!run.index.districts.has(id)) throw new LegacyError('unknown-reference', `Không có quận/huyện “${id}” trong content/districts hay trong danh mục (unknown district)`);
  }
  return pending;
}

/** The entry id to write: the source's existing one if its slug still fits, else the first free one. */
function chooseId(index: ContentIndex, year: number, slug: string, existing: string | undefined): string {
  const base = `${year}/${slug}`;
  const existingId = existing?.replace(/^news\//, '').replace(/\.mdx?$/, '');
  if (existingId && (existingId === base || new RegExp(`^${base}-\\d+$`).test(existingId))) return existingId;
  if (!index.newsIds.has(base)) return base;
  for (let n = 2; ; n++) if (!index.newsIds.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Read, decode and parse one page, with the operator's overrides applied; throws what makes it unusable. */
function readPage(run: Run, file: string, override: Override | undefined, warn: (message: string) => void) {
  // Size first: a 200 MB file is refused without being read into memory.
  const size = statSync(file).size;
  const maxBytes = run.options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;
    throw new LegacyError('too-large', `Tệp quá lớn: ${mb(size)}, giới hạn ${mb(maxBytes)}; không phải một trang tin (file too large)`);
  }
  const page = parsePage(decodePage(readFileSync(file)));
  page.warnings.forEach(warn);
  const facts = applyOverride(page, override);
  const { title, published } = facts;
  if (!title) throw new LegacyError('no-title', 'Không tìm thấy tiêu đề (no title)');
  if (title.length > TITLE_MAX) throw new LegacyError('title-too-long', `Tiêu đề dài quá ${TITLE_MAX} ký tự (title too long)`);
  if (!published) {
    throw new LegacyError('no-date', `Không tìm thấy ngày đăng; ghi "publishedAt" cho "${basename(file)}" trong tệp overrides (no date; add it to the overrides file)`);
  }
  let updated = facts.updated;
  if (updated && updated.date < published.date) {
    warn(`Bỏ ngày cập nhật ${toVnIso(updated.date)} vì sớm hơn ngày đăng (update date before publication ignored)`);
    updated = undefined;
  }
  if (published.date > new Date()) warn(`Ngày đăng ở tương lai: ${toVnIso(published.date)}; bài chỉ hiện từ ngày đó (future date)`);
  return { ...facts, title, published, updated };
}

/** The entry for a page: its category, tags and file, and the JSON entries it needs created. */
function buildEntry(run: Run, name: string, facts: ReturnType<typeof readPage>, override: Override | undefined, warn: (message: string) => void) {
  const { index, options } = run;
  const categoryName = facts.category ?? DEFAULT_CATEGORY;
  if (!facts.category) warn(`Trang không có chuyên mục: xếp vào “${DEFAULT_CATEGORY}” (no category, default used)`);
  const category = resolveCategory(index, categoryName);

  const text = [facts.title, ...facts.blocks.map((b) => b.text)].join('\n');
  const units = findUnits(text, facts.published.date, options.dvhc);
  units.problems.forEach(warn);
  const wards = override?.wards ?? units.wards.map(wardEntryId);
  const districts = override?.districts ?? units.districts.map(districtEntryId);
  const campaigns = override?.campaigns ?? findCampaigns(text, facts.published.date, index.campaigns);
  for (const id of campaigns) {
    if (!index.campaigns.some((c) => c.id === id)) throw new LegacyError('unknown-reference', `Không có phong trào “${id}” trong content/campaigns (unknown campaign)`);
  }

  const body = blocksToMarkdown(facts.blocks);
  if (body === '') warn('Bài không có nội dung (empty body)');
  const id = chooseId(index, entryYear(facts.published), entrySlug(facts.title), index.bySource.get(name));
  const output = entryText({
    title: facts.title,
    summary: summarize(facts.blocks, facts.title),
    published: facts.published,
    updated: facts.updated,
    category: category.id,
    wards,
    districts,
    campaigns,
    byline: facts.byline,
    source: facts.source,
    views: facts.views,
    url: override?.url,
    importedFrom: name,
    body,
  });
  return {
    id,
    output,
    category: { name: categoryName, id: category.id },
    pending: [...(category.pending ? [category.pending] : []), ...unitEntries(run, wards, districts)],
  };
}

function importFile(run: Run, file: string, seen: Map<string, string>): FileReport {
  const { options, index } = run;
  const name = basename(file);
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);

  const earlier = seen.get(name);
  if (earlier) throw new LegacyError('duplicate-source', `Trùng tên tệp với ${earlier}: tên tệp là khóa nhập liệu, hãy đổi tên một trong hai (duplicate file name)`);
  seen.set(name, file);
  const override = options.overrides?.get(name);
  if (override?.skip) return { file, outcome: 'skipped', reason: typeof override.skip === 'string' ? override.skip : 'Bỏ qua theo tệp overrides (skipped by overrides)', warnings };

  const { id, output, category, pending } = buildEntry(run, name, readPage(run, file, override, warn), override, warn);
  const entry = `news/${id}.md`;
  const previous = index.bySource.get(name);
  if (previous) {
    const current = readFileSync(join(index.root, previous), 'utf8');
    if (previous === entry && current === output) return { file, outcome: 'unchanged', entry, warnings };
    if (!options.force && !isUnedited(current)) {
      return { file, outcome: 'skipped', entry: previous, reason: 'Bài đã được sửa sau khi nhập; dùng --force để ghi đè (edited since import)', warnings };
    }
  }

  // The entries an article refers to are written with it, never for a page that failed.
  run.created.push(...writeMissing(index, pending));
  if (pending.some((p) => p.collection !== 'categories') && ensureDvhcNotice(index.root, options.dvhc.license)) run.created.push(DVHC_NOTICE);
  for (const p of pending) if (p.collection !== 'categories') index[p.collection].add(p.id);
  index.categories.set(nameKey(category.name), category.id).set(category.id, category.id);
  writeAtomic(join(index.root, entry), output);
  index.newsIds.add(id);
  index.bySource.set(name, entry);
  if (previous && previous !== entry) {
    // The title changed: the entry moves, so the old file goes (it was ours and unedited, or --force).
    rmSync(join(index.root, previous), { force: true });
    index.newsIds.delete(previous.replace(/^news\//, '').replace(/\.mdx?$/, ''));
  }
  return { file, outcome: previous ? 'updated' : 'imported', entry, warnings };
}

export function importPages(options: ImportOptions): ImportReport {
  const run: Run = { options, index: scanContent(options.contentRoot), created: [] };
  const { files, missing } = collectInputs(options.inputs);
  const reports: FileReport[] = missing.map((file) => ({ file, outcome: 'failed', reason: 'Không tìm thấy tệp hay thư mục (not found)', warnings: [] }));
  const seen = new Map<string, string>();
  for (const file of files) {
    try {
      reports.push(importFile(run, file, seen));
    } catch (error) {
      const reason = error instanceof LegacyError ? error.message : `Lỗi khi đọc hoặc ghi: ${(error as Error).message} (I/O error)`;
      reports.push({ file, outcome: 'failed', reason, warnings: [] });
    }
  }
  return { files: reports, created: run.created };
}

/** Counts per outcome, as the report prints them (updated entries count as imported). */
export function countOutcomes(report: ImportReport): Record<'imported' | 'updated' | 'unchanged' | 'skipped' | 'failed', number> {
  const counts = { imported: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  for (const f of report.files) counts[f.outcome]++;
  return counts;
}

/** The report for people: counts, then every failure and skip with its reason, then warnings. */
export function formatReport(report: ImportReport, cwd = process.cwd()): string {
  const c = countOutcomes(report);
  const show = (file: string) => (file.startsWith('/') ? relative(cwd, file) || file : file);
  const lines = [
    `Kết quả nhập: ${c.imported + c.updated} đã nhập (${c.updated} cập nhật), ${c.unchanged} không đổi, ${c.skipped} bỏ qua, ${c.failed} lỗi`,
    `(imported ${c.imported + c.updated}, of which updated ${c.updated}; unchanged ${c.unchanged}; skipped ${c.skipped}; failed ${c.failed})`,
  ];
  const failed = report.files.filter((f) => f.outcome === 'failed');
  if (failed.length) lines.push('', 'Lỗi (failed):', ...failed.map((f) => `  ✗ ${show(f.file)}: ${f.reason}`));
  const skipped = report.files.filter((f) => f.outcome === 'skipped');
  if (skipped.length) lines.push('', 'Bỏ qua (skipped):', ...skipped.map((f) => `  – ${show(f.file)}: ${f.reason}`));
  const warned = report.files.filter((f) => f.warnings.length);
  if (warned.length) {
    lines.push('', 'Cảnh báo (warnings):');
    for (const f of warned) lines.push(`  ${show(f.file)}${f.entry ? ` → ${f.entry}` : ''}`, ...f.warnings.map((w) => `    ! ${w}`));
  }
  if (report.created.length) lines.push('', `Tạo mới (created): ${report.created.join(', ')}`);
  return lines.join('\n');
}
