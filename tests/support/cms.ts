/**
 * What the CMS end-to-end tests share: a throwaway git repository that is a
 * copy of the project (sources, fixture content, node_modules linked, one
 * commit on main), a free port, and the screens staff use in Chromium.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { copyProject, ROOT } from './build.ts';

/** Runs git in `cwd`; throws with git's own message when it fails. */
export function gitIn(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

export async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** A copy of the project to edit, committed on main, in a temporary folder. */
export function makeRepository(prefix = 'tin-phuong-cms-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  copyProject(dir);
  cpSync(resolve(ROOT, 'tests/fixtures/content'), join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, '.gitignore'), 'node_modules\n.astro\ntmp\n');
  gitIn(dir, 'init', '-q', '-b', 'main');
  gitIn(dir, 'config', 'user.name', 'Biên tập viên');
  gitIn(dir, 'config', 'user.email', 'bientap@example.invalid');
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-qm', 'Nội dung ban đầu');
  return dir;
}

/** Polls `check` every half second for up to three minutes; on timeout, throws naming `what`, with the end of `log()`. */
export async function until(check: () => Promise<boolean>, what: string, log: () => string = () => ''): Promise<void> {
  for (let i = 0; i < 360; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`${what}: timed out\n${log().slice(-4000)}`);
}

/**
 * `npm run cms` in `work`, exactly as the README says to run it, on free ports, in a
 * process group of its own (so that `stop` ends the whole tree); resolves once the
 * admin answers. Its terminal goes to `onOutput`, and `output()` gives all of it so far.
 */
export async function startCms(
  work: string,
  onOutput: (chunk: string) => void = () => {},
): Promise<{ site: string; api: string; output: () => string; stop(): Promise<void> }> {
  const [cmsPort, webPort] = [await freePort(), await freePort()];
  const site = `http://127.0.0.1:${webPort}`;
  // As from a shell: under vitest's VITEST=… variables astro dev serves no pages.
  const shell = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'));
  const cms = spawn('npm', ['run', 'cms'], {
    cwd: work,
    detached: true,
    env: { ...shell, CMS_PORT: String(cmsPort), PORT: String(webPort), ASTRO_CACHE_DIR: join(work, 'tmp/cache-dev') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const take = (chunk: Buffer) => {
    output += chunk;
    onOutput(String(chunk));
  };
  cms.stdout!.on('data', take);
  cms.stderr!.on('data', take);
  const stop = async () => {
    if (!cms.pid) return;
    try {
      process.kill(-cms.pid, 'SIGINT');
    } catch {
      // Gone already.
    }
    await new Promise((done) => (cms.exitCode !== null ? done(null) : cms.on('exit', done)));
    try {
      process.kill(-cms.pid, 'SIGKILL');
    } catch {
      // Every process of the group has exited.
    }
  };
  try {
    await until(
      async () => (await fetch(`${site}/admin/`, { signal: AbortSignal.timeout(60_000) })).ok,
      'the admin of npm run cms',
      () => output,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { site, api: `http://127.0.0.1:${cmsPort}/api/v1`, output: () => output, stop };
}

/** A camera-sized JPEG: a green field with a yellow disc. */
export function eventPhoto(hue = '#2d6a4f'): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1000, channels: 3, background: hue } })
    .composite([{ input: Buffer.from('<svg width="1600" height="1000"><circle cx="800" cy="500" r="300" fill="#f0b400"/></svg>') }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/**
 * A camera original: 6000 × 4000 px with sensor-like grain, about 12.8 MB
 * (the size of the photo in issue 24), stored sideways with EXIF orientation
 * 6, as phones store a portrait photo: upright it is 4000 × 6000. Each
 * `seed` gives other grain (git stores equal photos once).
 */
export function cameraPhoto(seed = 42, grain = 40): Promise<Buffer> {
  const [width, height] = [6000, 4000];
  const raw = Buffer.alloc(width * height * 3);
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * 2 * grain;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const n = noise();
      raw[i] = Math.max(0, Math.min(255, 60 + (x / width) * 120 + n));
      raw[i + 1] = Math.max(0, Math.min(255, 110 + (y / height) * 80 + n));
      raw[i + 2] = Math.max(0, Math.min(255, 70 + n));
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** Waits for a notification (or any text) the editor would read. */
export async function toast(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ timeout: 30_000 });
}

/** Types into a relation picker and chooses the option shown. */
export async function pick(page: Page, field: string, typed: string, option: string | RegExp): Promise<void> {
  await page.locator(`[id^="${field}-field-"]`).first().fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * Waits until Decap has stored the open entry's local backup with `text` in it: what a reload then
 * offers to restore. Decap writes it two seconds after the last change, with localForage (IndexedDB).
 */
export async function localBackup(page: Page, text: string): Promise<void> {
  const stored = () =>
    page.evaluate(async () => {
      // Not opened before Decap made it: an open of a missing database would create it empty.
      if (!(await indexedDB.databases()).some((db) => db.name === 'localforage')) return '';
      return new Promise<string>((done) => {
        const open = indexedDB.open('localforage');
        open.onerror = () => done('');
        open.onsuccess = () => {
          const db = open.result;
          const finish = (raws: string) => {
            db.close();
            done(raws);
          };
          if (!db.objectStoreNames.contains('keyvaluepairs')) return finish('');
          const all = db.transaction('keyvaluepairs').objectStore('keyvaluepairs').getAll();
          all.onsuccess = () => finish((all.result as { raw?: string }[]).map((value) => value?.raw ?? '').join('\n'));
          all.onerror = () => finish('');
        };
      });
    });
  await expect.poll(stored, { timeout: 30_000 }).toContain(text);
}
