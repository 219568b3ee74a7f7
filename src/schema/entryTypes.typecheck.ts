/**
 * What the entry types say, checked by `npm run check` (tsc): the shapes
 * pages read come from the schema, so a builder that lost a field's type,
 * its optionality or its default shows up here. No runtime code.
 */
import type { ImageMetadata } from 'astro';
import type { EntryData, EntryInput } from './collections.ts';
import type { Ref } from './fields.ts';

/** True when A and B are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const holds = <T extends true>(): T => true as T;

type News = EntryData<'news'>;
holds<Equal<News['title'], string>>();
holds<Equal<News['publishedAt'], Date>>();
holds<Equal<News['updatedAt'], Date | undefined>>();
holds<Equal<News['category'], Ref<'categories'>>>();
holds<Equal<News['wards'], Ref<'wards'>[]>>();
holds<Equal<News['status'], 'published' | 'withdrawn'>>();
holds<Equal<News['featured'], boolean>>();
holds<Equal<NonNullable<News['cover']>['image'], ImageMetadata>>();
holds<Equal<NonNullable<News['cover']>['caption'], string | undefined>>();
holds<Equal<NonNullable<News['legacy']>['dateOnly'], boolean>>();
holds<Equal<News['changes'], { date: Date; note: string }[]>>();
// Optional fields are optional keys, not required keys that may be undefined.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- {} is the object with no keys: it extends only a type whose keys are all optional.
holds<Equal<{} extends Pick<News, 'cover' | 'byline' | 'withdrawnReason'> ? true : false, true>>();

type Ward = EntryData<'wards'>;
holds<Equal<Ward['type'], 'phuong' | 'xa' | 'thi-tran' | 'dac-khu'>>();
holds<Equal<Ward['district'], { code: string; name: string } | undefined>>();
holds<Equal<Ward['successors'], { ward: Ref<'wards'>; whole: boolean }[]>>();

// What a ward file holds (scripts write it): ids as strings, defaults may be left out.
type WardFile = EntryInput<'wards'>;
holds<Equal<NonNullable<WardFile['successors']>[number]['ward'], string>>();
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- as above.
holds<Equal<{} extends Pick<WardFile, 'successors' | 'district'> ? true : false, true>>();

type Campaign = EntryData<'campaigns'>;
holds<Equal<Campaign['level'], 'phuong-xa' | 'quan-huyen' | 'tinh-thanh' | 'toan-quoc'>>();
holds<Equal<Campaign['period'], { start: Date; end?: Date | undefined }>>();
holds<Equal<EntryData<'categories'>['order'], number | undefined>>();
