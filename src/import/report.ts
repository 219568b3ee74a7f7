/**
 * The import report, for people: on the terminal (formatReport), and as a
 * Markdown file for the ward's IT person (markdownReport; the JSON file is
 * the report object itself). Every page is accounted for, imported, updated,
 * unchanged, skipped or failed, with the reason; so is every file of an
 * input folder that was not taken.
 */
import { relative } from 'node:path';
import type { ImportReport, NotTaken } from './importer.ts';

export type Counts = Record<'imported' | 'updated' | 'unchanged' | 'skipped' | 'failed', number> & { notTaken: number };

/** Counts per outcome, as the report prints them (updated entries count as imported). */
export function countOutcomes(report: ImportReport): Counts {
  const counts = { imported: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0, notTaken: report.notTaken?.length ?? 0 };
  for (const f of report.files) counts[f.outcome]++;
  return counts;
}

/** Files not taken, grouped by reason and folder: a saved page's `_files` folder holds dozens of them. */
function groupNotTaken(items: readonly NotTaken[], show: (file: string) => string, limit: number): string[] {
  const groups = new Map<string, string[]>();
  for (const item of items) groups.set(item.reason, [...(groups.get(item.reason) ?? []), show(item.file)]);
  const lines: string[] = [];
  for (const [reason, files] of groups) {
    lines.push(`  – ${reason}: ${files.length} tệp`);
    for (const f of files.slice(0, limit)) lines.push(`      ${f}`);
    if (files.length > limit) lines.push(`      … và ${files.length - limit} tệp nữa (xem báo cáo JSON / Markdown)`);
  }
  return lines;
}

const summaryLine = (c: Counts, dryRun?: boolean) =>
  `${dryRun ? 'Chạy thử, không ghi bài nào — sẽ có' : 'Kết quả nhập'}: ${c.imported + c.updated} đã nhập (${c.updated} cập nhật), ${c.unchanged} không đổi, ${c.skipped} bỏ qua, ${c.failed} lỗi, ${c.notTaken} tệp không nhập`;
const glossLine = (c: Counts, dryRun?: boolean) =>
  `(${dryRun ? 'dry run, no page written; would be ' : ''}imported ${c.imported + c.updated}, of which updated ${c.updated}; unchanged ${c.unchanged}; skipped ${c.skipped}; failed ${c.failed}; files not taken ${c.notTaken})`;

/** The report for the terminal: counts, then every failure and skip with its reason, files not taken, warnings. */
export function formatReport(report: ImportReport, cwd = process.cwd()): string {
  const c = countOutcomes(report);
  const show = (file: string) => (file.startsWith('/') ? relative(cwd, file) || file : file);
  const lines = [summaryLine(c, report.dryRun), glossLine(c, report.dryRun)];
  const failed = report.files.filter((f) => f.outcome === 'failed');
  if (failed.length) lines.push('', 'Lỗi (failed):', ...failed.map((f) => `  ✗ ${show(f.file)}: ${f.reason}`));
  const skipped = report.files.filter((f) => f.outcome === 'skipped');
  if (skipped.length) lines.push('', 'Bỏ qua (skipped):', ...skipped.map((f) => `  – ${show(f.file)}: ${f.reason}`));
  if (report.dryRun) {
    const changes = report.files.filter((f) => f.outcome === 'imported' || f.outcome === 'updated');
    if (changes.length)
      lines.push(
        '',
        'Sẽ ghi (would write):',
        ...changes.map((f) => `  ${f.outcome === 'updated' ? '~' : '+'} ${f.entry} ← ${show(f.file)}${f.photos?.length ? ` (${f.photos.length} ảnh)` : ''}`),
      );
  }
  if (report.notTaken?.length) lines.push('', 'Không nhập (files not taken):', ...groupNotTaken(report.notTaken, show, 5));
  const warned = report.files.filter((f) => f.warnings.length);
  if (warned.length) {
    lines.push('', 'Cảnh báo (warnings):');
    for (const f of warned) lines.push(`  ${show(f.file)}${f.entry ? ` → ${f.entry}` : ''}`, ...f.warnings.map((w) => `    ! ${w}`));
  }
  if (report.created.length) lines.push('', `${report.dryRun ? 'Sẽ tạo mới (would create)' : 'Tạo mới (created)'}: ${report.created.join(', ')}`);
  if (report.redirects?.length) {
    lines.push(
      '',
      `${report.dryRun ? 'Sẽ thêm chuyển hướng (would add redirects)' : 'Thêm chuyển hướng (redirects added)'} vào redirects.json:`,
      ...report.redirects.map((r) => `  ${r.from} → ${r.to}`),
    );
  }
  if (report.categoryProposals?.length) lines.push('', ...categoryLines(report));
  return lines.join('\n');
}

/** The old category names the portal lacks, each with the category proposed for it. */
function categoryLines(report: ImportReport): string[] {
  return [
    'Chuyên mục chưa có (unknown categories) — đề xuất (proposed mapping):',
    ...(report.categoryProposals ?? []).map(
      (p) =>
        `  “${p.name}” (${p.pages} trang) → ${p.proposed === 'new' ? 'new (tạo chuyên mục mới)' : `${p.proposed}${p.closest ? ` “${p.closest.name}”` : ''}`}`,
    ),
  ];
}

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The report as a Markdown file: every page and every file not taken, each with what happened and why. */
export function markdownReport(report: ImportReport, meta: { when: string; inputs: readonly string[]; cwd?: string }): string {
  const c = countOutcomes(report);
  const show = (file: string) => (file.startsWith('/') ? relative(meta.cwd ?? process.cwd(), file) || file : file);
  const out = [
    `# Báo cáo nhập bài${report.dryRun ? ' (chạy thử)' : ''}`,
    '',
    `- Thời điểm: ${meta.when}`,
    `- Nguồn: ${meta.inputs.map((i) => `\`${show(i)}\``).join(', ')}${report.source ? ` (--source ${report.source})` : ''}`,
    `- ${summaryLine(c, report.dryRun)}`,
    '',
    '| Kết quả | Số trang |',
    '|---|---|',
    `| Đã nhập mới (imported) | ${c.imported} |`,
    `| Cập nhật (updated) | ${c.updated} |`,
    `| Không đổi (unchanged) | ${c.unchanged} |`,
    `| Bỏ qua (skipped) | ${c.skipped} |`,
    `| Lỗi (failed) | ${c.failed} |`,
    `| Tệp không nhập (not taken) | ${c.notTaken} |`,
  ];
  const section = (title: string, outcome: string) => {
    const rows = report.files.filter((f) => f.outcome === outcome);
    if (!rows.length) return;
    out.push('', `## ${title} (${rows.length})`, '', '| Tệp | Bài | Ảnh | Lý do / cảnh báo |', '|---|---|---|---|');
    for (const f of rows)
      out.push(`| ${cell(show(f.file))} | ${cell(f.entry)} | ${f.photos?.length ?? 0} | ${cell([f.reason, ...f.warnings].filter(Boolean).join('; '))} |`);
  };
  section('Lỗi', 'failed');
  section('Bỏ qua', 'skipped');
  section('Đã nhập mới', 'imported');
  section('Cập nhật', 'updated');
  section('Không đổi', 'unchanged');
  if (report.notTaken?.length) {
    out.push('', `## Tệp không nhập (${report.notTaken.length})`, '', '| Tệp | Lý do |', '|---|---|');
    for (const n of report.notTaken) out.push(`| ${cell(show(n.file))} | ${cell(n.reason)} |`);
  }
  if (report.created.length) out.push('', '## Tạo mới', '', ...report.created.map((p) => `- ${p}`));
  if (report.redirects?.length) out.push('', '## Chuyển hướng', '', ...report.redirects.map((r) => `- ${r.from} → ${r.to}`));
  if (report.categoryProposals?.length) {
    out.push('', '## Chuyên mục chưa có', '', '| Tên trên cổng cũ | Số trang | Đề xuất |', '|---|---|---|');
    for (const p of report.categoryProposals)
      out.push(
        `| ${cell(p.name)} | ${p.pages} | ${cell(p.proposed === 'new' ? 'new (tạo mới)' : `${p.proposed}${p.closest ? ` (${p.closest.name})` : ''}`)} |`,
      );
  }
  return `${out.join('\n')}\n`;
}
