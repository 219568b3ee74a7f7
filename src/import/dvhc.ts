/**
 * The administrative-unit dataset (data/dvhc-2025.json.gz, shipped with the
 * project; dvhcFile.ts reads it): indexed by code and by folded name, and
 * turned into the ward and district entries of content/wards and
 * content/districts. Pure: no file system. Those entries are derived
 * from here by scripts (scripts/units.ts, the importer), never typed by hand.
 *
 * Two eras: `old` units existed before 1 July 2025 (with districts), `new`
 * units after. Codes are reused across eras (old Phúc Lợi and new Phúc Lợi
 * are both 00136), so an entry id carries the era: historic ids have `-cu-`.
 */
import { foldVietnamese, slugify } from '../lib/vietnamese.ts';
import { DISTRICT_TYPES, optionLabel, WARD_TYPES, type DistrictType, type WardType } from '../schema/options.ts';
import type { EntryInput } from '../schema/collections.ts';

interface CodeName {
  code: string;
  name: string;
}

/** The file as published (see data/README.md); dvhcFile.ts reads it. Everything here is pure. */
export interface DvhcFile {
  about?: string;
  license?: string;
  old: { code: string; type: string | null; name: string; district: CodeName; province: CodeName; successors: (CodeName & { whole: boolean })[] }[];
  new: { code: string; type: string | null; name: string; province: CodeName; predecessors: (CodeName & { whole: boolean })[] }[];
}

export type Era = 'old' | 'new';

/** A district (quận/huyện/thị xã/thành phố thuộc tỉnh); they all belong to the old era. */
export interface DistrictUnit {
  code: string;
  /** null for the few rows whose "district" is not one of the four kinds. */
  type: DistrictType | null;
  /** Name without its type: “Long Biên”. */
  name: string;
  province: CodeName;
}

/** A commune-level unit of either era. */
export interface WardUnit {
  era: Era;
  code: string;
  type: WardType;
  /** Name without its type: “Phúc Lợi”. */
  name: string;
  province: CodeName;
  /** Old units only. */
  district?: DistrictUnit;
  /** Old units: the new units (by new code) they went into. */
  successors: { code: string; whole: boolean }[];
  /** New units: the old units (by old code) that went into them. */
  predecessors: { code: string; whole: boolean }[];
}

export interface Dvhc {
  /** The MIT notice that must travel with data taken from the dataset. */
  license: string;
  ward(era: Era, code: string): WardUnit | undefined;
  district(code: string): DistrictUnit | undefined;
  /** Units whose name (folded, see nameKey) is `key`, optionally of one era. */
  wardsNamed(key: string, era?: Era): readonly WardUnit[];
  districtsNamed(key: string): readonly DistrictUnit[];
  /** Province names (“Thành phố Hà Nội”) whose short name folds to `key`, per era. */
  provincesNamed(key: string, era?: Era): readonly string[];
}

/**
 * The matching key of a place name: folded (no marks, đ→d, lowercase) with
 * punctuation as single spaces, so “Hòa”/“Hoà”, “Văn Miếu - Quốc Tử Giám”
 * and “Ea H'leo” compare the way people type them.
 */
export function nameKey(text: string): string {
  // Short strings (names, menu lines) repeat across thousands of pages and are cached; long ones never repeat.
  if (text.length > KEY_CACHE_LENGTH) return fold(text);
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size >= KEY_CACHE_SIZE) keys.clear();
    key = fold(text);
    keys.set(text, key);
  }
  return key;
}
const fold = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const keys = new Map<string, string>();
const KEY_CACHE_LENGTH = 200;
const KEY_CACHE_SIZE = 100_000;

/** Unit types by the matching key of their label (“thi tran” → thi-tran): the labels of schema/options.ts, as the data spells them in any case. */
const WARD_TYPE_BY_KEY = new Map<string, WardType>(WARD_TYPES.map((t) => [nameKey(t.label), t.value]));
const DISTRICT_PREFIXES: [string, DistrictType][] = DISTRICT_TYPES.map((t) => [nameKey(t.label), t.value]);

/** Split “Quận Long Biên” into its type and short name (the data spells some types “Thị Xã”, “Thành Phố”). */
export function splitDistrictName(full: string): { type: DistrictType | null; name: string } {
  const words = full.trim().split(/\s+/);
  for (const [prefix, type] of DISTRICT_PREFIXES) {
    const n = prefix.split(' ').length;
    if (nameKey(words.slice(0, n).join(' ')) === prefix && words.length > n) return { type, name: words.slice(n).join(' ') };
  }
  return { type: null, name: full.trim() };
}

/** “Thành phố Hà Nội” → “Hà Nội”. */
export function provinceShortName(full: string): string {
  return full.replace(/^(Tỉnh|Thành phố)\s+/i, '');
}

function wardType(label: string | null, where: string): WardType {
  const type = label ? WARD_TYPE_BY_KEY.get(nameKey(label)) : undefined;
  if (!type) throw new Error(`dvhc: unit ${where} has an unknown type “${label}”`);
  return type;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Index the dataset: by code per era, by folded name, districts and provinces. */
export function indexDvhc(data: DvhcFile): Dvhc {
  const byCode = { old: new Map<string, WardUnit>(), new: new Map<string, WardUnit>() };
  const byName = new Map<string, WardUnit[]>();
  const districts = new Map<string, DistrictUnit>();
  const districtsByName = new Map<string, DistrictUnit[]>();
  const provinces = { old: new Map<string, Set<string>>(), new: new Map<string, Set<string>>() };

  const addProvince = (era: Era, full: string) => {
    const key = nameKey(provinceShortName(full));
    const set = provinces[era].get(key) ?? new Set<string>();
    set.add(full);
    provinces[era].set(key, set);
  };

  for (const row of data.old) {
    let district = districts.get(row.district.code);
    if (!district) {
      district = { code: row.district.code, ...splitDistrictName(row.district.name), province: row.province };
      districts.set(district.code, district);
      push(districtsByName, nameKey(district.name), district);
    }
    const unit: WardUnit = {
      era: 'old',
      code: row.code,
      type: wardType(row.type, row.code),
      name: row.name,
      province: row.province,
      district,
      successors: row.successors.map((s) => ({ code: s.code, whole: s.whole })),
      predecessors: [],
    };
    byCode.old.set(unit.code, unit);
    push(byName, nameKey(unit.name), unit);
    addProvince('old', row.province.name);
  }
  for (const row of data.new) {
    const unit: WardUnit = {
      era: 'new',
      code: row.code,
      type: wardType(row.type, row.code),
      name: row.name,
      province: row.province,
      successors: [],
      predecessors: row.predecessors.map((p) => ({ code: p.code, whole: p.whole })),
    };
    byCode.new.set(unit.code, unit);
    push(byName, nameKey(unit.name), unit);
    addProvince('new', row.province.name);
  }

  const none: readonly never[] = [];
  return {
    license: data.license ?? '',
    ward: (era, code) => byCode[era].get(code),
    district: (code) => districts.get(code),
    wardsNamed: (key, era) => {
      const all = byName.get(key) ?? none;
      return era ? all.filter((u) => u.era === era) : all;
    },
    districtsNamed: (key) => districtsByName.get(key) ?? none,
    provincesNamed: (key, era) => {
      const eras: Era[] = era ? [era] : ['old', 'new'];
      return [...new Set(eras.flatMap((e) => [...(provinces[e].get(key) ?? [])]))];
    },
  };
}

// ---------------------------------------------------------------------------
// Entries for content/wards and content/districts

/** “Phường Phúc Lợi” */
export function wardFullName(unit: Pick<WardUnit, 'type' | 'name'>): string {
  return `${optionLabel(WARD_TYPES, unit.type)} ${unit.name}`;
}

/** “Quận Long Biên”, with the type spelled one way whatever the data says. */
export function districtFullName(district: DistrictUnit): string {
  return district.type ? `${optionLabel(DISTRICT_TYPES, district.type)} ${district.name}` : district.name;
}

/** phuong-phuc-loi-00136 (current) or phuong-phuc-loi-cu-00136 (historic). */
export function wardEntryId(unit: WardUnit): string {
  return `${slugify(wardFullName(unit))}${unit.era === 'old' ? '-cu' : ''}-${unit.code}`;
}

/** quan-long-bien-004 */
export function districtEntryId(district: DistrictUnit): string {
  return `${slugify(districtFullName(district))}-${district.code}`;
}

/** A content/wards file as the schema reads it (src/schema/units.ts). */
export type WardEntryData = EntryInput<'wards'>;

/** A content/districts file as the schema reads it. */
export type DistrictEntryData = EntryInput<'districts'>;

/** The content/wards entry of a unit, keys in schema order (src/schema/units.ts). */
export function wardEntry(unit: WardUnit, dvhc: Dvhc): { id: string; data: WardEntryData } {
  const province = { code: unit.province.code, name: unit.province.name };
  if (unit.era === 'new') {
    return {
      id: wardEntryId(unit),
      data: { code: unit.code, type: unit.type, name: unit.name, label: `${wardFullName(unit)} – ${province.name}`, province, status: 'current' },
    };
  }
  const district = unit.district!;
  return {
    id: wardEntryId(unit),
    data: {
      code: unit.code,
      type: unit.type,
      name: unit.name,
      label: `${wardFullName(unit)} (cũ) – ${districtFullName(district)}, ${province.name}`,
      province,
      district: { code: district.code, name: districtFullName(district) },
      status: 'historic',
      successors: unit.successors.map((s) => {
        const next = dvhc.ward('new', s.code);
        if (!next) throw new Error(`dvhc: ${unit.code} ${unit.name} names an unknown new unit ${s.code}`);
        return { ward: wardEntryId(next), whole: s.whole };
      }),
    },
  };
}

/** The content/districts entry of a district; null when the data gives no recognisable type. */
export function districtEntry(district: DistrictUnit): { id: string; data: DistrictEntryData } | null {
  if (!district.type) return null;
  return {
    id: districtEntryId(district),
    data: {
      code: district.code,
      type: district.type,
      name: district.name,
      label: `${districtFullName(district)}, ${district.province.name}`,
      province: { code: district.province.code, name: district.province.name },
    },
  };
}

/**
 * A ward and what its entry needs to validate: a historic unit's successors
 * must exist as entries too. Returns entries keyed by id.
 */
export function wardEntriesWithSuccessors(unit: WardUnit, dvhc: Dvhc): Map<string, WardEntryData> {
  const out = new Map<string, WardEntryData>();
  const own = wardEntry(unit, dvhc);
  out.set(own.id, own.data);
  for (const s of unit.successors) {
    const next = dvhc.ward('new', s.code);
    if (next) {
      const entry = wardEntry(next, dvhc);
      out.set(entry.id, entry.data);
    }
  }
  return out;
}

/** A current unit, every historic unit that went into it, and their successors. */
export function wardEntriesWithPredecessors(unit: WardUnit, dvhc: Dvhc): Map<string, WardEntryData> {
  const out = wardEntriesWithSuccessors(unit, dvhc);
  for (const p of unit.predecessors) {
    const previous = dvhc.ward('old', p.code);
    if (previous) for (const [id, data] of wardEntriesWithSuccessors(previous, dvhc)) out.set(id, data);
  }
  return out;
}

/** JSON as the content folder keeps it: 2-space indent, trailing newline. */
export function formatEntryJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The unit behind a ward entry id (phuong-phuc-loi-cu-00136), if the id is one this module would give it. */
export function wardFromEntryId(id: string, dvhc: Dvhc): WardUnit | undefined {
  const match = /-(cu-)?(\d{5})$/.exec(id);
  const unit = match ? dvhc.ward(match[1] ? 'old' : 'new', match[2]!) : undefined;
  return unit && wardEntryId(unit) === id ? unit : undefined;
}

/** The district behind a district entry id (quan-long-bien-004). */
export function districtFromEntryId(id: string, dvhc: Dvhc): DistrictUnit | undefined {
  const match = /-(\d{3})$/.exec(id);
  const district = match ? dvhc.district(match[1]!) : undefined;
  return district && districtEntryId(district) === id ? district : undefined;
}
