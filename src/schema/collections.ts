/**
 * The content model: every collection, where its files live and its fields.
 * content.config.ts turns this into Astro collections; admin/ turns it into
 * the Decap configuration. Paths are relative to the project root.
 */
import type { z } from 'astro/zod';
import { toZodObject, type FieldMap, type SchemaContext, type ZodObjectOf } from './fields.ts';
import { newsFields } from './news.ts';
import { campaignFields } from './campaigns.ts';
import { districtFields, wardFields } from './units.ts';
import { categoryFields } from './categories.ts';
import { albumFields } from './albums.ts';
import { newsRules } from './rules.ts';

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
export function collectionSchema<N extends CollectionName>(name: N, ctx: SchemaContext): ZodObjectOf<(typeof collections)[N]['fields']> {
  // TypeScript reads collections[name] as any collection's; the fields are those of N.
  return toZodObject(collections[name].fields, ctx) as ZodObjectOf<(typeof collections)[N]['fields']>;
}

/** A collection's schema as collectionSchema() builds it. */
export type CollectionSchema<N extends CollectionName> = ReturnType<typeof collectionSchema<N>>;

/** An entry's data as the site reads it after validation (dates as Date, references as { collection, id }, photos as ImageMetadata). */
export type EntryData<N extends CollectionName> = z.output<CollectionSchema<N>>;

/** An entry's data as its file holds it (ISO dates, ids as strings): what the scripts write. */
export type EntryInput<N extends CollectionName> = z.input<CollectionSchema<N>>;

/** Rules that span fields (schema/rules.ts), by collection. */
const rules: { [N in CollectionName]?: (data: EntryData<N>, ctx: z.RefinementCtx<EntryData<N>>) => void } = { news: newsRules };

/** The schema the site checks a collection's entries with: its fields, then the rules that span them. */
export function entrySchema<N extends CollectionName>(name: N, ctx: SchemaContext): CollectionSchema<N> {
  const schema = collectionSchema(name, ctx);
  const rule = rules[name];
  return rule ? schema.superRefine(rule) : schema;
}
