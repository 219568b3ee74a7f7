/**
 * `npm run build`: `astro build`, unless nothing has changed since the last
 * successful build (src/build/upToDate.ts says what "nothing" covers). The
 * options are Astro's, passed on; `--force` (Astro's) or TIN_PHUONG_FULL_BUILD
 * builds everything whatever the stamp says; `--check` only says whether a
 * build would run, and why (exit 0: nothing to build; 1: a build is due).

 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fill, vi } from '../src/i18n/vi.ts';
import { buildNow } from '../src/lib/publishing.ts';
import { buildOptions, cacheDirOf, inputsOf, outputPrint, readStamp, reasonToBuild } from '../src/build/upToDate.ts';

const HELP = `npm run build [-- tùy chọn]

Dựng trang vào dist/ (astro build), trừ khi từ lần dựng trước không có gì mới.
  --force    dựng lại toàn bộ (như TIN_PHUONG_FULL_BUILD=1)
  --check    chỉ cho biết có cần dựng không và vì sao (mã thoát 0: không cần; 1: cần)
  -h, --help lời này
Các tùy chọn khác chuyển nguyên cho astro build (xem: npx astro build --help).`;

const ROOT = resolve(import.meta.dirname, '..');

const argv = process.argv.slice(2);
// Non-strict: every option but ours belongs to astro build and goes to it as written.
const { values } = parseArgs({
  args: argv,
  options: { force: { type: 'boolean' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  strict: false,
  allowPositionals: true,
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const forwarded = argv.filter((arg) => arg !== '--check');

if (!values.force && !process.env.TIN_PHUONG_FULL_BUILD) {
  const started = performance.now();
  const stamp = readStamp(cacheDirOf(ROOT));
  const reason = reasonToBuild(stamp, {
    inputs: inputsOf(ROOT, buildOptions(['build', ...forwarded])),
    output: () => outputPrint(stamp!.outDir),
    moment: buildNow(),
  });
  if (!reason) {
    console.log(fill(vi.build.upToDate.current, { outDir: stamp!.outDir, seconds: ((performance.now() - started) / 1000).toFixed(1) }));
    process.exit(0);
  }
  console.log(fill(vi.build.upToDate.building, { reason }));
  if (values.check) process.exit(1);
} else if (values.check) {
  console.log(fill(vi.build.upToDate.building, { reason: '--force' }));
  process.exit(1);
}

const child = spawn(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...forwarded], {
  cwd: ROOT,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
