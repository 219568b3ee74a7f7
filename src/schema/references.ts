/**
 * References checked against the files on disk. Astro's reference() does not
 * fail the build for an unknown id; this one does, naming the field and id,
 * and returns the same { collection, id } shape so getEntry() still works.
 */
import { readdirSync } from 'node:fs';
import { z } from 'astro/zod';

const idCache = new Map<string, Set<string>>();

function idsIn(folder: string): Set<string> {
  let ids = idCache.get(folder);
  if (!ids) {
    ids = new Set();
    try {
      for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
        const match = /^(.*)\.(md|mdx|json)$/.exec(entry.replaceAll('\\', '/'));
        if (match && !match[1]!.split('/').some((part) => part.startsWith('_'))) ids.add(match[1]!);
      }
    } catch {
      // A missing folder simply has no entries.
    }
    idCache.set(folder, ids);
  }
  return ids;
}

/** Forget cached ids (the dev server calls this when files change). */
export function clearReferenceCache(): void {
  idCache.clear();
}

export function checkedReference<C extends string>(collection: C, folder: string) {
  return z.string({ error: `Tham chiếu ${collection} phải là mã (chuỗi)` }).transform((id, ctx) => {
    if (!idsIn(folder).has(id)) {
      ctx.addIssue({ code: 'custom', message: `Không có “${id}” trong ${collection} (${folder})` });
      return z.NEVER;
    }
    return { collection, id };
  });
}
