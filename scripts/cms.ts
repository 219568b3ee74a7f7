#!/usr/bin/env node
/**
 * `npm run cms`: edit the site on your own machine. Starts, together,
 * - decap-server on 127.0.0.1 in git mode (admin/server/server.ts): every
 *   save in the CMS is a commit in this repository, drafts live on cms/…
 *   branches until published, and no unrelated file is ever committed;
 * - the Astro dev server with the CMS pointed at it (CMS_LOCAL_BACKEND).
 * Open http://127.0.0.1:4321/admin/ and press “Đăng nhập”. Ctrl+C stops both.
 *
 * Environment: CMS_PORT (decap-server, 8081), PORT (site, 4321).
 * See docs/cms.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const node = process.execPath;
const cmsPort = process.env.CMS_PORT ?? '8081';
const sitePort = process.env.PORT ?? '4321';
const backendUrl = `http://127.0.0.1:${cmsPort}/api/v1`;

const children: ChildProcess[] = [];
let stopping = false;

function start(name: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(node, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`\n${name} đã dừng (${signal ?? `mã ${code}`}); dừng nốt phần còn lại.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

function stop(code = 0): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.pid) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// The admin's origin is the only one decap-server answers (admin/server/guard.ts).
start('decap-server', [resolve(root, 'admin/server/server.ts')], { PORT: cmsPort, GIT_REPO_DIRECTORY: root, CMS_ADMIN_ORIGIN: `http://127.0.0.1:${sitePort}` });
start('astro dev', [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', sitePort], {
  CMS_LOCAL_BACKEND: backendUrl,
  ASTRO_TELEMETRY_DISABLED: '1',
  // A dev server, whatever the shell says (under NODE_ENV=test astro dev serves no pages).
  NODE_ENV: 'development',
});
console.log(`\nTrang quản trị: http://127.0.0.1:${sitePort}/admin/  (kho nội dung: ${backendUrl}; Ctrl+C để dừng)\n`);
