/**
 * The content model: every collection, where its files live and its fields.
 * content.config.ts turns this into Astro collections; admin/ turns it into
 * the Decap configuration. Paths are relative to the project root.
 */
import { toZodObject, type FieldMap, type SchemaContext } from './fields.ts';
import { newsFields } from './news.ts';
import { campaignFields } from './campaigns.ts';
import { districtFields, wardFields } from './units.ts';
import { categoryFields } from './categories.ts';
import { albumFields } from './albums.ts';

export interface CollectionDef {
  /** Folder under the project root. */
  folder: string;
  /** Glob of entry files inside the folder. */
  pattern: string;
  /** Markdown entries have a body; data entries are JSON. */
  kind: 'markdown' | 'data';
  /** Vietnamese names for the CMS. */
  label: string;
  labelSingular: string;
  fields: FieldMap;
}

export const collections = {
  news: {
    folder: 'content/news',
    pattern: '**/[^_]*.{md,mdx}',
    kind: 'markdown',
    label: 'Tin tức',
    labelSingular: 'Bài viết',
    fields: newsFields,
  },
  campaigns: {
    folder: 'content/campaigns',
    pattern: '**/[^_]*.md',
    kind: 'markdown',
    label: 'Phong trào',
    labelSingular: 'Phong trào',
    fields: campaignFields,
  },
  albums: {
    folder: 'content/albums',
    pattern: '**/[^_]*.md',
    kind: 'markdown',
    label: 'Album ảnh',
    labelSingular: 'Album ảnh',
    fields: albumFields,
  },
  categories: {
    folder: 'content/categories',
    pattern: '*.json',
    kind: 'data',
    label: 'Chuyên mục',
    labelSingular: 'Chuyên mục',
    fields: categoryFields,
  },
  wards: {
    folder: 'content/wards',
    pattern: '*.json',
    kind: 'data',
    label: 'Phường/xã',
    labelSingular: 'Phường/xã',
    fields: wardFields,
  },
  districts: {
    folder: 'content/districts',
    pattern: '*.json',
    kind: 'data',
    label: 'Quận/huyện (trước 1/7/2025)',
    labelSingular: 'Quận/huyện',
    fields: districtFields,
  },
} as const satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof collections;

/** The zod schema of a collection, given Astro's image() and reference(). */
export function collectionSchema(name: CollectionName, ctx: SchemaContext) {
  return toZodObject(collections[name].fields, ctx);
}
