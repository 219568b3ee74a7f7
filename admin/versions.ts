/**
 * Two people on one article (issue 21 item 3): which version of an entry
 * this tab's editor loaded, sent with every save so that the local server
 * (admin/server/conflict.ts) can refuse a save made on an older version
 * instead of writing over someone else's.
 *
 * Decap keeps no version of what it loaded, and its proxy backend sends none
 * (decaporg/decap-cms#1500, #277: open). So every request of the proxy backend
 * passes through `request()` here (admin/patches/versionedSaves.ts), which notes:
 * - what the editor opened: a published entry (getEntry, by path) and a
 *   draft (unpublishedEntryDataFile, by collection and slug: its cms/…
 *   branch); lists are not loads of the editor and are left out;
 * - what this tab saved itself: the text it wrote becomes its version;
 * - a draft gone (404, published, discarded): the published version counts.
 * and gives each dataFile of persistEntry a `base`: the version it was
 * edited from, or null for a new entry (the file must not exist yet).
 *
 * A version is the SHA-256 of the file's text, as the server computes it.
 * Decap's local backup keeps the version it was written from (backupBase),
 * so that restoring one written on an older version than the one just
 * loaded is asked with a warning (backupQuestion; admin/patches/versionedSaves.ts).
 */

import { adminPhrases } from './locale-vi.ts';

type Params = Record<string, any>;
interface Payload {
  action: string;
  params?: Params;
}
type Send = (payload: Payload) => Promise<any>;

/** SHA-256 of a text's UTF-8 bytes, in hex (Web Crypto: the browser and Node alike). */
export async function versionOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A draft's key, as decap-server names its branch (cms/<collection>/<slug>). */
export const draftKey = (collection: string, slug: string) => `${collection}/${slug}`;

/** The collection and slug a workflow request is about (by id, “news/2024/bai”, or by name). */
function draftOf(params: Params): string | null {
  if (typeof params.collection === 'string' && typeof params.slug === 'string') return draftKey(params.collection, params.slug);
  return typeof params.id === 'string' ? params.id : null;
}

export interface TrackerOptions {
  hash?: (text: string) => Promise<string>;
  /** Told the server's message when it refused a save made on an older version (HTTP 409). */
  onStale?: (message: string) => void;
}

export function createVersionTracker({ hash = versionOf, onStale }: TrackerOptions = {}) {
  // Versions are hashed in the background: a load is handed to Decap at once, not after its hash.
  /** Published files by path. */
  const published = new Map<string, Promise<string>>();
  /** Drafts by collection/slug. */
  const drafts = new Map<string, Promise<string>>();
  /** Hashes already computed, for the one question asked synchronously (backupQuestion). */
  const settled = new WeakMap<Promise<string>, string>();
  const versionOfText = (text: string): Promise<string> => {
    const version = hash(text);
    version.then(
      (v) => settled.set(version, v),
      () => undefined,
    );
    return version;
  };

  /** The version a save of `file` was edited from: none for a new entry, else the draft's, else the published file's. */
  function versionFor(file: Params, params: Params): Promise<string> | null {
    if (params.options?.newEntry) return null;
    const draft =
      params.options?.useWorkflow && typeof params.options.collectionName === 'string'
        ? drafts.get(draftKey(params.options.collectionName, file.slug))
        : undefined;
    return draft ?? published.get(file.path) ?? null;
  }
  const baseOf = async (file: Params, params: Params): Promise<string | null> => (await versionFor(file, params)) ?? null;
  const asBackup = (collection: string, slug: string, path: string) =>
    versionFor({ path, slug }, { options: { useWorkflow: true, collectionName: collection } });

  return {
    baseOf,
    /**
     * The version an entry's local backup is written from (kept with the backup; null for a new entry).
     * `path` is the entry's file (none yet for a new one).
     */
    async backupBase(collection: string, slug: string, path: string | undefined): Promise<string | null> {
      return path ? ((await asBackup(collection, slug, path)) ?? null) : null;
    },
    /**
     * What to ask before restoring a local backup after a reload: a warning when the backup was
     * written from another version than the one just loaded (someone saved meanwhile: restoring
     * it and saving would replace their change), else nothing (Decap's own question).
     */
    backupQuestion(collection: string, slug: string, path: string | undefined, backupBase: unknown): string | null {
      if (typeof backupBase !== 'string' || !path) return null;
      const loaded = asBackup(collection, slug, path);
      const now = loaded && settled.get(loaded);
      return now === undefined || now === null || now === backupBase ? null : adminPhrases.conflict.olderBackup;
    },
    async request(payload: Payload, send: Send): Promise<any> {
      const params: Params = payload.params ?? {};
      if (payload.action === 'persistEntry') {
        const files: Params[] = params.dataFiles ?? (params.entry ? [params.entry] : []);
        const withBase = await Promise.all(files.map(async (file) => ({ ...file, base: await baseOf(file, params) })));
        const sent = { ...payload, params: { ...params, ...(params.dataFiles ? { dataFiles: withBase } : { entry: withBase[0] }) } };
        const answer = await send(sent).catch((error: { status?: number; message?: string }) => {
          if (error?.status === 409) onStale?.(String(error.message));
          throw error;
        });
        // What this tab wrote is now the version it edits.
        for (const file of files) {
          const version = versionOfText(file.raw);
          if (params.options?.useWorkflow) drafts.set(draftKey(params.options.collectionName, file.slug), version);
          else published.set(file.newPath ?? file.path, version);
        }
        return answer;
      }
      let answer: any;
      try {
        answer = await send(payload);
      } catch (error) {
        // No draft of this entry (any more): its published file is what the editor shows.
        const key = draftOf(params);
        if (payload.action === 'unpublishedEntry' && (error as { status?: number }).status === 404 && key) drafts.delete(key);
        throw error;
      }
      const key = draftOf(params);
      switch (payload.action) {
        case 'getEntry':
          if (typeof answer?.data === 'string') published.set(params.path, versionOfText(answer.data));
          else published.delete(params.path);
          break;
        case 'unpublishedEntry':
          // A draft that changed only photos: Decap shows the published text.
          if (key && !(answer?.diffs ?? []).some((d: { binary?: boolean }) => !d.binary)) drafts.delete(key);
          break;
        case 'unpublishedEntryDataFile':
          if (key && typeof answer?.data === 'string') drafts.set(key, versionOfText(answer.data));
          break;
        case 'publishUnpublishedEntry':
        case 'deleteUnpublishedEntry':
          if (key) drafts.delete(key);
          break;
      }
      return answer;
    },
  };
}

/**
 * This tab's tracker, the one the proxy backend's requests pass through (admin/patches/versionedSaves.ts).
 * A refused save is said twice: in Decap's notice, which goes after 8 s, and in a dialog that
 * stays until read and says how to keep both versions (the text stays in the editor either way).
 */
export const versions = createVersionTracker({
  onStale: (message) => setTimeout(() => window.alert(`${message}\n\n${adminPhrases.conflict.howTo}`), 0),
});
