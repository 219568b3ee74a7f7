/**
 * The site schema and the generated CMS configuration agree: one definition
 * per field (src/schema) feeds both, and these tests prove nothing was lost
 * on the way to Decap.
 */
import { PHOTO_LIST_WIDGET } from './albums.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collections, collectionSchema, type CollectionName } from './collections.ts';
import type { CmsField, SchemaContext } from './fields.ts';
import { backendFromEnv, cmsCollection, cmsConfig, MAX_PHOTO_BYTES, settingsCollection, UNCONFIGURED_BACKEND } from './cms.ts';
import { toZodObject } from './fields.ts';
import { SITE_FILE, siteFields } from './site.ts';
import { WARD_TYPES, optionLabel } from './options.ts';

const ctx: SchemaContext = { image: () => z.string(), reference: () => z.string() };
const NAMES = Object.keys(collections) as CollectionName[];
const collectionSchemaFor = (name: CollectionName) => collectionSchema(name, ctx);

/** Whether zod refuses the value being absent. */
const requiredBySite = (schema: z.ZodType) => !schema.safeParse(undefined).success;

/** The values of a zod enum, through .default(). */
function enumValues(schema: z.ZodType): string[] | undefined {
  let s: unknown = schema;
  for (let i = 0; i < 5 && s; i++) {
    const def = (s as { def?: { type?: string; innerType?: unknown; entries?: Record<string, string> } }).def;
    if (def?.type === 'enum' && def.entries) return Object.values(def.entries);
    s = def?.innerType;
  }
  return undefined;
}

/** Every CMS field with its dotted path. */
function cmsFields(fields: CmsField[], prefix = ''): { path: string; field: CmsField }[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    return [{ path, field }, ...(Array.isArray(field.fields) ? cmsFields(field.fields as CmsField[], path) : [])];
  });
}

/** The zod schema of a nested path, walking object shapes, arrays and wrappers. */
function zodAt(schema: z.ZodType, parts: string[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (const part of parts) {
    s = unwrap(s);
    if (!s) return undefined;
    const def = (s as unknown as { def: { type: string; element?: z.ZodType; shape?: Record<string, z.ZodType> } }).def;
    if (def.type === 'array') s = unwrap(def.element!);
    const inner = (s as unknown as { def: { shape?: Record<string, z.ZodType> } }).def;
    s = inner.shape?.[part];
  }
  return s;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (let i = 0; i < 5 && s; i++) {
    const def = (s as unknown as { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } }).def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') s = def.innerType;
    else if (def.type === 'pipe') s = def.in;
    else break;
  }
  return s;
}

describe('CMS configuration generated from src/schema', () => {
  const config = cmsConfig({ categories: [{ id: 'tin-tuc-su-kien', name: 'Tin tức sự kiện nổi bật' }], years: [2024, 2015] });
  const configured = config.collections as { name: string; fields: CmsField[]; [k: string]: unknown }[];

  it('has every collection of the content model, in its folder, with every field', () => {
    expect(configured.map((c) => c.name).sort()).toEqual([...NAMES, 'settings'].sort());
    for (const name of NAMES) {
      const c = configured.find((x) => x.name === name)!;
      expect(c.folder).toBe(collections[name].folder);
      const siteKeys = Object.keys(collections[name].fields);
      expect(c.fields.map((f) => f.name).filter((n) => n !== 'body')).toEqual(siteKeys);
    }
  });

  it("edits the portal's own details as one file, “Thiết lập › Thông tin đơn vị”, with the fields the site reads", () => {
    const settings = configured.find((c) => c.name === 'settings')!;
    expect(settings).toEqual(settingsCollection());
    const [file] = settings.files as { name: string; label: string; file: string; fields: CmsField[] }[];
    expect([settings.label, file!.label, file!.file]).toEqual(['Thiết lập', 'Thông tin đơn vị', `content/${SITE_FILE}`]);
    expect(existsSync(resolve(file!.file))).toBe(true);
    const site = toZodObject(siteFields, ctx);
    expect(file!.fields.map((f) => f.name)).toEqual(Object.keys(siteFields));
    for (const { path, field } of cmsFields(file!.fields)) {
      const zod = zodAt(site, path.split('.'));
      expect(zod, `don-vi.${path} exists in the site schema`).toBeDefined();
      expect(field.required === true, `don-vi.${path}: CMS required = site required`).toBe(requiredBySite(zod!));
    }
    expect(site.safeParse(JSON.parse(readFileSync(resolve(file!.file), 'utf8'))).success).toBe(true);
  });

  it('requires in the CMS every field the site requires, and only those', () => {
    for (const name of NAMES) {
      const site = z.object(Object.fromEntries(Object.entries(collections[name].fields).map(([k, f]) => [k, f.zod(ctx)])));
      for (const { path, field } of cmsFields(cmsCollection(name).fields as CmsField[])) {
        if (path === 'body') continue;
        const zod = zodAt(site, path.split('.'));
        expect(zod, `${name}.${path} exists in the site schema`).toBeDefined();
        expect(field.required === true, `${name}.${path}: CMS required = site required`).toBe(requiredBySite(zod!));
      }
    }
  });

  it('checks the same length limits as the site', () => {
    const title = (cmsCollection('news').fields as CmsField[]).find((f) => f.name === 'title')!;
    const [pattern] = title.pattern as [string, string];
    expect(new RegExp(pattern).test('a'.repeat(250))).toBe(true);
    expect(new RegExp(pattern).test('a'.repeat(251))).toBe(false);
    expect(collections.news.fields.title.zod(ctx).safeParse('a'.repeat(251)).success).toBe(false);
  });

  it('offers in every select exactly the values the site accepts', () => {
    let selects = 0;
    for (const name of NAMES) {
      const site = z.object(Object.fromEntries(Object.entries(collections[name].fields).map(([k, f]) => [k, f.zod(ctx)])));
      for (const { path, field } of cmsFields(cmsCollection(name).fields as CmsField[])) {
        if (field.widget !== 'select') continue;
        selects++;
        const values = enumValues(zodAt(site, path.split('.'))!);
        const offered = (field.options as { value: string; label: string }[]).map((o) => o.value);
        expect(offered, `${name}.${path}`).toEqual(values);
        for (const option of field.options as { label: string }[]) expect(option.label).not.toBe('');
        if (field.default !== undefined) expect(values).toContain(field.default);
      }
    }
    // An article's status is not a select: the editorial workflow and “Gỡ bài” set it.
    expect(selects).toBe(4);
  });

  it('picks wards, districts, campaigns and categories with relation widgets searchable by name (units by their full label)', () => {
    const refs: Record<string, string> = { category: 'categories', wards: 'wards', districts: 'districts', campaigns: 'campaigns' };
    const news = cmsCollection('news').fields as CmsField[];
    for (const [fieldName, target] of Object.entries(refs)) {
      const field = news.find((f) => f.name === fieldName)!;
      expect(field.widget, fieldName).toBe('relation');
      expect(field.collection).toBe(target);
      expect(field.value_field).toBe('{{slug}}');
      // A unit is found by its label alone (name, district, province): the admin matches it with or without tones (admin/listSearch.ts).
      expect(field.search_fields).toEqual(target === 'wards' || target === 'districts' ? ['label'] : ['name']);
      expect(configured.some((c) => c.name === target)).toBe(true);
    }
    for (const { path, field } of cmsFields(cmsCollection('campaigns').fields as CmsField[])) {
      if (path === 'wards') expect(field.widget).toBe('relation');
    }
  });

  it('shows each ward with its district and province, because names repeat', () => {
    const wardPickers = NAMES.flatMap((name) =>
      cmsFields(cmsCollection(name).fields as CmsField[]).filter(({ field }) => field.widget === 'relation' && field.collection === 'wards'),
    );
    expect(wardPickers.length).toBeGreaterThanOrEqual(3);
    for (const { field } of wardPickers) expect(field.display_fields).toEqual(['label']);

    const roots = [resolve(import.meta.dirname, '../../content/wards'), resolve(import.meta.dirname, '../../tests/fixtures/content/wards')];
    let checked = 0;
    const byName = new Map<string, Set<string>>();
    for (const root of roots.filter(existsSync)) {
      for (const file of readdirSync(root).filter((f) => f.endsWith('.json'))) {
        const ward = JSON.parse(readFileSync(join(root, file), 'utf8'));
        expect(ward.label, file).toContain(`${optionLabel(WARD_TYPES, ward.type)} ${ward.name}`);
        expect(ward.label, file).toContain(ward.province.name);
        if (ward.district) expect(ward.label, file).toContain(ward.district.name);
        const labels = byName.get(`${root}:${ward.name}`) ?? new Set();
        expect(labels.has(ward.label), `${file}: label repeats`).toBe(false);
        labels.add(ward.label);
        byName.set(`${root}:${ward.name}`, labels);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('keeps derived units read-only and hidden, and names new files with the site’s slug', () => {
    for (const name of ['wards', 'districts']) {
      const c = configured.find((x) => x.name === name)!;
      expect(c).toMatchObject({ hide: true, create: false, delete: false });
    }
    const news = configured.find((c) => c.name === 'news')!;
    expect(news).toMatchObject({ path: '{{__year}}/{{slug}}', slug: '{{fields.__slug}}', media_folder: 'anh', public_folder: 'anh' });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('lists articles with date, category, ward and status, filterable by category and year', () => {
    const news = configured.find((c) => c.name === 'news')!;
    expect(news.summary).toContain('{{fields.__list}}');
    expect(news.view_filters).toEqual(
      expect.arrayContaining([
        { label: 'Tin tức sự kiện nổi bật', field: '__category', pattern: '^Tin tức sự kiện nổi bật$' },
        { label: 'Năm 2024', field: '__year', pattern: '^2024$' },
      ]),
    );
    // Each filter's field is a group's, whose label heads it in the filter menu (admin/filterGroups.ts).
    expect(news.view_groups).toEqual(
      expect.arrayContaining([
        { label: 'Năm', field: '__year' },
        { label: 'Chuyên mục', field: '__category' },
      ]),
    );
    const groups = new Set((news.view_groups as { field: string }[]).map((g) => g.field));
    for (const filter of news.view_filters as { field: string }[]) expect(groups).toContain(filter.field);
    expect(news.sortable_fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'publishedAt' })]));
    const changes = news.fields.find((f) => f.name === 'changes')!;
    expect(changes.summary).toBe("{{fields.date | date('DD/MM/YYYY HH:mm')}} — {{fields.note}}");
  });

  it('refuses photos over 20 MB in every image field', () => {
    for (const name of NAMES) {
      for (const { field } of cmsFields(cmsCollection(name).fields as CmsField[])) {
        if (field.widget !== 'image') continue;
        expect(field.media_library).toEqual({ config: { max_file_size: MAX_PHOTO_BYTES, multiple: false } });
        expect(field.choose_url).toBe(false);
      }
    }
  });

  it('enables the local backend only when asked', () => {
    expect(config).not.toHaveProperty('local_backend');
    expect(JSON.stringify(config)).not.toMatch(/localhost|127\.0\.0\.1|8081/);
    const local = cmsConfig({ localBackend: 'http://127.0.0.1:8081/api/v1' });
    expect(local.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['localhost', '127.0.0.1'] });
  });

  it('keeps the editorial workflow except with Decap’s gitea backend, which has none', () => {
    expect(cmsConfig({ backend: { name: 'forgejo', repo: 'a/b' } }).publish_mode).toBe('editorial_workflow');
    expect(cmsConfig({ backend: { name: 'gitlab', repo: 'a/b' } }).publish_mode).toBe('editorial_workflow');
    expect(cmsConfig({ backend: { name: 'gitea', repo: 'a/b' } }).publish_mode).toBe('simple');
    expect(cmsConfig({ backend: { name: 'gitea', repo: 'a/b' }, localBackend: 'http://127.0.0.1:8081/api/v1' }).publish_mode).toBe('editorial_workflow');
  });

  it('reads the production backend from the environment, with PKCE for GitLab', () => {
    expect(backendFromEnv({})).toBe(UNCONFIGURED_BACKEND);
    expect(
      backendFromEnv({
        CMS_BACKEND: 'gitlab',
        CMS_REPO: 'ubnd/tin-phuong',
        CMS_APP_ID: 'abc',
        CMS_API_ROOT: 'https://git.phuong.vn/api/v4',
        CMS_BASE_URL: 'https://git.phuong.vn',
      }),
    ).toEqual({
      name: 'gitlab',
      repo: 'ubnd/tin-phuong',
      branch: 'main',
      app_id: 'abc',
      api_root: 'https://git.phuong.vn/api/v4',
      base_url: 'https://git.phuong.vn',
      auth_type: 'pkce',
    });
  });
});

describe('the albums collection in the CMS', () => {
  const albums = cmsConfig().collections as { name: string; fields: CmsField[]; [k: string]: unknown }[];
  const album = albums.find((c) => c.name === 'albums')!;
  const field = (name: string) => album.fields.find((f) => f.name === name)!;

  it('is a collection staff can create in, filed in content/albums/ with photos beside it', () => {
    expect(album).toMatchObject({
      label: 'Album ảnh',
      folder: 'content/albums',
      extension: 'md',
      create: true,
      slug: '{{fields.__slug}}',
      media_folder: 'anh',
      public_folder: 'anh',
      identifier_field: 'title',
    });
    expect(album.fields.map((f) => f.name)).toEqual([
      'title',
      'publishedAt',
      'photos',
      'photographer',
      'description',
      'articles',
      'wards',
      'campaign',
      'draft',
    ]);
    expect(field('draft').widget).toBe('hidden');
  });

  it('takes photos as a list, at least one, each with a photo and alt text required and an optional caption, many uploaded at once', () => {
    const photos = field('photos');
    // The admin's list of photos (admin/photoList.ts): Decap's list with a many-photos upload above it.
    expect(photos).toMatchObject({ widget: PHOTO_LIST_WIDGET, required: true, min: 1, summary: '{{fields.alt}}' });
    const inner = photos.fields as CmsField[];
    expect(inner.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['image', 'image', true],
      ['alt', 'string', true],
      ['caption', 'string', false],
    ]);
    // One file per item: Decap's multiple selection would store bare paths, with no alt text for each.
    expect(inner[0]!.media_library).toEqual({ config: { max_file_size: MAX_PHOTO_BYTES, multiple: false } });
    expect(inner[0]!.choose_url).toBe(false);
  });

  it('links to articles (by their year/slug id), wards and one campaign with searchable relation widgets', () => {
    expect(field('articles')).toMatchObject({ widget: 'relation', collection: 'news', multiple: true, value_field: '{{slug}}', search_fields: ['title'] });
    expect(field('wards')).toMatchObject({ widget: 'relation', collection: 'wards', multiple: true, search_fields: ['label'] });
    expect(field('campaign')).toMatchObject({ widget: 'relation', collection: 'campaigns', multiple: false, required: false });
  });

  it('refuses an album the site would refuse: no photo, or a photo without alt', () => {
    const schema = collectionSchemaFor('albums');
    const base = { title: 'Lễ ra quân', publishedAt: '2025-01-02T08:00:00+07:00' };
    expect(schema.safeParse({ ...base, photos: [] }).success).toBe(false);
    expect(schema.safeParse({ ...base }).success).toBe(false);
    expect(schema.safeParse({ ...base, photos: [{ image: './anh/a.jpg' }] }).success).toBe(false);
    expect(schema.safeParse({ ...base, photos: [{ image: './anh/a.jpg', alt: 'Cờ đỏ' }] }).success).toBe(true);
  });
});
