import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { branchHead, cmsWorktreePath, prepareCmsWorktree, resetCmsWorktree, syncServedTree } from './worktree.ts';

/** Real git repositories in a temporary folder: the served tree and the CMS worktree beside it. */
let repo = '';
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
const write = (dir: string, path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};
/** A commit in `dir`, as decap-server makes one in the CMS worktree. */
const commit = (dir: string, files: Record<string, string>, message = 'Lưu bài') => {
  for (const [path, text] of Object.entries(files)) write(dir, path, text);
  git(dir, 'add', '--', ...Object.keys(files));
  git(dir, 'commit', '-qm', message);
  return git(dir, 'rev-parse', 'HEAD');
};

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'tin-phuong-worktree-'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.name', 'Kiểm thử');
  git(repo, 'config', 'user.email', 'kiem-thu@example.invalid');
  commit(repo, { 'content/news/2015/a.md': 'a\n', 'astro.config.mjs': 'export default {}\n' }, 'Nội dung ban đầu');
});

afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('the CMS worktree', () => {
  it('lives inside the git folder, on main, invisible to the served tree', async () => {
    const tree = await prepareCmsWorktree(repo, 'main');
    expect(tree).toBe(await cmsWorktreePath(repo));
    expect(tree.startsWith(join(repo, '.git'))).toBe(true);
    expect(git(tree, 'branch', '--show-current')).toBe('main');
    expect(readFileSync(join(tree, 'content/news/2015/a.md'), 'utf8')).toBe('a\n');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('switching to a draft branch there leaves the served tree as it was', async () => {
    const tree = await prepareCmsWorktree(repo, 'main');
    git(tree, 'checkout', '-q', '-b', 'cms/news/2024/b');
    commit(tree, { 'content/news/2024/b.md': 'nháp\n', 'content/news/2024/anh/b.jpg': 'jpg' });
    expect(existsSync(join(repo, 'content/news/2024/b.md'))).toBe(false);
    expect(git(repo, 'branch', '--show-current')).toBe('main');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('comes back to a clean main after a crash left it on a draft with half-written files', async () => {
    const tree = await prepareCmsWorktree(repo, 'main');
    git(tree, 'checkout', '-q', '-b', 'cms/news/2024/b');
    write(tree, 'content/news/2024/b.md', 'nửa chừng');
    write(tree, 'content/news/2015/a.md', 'sửa dở');
    await prepareCmsWorktree(repo, 'main');
    expect(git(tree, 'branch', '--show-current')).toBe('main');
    expect(git(tree, 'status', '--porcelain')).toBe('');
    expect(readFileSync(join(tree, 'content/news/2015/a.md'), 'utf8')).toBe('a\n');
  });

  it('sees a commit a developer made in the served tree once reset', async () => {
    const tree = await prepareCmsWorktree(repo, 'main');
    commit(repo, { 'content/news/2015/a.md': 'a, sửa\n' }, 'Sửa tay');
    await resetCmsWorktree(tree);
    expect(readFileSync(join(tree, 'content/news/2015/a.md'), 'utf8')).toBe('a, sửa\n');
    expect(git(tree, 'status', '--porcelain')).toBe('');
  });

  it('refuses to start without the branch the CMS publishes to, in Vietnamese', async () => {
    await expect(prepareCmsWorktree(repo, 'xuat-ban')).rejects.toThrow('Kho git chưa có nhánh “xuat-ban”');
  });
});

describe('the served tree after the CMS moves main', () => {
  it('gets the published files, keeps a developer’s unrelated edits, and stays clean', async () => {
    const tree = await prepareCmsWorktree(repo, 'main');
    write(repo, 'astro.config.mjs', 'export default {} // đang sửa\n');
    const before = await branchHead(repo, 'main');
    const after = commit(tree, { 'content/news/2024/b.md': 'bài mới\n', 'content/news/2024/anh/b.jpg': 'jpg' }, 'Đăng bài');
    // The shared ref moved; the files have not yet.
    expect(existsSync(join(repo, 'content/news/2024/b.md'))).toBe(false);
    expect(await syncServedTree(repo, 'main', before, after)).toEqual({ synced: true, files: ['content/news/2024/anh/b.jpg', 'content/news/2024/b.md'] });
    expect(readFileSync(join(repo, 'content/news/2024/b.md'), 'utf8')).toBe('bài mới\n');
    expect(git(repo, 'status', '--porcelain')).toBe('M astro.config.mjs');
  });

  it('follows a deletion too', async () => {
    const tree = await prepareCmsWorktree(repo, 'main');
    const before = await branchHead(repo, 'main');
    git(tree, 'rm', '-q', 'content/news/2015/a.md');
    git(tree, 'commit', '-qm', 'Xóa bài');
    const result = await syncServedTree(repo, 'main', before, await branchHead(repo, 'main'));
    expect(result.synced).toBe(true);
    expect(existsSync(join(repo, 'content/news/2015/a.md'))).toBe(false);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('leaves a file the developer also changed by hand, and names it', async () => {
    const tree = await prepareCmsWorktree(repo, 'main');
    write(repo, 'content/news/2015/a.md', 'sửa tay, chưa commit\n');
    const before = await branchHead(repo, 'main');
    const after = commit(tree, { 'content/news/2015/a.md': 'sửa qua CMS\n' });
    const result = await syncServedTree(repo, 'main', before, after);
    expect(result).toMatchObject({ synced: false, reason: 'local-changes', files: ['content/news/2015/a.md'] });
    expect(readFileSync(join(repo, 'content/news/2015/a.md'), 'utf8')).toBe('sửa tay, chưa commit\n');
  });

  it('is left alone when it is on another branch', async () => {
    const tree = await prepareCmsWorktree(repo, 'main');
    git(repo, 'checkout', '-q', '-b', 'tinh-nang');
    const before = await branchHead(repo, 'main');
    const after = commit(tree, { 'content/news/2024/b.md': 'bài mới\n' });
    expect(await syncServedTree(repo, 'main', before, after)).toEqual({ synced: false, reason: 'other-branch', current: 'tinh-nang' });
    expect(existsSync(join(repo, 'content/news/2024/b.md'))).toBe(false);
  });
});
