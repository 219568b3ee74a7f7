/**
 * Documents referenced by ```van-ban blocks: files under <content>/van-ban/,
 * served at /van-ban/ (src/pages/van-ban/[...file].ts) with their size known
 * at build. The content root is build/contentRoot.ts's, as the collections' is.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentRoot } from '../build/contentRoot.ts';
import { DOCUMENT_PATH } from '../markdown/blocks.ts';
import { DOCUMENTS, documentUrl } from './routes.ts';

export const documentsFolder = (): string => resolve(contentRoot(), 'van-ban');

/** A document's size in bytes, by its site path (/van-ban/x.pdf); undefined when there is no such file. */
export function documentSize(path: string): number | undefined {
  if (!DOCUMENT_PATH.test(path)) return undefined;
  try {
    const stat = statSync(join(documentsFolder(), path.slice(DOCUMENTS.length)));
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/** Every document the site serves, as paths under the folder (a/b.pdf); files with other names are left out. */
export function documentFiles(): string[] {
  try {
    return readdirSync(documentsFolder(), { recursive: true, encoding: 'utf8' })
      .map((f) => f.replaceAll('\\', '/'))
      .filter((f) => DOCUMENT_PATH.test(documentUrl(f)));
  } catch {
    return [];
  }
}
