/**
 * Files from outside the site are never published (docs/security.md#files).
 * Content, photos, documents and `public/` must resolve inside the project
 * or the content folder; a symbolic link may point within them, never out
 * (`ln -s /proc/self/environ content/van-ban/env.pdf` would publish the build
 * machine's environment). Astro and Vite copy what they find, following
 * links, so the build refuses such links before anything is read.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, realpathSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fill, vi } from '../i18n/vi.ts';
import { contentRoot } from './contentRoot.ts';

/** Where a path really leads, every link followed; null when it leads nowhere. */
export function realTarget(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** Whether `path` is `dir` or lies under it (both absolute, links already resolved). */
export function isWithin(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The allowed places, links resolved: the project and the content folder. */
export function siteRoots(projectRoot: string, content = contentRoot()): string[] {
  return [projectRoot, content].map((dir) => realTarget(dir) ?? resolve(dir));
}

/** Whether an existing path leads (after every link) into one of `roots`. A missing path is not "outside". */
export function leadsInside(roots: readonly string[], path: string): boolean {
  const real = realTarget(path);
  return real === null || roots.some((root) => isWithin(root, real));
}

/** A link that leads out of the site. */
export interface OutsideLink {
  /** The link itself, as found under the folder. */
  file: string;
  /** Where it leads. */
  target: string;
}

/**
 * Every symbolic link under `dir` (itself included) that leads out of `roots`.
 * Folders are walked by their real path, once each, so a link to a folder
 * inside the site is followed and a loop ends.
 */
export function linksLeadingOut(dir: string, roots: readonly string[]): OutsideLink[] {
  const found: OutsideLink[] = [];
  const seen = new Set<string>();
  const visit = (shown: string) => {
    const real = realTarget(shown);
    if (real === null || seen.has(real)) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(real, { withFileTypes: true });
    } catch {
      return; // Not a folder (or unreadable): nothing under it.
    }
    for (const entry of entries) {
      const path = join(shown, entry.name);
      if (entry.isSymbolicLink()) {
        const target = realTarget(path);
        if (target === null) continue; // A broken link publishes nothing.
        if (!roots.some((root) => isWithin(root, target))) found.push({ file: path, target });
        else visit(path);
      } else if (entry.isDirectory()) visit(path);
    }
  };
  const top = realTarget(dir);
  if (top !== null && !roots.some((root) => isWithin(root, top))) found.push({ file: dir, target: top });
  else visit(dir);
  return found;
}

/** The build step: refuses links out of the site in the content folder and in public/, before anything is copied. */
export function confinement(): AstroIntegration {
  return {
    name: 'tin-phuong-confinement',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const project = fileURLToPath(config.root);
        const roots = siteRoots(project);
        const out = [contentRoot(), fileURLToPath(config.publicDir)].flatMap((dir) => linksLeadingOut(dir, roots));
        if (out.length) {
          throw new Error(out.map(({ file, target }) => fill(vi.build.linkOutside, { file: relative(project, file) || file, target })).join('\n'));
        }
      },
    },
  };
}
