/**
 * Astro content collections, built from src/schema so that the site and the
 * CMS read one definition per field.
 */
import { isAbsolute, join } from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { checkedReference } from './schema/references.ts';
import { contentLoader } from './schema/loader.ts';
import { contentSetting } from './build/contentRoot.ts';
import type { ImageMetadata } from 'astro';
import { collections as model, entrySchema, type CollectionName, type CollectionSchema } from './schema/collections.ts';
import type { SiteSchemaContext } from './schema/fields.ts';

/** Where content lives (build/contentRoot.ts); tests point it at a fixture folder. */
const contentRoot = contentSetting();

/** A collection's folder under the content root (relative to the project, or absolute). */
const folderOf = (name: CollectionName) => {
  const folder = join(contentRoot, model[name].folder.replace(/^content\//, ''));
  return isAbsolute(folder) ? folder : `./${folder}`;
};

/**
 * Astro calls a collection's schema function once per entry, with an image()
 * helper bound to that entry's file. Building the zod object each time cost
 * about 1 ms an entry (10 s for a 10,000-article archive), so it is built once,
 * with an image field that calls the helper of the entry being parsed. That is
 * safe because Astro parses right after calling the function, and zod runs a
 * schema without async parts synchronously: no other entry's call comes between.
 */
let entryImage: (() => z.ZodType) | undefined;
const currentEntryImage = () =>
  z.string().transform((value, ctx) => {
    const parsed = entryImage!().safeParse(value);
    // Astro's image() yields the photo's ImageMetadata (its declared type names only src, width, height, format).
    if (parsed.success) return parsed.data as ImageMetadata;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });

/** Photos through the entry's image(), references checked against the files: what the entry types promise (schema/fields.ts). */
const siteContext: SiteSchemaContext = {
  image: currentEntryImage,
  reference: (c) => checkedReference(c, folderOf(c as CollectionName)),
};

function build<N extends CollectionName>(name: N) {
  const def = model[name];
  let compiled: CollectionSchema<N> | undefined;
  return defineCollection({
    loader: contentLoader({ pattern: def.pattern, base: folderOf(name) }),
    schema: ({ image }) => {
      entryImage = image;
      return (compiled ??= entrySchema(name, siteContext));
    },
  });
}

export const collections = {
  news: build('news'),
  campaigns: build('campaigns'),
  albums: build('albums'),
  categories: build('categories'),
  wards: build('wards'),
  districts: build('districts'),
};
