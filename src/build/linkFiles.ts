/**
 * Files placed into the output from a cache (share cards, search shards) as
 * hard links: a link writes nothing (10,000 share cards are 270 MB), and a
 * file system that refuses links gets a copy. A target that already is the
 * cached file (same inode: dist/ is kept between builds) is left alone.
 */
import { copyFile, link, mkdir, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A cached file and where it goes. */
export interface Placement {
  from: string;
  to: string;
}

/** How many at a time: each is a handful of file-system calls, which the thread pool runs side by side. */
const AT_ONCE = 64;

/** Place each file; `placed` runs after each one (linked now or already there). */
export async function linkFiles(placements: readonly Placement[], placed?: (to: string) => Promise<void>): Promise<void> {
  for (const folder of new Set(placements.map((p) => dirname(p.to)))) await mkdir(folder, { recursive: true });
  const place = async ({ from, to }: Placement) => {
    const [have, want] = await Promise.all([stat(to).catch(() => null), stat(from)]);
    if (!have || have.ino !== want.ino || have.dev !== want.dev) {
      await rm(to, { force: true });
      await link(from, to).catch(() => copyFile(from, to));
    }
    await placed?.(to);
  };
  for (let i = 0; i < placements.length; i += AT_ONCE) await Promise.all(placements.slice(i, i + AT_ONCE).map(place));
}
