/**
 * The shapes pages read from validated entries: aliases of the types the
 * schema itself gives (src/schema/collections.ts EntryData, inferred from
 * the field builders), kept under the names the pages import.
 */
import type { EntryData } from '../schema/collections.ts';

export type NewsData = EntryData<'news'>;
export type CampaignData = EntryData<'campaigns'>;
export type CategoryData = EntryData<'categories'>;
export type WardData = EntryData<'wards'>;
export type DistrictData = EntryData<'districts'>;
export type AlbumData = EntryData<'albums'>;
export type AlbumPhoto = AlbumData['photos'][number];
