/**
 * Where a command's CPU goes, second by second, by thread name (Linux /proc):
 * `node scripts/cpu-timeline.ts [--every S] -- <command> [args…]`. Prints one
 * line a sample (seconds since start, cores busy, the busiest threads), then
 * each thread name's total. Used for the cold build's profile in
 * docs/PERFORMANCE.md: Node's own profilers see one thread each, not the card
 * worker, libuv's pool, the garbage collector and Pagefind's service together.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { commandLineOrExit, readCommandLine } from './args.ts';

const USAGE = 'node scripts/cpu-timeline.ts [--every S] -- <command> [args…]';
const at = process.argv.indexOf('--');
const command = at < 0 ? [] : process.argv.slice(at + 1);
const { every } = commandLineOrExit(
  () => {
    const line = readCommandLine(process.argv.slice(2, at < 0 ? undefined : at), { every: { type: 'string' } }, { lang: 'en' });
    return line.help ? 'help' : line.values;
  },
  { usage: USAGE, help: `${USAGE}\n\nSamples every process and thread the command starts, every S seconds (default 1).` },
);
if (command.length === 0) {
  console.error(`no command\n${USAGE}`);
  process.exit(2);
}
const seconds = Number(every ?? 1);
const TICKS = 100; // USER_HZ on Linux

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};
/** Every process under `pid`, itself included. */
function tree(pid: number): number[] {
  const all = [pid];
  for (const task of readdirSafe(`/proc/${pid}/task`)) {
    for (const child of read(`/proc/${pid}/task/${task}/children`).split(' ').filter(Boolean)) all.push(...tree(Number(child)));
  }
  return all;
}
const readdirSafe = (path: string) => {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
};
/** CPU ticks used so far by each thread (key pid/tid), with its name. */
function sample(root: number): Map<string, { name: string; ticks: number }> {
  const threads = new Map<string, { name: string; ticks: number }>();
  for (const pid of tree(root)) {
    for (const tid of readdirSafe(`/proc/${pid}/task`)) {
      const stat = read(`/proc/${pid}/task/${tid}/stat`);
      if (!stat) continue;
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      threads.set(`${pid}/${tid}`, { name, ticks: Number(fields[11]) + Number(fields[12]) });
    }
  }
  return threads;
}

const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
const started = performance.now();
const totals = new Map<string, number>();
let last = new Map<string, { name: string; ticks: number }>();
const timer = setInterval(() => {
  const now = sample(child.pid!);
  const byName = new Map<string, number>();
  for (const [key, { name, ticks }] of now) {
    const used = (ticks - (last.get(key)?.ticks ?? 0)) / TICKS;
    byName.set(name, (byName.get(name) ?? 0) + used);
    totals.set(name, (totals.get(name) ?? 0) + used);
  }
  last = now;
  const busy = [...byName.values()].reduce((a, b) => a + b, 0) / seconds;
  const top = [...byName.entries()]
    .filter(([, used]) => used > 0.05 * seconds)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([name, used]) => `${name} ${(used / seconds).toFixed(2)}`);
  console.log(`${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${busy.toFixed(2)} cores  ${top.join(', ')}`);
}, seconds * 1000);
child.on('exit', (code) => {
  clearInterval(timer);
  console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s, exit ${code}; CPU seconds by thread name:`);
  for (const [name, used] of [...totals.entries()].sort((a, b) => b[1] - a[1])) if (used >= 0.5) console.log(`  ${name.padEnd(18)} ${used.toFixed(1)}`);
  process.exit(code ?? 1);
});
