/**
 * Progress of a long import on a terminal: “1.234/10.000 trang (12%) ·
 * 480 trang/giây · còn khoảng 0:18”. Pure; scripts/import.ts draws it on
 * stderr only when stderr is a terminal, so `--json` and piped output stay clean.
 */

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** 75 → “1:15”, 3700 → “1:01:40”. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(r)}` : `${m}:${pad(r)}`;
}

export function formatProgress(done: number, total: number, elapsedMs: number): string {
  const percent = total ? Math.floor((done / total) * 100) : 100;
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const left = rate > 0 ? formatDuration((total - done) / rate) : '…';
  return `${group(done)}/${group(total)} trang (${percent}%) · ${group(Math.round(rate))} trang/giây · còn khoảng ${left}`;
}
