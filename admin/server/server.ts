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
 * A save made on an older version of an entry than the branch now holds
 * (two editors on one article) is refused with 409 and a Vietnamese message
 * (admin/server/conflict.ts).
 *
 * Before decap-server sees a request (admin/server/guard.ts): the Host must be
 * this server's own (no DNS rebinding), the Origin the admin's, the branch the
 * CMS publishes to, and every path one the CMS configuration edits, reached
 * through no symlink; else 403. A folder decap-server lists has its symlinks
 * left out (patchReaddir).
 *
 * decap-server works in a worktree of its own (admin/server/worktree.ts), one
 * request at a time: the editorial workflow switches branches there, never in
 * the folder the site is served from, which follows each new commit of main.
 *
 * Environment: PORT (8081), GIT_REPO_DIRECTORY (the repository whose site is
 * served; the current directory),
 * CMS_ADMIN_ORIGIN (the admin's origin, comma-separated if several;
 * http://127.0.0.1:4321), LOG_LEVEL (info).
 * Usage: node admin/server/server.ts (npm run cms starts it).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, promises as fsPromises } from 'node:fs';
import { lstat, rm } from 'node:fs/promises';
import { photoProblem } from '../../src/schema/photos.ts';
import { documentRefusal } from '../uploads.ts';
import { DOCUMENT_FOLDER } from '../../src/schema/documentLimits.ts';
import { vi } from '../../src/i18n/vi.ts';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server } from 'node:http';
import { adminOrigins, checkRequest, cmsScope, hostAllowed, originAllowed } from './guard.ts';
import { articlePath, draftFile, retarget } from './draft-path.ts';
import { staleSave } from './conflict.ts';
import { branchHead, onBranch, prepareCmsWorktree, resetCmsWorktree, syncServedTree, type SyncResult } from './worktree.ts';
import { backendFromEnv } from '../../src/schema/cms.ts';

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
  /** A draft's old file, deleted in the commit that saves it under its new name (admin/server/draft-path.ts). */
  remove?: string;
  /** The request lists a folder: symlinks in it are left out (patchReaddir). */
  hideLinks?: boolean;
}

/** Draft requests carry the old file to delete from here to the commit (set before the guard, read in the scope). */
const removals = new WeakMap<object, string>();

const scope = new AsyncLocalStorage<Scope>();

/** The repository paths a decap-server request writes, from its parameters. */
export function requestPaths(body: { action?: string; params?: Record<string, unknown> } | undefined): { paths: string[]; workflowBase?: string } {
  const params = (body?.params ?? {}) as Record<string, any>;
  switch (body?.action) {
    case 'persistEntry': {
      const dataFiles: any[] = params.dataFiles ?? (params.entry ? [params.entry] : []);
      const paths = [...dataFiles.flatMap((f) => [f.path, f.newPath]), ...((params.assets ?? []) as any[]).map((a) => a.path)].filter(
        (p): p is string => typeof p === 'string' && p !== '',
      );
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
  const instance = factory(process.cwd());
  /** The prototype that defines `method`, the one decap-server's instances reach it through. */
  const ownerOf = (method: string): any => {
    let p: any = Object.getPrototypeOf(instance);
    while (p && !Object.prototype.hasOwnProperty.call(p, method)) p = Object.getPrototypeOf(p);
    if (!p) throw new Error(`simple-git: không tìm thấy hàm ${method}() để vá`);
    return p;
  };
  const [proto, commitOwner, rebaseOwner, diffOwner, checkoutOwner] = ['add', 'commit', 'rebase', 'diff', 'checkout'].map(ownerOf);
  const originalAdd = proto.add;
  const originalCheckout = checkoutOwner.checkout;
  // The CMS worktree checks out main while the served tree has it too (admin/server/worktree.ts).
  checkoutOwner.checkout = function (this: Git, what: unknown, ...rest: unknown[]) {
    if (typeof what === 'string' && rest.length === 0) return this.raw(['checkout', '--quiet', '--ignore-other-worktrees', what]);
    return originalCheckout.call(this, what, ...rest);
  };
  const originalRebase = rebaseOwner.rebase;
  const originalDiff = diffOwner.diff;

  // decap-server lists a draft's files with `git diff main cms/…`: once main moves on (a
  // developer commits), every file changed on main since looks like part of the draft and
  // the draft no longer opens. Compare with the point the draft branched off instead.
  diffOwner.diff = function (this: Git, options?: unknown) {
    if (
      Array.isArray(options) &&
      options.length === 2 &&
      typeof options[1] === 'string' &&
      options[1].startsWith('cms/') &&
      !String(options[0]).startsWith('-')
    ) {
      return originalDiff.call(this, [`${options[0]}...${options[1]}`]);
    }
    return originalDiff.call(this, options);
  };

  proto.add = function (this: Git, files: string | string[]) {
    const current = scope.getStore();
    if (files !== '.' || !current) return originalAdd.call(this, files);
    return (async () => {
      const paths = new Set(current.paths);
      if (current.remove) {
        await rm(resolve(repoPath(), current.remove), { force: true });
        paths.add(current.remove);
      }
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

/**
 * decap-server lists a collection or media folder with fs.promises.readdir
 * and reads every file it finds, following links: a committed
 * `content/news/x.md -> ../../../scripts/build.ts` came back as an entry
 * with the script's text (getEntry on the same path is refused by the guard),
 * and one link to /etc/passwd in a media folder failed the whole library
 * with a 500 (decap refuses to read it, and Promise.all gives up on all).
 * While a request lists a folder (entriesByFolder, getMedia), its readdir
 * leaves symlinks out, each said once in the terminal.
 */
function patchReaddir(): void {
  const original = fsPromises.readdir as (...args: any[]) => Promise<any[]>;
  const said = new Set<string>();
  (fsPromises as any).readdir = async function (this: unknown, path: any, options?: any) {
    const entries = await original.call(this, path, options);
    if (!scope.getStore()?.hideLinks || !options?.withFileTypes) return entries;
    return entries.filter((entry) => {
      if (!entry.isSymbolicLink()) return true;
      const shown = relative(repoPath(), join(String(path), entry.name));
      if (!said.has(shown)) {
        said.add(shown);
        console.warn(`CMS: bỏ qua “${shown}”: đó là liên kết tượng trưng (symlink); CMS chỉ đọc tệp thật trong thư mục nội dung.`);
      }
      return false;
    });
  };
}

/** The site `npm run cms` serves the admin from, unless told otherwise. */
const DEFAULT_ADMIN_ORIGIN = 'http://127.0.0.1:4321';

/** Whether a symlink lies on a path (a committed one could point into .git or scripts/). */
async function throughSymlink(root: string, path: string): Promise<boolean> {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const stat = await lstat(join(root, ...parts.slice(0, i))).catch(() => null);
    if (!stat) return false;
    if (stat.isSymbolicLink()) return true;
  }
  return false;
}

/** Says in the terminal what a move of main did to the served folder, when it did not simply follow. */
function reportSync(result: SyncResult, branch: string): void {
  if (result.synced) return;
  if (result.reason === 'other-branch') {
    console.warn(
      `CMS: bài đã lưu vào nhánh ${branch}, nhưng thư mục này đang ở nhánh “${result.current}” nên trang đang chạy chưa có bài đó. Chuyển về nhánh ${branch} để xem.`,
    );
  } else {
    console.warn(
      `CMS: bài đã lưu vào nhánh ${branch}, nhưng các tệp sau có thay đổi chưa commit trong thư mục này nên chưa được cập nhật: ${result.files.join(', ')}.` +
        ` Hãy commit hoặc bỏ các thay đổi đó rồi chạy “git checkout -- <tệp>”.\n${result.message}`,
    );
  }
}

export async function startCmsServer(options: { port?: number; host?: string; adminOrigin?: string | string[] } = {}): Promise<Server> {
  patchSimpleGit();
  patchReaddir();
  const express = fromDecapServer('express');
  const { registerLocalGit } = fromDecapServer('decap-server/dist/middlewares.js');
  const served = repoPath();
  // The admin page reads the same variables (src/pages/admin/index.astro): one branch for both.
  const branch = backendFromEnv(process.env).branch ?? 'main';
  const tree = await prepareCmsWorktree(served, branch);
  // decap-server (and every path check below) works in the CMS worktree from here on.
  process.env.GIT_REPO_DIRECTORY = tree;
  const allowed = cmsScope();
  const origins = adminOrigins(options.adminOrigin ?? process.env.CMS_ADMIN_ORIGIN?.split(',') ?? DEFAULT_ADMIN_ORIGIN);
  let port = options.port ?? Number(process.env.PORT || 8081);
  const app = express();
  const refuse = (res: any, error: string) => res.status(403).json({ error });
  // Host and Origin before anything else; CORS here, so decap-server's cors() (any localhost port) never answers a foreign page.
  app.use((req: any, res: any, next: () => void) => {
    if (!hostAllowed(req.headers.host, port)) return refuse(res, 'Máy chủ CMS chỉ nhận yêu cầu gửi tới 127.0.0.1 hoặc localhost.');
    const origin: string | undefined = req.headers.origin;
    if (!originAllowed(origin, origins)) return refuse(res, 'Máy chủ CMS chỉ nhận yêu cầu từ trang quản trị.');
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    if (req.method !== 'OPTIONS') return next();
    res.setHeader('Access-Control-Allow-Methods', 'POST');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    res.status(204).end();
  });
  // Parse the body first, then check its paths, then run the rest of the request inside its scope.
  app.use(express.json({ limit: '50mb' }));
  // A draft that was never published follows its title and date (before the guard, which checks the final paths).
  app.use((req: any, _res: any, next: () => void) => {
    const params = req.body?.action === 'persistEntry' ? req.body.params : undefined;
    const file = params ? draftFile(params) : null;
    const target = file ? articlePath(file.raw) : null;
    // Only a request the guard would pass as it stands: the old file is deleted, so it must be one the CMS may write.
    if (!file || !target || target === file.path || checkRequest(req.body, allowed).refusal) return next();
    Promise.all([onBranch(served, branch, file.path), onBranch(served, branch, target)])
      .then(([published, taken]) => {
        if (published || taken) return;
        const moved = retarget(params, target);
        req.body.params = moved.params;
        removals.set(req.body, moved.remove);
      })
      .finally(next);
  });
  app.use((req: any, res: any, next: () => void) => {
    if (req.method !== 'POST') return next();
    const { refusal, paths: checked } = checkRequest(req.body, allowed);
    if (refusal) return refuse(res, refusal);
    const removal = removals.get(req.body);
    const paths = removal ? [...checked, removal] : checked;
    // decap-server checks out whatever branch a request names; only the one the CMS publishes to is asked for.
    const named = req.body?.params?.branch;
    if (named !== undefined && named !== branch) return refuse(res, `Máy chủ CMS chỉ làm việc trên nhánh “${branch}”.`);
    Promise.all(paths.map((path) => throughSymlink(repoPath(), path))).then(
      (links) => {
        const link = paths.find((_, i) => links[i]);
        if (link) refuse(res, `Không được phép truy cập “${link}”: đường dẫn đi qua liên kết tượng trưng.`);
        else next();
      },
      () => refuse(res, 'Không kiểm tra được đường dẫn.'),
    );
  });
  // A photo is decoded as the build will decode it (sharp), not only sniffed: a JPEG header followed by HTML is refused.
  // A document (content/van-ban/) is checked by its bytes and its size.
  app.use((req: any, res: any, next: () => void) => {
    const params = req.body?.params;
    const assets: unknown[] =
      req.body?.action === 'persistMedia' ? [params?.asset] : req.body?.action === 'persistEntry' && Array.isArray(params?.assets) ? params.assets : [];
    if (assets.length === 0) return next();
    Promise.all(
      assets.map(async (asset) => {
        const { path, content } = (asset ?? {}) as { path?: unknown; content?: unknown };
        if (typeof content !== 'string') return `Không nhận tệp “${String(path)}”: ${vi.build.photoNotImage}.`;
        const bytes = Buffer.from(content, 'base64');
        if (String(path).startsWith(`${DOCUMENT_FOLDER}/`))
          return documentRefusal(String(path).split('/').pop()!, bytes.length, new Uint8Array(bytes.subarray(0, 16)));
        const problem = await photoProblem(bytes);
        return problem ? `Không nhận tệp “${String(path)}”: ${problem}.` : null;
      }),
    ).then(
      (problems) => {
        const problem = problems.find(Boolean);
        if (problem) refuse(res, problem);
        else next();
      },
      () => refuse(res, 'Không kiểm tra được ảnh.'),
    );
  });
  // One request at a time, each on a clean checkout; a request that moved main is answered once the served folder has the new commit.
  let queue: Promise<void> = Promise.resolve();
  app.use((req: any, res: any, next: (error?: unknown) => void) => {
    if (req.method !== 'POST') return next();
    const turn = queue.then(async () => {
      // The page went away while this request waited its turn (a reload, a link): nothing to do.
      // (Its 'close' has fired already: waiting for it would stall every request after it.)
      if (res.destroyed || req.socket?.destroyed) return;
      try {
        await resetCmsWorktree(tree, branch);
      } catch (error) {
        res.status(500).json({ error: `Không làm sạch được thư mục làm việc của CMS: ${(error as Error).message}` });
        return;
      }
      // A save made on an older version of the entry than the branch holds now is refused (admin/server/conflict.ts):
      // here, in the queue, so that of two saves on one version only the first passes.
      if (req.body?.action === 'persistEntry') {
        const stale = await staleSave(tree, branch, req.body.params, removals.get(req.body)).catch(
          (error: Error) => `Không kiểm tra được bản đang lưu: ${error.message}`,
        );
        if (stale) {
          res.status(409).json({ error: stale });
          return;
        }
      }
      const before = await branchHead(tree, branch);
      // The turn ends when decap-server has answered (it answers even a page that left mid-request),
      // not when the connection closes: the next request must not start while this one still writes.
      let answered = () => {};
      const done = new Promise<void>((resolve) => {
        answered = resolve;
        res.on('finish', resolve);
      });
      const json = res.json.bind(res);
      res.json = (body: unknown) => {
        branchHead(tree, branch)
          .then(async (after) => {
            if (after && before && after !== before) reportSync(await syncServedTree(served, branch, before, after), branch);
          })
          .catch((error: Error) => console.warn(`CMS: không cập nhật được thư mục đang chạy: ${error.message}`))
          .finally(() => {
            json(body);
            answered();
          });
        return res;
      };
      next();
      // A backstop, should decap-server ever leave a request unanswered.
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 120_000).unref())]);
    });
    queue = turn.catch(() => undefined);
  });
  app.use((req: any, _res: any, next: () => void) => {
    const { paths, workflowBase } = requestPaths(req.body);
    const remove = removals.get(req.body);
    const hideLinks = req.body?.action === 'entriesByFolder' || req.body?.action === 'getMedia';
    scope.run(
      {
        paths: remove ? [...paths, remove] : paths,
        ...(workflowBase ? { workflowBase } : {}),
        ...(remove ? { remove } : {}),
        ...(hideLinks ? { hideLinks } : {}),
        staged: [],
      },
      next,
    );
  });
  await registerLocalGit(app, { logLevel: process.env.LOG_LEVEL || 'info' });
  const host = options.host ?? '127.0.0.1';
  return new Promise((done, fail) => {
    const server = app.listen(port, host, () => {
      // The port actually bound (port 0 picks one): the only one a Host may name.
      port = (server.address() as { port: number }).port;
      console.log(`decap-server (git, ${served}; bản làm việc riêng của CMS: ${tree}) nghe tại http://${host}:${port}/api/v1`);
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
