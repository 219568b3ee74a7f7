/**
 * The glob loader, with front matter read strictly (see frontmatter.ts)
 * so that impossible dates fail the build naming file and field.
 *
 * The strict reading replaces Astro's own for .md and .mdx (the entry types'
 * getEntryInfo), so each file is read and its YAML parsed once, not twice:
 * at 10,000 articles the second reading cost several seconds. Rendered
 * Markdown keeps no copy of the front matter in its metadata (nothing reads
 * it; it was another copy of every entry's data in the store).
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from './frontmatter.ts';
import { formatFailures, PhotoChecks, photoReferences, type PhotoFailure } from './photos.ts';
import { fill, vi } from '../i18n/vi.ts';
import { unclosedHtml } from '../markdown/unclosed.ts';
import { mdxProblems } from './mdxRules.ts';
import { failedRender, renderFailuresMessage } from './renderFailures.ts';
import { bodiesFolder, bodyPresent, keepBody, pruneBodies, type Rendered } from './bodies.ts';
import { leadsInside, realTarget, siteRoots } from '../build/confinement.ts';

/** Astro hands loaders its content entry types (not part of the public LoaderContext type): the part we use. */
interface EntryInfo {
  data: Record<string, unknown>;
  body?: string;
  slug?: string;
  rawData?: string;
}
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<EntryInfo> | EntryInfo;
  [other: string]: unknown;
}
type WithEntryTypes = LoaderContext & { entryTypes: Map<string, EntryType> };

/**
 * Whether a file is stored already with these contents. Astro's glob loader
 * asks each file's entry info before it compares the file with the stored
 * entry, and then drops the answer for an unchanged file: reading its YAML
 * again is 1.7 s per 10,000 articles at every build. (The store is dropped
 * whenever the site's code changes, build/incremental.ts, so a stored entry
 * passed this code's checks.)
 */
type Unchanged = (fileUrl: URL, contents: string) => boolean;

/** What becomes of a rendered body before it is stored: its HTML goes to a file of its own (schema/bodies.ts). */
type Keep = (entry: { filePath: string; digest: string | number }, rendered: Rendered) => Promise<Rendered>;

/**
 * An entry type whose front matter is parsed by splitFrontmatter(), whose render failures are kept
 * (schema/renderFailures.ts), and whose rendered HTML is kept out of the store (schema/bodies.ts).
 */
function strict(type: EntryType, mdx: boolean, root: string, unchanged: Unchanged, keep: Keep): EntryType {
  return {
    ...type,
    async getEntryInfo(params): Promise<EntryInfo> {
      // Nothing Astro reads for an unchanged file (ids come from its path, not its data).
      if (unchanged(params.fileUrl, params.contents)) return { data: {}, body: '' };
      let split;
      try {
        split = splitFrontmatter(params.contents);
      } catch (error) {
        // The file, then the line and what YAML could not read (frontmatter.ts), as the other refusals here.
        throw new Error(`${fileURLToPath(params.fileUrl)}:\n  ${(error as Error).message}`, { cause: error });
      }
      const firstLine = split.rawFrontmatter ? split.rawFrontmatter.split('\n').length + 3 : 1;
      if (mdx) {
        // MDX is code: only Markdown, tags and literal values, decided on the parser's tree (schema/mdxRules.ts).
        const problems = mdxProblems(params.contents);
        if (problems.length) throw new Error(`${fileURLToPath(params.fileUrl)}:\n  ${problems.join('\n  ')}`);
      } else {
        // Raw HTML that would swallow the rest of the article (markdown/unclosed.ts). MDX cannot: its tags must close.
        const unclosed = unclosedHtml(split.body);
        if (unclosed) {
          const line = unclosed.line + firstLine - 1;
          const message = unclosed.tag === '!--' ? fill(vi.build.unclosedComment, { line }) : fill(vi.build.unclosedTag, { line, tag: unclosed.tag });
          throw new Error(`${fileURLToPath(params.fileUrl)}:\n  ${message}`);
        }
      }
      if (!split.rawFrontmatter) return { ...(await type.getEntryInfo(params)), data: {} };
      return { data: split.data, body: split.body.trim(), slug: split.data.slug as string, rawData: split.rawFrontmatter };
    },
    ...(typeof type.getRenderFunction === 'function'
      ? {
          async getRenderFunction(config: unknown) {
            type Entry = { data: unknown; filePath?: string; digest?: string | number };
            const render = await (type.getRenderFunction as (c: unknown) => Promise<((entry: Entry) => Promise<Rendered | undefined>) | undefined>)(config);
            return (
              render &&
              (async (entry: Entry) => {
                let rendered: Rendered | undefined;
                try {
                  rendered = await render({ ...entry, data: {} });
                } catch (error) {
                  // Astro would log this and store the entry without its body: keep why, instead.
                  return failedRender(entry.filePath ?? '', error, root);
                }
                return rendered && entry.filePath && entry.digest !== undefined ? keep({ filePath: entry.filePath, digest: entry.digest }, rendered) : rendered;
              })
            );
          },
        }
      : {}),
  };
}

/** One set of photo checks per build process, shared by the collections (photos.ts). */
let photoChecks: PhotoChecks | undefined;

/**
 * Every photo of every entry in the store, new or unchanged since the last
 * build (an unchanged article may point at a photo that changed): one error
 * naming each article, field and problem, so an editor sees them all at once.
 */
async function checkPhotos(context: LoaderContext): Promise<void> {
  const root = fileURLToPath(context.config.root);
  // Photos resolve inside the site, links followed: a cover of ../../../../secret.jpg is refused (build/confinement.ts).
  const roots = siteRoots(root);
  photoChecks ??= new PhotoChecks(fileURLToPath(new URL('tin-phuong-photo-checks.json', context.config.cacheDir)));
  const checks = photoChecks;
  const failures: PhotoFailure[] = [];
  await Promise.all(
    context.store.values().flatMap((entry) => {
      if (!entry.filePath) return [];
      const file = entry.filePath;
      const bodyImages = (entry.rendered?.metadata?.localImagePaths as string[] | undefined) ?? [];
      const imageImports = entry.imageImports ?? [];
      return photoReferences(entry.data, imageImports, bodyImages).map(async ({ field, src }) => {
        const path = resolve(root, dirname(file), src);
        const problem = leadsInside(roots, path) ? await checks.check(path) : fill(vi.build.photoOutside, { path: realTarget(path) ?? path });
        if (problem) failures.push({ file, field, src, problem });
      });
    }),
  );
  await checks.save();
  if (failures.length) {
    failures.sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field));
    throw new Error(formatFailures(failures));
  }
}

/** An entry's id: its path in the collection's folder without the extension (2015/slug), so URLs stay stable and unique. */
const entryId = (entry: string) => entry.replace(/\.(md|mdx|json)$/, '');

export function contentLoader(options: { pattern: string; base: string }): Loader {
  const inner = glob({
    ...options,
    // Pages render from the rendered HTML (kept beside the store: bodies.ts); keeping every Markdown source too doubled the
    // store (65 of 138 MB at 10,000 articles), which the build serialises and parses again.
    retainBody: false,
    generateId: ({ entry }) => entryId(entry),
  });
  return {
    name: 'tin-phuong-content',
    load: async (context) => {
      const { entryTypes } = context as WithEntryTypes;
      const root = fileURLToPath(context.config.root);
      // Where the glob loader resolves the collection's files (base is relative to the root, or absolute).
      const baseDir = fileURLToPath(new URL(options.base, context.config.root));
      const posix = (path: string) => path.split(sep).join('/');
      let reused = 0;
      // The store as it is now, not as it was at the start: under the dev server a file edited and then
      // restored must be read again, its stored entry being the edited one.
      const unchanged: Unchanged = (fileUrl, contents) => {
        const file = fileURLToPath(fileUrl);
        const stored = context.store.get(entryId(posix(relative(baseDir, file))));
        if (stored && !bodyPresent(stored.rendered, root)) {
          // Its body file is gone (a cache emptied by hand): the glob loader renders only what it does not have.
          context.store.delete(stored.id);
          return false;
        }
        const same = stored?.filePath === posix(relative(root, file)) && stored.digest === context.generateDigest(contents);
        if (same) reused++;
        return same;
      };
      // The dev server keeps a store of its own (in .astro/), and so bodies of its own: each prunes only its files.
      const bodies = bodiesFolder(fileURLToPath(context.config.cacheDir), context.watcher ? `dev/${context.collection}` : context.collection);
      const keep: Keep = (entry, rendered) => keepBody(rendered, { root, folder: bodies, ...entry, filePath: posix(relative(root, entry.filePath)) });
      await inner.load({
        ...context,
        entryTypes: new Map([...entryTypes].map(([ext, type]) => [ext, /^\.mdx?$/.test(ext) ? strict(type, ext === '.mdx', root, unchanged, keep) : type])),
      } as WithEntryTypes);
      pruneBodies(bodies, context.store.values() as never);
      if (reused) context.logger.info(fill(vi.build.entriesUnchanged, { count: reused.toLocaleString('vi-VN') }));
      // Every stored entry, unchanged ones too: a broken body fails every build until it is fixed.
      const failures = renderFailuresMessage(context.store.values() as never);
      if (failures) {
        // The dev server keeps running: the page itself shows the error (its layout calls assertRendered).
        if (context.watcher) context.logger.error(failures);
        else throw new Error(failures);
      }
      await checkPhotos(context);
    },
  };
}
