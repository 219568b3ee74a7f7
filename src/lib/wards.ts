/**
 * Ward succession across the 1 July 2025 reorganisation, over the ward
 * entries the portal has (content/wards). Pure: takes plain ward records.
 */
import type { WardData } from './entries.ts';
import { optionLabel, WARD_TYPES } from '../schema/options.ts';

/** A ward entry as these helpers read it: its id and the fields they look at (a historic one has a district and successors). */
export type WardRecord = { id: string } & Pick<WardData, 'type' | 'name' | 'status' | 'province'> & Partial<Pick<WardData, 'district' | 'successors'>>;

/** “Phường Phúc Lợi”, with “(cũ)” for a historic unit. */
export function wardDisplayName(ward: Pick<WardRecord, 'type' | 'name' | 'status'>): string {
  const base = `${optionLabel(WARD_TYPES, ward.type)} ${ward.name}`;
  return ward.status === 'historic' ? `${base} (cũ)` : base;
}

/** Ids of the current units a historic unit became part of (none for a current unit). */
export function successorIds(ward: Pick<WardRecord, 'successors'>): string[] {
  return (ward.successors ?? []).map((s) => s.ward.id);
}

/** Ids of the historic units that went (wholly or partly) into `wardId`. */
export function predecessorIds(wardId: string, wards: readonly WardRecord[]): string[] {
  return wards.filter((w) => w.status === 'historic' && successorIds(w).includes(wardId)).map((w) => w.id);
}

/**
 * The ward ids an article tagged `tagged` belongs under when listing or
 * filtering: its own wards plus, for historic ones, their successors, so
 * choosing a current ward also finds its predecessors' articles.
 */
export function wardsForListing(tagged: readonly string[], wards: readonly WardRecord[]): string[] {
  const byId = new Map(wards.map((w) => [w.id, w]));
  const out = new Set<string>();
  for (const id of tagged) {
    out.add(id);
    const ward = byId.get(id);
    if (ward) for (const s of successorIds(ward)) out.add(s);
  }
  return [...out];
}

/**
 * Every place name an article tagged `tagged` belongs to, old and new: each
 * ward's name, its district and province; for a historic ward the wards it
 * became part of and their province; for a current ward the units that went
 * into it and their districts. Search finds the article by any of them, so
 * "Đà Nẵng" finds the articles of Đà Nẵng's wards and "Long Biên" those of
 * its old wards, though neither name is written in the article.
 */
export function placeNames(tagged: readonly string[], wards: readonly WardRecord[]): string[] {
  const byId = new Map(wards.map((w) => [w.id, w]));
  const names = new Set<string>();
  const add = (ward: WardRecord | undefined) => {
    if (!ward) return;
    names.add(wardDisplayName({ ...ward, status: 'current' }));
    if (ward.district?.name) names.add(ward.district.name);
    names.add(ward.province.name);
  };
  for (const id of tagged) {
    const ward = byId.get(id);
    if (!ward) continue;
    add(ward);
    for (const s of successorIds(ward)) add(byId.get(s));
    for (const p of predecessorIds(id, wards)) add(byId.get(p));
  }
  return [...names];
}
