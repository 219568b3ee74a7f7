/**
 * Until an article is first published, its file follows its title and date.
 *
 * Decap names an entry's file once, when it is created, and keeps that name:
 * a draft begun as “Hội nghị …” in 2026 and then retitled and dated 2027
 * would go live under /tin-tuc/2026/hoi-nghi-…/. So when the CMS saves a draft
 * of an article that main does not have yet, the local server moves it to
 * content/news/<năm>/<slug of the title>.md, its photos with it (to the new
 * year's anh/ folder, where its ./anh/… paths point). Once published, the file
 * stays where it is: its address is public (a later rename is a redirect,
 * content/redirects.json).
 *
 * Pure: the server (admin/server/server.ts) asks git whether main has the file.
 */
import { dirname, posix } from 'node:path';
import { splitFrontmatter } from '../../src/schema/frontmatter.ts';
import { articleSlug } from '../articleSlug.ts';
import { collections } from '../../src/schema/collections.ts';
import { NEWS_MEDIA_FOLDER } from '../../src/schema/cms.ts';

interface DataFile {
  path: string;
  raw: string;
  slug?: string;
  newPath?: string;
}

interface PersistParams {
  dataFiles?: DataFile[];
  entry?: DataFile;
  assets?: { path: string }[];
  options?: { useWorkflow?: boolean; collectionName?: string; hasSubfolders?: boolean };
}

/** Where an article's file belongs by its front matter: content/news/<Vietnamese year>/<slug>.md; null if it cannot tell. */
export function articlePath(raw: string): string | null {
  const { data } = splitFrontmatter(raw);
  const slug = articleSlug(data.title, data.publishedAt);
  return slug && `${collections.news.folder}/${slug}.md`;
}

/** The draft file a persistEntry request of the editorial workflow saves, if it is a news article. */
export function draftFile(params: PersistParams): DataFile | null {
  if (!params.options?.useWorkflow || params.options.collectionName !== 'news') return null;
  const files = params.dataFiles ?? (params.entry ? [params.entry] : []);
  return files.length === 1 && typeof files[0]!.path === 'string' ? files[0]! : null;
}

/**
 * The request, saving the draft at `target` instead of where it was, with its
 * photos in the target's photo folder; `remove` is the old file, which the
 * server deletes in the same commit. (Not Decap's own newPath: its move runs
 * unawaited, and moves every file of the old folder with it.) The entry keeps
 * its slug, so its draft stays on the same cms/ branch; Decap drops the photos
 * left in the old folder itself, as photos no longer sent.
 */
export function retarget(params: PersistParams, target: string): { params: PersistParams; remove: string } {
  const file = draftFile(params)!;
  const fromMedia = posix.join(dirname(file.path), NEWS_MEDIA_FOLDER) + '/';
  const toMedia = posix.join(dirname(target), NEWS_MEDIA_FOLDER) + '/';
  const moved = { ...file, path: target };
  return {
    params: {
      ...params,
      ...(params.dataFiles ? { dataFiles: [moved] } : { entry: moved }),
      assets: (params.assets ?? []).map((a) => (a.path.startsWith(fromMedia) ? { ...a, path: toMedia + a.path.slice(fromMedia.length) } : a)),
    },
    remove: file.path,
  };
}
