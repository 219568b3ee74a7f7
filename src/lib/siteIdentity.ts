/**
 * The portal's own details (the owning unit, its address, phone, email, the
 * person responsible, the tagline), read from <content>/don-vi.json with the
 * fields of src/schema/site.ts. Staff edit that file in the CMS (“Thông tin
 * đơn vị”); the header, footer, feeds, share cards and redirect pages read it
 * here. The file is read again when it changes, so `npm run cms` shows an
 * edit on the next page load; a build reads it once.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { contentRoot } from '../build/contentRoot.ts';
import { toZodObject } from '../schema/fields.ts';
import { checkedReference } from '../schema/references.ts';
import { SITE_FILE, siteFields } from '../schema/site.ts';

const schemaFor = (root: string) =>
  toZodObject(siteFields, {
    image: () => {
      throw new Error(`${SITE_FILE} has no photos`);
    },
    reference: (collection) => checkedReference(collection, join(root, collection)),
  });

type Parsed = z.output<ReturnType<typeof schemaFor>>;

/** What the site prints about its owner: the file's fields, the ward by its id. */
export type SiteIdentity = Omit<Parsed, 'ward'> & { ward: string };

/** The file's data checked against its fields; errors name the field, in Vietnamese. */
export function parseSiteIdentity(json: unknown, root: string): { identity?: SiteIdentity; errors: string[] } {
  const parsed = schemaFor(root).safeParse(json);
  if (!parsed.success) return { errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(tệp)'}: ${i.message}`) };
  return { identity: { ...parsed.data, ward: parsed.data.ward.id }, errors: [] };
}

/** The file of a content root. */
export const siteFile = (root = contentRoot()): string => join(root, SITE_FILE);

/** Read and check the file; throws naming the file and each field at fault. */
export function readSiteIdentity(root = contentRoot()): SiteIdentity {
  const file = siteFile(root);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? `${file}: thiếu tệp thông tin đơn vị (tên trang, đơn vị chủ quản, địa chỉ, điện thoại, thư điện tử, người chịu trách nhiệm); xem README, mục “Bắt đầu cho một phường”`
        : `${file}: không đọc được JSON (${(error as Error).message})`,
      { cause: error },
    );
  }
  const { identity, errors } = parseSiteIdentity(json, root);
  if (!identity) throw new Error(`${file}:\n  ${errors.join('\n  ')}`);
  return identity;
}

let cached: { file: string; stamp: string; identity: SiteIdentity } | undefined;

/** The portal's details, read again only when the file changed (its size and time). */
export function siteIdentity(root = contentRoot()): SiteIdentity {
  const file = siteFile(root);
  let stamp = 'missing';
  try {
    const stat = statSync(file);
    stamp = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    // readSiteIdentity() says what is missing.
  }
  if (cached?.file !== file || cached.stamp !== stamp) cached = { file, stamp, identity: readSiteIdentity(root) };
  return cached.identity;
}

/**
 * The ward id the file names, unchecked: `npm run units` writes that ward's
 * entry, so it must read the id before the entry exists.
 */
export function siteWardId(root = contentRoot()): string {
  const file = siteFile(root);
  let ward: unknown;
  try {
    ward = (JSON.parse(readFileSync(file, 'utf8')) as { ward?: unknown }).ward;
  } catch (error) {
    throw new Error(`${file}: không đọc được mã phường/xã của đơn vị (${(error as Error).message})`, { cause: error });
  }
  if (typeof ward !== 'string' || !ward) throw new Error(`${file}: ward: thiếu mã phường/xã của đơn vị, ví dụ "phuong-phuc-loi-00136"`);
  return ward;
}
