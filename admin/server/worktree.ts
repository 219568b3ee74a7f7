/**
 * The CMS edits a working tree of its own, never the one the site is served
 * from.
 *
 * decap-server's editorial workflow checks out a cms/… branch for every draft
 * it saves, reads or publishes. Done in the folder `astro dev` watches, the
 * site sees half-switched files: content reloads fail with ENOENT, a draft's
 * photo goes missing ("Image not found") and only a restart recovers. So
 * decap-server works in a linked worktree inside the repository's git folder
 * (`.git/tin-phuong-cms`): git ignores it, Vite never watches `.git`, and it
 * shares the branches, so every CMS commit is a commit of this repository.
 *
 * Two trees, one `main`:
 * - the CMS worktree has `main` checked out too (git allows it with
 *   --ignore-other-worktrees). It holds no work of its own between requests,
 *   so each request starts from a clean checkout of what the branches hold;
 * - when a request moves `main` (publish, direct save, photo, deletion), the
 *   served tree is brought to the new commit the way `git checkout` would
 *   (a two-way `read-tree -m -u`): changed files are written, everything else
 *   — a developer's uncommitted edits included — stays as it is.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

/** Where the CMS's own worktree of `repo` lives: inside its git folder, out of every watcher's way. */
export async function cmsWorktreePath(repo: string): Promise<string> {
  const gitDir = await git(repo, 'rev-parse', '--git-dir');
  return join(isAbsolute(gitDir) ? gitDir : resolve(repo, gitDir), 'tin-phuong-cms');
}

/**
 * Creates the CMS worktree of `repo` on `branch`, or brings an existing one
 * back to a clean checkout of it (a crash may have left it on a cms/ branch
 * or with files half-written). Returns its path.
 */
export async function prepareCmsWorktree(repo: string, branch: string): Promise<string> {
  const tree = await cmsWorktreePath(repo);
  await git(repo, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`).catch(() => {
    throw new Error(`Kho git chưa có nhánh “${branch}”, nhánh mà CMS đăng bài lên.`);
  });
  await git(repo, 'worktree', 'prune');
  if (!existsSync(join(tree, '.git'))) {
    // --force: `branch` is checked out in the served tree as well, on purpose.
    await git(repo, 'worktree', 'add', '--force', '--quiet', tree, branch);
  } else {
    await git(tree, 'checkout', '--force', '--quiet', '--ignore-other-worktrees', branch);
  }
  await resetCmsWorktree(tree, branch);
  return tree;
}

/**
 * A clean checkout of `branch` in the CMS worktree, as every request starts:
 * whatever a failed request left (another branch checked out, files half
 * written), and whatever a developer did meanwhile (a commit in the served
 * tree moves the shared ref, not this tree's files).
 */
export async function resetCmsWorktree(tree: string, branch = 'main'): Promise<void> {
  await git(tree, 'checkout', '--force', '--quiet', '--ignore-other-worktrees', branch);
  await git(tree, 'reset', '--hard', '--quiet');
  await git(tree, 'clean', '-fd', '--quiet');
}

/** Whether `branch` holds a file at `path`. */
export async function onBranch(repo: string, branch: string, path: string): Promise<boolean> {
  return git(repo, 'cat-file', '-e', `refs/heads/${branch}:${path}`).then(
    () => true,
    () => false,
  );
}

/** The commit a branch points at, or '' if it has none. */
export async function branchHead(repo: string, branch: string): Promise<string> {
  return git(repo, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`).catch(() => '');
}

export type SyncResult =
  | { synced: true; files: string[] }
  | { synced: false; reason: 'other-branch'; current: string }
  | { synced: false; reason: 'local-changes'; files: string[]; message: string };

/**
 * Brings the served tree from commit `before` to `after` of `branch`, which
 * the CMS just moved: what `git checkout` does when a branch moves under it.
 * Nothing happens if the served tree is on another branch. Files the
 * developer changed by hand and that the CMS changed too are left alone (the
 * whole update is refused, as `git checkout` refuses), and the caller says so.
 */
export async function syncServedTree(repo: string, branch: string, before: string, after: string): Promise<SyncResult> {
  const current = await git(repo, 'symbolic-ref', '--quiet', 'HEAD').catch(() => '');
  if (current !== `refs/heads/${branch}`) return { synced: false, reason: 'other-branch', current: current.replace(/^refs\/heads\//, '') || 'HEAD' };
  const files = (await git(repo, 'diff', '--name-only', '--no-renames', before, after)).split('\n').filter(Boolean);
  if (!files.length) return { synced: true, files };
  try {
    // The index may not know the files' current stat data yet; refresh it so that read-tree judges contents.
    await git(repo, 'update-index', '-q', '--refresh').catch(() => '');
    await git(repo, 'read-tree', '-m', '-u', before, after);
    return { synced: true, files };
  } catch (error) {
    const message = String((error as { stderr?: string }).stderr ?? error).trim();
    const local = (await git(repo, 'diff', '--name-only', before, '--', ...files).catch(() => '')).split('\n').filter(Boolean);
    return { synced: false, reason: 'local-changes', files: local.length ? local : files, message };
  }
}
