/**
 * The CMS at /admin: Decap CMS from npm, bundled by Astro (no CDN), started
 * with the configuration that src/pages/admin/index.astro generated from
 * src/schema at build time (src/schema/cms.ts) and put in the page as JSON.
 *
 * Registered here: the complete Vietnamese interface, the file formats that
 * keep untouched bytes, the check-and-normalise step before every save, the
 * previews in the site's own styles, and the photo upload checks.
 */
import CMS from 'decap-cms-app';
import imageComponent from 'decap-cms-editor-component-image';
import { fromJS } from 'immutable';
import siteCss from '../src/styles/site.css?raw';
import articleCss from '../src/styles/article.css?raw';
import { formatName } from '../src/schema/cms.ts';
import { parseJson, parseMarkdown, serializeJson, serializeMarkdown, type Data } from './format.ts';
import { describeEntry, fieldDefaults, prepareForSave, type CollectionInfo, type Lookups } from './entry.ts';
import { viPhrases } from './locale-vi.ts';
import { albumPreview, campaignPreview, newsPreview } from './preview.ts';
import { installUploadGuard } from './uploads.ts';
import { registerImageComponent, registerObjectWidget, registerPickerMessages, registerWithdrawalWidget } from './widgets.ts';
import { registerDateTimeWidget } from './datetime.ts';
import { registerBlockComponents } from './blocks.ts';
import { registerPhotoListWidget } from './photoList.ts';
import previewCss from './preview.css?raw';
import { keepOpenThroughOwnWrites } from './devReload.ts';

type ConfiguredCollection = Omit<CollectionInfo, 'fields'> & {
  extension: string;
  fields?: CollectionInfo['fields'];
  files?: { fields: CollectionInfo['fields'] }[];
};

interface PageData {
  config: { collections: ConfiguredCollection[]; [key: string]: unknown };
  lookups: Lookups;
}

const page = JSON.parse(document.getElementById('cms-config')!.textContent!) as PageData;
const { config, lookups } = page;
// A file collection (Thiết lập) has its fields on its one file.
const collections = config.collections.map((c) => ({ ...c, fields: c.fields ?? c.files?.[0]?.fields ?? [] }));
const byName = new Map(collections.map((c) => [c.name, c]));

// The whole interface in Vietnamese (Decap's own vi leaves about 77 phrases in English).
CMS.registerLocale('vi', viPhrases);
// Until the configuration (which says `locale: vi`) is read, Decap speaks its default, `en`:
// the first screen said “Loading configuration…”. Staff read only Vietnamese.
CMS.registerLocale('en', viPhrases);

// One format per collection: it knows the collection's defaults, keeps untouched bytes,
// and adds what lists and pickers show (CMS-only "__" keys, never written).
for (const collection of collections) {
  const defaults = fieldDefaults(collection.fields);
  const describe = (data: Data): Data => ({ ...data, ...describeEntry(collection.name, data, lookups) });
  CMS.registerCustomFormat(
    formatName(collection.name),
    collection.extension,
    collection.extension === 'md'
      ? { fromFile: (text: string) => describe(parseMarkdown(text)), toFile: (data: Data, order?: string[]) => serializeMarkdown(data, order, defaults) }
      : { fromFile: (text: string) => describe(parseJson(text)), toFile: (data: Data, order?: string[]) => serializeJson(data, order, defaults) },
  );
}

// Before every save: NFC, +07:00, ./relative photo paths, the site's slug and year, the site's own validation.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: { get(key: string): { toJS(): Data } | string } }) => {
    const collection = byName.get(entry.get('collection') as string);
    const data = (entry.get('data') as { toJS(): Data }).toJS();
    if (!collection) return undefined;
    const { data: prepared, errors } = prepareForSave(collection, data);
    // Decap shows the error as text: without this it would read “Error: …”.
    if (errors.length) throw Object.assign(new Error(errors.join(' · ')), { toString: () => errors.join(' · ') });
    return fromJS(prepared);
  },
});

registerObjectWidget(CMS as never);
registerDateTimeWidget(CMS as never);
registerPickerMessages(CMS as never);
registerWithdrawalWidget(CMS as never);
registerPhotoListWidget(CMS as never);
registerImageComponent(CMS as never, imageComponent as unknown as Record<string, unknown>);
// The rich blocks of docs/blocks.md: figure, gallery or album, award table, document.
registerBlockComponents(CMS as never);

CMS.registerPreviewStyle(siteCss, { raw: true });
CMS.registerPreviewStyle(articleCss, { raw: true });
CMS.registerPreviewStyle(previewCss, { raw: true });
CMS.registerPreviewTemplate('news', newsPreview(lookups) as never);
CMS.registerPreviewTemplate('campaigns', campaignPreview() as never);
CMS.registerPreviewTemplate('albums', albumPreview() as never);

installUploadGuard();

// `npm run cms`: the dev server's reload after the admin's own publish would interrupt the editor.
const localBackend = (config.local_backend as { url?: string } | undefined)?.url;
if (import.meta.hot && localBackend) keepOpenThroughOwnWrites(import.meta.hot, localBackend);

CMS.init({ config: config as never });
