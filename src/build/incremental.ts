/**
 * Incremental builds (Astro's `experimental.incrementalBuild`): a page whose
 * cacheKey (src/lib/pageKeys.ts) and code are unchanged is copied from the
 * last build. Astro hashes each page's own imports, its config and the
 * lockfile; it does not see the Markdown pipeline, the integrations or the
 * middleware, and it keeps each unchanged Markdown file's rendered body
 * (beside its content store: schema/bodies.ts). So a change to any code of the site (src/,
 * astro.config.mjs) forces a full build here: the previous manifest and the
 * content store are dropped before Astro reads them, exactly what
 * `astro build --force` does. `TIN_PHUONG_FULL_BUILD=1` forces one by hand.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro's files in its cacheDir: the incremental manifest and the content store. */
const ASTRO_STATE = ['incremental-build.json', 'data-store.json'];
const STATE_FILE = 'tin-phuong-code.json';

/** A hash of the site's code: every file under src/, and the Astro config. */
export function codeHash(root: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/\.test\.ts$/.test(file))
    .sort();
  for (const file of [...files, join(root, 'astro.config.mjs')]) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export function incrementalBuilds(): AstroIntegration {
  let stateFile = '';
  let code = '';
  return {
    name: 'tin-phuong-incremental',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const cacheDir = fileURLToPath(config.cacheDir);
        stateFile = join(cacheDir, STATE_FILE);
        code = codeHash(fileURLToPath(config.root));
        let previous: string | undefined;
        try {
          previous = (JSON.parse(readFileSync(stateFile, 'utf8')) as { code?: string }).code;
        } catch {
          previous = undefined;
        }
        const forced = Boolean(process.env.TIN_PHUONG_FULL_BUILD);
        if (previous === code && !forced) return;
        const had = ASTRO_STATE.filter((name) => existsSync(join(cacheDir, name)));
        for (const name of had) rmSync(join(cacheDir, name), { force: true });
        if (had.length) logger.info(forced ? 'dựng lại toàn bộ (TIN_PHUONG_FULL_BUILD)' : 'mã nguồn đã đổi: dựng lại toàn bộ trang');
        // Written only when the build succeeds: a failed full build is tried in full again.
        rmSync(stateFile, { force: true });
      },
      'astro:build:done': () => {
        if (!stateFile) return;
        mkdirSync(join(stateFile, '..'), { recursive: true });
        writeFileSync(stateFile, JSON.stringify({ code }));
      },
    },
  };
}
