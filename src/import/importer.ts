/**
 * The import run: legacy pages (files or folders; copied text or saved HTML)
 * → content/news entries, their photos, and the wards and districts they
 * refer to. Each page succeeds or fails on its own; a failure leaves
 * content/ as it was.
 *
 * Idempotency is keyed on the source: `<--source>/<file name>`, Unicode NFC
 * (legacy.importedFrom), not the title: importing the same page again finds
 * its entry and, if nothing changed, leaves it alone. An entry an editor has
 * changed since (its checksum no longer matches) is only overwritten with
 * `force`. With `dryRun` the same run is made and reported, and nothing is
 * written.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative } from 'node:path';
import { districtEntry, districtEntryId, districtFromEntryId, nameKey, wardEntriesWithSuccessors, wardEntryId, wardFromEntryId, type Dvhc } from './dvhc.ts';
import { toVnIso } from '../lib/dates.ts';
import { matchCategory, NEW_CATEGORY, type CategoryMap } from './category.ts';
import { resolveLinks, UrlIndex, type RedirectEntry } from './links.ts';
import { blocksToMarkdown } from './markdown.ts';
import { decodePage } from './decode.ts';
import { LegacyError } from './errors.ts';
import { quoteLines, TITLE_MAX } from './header.ts';
import { htmlToPage, looksLikeHtml, type HtmlImage } from './html.ts';
import { applyOverride, type Override, type Overrides } from './overrides.ts';
import { parsePage } from './parse.ts';
import { takePhoto, type PhotoVerdicts, type TakenPhoto } from './photos.ts';
import { summarize } from './sapo.ts';
import { DVHC_NOTICE, ensureDvhcNotice, resolveCategory, scanContent, sweepTemporaries, writeAtomic, type ContentIndex, type PendingEntry } from './store.ts';
import { formatEntryJson } from './dvhc.ts';
import { articleProvinces, campaignProvinces, findCampaigns, findUnits, type CampaignInfo } from './tags.ts';
import { entrySlug, entryText, entryYear, isUnedited } from './toEntry.ts';
import { NEWS_MEDIA_FOLDER } from '../schema/cms.ts';

/** Category for pages that name none (reported as a warning). */
export const DEFAULT_CATEGORY = 'Tin tức - Sự kiện';
/** Copied pages are a few kilobytes; anything this big is not an article. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Where the overrides file lives inside the content root, unless another is given. */
export const OVERRIDES_FILE = '.import/overrides.json';

export interface ImportOptions {
  /** Files and folders (folders are searched for .txt, .htm and .html pages, recursively). */
  inputs: readonly string[];
  contentRoot: string;
  dvhc: Dvhc;
  overrides?: Overrides;
  /** Old portal category names → category ids (content/.import/categories.json). */
  categoryMap?: CategoryMap;
  /** Overwrite entries edited since they were imported. */
  force?: boolean;
  maxBytes?: number;
  /** The portal the pages come from: keys become `<source>/<file name>`, so two exports' file names never collide. */
  source?: string;
  /** Report what would change; write nothing. */
  dryRun?: boolean;
  /** Create a category the portal lacks instead of failing the page (reported under “created”). */
  createCategories?: boolean;
  /** Called after each page: pages done, pages in all. */
  onProgress?: (done: number, total: number) => void;
}

export type Outcome = 'imported' | 'updated' | 'unchanged' | 'skipped' | 'failed';

export interface FileReport {
  file: string;
  /** The import key (legacy.importedFrom). */
  key?: string;
  outcome: Outcome;
  /** The entry written or found, relative to the content root. */
  entry?: string;
  reason?: string;
  /** Photos the entry shows, relative to the content root. */
  photos?: string[];
  warnings: string[];
}

/** A file in an input folder that is not a page the importer reads, and why. */
export interface NotTaken {
  file: string;
  reason: string;
}

export interface ImportReport {
  dryRun?: boolean;
  source?: string;
  files: FileReport[];
  /** Files found in the input folders and not taken (assets, unused photos, other types). */
  notTaken: NotTaken[];
  /** Category, ward and district entries created on the way. */
  created: string[];
  /** Redirect entries added to content/redirects.json (or that would be, in a dry run). */
  redirects?: RedirectEntry[];
  /** Old category names the portal lacks and the mapping proposed for each (scripts/import.ts writes them on --dry-run). */
  categoryProposals?: CategoryProposal[];
}

/** What a folder holds that the importer reads as pages. */
const PAGE_EXTENSIONS = /\.(?:txt|html?|xhtml)$/i;
const PHOTO_EXTENSIONS = /\.(?:jpe?g|png|webp|gif|bmp|svg|ico|avif|tiff?)$/i;
const ASSET_EXTENSIONS = /\.(?:css|js|mjs|json|xml|woff2?|ttf|eot|otf|map|swf|php|aspx?|axd|ashx)$/i;
/** “Save page as… complete” puts a page's assets in “<name>_files” (Chrome, Firefox, Edge). */
const SAVED_ASSETS_FOLDER = /(?:^|[\\/])[^\\/]*_files(?:[\\/]|$)/;

const LINK_NOT_READ = 'Liên kết tắt (symlink): trình nhập chỉ đọc tệp thật trong thư mục đang nhập (symlink not followed)';

/** Why a file of an input folder is not a page (photos are decided after the pages that may use them). */
function notAPage(path: string): string | null {
  const name = basename(path);
  if (name.startsWith('.') || /^(?:thumbs\.db|desktop\.ini)$/i.test(name)) return 'Tệp ẩn hoặc tệp hệ thống (hidden or system file)';
  if (SAVED_ASSETS_FOLDER.test(path)) {
    if (PHOTO_EXTENSIONS.test(name)) return null;
    return `Tệp phụ của trang đã lưu (${extname(name).slice(1) || 'không đuôi'}), không phải bài (saved-page asset)`;
  }
  if (PAGE_EXTENSIONS.test(name) || PHOTO_EXTENSIONS.test(name)) return null;
  if (ASSET_EXTENSIONS.test(name)) return `Tệp phụ của trang web (${extname(name).slice(1)}), không phải bài (web asset)`;
  if (name === 'overrides.json' || name === 'categories.json') return 'Tệp cấu hình của trình nhập, không phải bài (importer settings)';
  return `Không phải trang tin: chỉ nhập .txt, .htm, .html (not a page: ${extname(name) || 'no extension'})`;
}

/**
 * The pages to read, in a stable order: files as given (any extension),
 * folders searched for .txt/.htm/.html pages outside saved pages' `_files`
 * folders. Every other file of a folder is returned too, with the reason it
 * is not a page, or as a photo a page may use.
 */
export function collectInputs(inputs: readonly string[]): {
  files: string[];
  missing: string[];
  others: NotTaken[];
  photos: string[];
  folderOf: Map<string, string>;
} {
  const files: string[] = [];
  const missing: string[] = [];
  const others: NotTaken[] = [];
  const photos: string[] = [];
  // Each page's input folder: its photos are read from there and nowhere else (photos.ts).
  const folderOf = new Map<string, string>();
  for (const input of inputs) {
    if (!existsSync(input)) missing.push(input);
    else if (lstatSync(input).isSymbolicLink()) others.push({ file: input, reason: LINK_NOT_READ });
    else if (statSync(input).isDirectory()) {
      const found = readdirSync(input, { recursive: true, encoding: 'utf8' })
        .sort()
        .map((entry) => join(input, entry));
      for (const f of found) {
        // Only regular files: a link would bring in a file from anywhere on the machine.
        const info = lstatSync(f);
        if (info.isSymbolicLink()) {
          others.push({ file: f, reason: LINK_NOT_READ });
          continue;
        }
        if (!info.isFile()) continue;
        const inner = relative(input, f);
        const why = notAPage(inner);
        if (why) others.push({ file: f, reason: why });
        else if (PHOTO_EXTENSIONS.test(f)) photos.push(f);
        else {
          files.push(f);
          folderOf.set(f, input);
        }
      }
    } else files.push(input);
  }
  return { files, missing, others, photos, folderOf };
}

interface Run {
  options: ImportOptions;
  index: ContentIndex;
  created: string[];
  /** Entries written (or, in a dry run, that would be) this run. */
  planned: Set<string>;
  /** Photo files pages took, absolute. */
  photosUsed: Set<string>;
  /** Each campaign's provinces, worked out once. */
  campaignScope: Map<string, readonly string[]>;
  /** The input folder of each page found in one; a page given by name has its own folder. */
  folderOf: Map<string, string>;
  /** Old addresses of the pages imported (this run's, then earlier runs') → entry ids. */
  urls: UrlIndex;
  /** Old addresses that links of this run lead to the new articles of. */
  redirects: RedirectEntry[];
  /** Category names the portal lacks, by folded name (proposed for the categories file by a dry run). */
  unknownCategories: Map<string, CategoryProposal>;
  /** The build's verdict on each photo decoded this run, by content hash. */
  photoVerdicts: PhotoVerdicts;
}

/** An old category name the portal lacks, with what a dry run proposes to map it to. */
export interface CategoryProposal {
  name: string;
  /** The closest existing category's id, or "new" (create it). */
  proposed: string;
  closest?: { id: string; name: string };
  pages: number;
}

/** Write unless this is a dry run. */
function put(run: Run, path: string, data: string | Uint8Array): void {
  if (!run.options.dryRun) writeAtomic(path, data);
}

/** The JSON entries that do not exist yet: written (unless a dry run); returns their paths relative to the root. */
function writeMissing(run: Run, entries: readonly PendingEntry[]): string[] {
  const written: string[] = [];
  for (const { collection, id, data } of entries) {
    const rel = `${collection}/${id}.json`;
    if (run.planned.has(rel) || existsSync(join(run.index.root, rel))) continue;
    put(run, join(run.index.root, rel), formatEntryJson(data));
    run.planned.add(rel);
    written.push(rel);
  }
  return written;
}

/** The ward and district entries an article's tags need (a historic ward brings its successors). */
function unitEntries(run: Run, wards: readonly string[], districts: readonly string[]): PendingEntry[] {
  const { dvhc } = run.options;
  const pending: PendingEntry[] = [];
  for (const id of wards) {
    const unit = wardFromEntryId(id, dvhc);
    if (unit) for (const [wardId, data] of wardEntriesWithSuccessors(unit, dvhc)) pending.push({ collection: 'wards', id: wardId, data });
    else if (!run.index.wards.has(id))
      throw new LegacyError('unknown-reference', `Không có phường/xã “${id}” trong content/wards hay trong danh mục (unknown ward)`);
  }
  for (const id of districts) {
    const district = districtFromEntryId(id, dvhc);
    const entry = district && districtEntry(district);
    if (entry) pending.push({ collection: 'districts', id, data: entry.data });
    else if (!run.index.districts.has(id))
      throw new LegacyError('unknown-reference', `Không có quận/huyện “${id}” trong content/districts hay trong danh mục (unknown district)`);
  }
  return pending;
}

/** The entry id to write: the source's existing one if its slug still fits, else the first free one. */
function chooseId(index: ContentIndex, year: number, slug: string, existing: string | undefined): string {
  const base = `${year}/${slug}`;
  const existingId = existing?.replace(/^news\//, '').replace(/\.mdx?$/, '');
  if (existingId && (existingId === base || new RegExp(`^${base}-\\d+$`).test(existingId))) return existingId;
  if (!index.newsIds.has(base)) return base;
  for (let n = 2; ; n++) if (!index.newsIds.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Read, decode and parse one page, with the operator's overrides applied; throws what makes it unusable. */
function readPage(run: Run, file: string, key: string, override: Override | undefined, warn: (message: string) => void) {
  // Size first: a 200 MB file is refused without being read into memory.
  const size = statSync(file).size;
  const maxBytes = run.options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;
    throw new LegacyError('too-large', `Tệp quá lớn: ${mb(size)}, giới hạn ${mb(maxBytes)}; không phải một trang tin (file too large)`);
  }
  const text = decodePage(readFileSync(file));
  let images: HtmlImage[] = [];
  let page;
  let url: string | undefined;
  if (/\.x?html?$/i.test(file) || looksLikeHtml(text)) {
    const html = htmlToPage(text);
    images = html.images;
    url = html.url;
    page = parsePage(html.text, { title: html.title, lang: html.lang });
  } else page = parsePage(text);
  page.warnings.forEach(warn);
  const facts = applyOverride(page, override);
  const { title, published } = facts;
  if (!title) throw new LegacyError('no-title', 'Không tìm thấy tiêu đề (no title)');
  if (title.length > TITLE_MAX) throw new LegacyError('title-too-long', `Tiêu đề dài quá ${TITLE_MAX} ký tự (title too long)`);
  if (!published) {
    const tried = facts.tried.length ? ` (đã thử các dòng: ${quoteLines(facts.tried)})` : '';
    throw new LegacyError(
      'no-date',
      `Không tìm thấy ngày đăng${tried}; ghi "publishedAt" cho "${key}" trong tệp overrides (no date; add it to the overrides file)`,
    );
  }
  let updated = facts.updated;
  if (updated && updated.date < published.date) {
    warn(`Bỏ ngày cập nhật ${toVnIso(updated.date)} vì sớm hơn ngày đăng (update date before publication ignored)`);
    updated = undefined;
  }
  if (published.date > new Date()) warn(`Ngày đăng ở tương lai: ${toVnIso(published.date)}; bài chỉ hiện từ ngày đó (future date)`);
  return { ...facts, title, published, updated, images, url: override?.url ?? url };
}

/** The category entry for a page: the first of its names the portal has; an unknown one fails the page (or is created on request). */
function chooseCategory(run: Run, key: string, facts: ReturnType<typeof readPage>, override: Override | undefined, warn: (message: string) => void) {
  const { index, options } = run;
  let names = override?.category ? [override.category] : facts.categories;
  if (names.length === 0) {
    warn(`Trang không có chuyên mục: xếp vào “${DEFAULT_CATEGORY}” (no category, default used)`);
    names = [DEFAULT_CATEGORY];
  }
  const match = matchCategory(names, index.categoryList, options.categoryMap);
  if ('id' in match) {
    if (!index.categoryList.some((c) => c.id === match.id)) {
      throw new LegacyError(
        'unknown-category',
        `Tệp categories.json xếp “${match.via}” vào chuyên mục “${match.id}”, nhưng content/categories không có chuyên mục đó (mapped category missing)`,
      );
    }
    return { name: match.via, id: match.id, pending: undefined };
  }
  if ('create' in match || options.createCategories) {
    const name = 'create' in match ? match.create : match.unknown;
    const created = resolveCategory(index, name);
    return { name, id: created.id, pending: created.pending };
  }
  const folded = nameKey(match.unknown);
  const known = run.unknownCategories.get(folded);
  if (known) known.pages++;
  else
    run.unknownCategories.set(folded, {
      name: match.unknown,
      proposed: match.closest?.id ?? NEW_CATEGORY,
      ...(match.closest ? { closest: match.closest } : {}),
      pages: 1,
    });
  const closest = match.closest ? `; gần nhất là “${match.closest.name}” (${match.closest.id})` : '';
  const tried = names.length > 1 ? ` (đã thử: ${names.map((n) => `“${n}”`).join(', ')})` : '';
  throw new LegacyError(
    'unknown-category',
    `Chuyên mục “${match.unknown}” không có trong content/categories${closest}${tried}. Ghi "category" cho "${key}" trong tệp overrides, thêm "${match.unknown}": "<mã chuyên mục>" vào content/.import/categories.json, chạy thử với --dry-run để có đề xuất cho mọi chuyên mục thiếu trong tệp đó, hoặc chạy với --create-categories để tạo mới (unknown category)`,
  );
}

/** The page's photos: each one taken (to be written with the entry) or reported; blocks get their file's address. */
async function choosePhotos(run: Run, file: string, facts: ReturnType<typeof readPage>, warn: (message: string) => void) {
  const taken: TakenPhoto[] = [];
  const blocks: typeof facts.blocks = [];
  for (const [i, block] of facts.blocks.entries()) {
    const image = block.kind === 'image' ? facts.images[block.image] : undefined;
    if (block.kind !== 'image' || !image) {
      blocks.push(block);
      continue;
    }
    const result = await takePhoto(image.src, file, undefined, run.folderOf.get(file), run.photoVerdicts);
    if (!result.ok) {
      warn(`Bỏ ảnh: ${result.reason}`);
      if (result.from) run.photosUsed.add(result.from);
      blocks.push(block);
      continue;
    }
    run.photosUsed.add(result.photo.from);
    if (!taken.some((t) => t.name === result.photo.name)) taken.push(result.photo);
    const next = facts.blocks[i + 1];
    const alt = image.alt || (next?.kind === 'caption' ? next.text : '') || facts.title;
    blocks.push({ ...block, src: result.photo.src, alt });
  }
  return { blocks, photos: taken };
}

/** The entry for a page: its category, tags, photos and file, and the JSON entries it needs created. */
async function buildEntry(
  run: Run,
  file: string,
  key: string,
  facts: ReturnType<typeof readPage>,
  override: Override | undefined,
  warn: (message: string) => void,
) {
  const { index, options } = run;
  const category = chooseCategory(run, key, facts, override, warn);

  const text = [facts.title, ...facts.blocks.map((b) => b.text)].join('\n');
  const units = findUnits(text, facts.published.date, options.dvhc);
  units.problems.forEach(warn);
  const wards = override?.wards ?? units.wards.map(wardEntryId);
  const districts = override?.districts ?? units.districts.map(districtEntryId);
  const scope = (c: CampaignInfo) => {
    let provinces = run.campaignScope.get(c.id);
    if (!provinces) run.campaignScope.set(c.id, (provinces = campaignProvinces(c, options.dvhc)));
    return provinces;
  };
  const campaigns = override?.campaigns ?? findCampaigns(text, facts.published.date, index.campaigns, { article: articleProvinces(units), campaign: scope });
  for (const id of campaigns) {
    if (!index.campaigns.some((c) => c.id === id))
      throw new LegacyError('unknown-reference', `Không có phong trào “${id}” trong content/campaigns (unknown campaign)`);
  }

  const { blocks, photos } = await choosePhotos(run, file, facts, warn);
  const id = chooseId(index, entryYear(facts.published), entrySlug(facts.title), index.bySource.get(key));
  // The body is written once every page of the run has its id (its links may lead to any of them).
  const render = (body: string) =>
    entryText({
      title: facts.title,
      summary: summarize(blocks, facts.title),
      published: facts.published,
      updated: facts.updated,
      category: category.id,
      wards,
      districts,
      campaigns,
      byline: facts.byline,
      source: facts.source,
      views: facts.views,
      url: facts.url,
      importedFrom: key,
      body,
    });
  return {
    id,
    blocks,
    render,
    photos,
    category,
    pending: [...(category.pending ? [category.pending] : []), ...unitEntries(run, wards, districts)],
  };
}

/** The import key of a page: its file name, prefixed with the source, in NFC. */
export function sourceKey(file: string, source?: string): string {
  return (source ? `${source}/${basename(file)}` : basename(file)).normalize('NFC');
}

/** A page read and decided, waiting for its body (phase 2: its links need every page's new address). */
interface Planned {
  file: string;
  key: string;
  id: string;
  url?: string;
  finish: () => FileReport;
}

/** Phase 1: read, check and place a page; a page that fails or is skipped is reported now. */
async function planFile(run: Run, file: string, seen: Map<string, string>): Promise<FileReport | Planned> {
  const { options, index } = run;
  const key = sourceKey(file, options.source);
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);

  const earlier = seen.get(key);
  if (earlier)
    throw new LegacyError(
      'duplicate-source',
      `Trùng tên tệp với ${earlier}: tên tệp là khóa nhập liệu, hãy đổi tên một trong hai, hoặc nhập từng cổng với --source riêng (duplicate file name)`,
    );
  seen.set(key, file);
  const override = options.overrides?.get(key) ?? options.overrides?.get(basename(file).normalize('NFC'));
  if (override?.skip)
    return {
      file,
      key,
      outcome: 'skipped',
      reason: typeof override.skip === 'string' ? override.skip : 'Bỏ qua theo tệp overrides (skipped by overrides)',
      warnings,
    };

  const facts = readPage(run, file, key, override, warn);
  const built = await buildEntry(run, file, key, facts, override, warn);
  const { id, blocks, render, category, pending } = built;
  // A photo's bytes are read again when the entry is written: an archive's photos are not all held in memory between the phases.
  const photos = built.photos.map(({ bytes, ...photo }) => ({
    ...photo,
    load: isAbsolute(photo.from) && existsSync(photo.from) ? () => readFileSync(photo.from) : () => bytes,
  }));
  const entry = `news/${id}.md`;
  const photoDir = `news/${id.split('/')[0]}/${NEWS_MEDIA_FOLDER}`;
  const photoPaths = photos.map((p) => `${photoDir}/${p.name}`);
  const report = (outcome: Outcome, extra: Partial<FileReport> = {}): FileReport => ({
    file,
    key,
    outcome,
    entry,
    ...(photoPaths.length ? { photos: photoPaths } : {}),
    ...extra,
    warnings,
  });
  const previous = index.bySource.get(key);
  const current = previous ? readFileSync(join(index.root, previous), 'utf8') : undefined;
  if (previous && current !== undefined && !options.force && !isUnedited(current)) {
    // Edited since it was imported: left alone, at its own address (links to it lead there).
    index.bySource.set(key, previous);
    return {
      ...report('skipped', { entry: previous, reason: 'Bài đã được sửa sau khi nhập; dùng --force để ghi đè (edited since import)' }),
      id: previous.replace(/^news\//, '').replace(/\.mdx?$/, ''),
      url: facts.url,
    } as FileReport & { id: string; url?: string };
  }
  index.newsIds.add(id);

  const finish = (): FileReport => {
    const linked = resolveLinks(blocks, facts.url, run.urls);
    if (linked.unresolved.length) {
      warn(
        `Liên kết tới cổng cũ thành chữ thường vì trang đích không được nhập: ${linked.unresolved.map((u) => `“${u}”`).join(', ')} (links to pages not imported left as text)`,
      );
    }
    for (const r of linked.redirects) if (!run.redirects.some((x) => x.from === r.from)) run.redirects.push(r);
    const body = blocksToMarkdown(linked.blocks);
    if (body === '') warn('Bài không có nội dung (empty body)');
    const output = render(body);
    const missingPhotos = photos.filter((p) => !existsSync(join(index.root, photoDir, p.name)));
    if (previous && previous === entry && current === output && missingPhotos.length === 0) return report('unchanged');

    // The entries and photos an article refers to are written with it, never for a page that failed.
    run.created.push(...writeMissing(run, pending));
    if (pending.some((p) => p.collection !== 'categories') && !options.dryRun && ensureDvhcNotice(index.root, options.dvhc.license))
      run.created.push(DVHC_NOTICE);
    for (const p of pending) if (p.collection !== 'categories') index[p.collection].add(p.id);
    index.categories.set(nameKey(category.name), category.id).set(category.id, category.id);
    if (!index.categoryList.some((c) => c.id === category.id)) index.categoryList.push({ id: category.id, name: category.name });
    for (const photo of missingPhotos) put(run, join(index.root, photoDir, photo.name), photo.load());
    put(run, join(index.root, entry), output);
    index.bySource.set(key, entry);
    if (previous && previous !== entry) {
      // The title changed: the entry moves, so the old file goes (it was ours and unedited, or --force).
      if (!options.dryRun) rmSync(join(index.root, previous), { force: true });
      index.newsIds.delete(previous.replace(/^news\//, '').replace(/\.mdx?$/, ''));
    }
    return report(previous ? 'updated' : 'imported');
  };
  return { file, key, id, url: facts.url, finish };
}

export async function importPages(options: ImportOptions): Promise<ImportReport> {
  // Half-written files of an earlier, interrupted run (a dry run writes nothing, and removes nothing).
  if (!options.dryRun) sweepTemporaries(options.contentRoot);
  const { files, missing, others, photos, folderOf } = collectInputs(options.inputs);
  const run: Run = {
    options,
    index: scanContent(options.contentRoot),
    created: [],
    planned: new Set(),
    photosUsed: new Set(),
    campaignScope: new Map(),
    folderOf,
    urls: new UrlIndex(),
    redirects: [],
    unknownCategories: new Map(),
    photoVerdicts: new Map(),
  };
  const reports: FileReport[] = missing.map((file) => ({ file, outcome: 'failed', reason: 'Không tìm thấy tệp hay thư mục (not found)', warnings: [] }));
  const seen = new Map<string, string>();
  const failed = (file: string, error: unknown): FileReport => ({
    file,
    key: sourceKey(file, options.source),
    outcome: 'failed',
    reason: error instanceof LegacyError ? error.message : `Lỗi khi đọc hoặc ghi: ${(error as Error).message} (I/O error)`,
    warnings: [],
  });
  // Phase 1: every page read and given its address; phase 2: bodies written, links led to the new addresses.
  const results: (FileReport | Planned)[] = [];
  for (const [i, file] of files.entries()) {
    try {
      results.push(await planFile(run, file, seen));
    } catch (error) {
      results.push(failed(file, error));
    }
    options.onProgress?.(i + 1, files.length);
  }
  for (const r of results) {
    const planned = r as Partial<Planned>;
    if (planned.id) run.urls.add(planned.url, planned.id);
  }
  for (const { url, id } of run.index.legacyUrls) run.urls.add(url, id);
  for (const r of results) {
    if (!('finish' in r)) {
      const { id: _id, url: _url, ...report } = r as FileReport & { id?: string; url?: string };
      reports.push(report);
      continue;
    }
    try {
      reports.push(r.finish());
    } catch (error) {
      reports.push(failed(r.file, error));
    }
  }
  const redirectsAdded = addRedirects(run);
  const notTaken = [...others];
  for (const photo of photos) {
    if (run.photosUsed.has(photo)) continue;
    notTaken.push({
      file: photo,
      reason: SAVED_ASSETS_FOLDER.test(photo)
        ? 'Ảnh của trang đã lưu nhưng nằm ngoài nội dung bài (logo, biểu ngữ, hộp bên), không nhập (photo outside the article)'
        : 'Ảnh không thuộc trang nào được nhập (photo no imported page uses)',
    });
  }
  notTaken.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    ...(options.dryRun ? { dryRun: true } : {}),
    ...(options.source ? { source: options.source } : {}),
    files: reports,
    notTaken,
    created: run.created,
    ...(redirectsAdded.length ? { redirects: redirectsAdded } : {}),
    ...(run.unknownCategories.size ? { categoryProposals: [...run.unknownCategories.values()] } : {}),
  };
}

/** The file of redirects the site builds (src/build/redirects.ts), inside the content root. */
export const REDIRECTS_FILE = 'redirects.json';

/**
 * Add the run's redirects (old addresses that links led to imported pages)
 * to content/redirects.json, keeping every entry there; an old address it
 * already has is left as it is. Returns the entries added (or that would
 * be, in a dry run).
 */
function addRedirects(run: Run): RedirectEntry[] {
  if (run.redirects.length === 0) return [];
  const path = join(run.index.root, REDIRECTS_FILE);
  let data: { redirects: Record<string, unknown>[] } = { redirects: [] };
  if (existsSync(path)) {
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as { redirects?: unknown };
      if (!Array.isArray(parsed.redirects)) return [];
      data = parsed as typeof data;
    } catch {
      // The build names what is wrong with the file; the importer does not overwrite it.
      return [];
    }
  }
  const have = new Set(data.redirects.map((r) => r.from));
  const added = run.redirects.filter((r) => !have.has(r.from));
  if (added.length === 0) return [];
  data.redirects.push(...added.map((r) => ({ ...r, reason: 'Liên kết trong bài nhập từ cổng cũ (importer)' })));
  put(run, path, `${JSON.stringify(data, null, 2)}\n`);
  return added;
}

export { countOutcomes, formatReport, markdownReport } from './report.ts';
