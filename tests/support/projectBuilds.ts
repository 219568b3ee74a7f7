/**
 * One build-tier file at a time builds in the project folder itself: a build
 * writes the project's .astro/ (the content's module lists) and reads it back.
 * The browser tier runs beside the build tier (vitest.config.ts) and builds
 * and serves only in copies of the project (copyProject()), so this lock is
 * the build tier's alone: a setup file of its project, held for a whole file.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ROOT } from './build.ts';

const LOCK = resolve(ROOT, 'tmp/.project-builds.lock');

/** A lock left by a process that is gone (a run stopped with Ctrl+C): its holder no longer answers. */
function abandoned(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return true;
    // Another user's process: alive.
    if (code === 'EPERM') return false;
    // No pid yet: being taken right now, unless it has been so for a minute.
    try {
      return Date.now() - statSync(LOCK).mtimeMs > 60_000;
    } catch {
      return false;
    }
  }
}

beforeAll(async () => {
  mkdirSync(resolve(ROOT, 'tmp'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (abandoned()) rmSync(LOCK, { recursive: true, force: true });
    else await new Promise((done) => setTimeout(done, 500));
  }
}, 900_000);

afterAll(() => rmSync(LOCK, { recursive: true, force: true }));
