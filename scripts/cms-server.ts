#!/usr/bin/env node
/**
 * decap-server for local editing, bound to 127.0.0.1, in git mode (each save
 * is a commit, the editorial workflow works on cms/… branches), and without
 * decap-server's habit of committing with `git add .`, which sweeps every
 * untracked or modified file of the working tree into the CMS commit.
 *
 * This is a launcher, not a copy: it runs decap-server's own middleware
 * (decap-server/dist/middlewares.js) and changes two git steps for the
 * duration of each request:
 * - `git add .` becomes `git add -A -- <the files this request writes>`: the
 *   entry's files, its photos, and (editorial workflow) what its cms/ branch
 *   already changed;
 * - the commit names the same files (`git commit -- <files>`), so anything
 *   a developer staged by hand stays out of it too.
 * Rebases of cms/ branches use --autostash, so a developer's uncommitted
 * edits elsewhere do not block saving, and a draft's files are what its
 * branch changed since it branched off (`git diff main...cms/…`), so drafts
 * still open after someone commits to main.
 *
 * Environment: PORT (8081), GIT_REPO_DIRECTORY (the current directory),
 * LOG_LEVEL (info). Usage: node scripts/cms-server.ts (npm run cms starts it).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server } from 'node:http';

const require = createRequire(import.meta.url);
/** Resolve packages as decap-server itself does, so we patch the very modules it uses. */
const fromDecapServer = createRequire(require.resolve('decap-server/package.json'));

interface Git {
  raw(args: string[]): Promise<string>;
  add(files: string | string[]): Promise<unknown>;
  commit(message: string, files?: string | string[], options?: Record<string, unknown>): Promise<unknown>;
  rebase(options?: string[]): Promise<unknown>;
}

interface Scope {
  /** Paths named by the request. */
  paths: string[];
  /** The published branch, when the request works on a cms/ branch. */
  workflowBase?: string;
  /** What was staged for the commit of this request. */
  staged: string[];
}

const scope = new AsyncLocalStorage<Scope>();

/** The repository paths a decap-server request writes, from its parameters. */
export function requestPaths(body: { action?: string; params?: Record<string, unknown> } | undefined): { paths: string[]; workflowBase?: string } {
  const params = (body?.params ?? {}) as Record<string, any>;
  switch (body?.action) {
    case 'persistEntry': {
      const dataFiles: any[] = params.dataFiles ?? (params.entry ? [params.entry] : []);
      const paths = [
        ...dataFiles.flatMap((f) => [f.path, f.newPath]),
        ...((params.assets ?? []) as any[]).map((a) => a.path),
      ].filter((p): p is string => typeof p === 'string' && p !== '');
      return { paths, ...(params.options?.useWorkflow ? { workflowBase: params.branch as string } : {}) };
    }
    case 'persistMedia':
      return { paths: [params.asset?.path].filter(Boolean) };
    case 'deleteFile':
      return { paths: [params.path].filter(Boolean) };
    case 'deleteFiles':
      return { paths: (params.paths ?? []).filter(Boolean) };
    default:
      return { paths: [] };
  }
}

function patchSimpleGit(): void {
  const simpleGitModule = fromDecapServer('simple-git');
  const factory = (simpleGitModule.default ?? simpleGitModule) as (dir?: string) => object;
  let proto: any = Object.getPrototypeOf(factory(process.cwd()));
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'add')) proto = Object.getPrototypeOf(proto);
  if (!proto) throw new Error('simple-git: không tìm thấy hàm add() để vá');
  const commitOwner = (() => {
    let p: any = Object.getPrototypeOf(factory(process.cwd()));
    while (p && !Object.prototype.hasOwnProperty.call(p, 'commit')) p = Object.getPrototypeOf(p);
    return p;
  })();
  const rebaseOwner = (() => {
    let p: any = Object.getPrototypeOf(factory(process.cwd()));
    while (p && !Object.prototype.hasOwnProperty.call(p, 'rebase')) p = Object.getPrototypeOf(p);
    return p;
  })();
  const diffOwner = (() => {
    let p: any = Object.getPrototypeOf(factory(process.cwd()));
    while (p && !Object.prototype.hasOwnProperty.call(p, 'diff')) p = Object.getPrototypeOf(p);
    return p;
  })();
  const originalAdd = proto.add;
  const originalRebase = rebaseOwner.rebase;
  const originalDiff = diffOwner.diff;

  // decap-server lists a draft's files with `git diff main cms/…`: once main moves on (a
  // developer commits), every file changed on main since looks like part of the draft and
  // the draft no longer opens. Compare with the point the draft branched off instead.
  diffOwner.diff = function (this: Git, options?: unknown) {
    if (Array.isArray(options) && options.length === 2 && typeof options[1] === 'string' && options[1].startsWith('cms/') && !String(options[0]).startsWith('-')) {
      return originalDiff.call(this, [`${options[0]}...${options[1]}`]);
    }
    return originalDiff.call(this, options);
  };

  proto.add = function (this: Git, files: string | string[]) {
    const current = scope.getStore();
    if (files !== '.' || !current) return originalAdd.call(this, files);
    return (async () => {
      const paths = new Set(current.paths);
      if (current.workflowBase) {
        // On the entry's cms/ branch: whatever the branch already changed is the entry's own.
        const changed = await this.raw(['diff', '--name-only', current.workflowBase, 'HEAD', '--']);
        for (const line of changed.split('\n')) if (line.trim()) paths.add(line.trim());
      }
      const stageable: string[] = [];
      for (const path of paths) {
        const tracked = (await this.raw(['ls-files', '--', path])).trim() !== '';
        const inHead = (await this.raw(['ls-tree', '--name-only', 'HEAD', '--', path]).catch(() => '')).trim() !== '';
        if (tracked || inHead || existsSync(resolve(repoPath(), path))) stageable.push(path);
      }
      current.staged = stageable;
      if (stageable.length) await this.raw(['add', '-A', '--', ...stageable]);
    })();
  };

  commitOwner.commit = function (this: Git, message: string, files?: string | string[], options?: Record<string, unknown>) {
    const current = scope.getStore();
    const flags = Object.keys(options ?? {}).filter((k) => options![k] === null);
    if (!current || files !== undefined) {
      return this.raw(['commit', '-m', message, ...flags, ...(files ? ['--', ...([] as string[]).concat(files)] : [])]);
    }
    if (!current.staged.length) return Promise.reject(new Error('Không có thay đổi nào để lưu'));
    return this.raw(['commit', '-m', message, ...flags, '--', ...current.staged]);
  };

  rebaseOwner.rebase = function (this: Git, options?: string[]) {
    const args = Array.isArray(options) ? options : [];
    return originalRebase.call(this, args.includes('--autostash') ? args : [...args, '--autostash']);
  };
}

const repoPath = () => resolve(process.env.GIT_REPO_DIRECTORY || process.cwd());

export async function startCmsServer(options: { port?: number; host?: string } = {}): Promise<Server> {
  patchSimpleGit();
  const express = fromDecapServer('express');
  const { registerLocalGit } = fromDecapServer('decap-server/dist/middlewares.js');
  process.env.GIT_REPO_DIRECTORY = repoPath();
  const app = express();
  // Parse the body first, then run the rest of the request inside its scope.
  app.use(express.json({ limit: '50mb' }));
  app.use((req: any, _res: any, next: () => void) => {
    const { paths, workflowBase } = requestPaths(req.body);
    scope.run({ paths, ...(workflowBase ? { workflowBase } : {}), staged: [] }, next);
  });
  await registerLocalGit(app, { logLevel: process.env.LOG_LEVEL || 'info' });
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? Number(process.env.PORT || 8081);
  return new Promise((done, fail) => {
    const server = app.listen(port, host, () => {
      console.log(`decap-server (git, ${repoPath()}) nghe tại http://${host}:${(server.address() as { port: number }).port}/api/v1`);
      done(server);
    });
    server.on('error', fail);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  startCmsServer().catch((error: Error) => {
    console.error(`Không chạy được decap-server: ${error.message}`);
    process.exit(1);
  });
}
