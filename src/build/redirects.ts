/**
 * Turns content/redirects.json (src/schema/redirects.ts) into `_redirects`
 * (Netlify style), `_redirects.nginx.map` (included by the nginx config in
 * docs/deploy.md) and a fallback page at each old address, after the pages
 * are written. The build fails, naming the entry, when the file is invalid,
 * an old address is still a live page, or an internal target does not exist.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fallbackFile, fallbackHtml, netlifyRedirects, nginxMap, parseRedirects, targetFile } from '../lib/redirects.ts';
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
        writeFileSync(join(out, '_redirects'), netlifyRedirects(list));
        writeFileSync(join(out, '_redirects.nginx.map'), nginxMap(list));
        const site = list.length ? siteIdentity() : undefined;
        for (const r of list) {
          const old = fallbackFile(r.from);
          if (!old) continue;
          mkdirSync(dirname(join(out, old)), { recursive: true });
          writeFileSync(join(out, old), fallbackHtml(r, { name: site!.name, owner: site!.owner, origin }, vi.redirect));
        }
        if (list.length) logger.info(`chuyển hướng: ${list.length} địa chỉ cũ`);
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
