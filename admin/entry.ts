/**
 * What the CMS does to an entry before saving it, and what it shows about an
 * entry in lists and pickers. Pure functions over plain data and the CMS field
 * list (the generated Decap config), so they are tested without a browser.
 *
 * Before saving (admin/main.ts calls this from Decap's preSave event):
 * - every text is normalised to NFC (decomposed input from some keyboards and
 *   copied PDFs breaks Decap's slugs and the site's search);
 * - dates are stored with +07:00 whatever the browser's time zone;
 * - photo paths are written relative to the entry (./anh/…), as astro:assets
 *   resolves them;
 * - the file name comes from the site's own slugify() (__slug) and, for an
 *   article, the folder from the Vietnamese year of publication (__year): the
 *   rule of admin/articleSlug.ts, which the local server's drafts follow too;
 * - the entry is checked with the site's own schema (src/schema), so the CMS
 *   never writes a file that fails the build; problems come back in Vietnamese.
 */
import { z } from 'astro/zod';
import { slugify, toNFC } from '../src/lib/vietnamese.ts';
import { articleSlug } from './articleSlug.ts';
import { formatDate, parseStoredDate, toVnIso, vnYear } from '../src/lib/dates.ts';
import { visibility } from '../src/lib/publishing.ts';
import { collectionSchema, type CollectionName } from '../src/schema/collections.ts';
import { newsRules } from '../src/schema/rules.ts';
import { toZodObject } from '../src/schema/fields.ts';
import { siteFields } from '../src/schema/site.ts';
import { SETTINGS } from '../src/schema/cms.ts';
import { ARTICLE_STATUSES, CAMPAIGN_LEVELS, optionLabel } from '../src/schema/options.ts';
import type { CmsField } from '../src/schema/fields.ts';
import { prune, withoutTransient, type Data, type Defaults } from './format.ts';
import { adminPhrases } from './locale-vi.ts';
import { bodyBlockProblems } from './blockChecks.ts';

/** Names shown instead of ids in lists (built by the admin page from the content at build time). */
export interface Lookups {
  categories: Record<string, string>;
  wards: Record<string, string>;
  campaigns?: Record<string, string>;
}

/** Visit every field with its dotted path (list items share their list's path). */
function eachField(fields: CmsField[], visit: (field: CmsField, path: string) => void, prefix = ''): void {
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    visit(field, path);
    if (Array.isArray(field.fields)) eachField(field.fields as CmsField[], visit, path);
  }
}

/** Schema defaults by dotted path, for the format (values equal to them are not written). */
export function fieldDefaults(fields: CmsField[]): Defaults {
  const out: Defaults = {};
  eachField(fields, (field, path) => {
    if (field.default !== undefined) out[path] = field.default;
  });
  return out;
}

/** Field labels by dotted path, for messages. */
export function fieldLabels(fields: CmsField[]): Record<string, string> {
  const out: Record<string, string> = {};
  eachField(fields, (field, path) => {
    out[path] = field.label;
  });
  return out;
}

/** Apply `change` to the value at a dotted path, through lists and objects. */
function mapPath(value: unknown, parts: string[], change: (v: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => mapPath(item, parts, change));
  if (parts.length === 0) return change(value);
  if (typeof value !== 'object' || value === null) return value;
  const [head, ...rest] = parts as [string, ...string[]];
  if (!(head in (value as Data))) return value;
  return { ...(value as Data), [head]: mapPath((value as Data)[head], rest, change) };
}

function deepNFC(value: unknown): unknown {
  if (typeof value === 'string') return toNFC(value);
  if (Array.isArray(value)) return value.map(deepNFC);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === '__raw' ? v : deepNFC(v)]));
  }
  return value;
}

const isDateOnlyField = (field: CmsField) => field.time_format === false || field.format === 'YYYY-MM-DD';

/** A stored date as the site writes it: 2015-09-07T16:46:00+07:00, or 1948-06-11 for dates without time. */
export function normaliseDate(value: unknown, dateOnly: boolean): unknown {
  if (typeof value !== 'string' || value.trim() === '') return value;
  const date = parseStoredDate(value.trim());
  if (!date) return value;
  return dateOnly ? toVnIso(date).slice(0, 10) : toVnIso(date);
}

/** A photo path as astro:assets resolves it: relative to the entry, starting with ./ or ../ */
export function relativeMediaPath(value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  if (/^(\.{1,2}\/|\/|[a-z]+:)/i.test(value)) return value;
  return `./${value}`;
}

export interface PrepareResult {
  data: Data;
  errors: string[];
}

export interface CollectionInfo {
  name: string;
  identifier_field?: string;
  fields: CmsField[];
}

/** The site's validator for a collection, with ids and photo paths taken as plain strings. */
function siteSchema(name: CollectionName | typeof SETTINGS.collection) {
  const ctx = { image: () => z.string(), reference: () => z.string() };
  // Thiết lập › Thông tin đơn vị: content/don-vi.json (src/schema/site.ts).
  if (name === SETTINGS.collection) return toZodObject(siteFields, ctx);
  const schema = collectionSchema(name, ctx);
  return name === 'news' ? schema.superRefine(newsRules) : schema;
}

const SITE_COLLECTIONS = new Set(['news', 'albums', 'campaigns', 'categories', 'wards', 'districts', SETTINGS.collection]);

/** Everything done to an entry before Decap writes it (see the module comment). */
export function prepareForSave(collection: CollectionInfo, input: Data, now = new Date()): PrepareResult {
  let data = deepNFC(input) as Data;
  eachField(collection.fields, (field, path) => {
    if (field.widget === 'datetime') data = mapPath(data, path.split('.'), (v) => normaliseDate(v, isDateOnlyField(field))) as Data;
    if (field.widget === 'image') data = mapPath(data, path.split('.'), relativeMediaPath) as Data;
  });

  // Titles and names as typed, without the spaces around them (a pasted title often has some).
  for (const key of new Set([collection.identifier_field ?? 'title', 'title'])) {
    if (typeof data[key] === 'string') data[key] = (data[key] as string).trim();
  }
  const identifier = data[collection.identifier_field ?? 'title'];
  if (typeof identifier === 'string' && identifier.trim()) data.__slug = slugify(identifier);
  if (collection.name === 'news') {
    const published = typeof data.publishedAt === 'string' ? parseStoredDate(data.publishedAt) : null;
    // The one rule for an article's name (admin/articleSlug.ts): year folder and file name.
    const [year, name] = (articleSlug(identifier, published ?? now) ?? `${vnYear(published ?? now)}/`).split('/');
    data.__year = year!;
    if (name) data.__slug = name;
    // One status in the CMS: the editorial workflow decides what is published (so no draft flag),
    // and “Gỡ bài” (a reason given) is what withdraws.
    if (data.draft === true) data.draft = false;
    const reason = typeof data.withdrawnReason === 'string' ? data.withdrawnReason.trim() : '';
    if (reason) Object.assign(data, { status: 'withdrawn', withdrawnReason: reason });
    else {
      delete data.withdrawnReason;
      if (data.status === 'withdrawn') data.status = 'published';
    }
  }

  // Albums too: the editorial workflow is the status.
  if (collection.name === 'albums' && data.draft === true) data.draft = false;

  const errors: string[] = [];
  // Decap does not enforce an editor component's required fields: a photo without alt would save as ![](…),
  // a block without its required parts as a fence the build cannot render (admin/blockChecks.ts).
  if (typeof data.body === 'string') {
    if (hasImageWithoutAlt(data.body)) errors.push(adminPhrases.bodyImageWithoutAlt);
    errors.push(...bodyBlockProblems(data.body));
  }
  if (SITE_COLLECTIONS.has(collection.name)) {
    const { body: _body, ...frontMatter } = withoutTransient(data);
    const written = (prune(frontMatter, fieldDefaults(collection.fields)) ?? {}) as Data;
    const result = siteSchema(collection.name as CollectionName | typeof SETTINGS.collection).safeParse(written);
    if (!result.success) {
      const labels = fieldLabels(collection.fields);
      for (const issue of result.error.issues) {
        const path = issue.path.filter((p) => typeof p === 'string').join('.');
        const label = labels[path];
        const message = label && !issue.message.includes(label) ? `“${label}”: ${issue.message}` : issue.message;
        if (!errors.includes(message)) errors.push(message);
      }
    }
  }
  return { data, errors };
}

/** Whether Markdown has an image with empty alt text (`![](…)` or `![ ](…)`). */
export function hasImageWithoutAlt(markdown: string): boolean {
  return /!\[\s*\]\(/.test(markdown);
}

/** What lists and pickers show about an entry: CMS-only keys, never written. */
export function describeEntry(collection: string, data: Data, lookups: Lookups, now = new Date()): Data {
  switch (collection) {
    case 'news': {
      const published = typeof data.publishedAt === 'string' ? parseStoredDate(data.publishedAt) : null;
      const categoryId = typeof data.category === 'string' ? data.category : '';
      const category = categoryId ? (lookups.categories[categoryId] ?? categoryId) : adminPhrases.list.noCategory;
      const wardIds = Array.isArray(data.wards) ? (data.wards as unknown[]).filter((w): w is string => typeof w === 'string') : [];
      const wardNames = wardIds.map((id) => lookups.wards[id] ?? id);
      const wards = wardNames.length ? wardNames.slice(0, 2).join(', ') + (wardNames.length > 2 ? ` +${wardNames.length - 2}` : '') : adminPhrases.list.noWard;
      // Whether readers can see it once published; the workflow column (Bản nháp, Đang xét duyệt,
      // Sẵn sàng) is Decap's own badge beside it.
      // The site's own rule (src/lib/publishing.ts); an entry without a date yet is not scheduled.
      const shown = visibility(
        { draft: data.draft === true, status: typeof data.status === 'string' ? data.status : undefined, publishedAt: published ?? now },
        now,
      );
      const status = {
        withdrawn: optionLabel(ARTICLE_STATUSES, 'withdrawn'),
        draft: adminPhrases.list.hidden,
        scheduled: adminPhrases.list.scheduled,
        public: adminPhrases.list.visible,
      }[shown];
      return {
        __list: [published ? formatDate(published) : '—', category, wards, status].join(' · '),
        ...(published ? { __year: String(vnYear(published)) } : {}),
        __category: category,
      };
    }
    case 'campaigns': {
      const start = typeof (data.period as Data | undefined)?.start === 'string' ? parseStoredDate((data.period as Data).start as string) : null;
      const level = typeof data.level === 'string' ? optionLabel(CAMPAIGN_LEVELS, data.level) : '';
      return { __list: [level, start ? `từ ${formatDate(start)}` : ''].filter(Boolean).join(' · ') };
    }
    case 'albums': {
      const published = typeof data.publishedAt === 'string' ? parseStoredDate(data.publishedAt) : null;
      const count = Array.isArray(data.photos) ? data.photos.length : 0;
      return { __list: [published ? formatDate(published) : '—', `${count} ảnh`].join(' · ') };
    }
    default:
      // Pickers match names as typed, with or without tones, themselves (admin/listSearch.ts).
      return {};
  }
}
