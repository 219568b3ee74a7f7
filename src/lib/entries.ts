/**
 * The shapes pages read from validated entries. The field builders in
 * src/schema produce their zod objects dynamically, so Astro infers only
 * `Record<string, unknown>` for entry data; these interfaces state what the
 * validated data looks like (src/schema stays the one definition of each
 * field and its rules; this is only its TypeScript view for the pages).
 */
import type { ImageMetadata } from 'astro';

export interface Ref<C extends string = string> {
  collection: C;
  id: string;
}

export interface NewsData {
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt?: Date;
  changes: { date: Date; note: string }[];
  category: Ref<'categories'>;
  wards: Ref<'wards'>[];
  districts: Ref<'districts'>[];
  campaigns: Ref<'campaigns'>[];
  byline?: string;
  source?: string;
  cover?: { image: ImageMetadata; alt: string; caption?: string; credit?: string };
  featured: boolean;
  draft: boolean;
  status: 'published' | 'withdrawn';
  withdrawnReason?: string;
  legacy?: { views?: number; url?: string; importedFrom?: string; dateOnly?: boolean; checksum?: string };
}

export interface CampaignData {
  name: string;
  theme?: string;
  level: string;
  launchedBy: string;
  period: { start: Date; end?: Date };
  cover?: { image: ImageMetadata; alt: string };
  wards: Ref<'wards'>[];
  aliases: string[];
}

export interface AlbumPhoto {
  image: ImageMetadata;
  alt: string;
  caption?: string;
}

export interface AlbumData {
  title: string;
  publishedAt: Date;
  photos: AlbumPhoto[];
  photographer?: string;
  description?: string;
  articles: Ref<'news'>[];
  wards: Ref<'wards'>[];
  campaign?: Ref<'campaigns'>;
  draft: boolean;
}

export interface CategoryData {
  name: string;
  description?: string;
  order?: number;
}

interface CodeName {
  code: string;
  name: string;
}

export interface WardData {
  code: string;
  type: string;
  name: string;
  label: string;
  province: CodeName;
  district?: CodeName;
  status: 'current' | 'historic';
  successors: { ward: Ref<'wards'>; whole: boolean }[];
}

export interface DistrictData {
  code: string;
  type: string;
  name: string;
  label: string;
  province: CodeName;
}

/** An entry as the pages use it: id, typed data, and (for Markdown) the entry Astro renders. */
export interface Entry<D> {
  id: string;
  data: D;
  filePath?: string;
}
