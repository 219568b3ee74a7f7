/**
 * Astro content collections, built from src/schema so that the site and the
 * CMS read one definition per field.
 */
import { isAbsolute, join } from 'node:path';
import { defineCollection } from 'astro:content';
import { checkedReference } from './schema/references.ts';
import { contentLoader } from './schema/loader.ts';
import { collections as model, type CollectionName } from './schema/collections.ts';
import { toZodObject } from './schema/fields.ts';
import { newsRules } from './schema/rules.ts';

/** Where content lives; tests point it at a fixture folder. */
const contentRoot = process.env.TIN_PHUONG_CONTENT ?? 'content';

/** A collection's folder under the content root (relative to the project, or absolute). */
const folderOf = (name: CollectionName) => {
  const folder = join(contentRoot, model[name].folder.replace(/^content\//, ''));
  return isAbsolute(folder) ? folder : `./${folder}`;
};

function build(name: CollectionName) {
  const def = model[name];
  return defineCollection({
    loader: contentLoader({ pattern: def.pattern, base: folderOf(name) }),
    schema: ({ image }) => {
      const object = toZodObject(def.fields, { image, reference: (c) => checkedReference(c, folderOf(c as CollectionName)) });
      return name === 'news' ? object.superRefine(newsRules) : object;
    },
  });
}

export const collections = {
  news: build('news'),
  campaigns: build('campaigns'),
  categories: build('categories'),
  wards: build('wards'),
  districts: build('districts'),
};
