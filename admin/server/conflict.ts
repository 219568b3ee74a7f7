/**
 * Two people on one article (issue 21 item 3): a save made on an older
 * version of an entry is refused (HTTP 409), never written over the newer one.
 *
 * decap-server writes whatever a save sends: two editors open an article,
 * both save, and the second silently replaces the first. So every
 * persistEntry names, for each file, the version it was edited from (`base`,
 * set by the admin, admin/versions.ts: the SHA-256 of the text it loaded, or
 * null for a new entry), and the server compares it with what the branch the
 * save goes to holds now, inside its one-request-at-a-time queue
 * (admin/server/server.ts), so two saves cannot both pass the check:
 * - editorial workflow: the draft's file on its cms/<collection>/<slug>
 *   branch if there is one (wherever the draft moved it), else the published
 *   file on main;
 * - a direct save: the file on main.
 * A save without `base` (an admin page from before this check) is refused too.
 * The refusal says when the newer version was saved, and by whom as git knows
 * it (the commit's author), in Vietnamese; the editor keeps the text.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { formatDateTime } from '../../src/lib/dates.ts';
import { adminPhrases } from '../locale-vi.ts';

const run = promisify(execFile);

/** What a branch holds for an entry now: its text (null if no file), and the last commit that touched it. */
export interface Current {
  text: string | null;
  author: string | null;
  at: Date | null;
}

/** The version of a text, as the admin computes it (admin/versions.ts): SHA-256 of its UTF-8, in hex. */
export const versionOf = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Why a save of a file edited from `base` must be refused, given what the branch holds now; null if it may go ahead. */
export function staleRefusal(base: unknown, current: Current): string | null {
  if (base !== null && typeof base !== 'string') return adminPhrases.conflict.oldAdmin;
  if (current.text === null) return base === null ? null : adminPhrases.conflict.gone;
  const when = current.at ? formatDateTime(current.at) : '—';
  if (base === null) return adminPhrases.conflict.existsAlready(when, current.author);
  return versionOf(current.text) === base ? null : adminPhrases.conflict.savedByOther(when, current.author);
}

async function git(repo: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/**
 * What `branch` (or, for a draft, its cms/… branch) holds now for the file at `path`.
 * `collection` is set for a save of the editorial workflow.
 */
export async function currentFile(repo: string, branch: string, file: { path: string; slug: string }, collection: string | null): Promise<Current> {
  let ref = branch;
  let path = file.path;
  const draft = collection ? `cms/${collection}/${file.slug}` : '';
  if (
    draft &&
    (await git(repo, 'rev-parse', '--verify', '--quiet', `refs/heads/${draft}`).then(
      () => true,
      () => false,
    ))
  ) {
    // The draft's own file: the local server may have moved it to follow its title (admin/server/draft-path.ts).
    const changed = (await git(repo, 'diff', '--name-only', '--diff-filter=d', `${branch}...${draft}`, '--'))
      .split('\n')
      .filter((f) => f && extname(f) === extname(file.path))
      .sort((a, b) => a.length - b.length);
    if (changed[0]) [ref, path] = [draft, changed[0]];
  }
  const text = await git(repo, 'show', `${ref}:${path}`).catch(() => null);
  if (text === null) return { text: null, author: null, at: null };
  // The author date: a draft's commits are rebased at every save, which moves their commit dates.
  const [author, at] = (await git(repo, 'log', '-1', '--format=%an%x00%aI', ref, '--', path)).trim().split('\0');
  return { text, author: author || null, at: at ? new Date(at) : null };
}

interface DataFile {
  path?: unknown;
  slug?: unknown;
  base?: unknown;
}

/**
 * The refusal of a persistEntry request whose files changed since they were opened, or null.
 * `movedFrom`: where the first file was before the server moved the draft (admin/server/draft-path.ts).
 */
export async function staleSave(repo: string, branch: string, params: Record<string, any>, movedFrom?: string): Promise<string | null> {
  const files: DataFile[] = Array.isArray(params?.dataFiles) ? params.dataFiles : params?.entry ? [params.entry] : [];
  const collection = params?.options?.useWorkflow ? String(params.options.collectionName) : null;
  for (const [i, file] of files.entries()) {
    const path = (i === 0 && movedFrom) || file.path;
    if (typeof path !== 'string') continue;
    const refusal = staleRefusal(file.base, await currentFile(repo, branch, { path, slug: String(file.slug) }, collection));
    if (refusal) return refusal;
  }
  return null;
}
