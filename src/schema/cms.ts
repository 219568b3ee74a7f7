/**
 * The Decap CMS configuration, generated from the content model
 * (src/schema/collections.ts and the field builders in fields.ts). Nothing
 * here declares a field: labels, widgets, hints, required flags and options
 * come from the builders. This module only adds what is about the CMS itself:
 * where files and photos go, how the list is summarised and filtered, which
 * collections are read-only, and which backend to talk to.
 *
 * Keys that start with "__" are CMS-only values computed in the browser
 * (admin/entry.ts) and never written to a file (admin/format.ts drops them):
 *   __slug, __year   set before saving (preSave), so Decap names the file with the site's
 *                    slugify() and files the article under its Vietnamese year:
 *                    slug '{{fields.__slug}}', path '{{__year}}/{{slug}}';
 *   __list           the line shown in the collection list (date · category · ward · status);
 *   __year, __category  what the list filters and groups by;
 *   __raw            the file as read, so saving rewrites only what changed.
 */
import { collections, type CollectionDef, type CollectionName } from './collections.ts';
import { toCmsFields, type CmsField } from './fields.ts';
import { MAX_PHOTO_BYTES } from './photoLimits.ts';
import { SITE_FILE, siteFields } from './site.ts';

/** Photos larger than this are refused in the CMS, and by the build (schema/photoLimits.ts). */
export { MAX_PHOTO_BYTES };

/**
 * The file format of a collection: registered by admin/main.ts (front matter
 * or JSON that keeps untouched bytes, see admin/format.ts), one per collection
 * because each knows its own field defaults.
 */
export const formatName = (collection: string) => `tin-phuong-${collection}`;

/** Where an article's uploaded photos go, relative to the article's own folder (content/news/YYYY/anh/). */
export const NEWS_MEDIA_FOLDER = 'anh';

/** The Markdown body, which is not a front-matter field of the schema. */
const bodyField = (hint: string): CmsField => ({
  name: 'body',
  label: 'Nội dung',
  widget: 'markdown',
  required: true,
  hint,
  // Rich text by default; “Markdown” shows the source, byte for byte.
  modes: ['rich_text', 'raw'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  // The body photo, then the blocks of docs/blocks.md (admin/blocks.ts).
  editor_components: ['image', 'khoi-anh', 'khoi-bo-anh', 'khoi-khen-thuong', 'khoi-van-ban'],
  // Old portals' HTML may sit in bodies: never run it in the admin.
  sanitize_preview: true,
});

export interface ProductionBackend {
  /** gitea | forgejo | gitlab (see docs/cms-production.md). */
  name: string;
  repo: string;
  branch?: string;
  api_root?: string;
  base_url?: string;
  app_id?: string;
  auth_type?: string;
  [option: string]: unknown;
}

export interface CmsOptions {
  /**
   * URL of a local decap-server (`npm run cms`). Only then is `local_backend`
   * present; production builds never set it (tests/cms.e2e.test.ts checks).
   */
  localBackend?: string | undefined;
  /** The real backend (self-hosted Forgejo/Gitea/GitLab). */
  backend?: ProductionBackend;
  /** The public site, linked from the CMS header. */
  siteUrl?: string;
  /** Chuyên mục, for the list filters. */
  categories?: { id: string; name: string }[];
  /** Years that have articles, for the list filters (newest first). */
  years?: number[];
  /** Overrides the publish mode (see publishModeFor). */
  publishMode?: 'editorial_workflow' | 'simple';
}

/**
 * The editorial workflow (Bản nháp → Đang xét duyệt → Sẵn sàng) needs a
 * backend that keeps drafts on branches: decap-server in git mode, Forgejo
 * (pull requests) and GitLab (merge requests) do; Decap's `gitea` backend
 * refuses to start with it, so with that backend every save publishes.
 */
export function publishModeFor(backend: string, local: boolean): 'editorial_workflow' | 'simple' {
  return !local && backend === 'gitea' ? 'simple' : 'editorial_workflow';
}

/** Placeholder backend until docs/cms-production.md is followed (login then fails with a clear error). */
export const UNCONFIGURED_BACKEND: ProductionBackend = {
  name: 'forgejo',
  repo: 'chua-cau-hinh/tin-phuong',
  branch: 'main',
  api_root: 'https://git.example.invalid/api/v1',
  app_id: 'chua-cau-hinh',
};

/** The production backend from CMS_* environment variables (read at build time by the admin page). */
export function backendFromEnv(env: Record<string, string | undefined>): ProductionBackend {
  const name = env.CMS_BACKEND;
  if (!name) return UNCONFIGURED_BACKEND;
  const backend: ProductionBackend = { name, repo: env.CMS_REPO ?? UNCONFIGURED_BACKEND.repo, branch: env.CMS_BRANCH ?? 'main' };
  if (env.CMS_API_ROOT) backend.api_root = env.CMS_API_ROOT;
  if (env.CMS_BASE_URL) backend.base_url = env.CMS_BASE_URL;
  if (env.CMS_APP_ID) backend.app_id = env.CMS_APP_ID;
  if (name === 'gitlab') backend.auth_type = 'pkce';
  if (name === 'gitea' && env.CMS_BASE_URL) backend.auth_endpoint = `${env.CMS_BASE_URL.replace(/\/$/, '')}/login/oauth/authorize`;
  return backend;
}

type Settings = Record<string, unknown>;

/** What each collection is in the CMS, beyond its fields. */
function collectionSettings(name: CollectionName, options: CmsOptions): Settings {
  switch (name) {
    case 'news': {
      const filters = [
        // On __category (the name), the field of the “Chuyên mục” group, so the filter menu shows the group's heading.
        ...(options.categories ?? []).map((c) => ({ label: c.name, field: '__category', pattern: `^${escapeRegExp(c.name)}$` })),
        ...(options.years ?? []).map((y) => ({ label: `Năm ${y}`, field: '__year', pattern: `^${y}$` })),
      ];
      return {
        create: true,
        delete: true,
        // content/news/YYYY/<slug>.md, the year of publication in Viet Nam, the slug from slugify(title).
        // (No "fields." prefix: Decap turns the dots of a path template into dashes.)
        path: '{{__year}}/{{slug}}',
        slug: '{{fields.__slug}}',
        identifier_field: 'title',
        // Photos next to the article (content/news/YYYY/anh/), referenced relatively, processed by astro:assets.
        media_folder: NEWS_MEDIA_FOLDER,
        public_folder: NEWS_MEDIA_FOLDER,
        summary: '{{title}} — {{fields.__list}}',
        sortable_fields: [
          { field: 'publishedAt', label: 'Ngày đăng', default_sort: 'desc' },
          { field: 'title', label: 'Tiêu đề' },
        ],
        ...(filters.length ? { view_filters: filters } : {}),
        view_groups: [
          { label: 'Năm', field: '__year' },
          { label: 'Chuyên mục', field: '__category' },
        ],
        body: bodyField('Ảnh chú thích: để một dòng in nghiêng ngay dưới ảnh, ví dụ *Đ/c Chủ tịch phát biểu tại hội nghị*'),
      };
    }
    case 'campaigns':
      return {
        create: true,
        delete: false,
        slug: '{{fields.__slug}}',
        identifier_field: 'name',
        media_folder: NEWS_MEDIA_FOLDER,
        public_folder: NEWS_MEDIA_FOLDER,
        summary: '{{name}} — {{fields.__list}}',
        sortable_fields: [{ field: 'name', label: 'Tên phong trào', default_sort: 'asc' }],
        body: bodyField('Giới thiệu phong trào: mục đích, nội dung, tiêu chí thi đua'),
      };
    case 'albums':
      return {
        create: true,
        delete: true,
        // content/albums/<slug>.md, the slug from slugify(title); photos beside it in content/albums/anh/.
        slug: '{{fields.__slug}}',
        identifier_field: 'title',
        media_folder: NEWS_MEDIA_FOLDER,
        public_folder: NEWS_MEDIA_FOLDER,
        summary: '{{title}} — {{fields.__list}}',
        sortable_fields: [
          { field: 'publishedAt', label: 'Ngày đăng', default_sort: 'desc' },
          { field: 'title', label: 'Tên album' },
        ],
      };
    case 'categories':
      return {
        create: true,
        // Articles refer to categories by id: deleting one would break them.
        delete: false,
        slug: '{{fields.__slug}}',
        identifier_field: 'name',
        summary: '{{name}}',
        sortable_fields: [
          { field: 'order', label: 'Thứ tự', default_sort: 'asc' },
          { field: 'name', label: 'Tên chuyên mục' },
        ],
      };
    case 'wards':
    case 'districts':
      // Derived from the national dataset by scripts: only read, to feed the pickers.
      return { hide: true, create: false, delete: false, publish: false, identifier_field: 'label', summary: '{{label}}', editor: { preview: false } };
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Field adjustments that are CMS policy, applied to every field of a kind. */
function adjustField(field: CmsField): CmsField {
  const out: CmsField = { ...field };
  if (Array.isArray(out.fields)) out.fields = (out.fields as CmsField[]).map(adjustField);
  if (out.widget === 'image' || out.widget === 'file') {
    out.choose_url = false;
    out.media_library = { config: { max_file_size: MAX_PHOTO_BYTES, multiple: false } };
  }
  if (out.widget === 'list' && typeof out.summary === 'string') {
    // Dates in a list's one-line summary read as Vietnamese write them, not as stored ISO text.
    const dates = ((out.fields as CmsField[] | undefined) ?? []).filter((f) => f.widget === 'datetime');
    for (const f of dates) {
      const format = f.time_format === false ? 'DD/MM/YYYY' : 'DD/MM/YYYY HH:mm';
      out.summary = (out.summary as string).replaceAll(`{{fields.${f.name}}}`, `{{fields.${f.name} | date('${format}')}}`);
    }
  }
  return out;
}

/** One collection of the Decap configuration. */
export function cmsCollection(name: CollectionName, options: CmsOptions = {}): Record<string, unknown> {
  const def: CollectionDef = collections[name];
  const { body, ...settings } = collectionSettings(name, options) as Settings & { body?: CmsField };
  const fields = toCmsFields(def.fields).map(adjustField);
  if (body) {
    // The body goes after the cover photo (or at the end when there is none).
    const at = fields.findIndex((f) => f.name === 'cover');
    fields.splice(at === -1 ? fields.length : at + 1, 0, body);
  }
  return {
    name,
    label: def.label,
    label_singular: def.labelSingular,
    folder: def.folder,
    extension: def.kind === 'markdown' ? 'md' : 'json',
    format: formatName(name),
    ...settings,
    fields,
  };
}

/** The CMS collection of single files (“Thiết lập”): the portal's own details for now. */
export const SETTINGS = { collection: 'settings', unitFile: 'don-vi' } as const;

/**
 * “Thiết lập › Thông tin đơn vị”: content/don-vi.json (src/schema/site.ts),
 * the details every page prints in its header and footer. One file, so a
 * Decap file collection: nothing to create or delete.
 */
export function settingsCollection(): Record<string, unknown> {
  return {
    name: SETTINGS.collection,
    label: 'Thiết lập',
    // Its one file's name: the notices say “Đã lưu thông tin đơn vị”, not “Đã lưu thiết lập”.
    label_singular: 'Thông tin đơn vị',
    extension: 'json',
    format: formatName(SETTINGS.collection),
    create: false,
    delete: false,
    editor: { preview: false },
    files: [
      {
        name: SETTINGS.unitFile,
        label: 'Thông tin đơn vị',
        file: `content/${SITE_FILE}`,
        fields: toCmsFields(siteFields).map(adjustField),
      },
    ],
  };
}

/**
 * Commit messages in Vietnamese, for the people who read the history (the
 * ward's IT person, reviewers on Forgejo/GitLab). {{collection}} is the
 * collection's singular label, {{slug}} the entry's path in it.
 */
export const COMMIT_MESSAGES = {
  create: 'Thêm mới: {{collection}} “{{slug}}”',
  update: 'Sửa: {{collection}} “{{slug}}”',
  delete: 'Xóa: {{collection}} “{{slug}}”',
  uploadMedia: 'Tải ảnh lên: “{{path}}”',
  deleteMedia: 'Xóa ảnh: “{{path}}”',
  openAuthoring: '{{message}}',
} as const;

/** The portal's name on the login page, instead of Decap's logo (src/pages/admin/logo.svg.ts). */
export const ADMIN_LOGO = '/admin/logo.svg';

/** The whole configuration handed to CMS.init({ config }). */
export function cmsConfig(options: CmsOptions = {}): Record<string, unknown> {
  const names: CollectionName[] = ['news', 'albums', 'campaigns', 'categories', 'wards', 'districts'];
  return {
    load_config_file: false,
    locale: 'vi',
    backend: { ...(options.backend ?? UNCONFIGURED_BACKEND), commit_messages: COMMIT_MESSAGES },
    logo: { src: ADMIN_LOGO, show_in_header: false },
    ...(options.localBackend ? { local_backend: { url: options.localBackend, allowed_hosts: ['localhost', '127.0.0.1'] } } : {}),
    publish_mode: options.publishMode ?? publishModeFor((options.backend ?? UNCONFIGURED_BACKEND).name, !!options.localBackend),
    // The header's “Ảnh và tệp” library; articles upload next to themselves (see NEWS_MEDIA_FOLDER).
    media_folder: 'content/media',
    public_folder: '/content/media',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // Backstop only: admin/entry.ts names new files with the site's slugify() through __slug.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    search: true,
    show_preview_links: false,
    editor: { preview: true },
    collections: [...names.map((name) => cmsCollection(name, options)), settingsCollection()],
  };
}

/** Walk CMS fields depth-first, with their dotted path. */
export function walkCmsFields(fields: CmsField[], visit: (field: CmsField, path: string) => void, prefix = ''): void {
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    visit(field, path);
    if (Array.isArray(field.fields)) walkCmsFields(field.fields as CmsField[], visit, path);
  }
}
