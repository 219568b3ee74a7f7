/**
 * The names the search index and the search page agree on: filter, sort
 * and meta keys (written in Pagefind's attribute forms, see
 * index/pageRecord.ts), the values of the kind filter, the marker attribute
 * and where the bundle lives. SearchIndexData.astro writes them, indexer.ts
 * reads the marker and writes the bundle, engine.ts and client.ts read them
 * back; the tests build and check with them. No imports: the browser bundle
 * of the search page loads this.
 *
 * Filter keys are also the search page's URL parameters (?phuong=…), so
 * shared links depend on them: renaming one breaks every link already given out.
 */

/** Filters (the value is an entry id, a year or a kind). */
export const FILTER = {
  /** Tagged wards and the current wards historic ones became part of. */
  ward: 'phuong',
  /** Campaign ids (a campaign page: its own). */
  campaign: 'phong-trao',
  /** Category id. */
  category: 'chuyen-muc',
  /** Year of publication in Viet Nam. */
  year: 'nam',
  /** News or campaign page: shown on results, never offered as a filter. */
  kind: 'loai',
} as const;

/** The filters a reader chooses on the search page, in the form's order. */
export const FILTER_KEYS = [FILTER.ward, FILTER.campaign, FILTER.category, FILTER.year] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Values of the kind filter. */
export const KIND = { news: 'tin-tuc', campaign: 'phong-trao' } as const;
export type Kind = (typeof KIND)[keyof typeof KIND];

/** The sort key: publication moment, ISO 8601 with +07:00 (sorts as text). */
export const SORT_KEY = 'ngay';

/** Result metadata (Pagefind searches them all; SEARCHED_META gives the weights). */
export const META = {
  title: 'title',
  /** Publication date, indexed as one opaque word (dateWord). */
  date: 'ngay',
  /** Category name. */
  category: 'chuyen-muc',
  /** Tagged wards' names, “(cũ)” for historic units. */
  wards: 'phuong',
  /** Every place name of the tagged wards, old and new (lib/wards.ts placeNames). */
  places: 'noi',
} as const;

/**
 * Meta values whose words are searched, with each word's weight (body text
 * weighs 1, an h1 word 7): the title, so a title word outranks a passing
 * mention; ward, category and place names, so a place finds its articles
 * though they never write its name.
 */
export const SEARCHED_META: Readonly<Record<string, number>> = { [META.title]: 5, [META.category]: 1, [META.wards]: 1, [META.places]: 1 };

/** Pagefind's metaWeights: SEARCHED_META, and the date word weighs nothing. */
export const META_WEIGHTS: Readonly<Record<string, number>> = { ...SEARCHED_META, [META.date]: 0 };

/** The attribute of the element SearchIndexData writes: "index" for a public entry, "exclude" otherwise. */
export const MARKER_ATTRIBUTE = 'data-tin-phuong-search';
export const MARKER = { index: 'index', exclude: 'exclude' } as const;

/**
 * The Pagefind bundles' folder in the built site, and its URL. The newest
 * shard's bundle is the hub (its pagefind.js, worker and WebAssembly are the
 * only ones a reader loads), each older shard's bundle nested in it
 * (ShardManifest). Pagefind's own name, so `npx pagefind` users find it where they expect.
 */
export const BUNDLE_DIR = 'pagefind';
export const BUNDLE_URL = `/${BUNDLE_DIR}/`;

/** One Pagefind bundle: a run of consecutive publication years. */
export interface Shard {
  /** Its folder relative to the hub ("" for the hub, "nam-2014-2016/"). */
  dir: string;
  /** Its years, newest first. */
  years: string[];
}

/** An older shard's folder, relative to the hub: "nam-2024/", "nam-2014-2016/". */
export const shardDir = (years: readonly string[]) => `nam-${years.length > 1 ? `${years[years.length - 1]}-${years[0]}` : years[0]}/`;

/** The shards (newest first, the hub first) and the build's hash, in the hub. */
export const MANIFEST_FILE = 'tin-phuong.json';
export interface ShardManifest {
  shards: Shard[];
  /** Hash of every shard's records: changes when any bundle does (Pagefind's metaCacheTag). */
  build: string;
}

/** The site's vocabulary (spelling suggestions), written into the hub by indexer.ts. */
export const VOCABULARY_FILE = 'tin-phuong-tu-vung.json';

/**
 * The date meta as indexed: one opaque word ("d20150907"), since Pagefind
 * searches every meta value and "07/09/2015" would make the query "2015"
 * find every page of that year. Shown as "07/09/2015" (dateShown).
 */
export function dateWord(shown: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(shown);
  return m ? `d${m[3]}${m[2]}${m[1]}` : shown;
}
export function dateShown(word: string): string {
  const m = /^d(\d{4})(\d{2})(\d{2})$/.exec(word);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : word;
}
