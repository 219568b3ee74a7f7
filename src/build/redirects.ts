/**
 * Turns content/redirects.json (src/schema/redirects.ts) into `_redirects`
 * (Netlify style), `_redirects.nginx.map` (included by the nginx config in
 * docs/deploy.md) and a fallback page at each old address, after the pages
 * are written. The build fails, naming the entry, when the file is invalid,
 * an old address is still a live page, or an internal target does not exist.
 *
 * With them go the redirects the build makes itself: listing page numbers
 * that newest-first paging had and the archive has not (yet), read from
 * their route's output (GENERATED_REDIRECTS). They are made anew every
 * build, so a number the archive grows into becomes a page again and its
 * fallback is gone (staleFiles.ts removes what no step wrote).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fallbackFile,
  fallbackHtml,
  GENERATED_REDIRECTS,
  netlifyRedirects,
  nginxMap,
  parseRedirects,
  targetFile,
  withGenerated,
  type Redirect,
} from '../lib/redirects.ts';
import { contentRoot } from './contentRoot.ts';
import { buildStart, madeByThisBuild, routeOutputs } from './staleFiles.ts';
import { siteIdentity } from '../lib/siteIdentity.ts';
import { vi } from '../i18n/vi.ts';

export function redirects(): AstroIntegration {
  let origin = 'http://localhost:4321';
  let started = 0;
  return {
    name: 'tin-phuong-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = config.site;
      },
      'astro:build:start': () => {
        started = buildStart();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        // dist/ is kept between builds (staleFiles.ts): a page is live when this build made it, not when a file is there.
        const outputs = routeOutputs(assets);
        const live = (path: string) => madeByThisBuild(join(out, path), outputs, started);
        const file = join(contentRoot(), 'redirects.json');
        const list = existsSync(file) ? parseFile(file) : [];
        const problems: string[] = [];
        for (const [i, r] of list.entries()) {
          const old = fallbackFile(r.from);
          if (old && live(old)) problems.push(`redirects.${i}.from: ${r.from} vẫn là một trang đang có; bỏ dòng này hoặc xóa trang`);
          const target = targetFile(r.to);
          if (target && !live(target)) problems.push(`redirects.${i}.to: ${r.to} không có trên trang (không có ${target})`);
        }
        if (problems.length) throw new Error(`${file}:\n${problems.join('\n')}`);
        const generated = join(out, GENERATED_REDIRECTS);
        const all = withGenerated(list, existsSync(generated) ? (JSON.parse(readFileSync(generated, 'utf8')) as Redirect[]) : []);
        writeFileSync(join(out, '_redirects'), netlifyRedirects(all));
        writeFileSync(join(out, '_redirects.nginx.map'), nginxMap(all));
        const site = all.length ? siteIdentity() : undefined;
        for (const r of all) {
          const old = fallbackFile(r.from);
          if (!old) continue;
          mkdirSync(dirname(join(out, old)), { recursive: true });
          writeFileSync(join(out, old), fallbackHtml(r, { name: site!.name, owner: site!.owner, origin }, vi.redirect));
        }
        if (all.length) logger.info(`chuyển hướng: ${all.length} địa chỉ cũ (${all.length - list.length} trang danh sách)`);
      },
    },
  };
}

function parseFile(file: string) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: không đọc được JSON (${(error as Error).message})`, { cause: error });
  }
  const { redirects, errors } = parseRedirects(json);
  if (errors.length) throw new Error(`${file}:\n${errors.join('\n')}`);
  return redirects;
}
