/**
 * What an article is about: the wards, districts and provinces it names and
 * the campaigns it reports on.
 *
 * Place names repeat across the country (“Phúc Lợi” is a ward of Hà Nội and a
 * commune of Yên Bái and of Nghệ An), so a name is resolved with its context:
 * - the unit type written before it (“phường Phúc Lợi” is not “xã Phúc Lợi”);
 * - the era: an article from before 1 July 2025 names the old units, a later
 *   one the new units;
 * - the district and province names elsewhere in the article.
 * A name that stays ambiguous, or that the dataset does not know, is reported
 * and never guessed.
 */
import {
  districtEntryId,
  nameKey,
  provinceShortName,
  wardEntryId,
  wardFromEntryId,
  wardFullName,
  type DistrictUnit,
  type Dvhc,
  type Era,
  type WardUnit,
} from './dvhc.ts';
import { fromVnParts } from '../lib/dates.ts';
import type { DistrictType, WardType } from '../schema/options.ts';

/** The 2025 reorganisation took effect on 1 July 2025. */
export const REORGANISATION = fromVnParts(2025, 7, 1)!;

export function eraOf(date: Date): Era {
  return date < REORGANISATION ? 'old' : 'new';
}

/**
 * Old and new spellings put the tone on different vowels (“Hoà”/“Hòa”,
 * “Thuỷ”/“Thủy”); bring both to one placement so exact comparison works.
 */
const TONE_PLACEMENT = [/([oO])([àáảãạèéẻẽẹ])/g, /([uU])([ỳýỷỹỵ])/g];
export function placeTones(text: string): string {
  let out = text;
  for (const pattern of TONE_PLACEMENT) {
    out = out.replace(pattern, (_, vowel: string, toned: string) => {
      const [base, mark] = [...toned.normalize('NFD')] as [string, string];
      return `${(vowel + mark).normalize('NFC')}${base}`;
    });
  }
  return out;
}

/** Does `name` occur in `text` as whole words, case as written? */
function containsName(text: string, name: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(name, from);
    if (at < 0) return false;
    const before = text[at - 1];
    const after = text[at + name.length];
    if (!(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after))) return true;
    from = at + 1;
  }
}

type Kind = 'ward' | 'district' | 'city' | 'province';

/** Type words as written before a name, in the cases prose uses (ALL-CAPS text is not read). */
const TYPE_WORDS: [string, Kind, WardType | DistrictType | null][] = [
  ['phường', 'ward', 'phuong'],
  ['xã', 'ward', 'xa'],
  ['thị trấn', 'ward', 'thi-tran'],
  ['đặc khu', 'ward', 'dac-khu'],
  ['quận', 'district', 'quan'],
  ['quận ủy', 'district', 'quan'],
  ['huyện', 'district', 'huyen'],
  ['huyện ủy', 'district', 'huyen'],
  ['thị xã', 'district', 'thi-xa'],
  ['thị ủy', 'district', 'thi-xa'],
  ['thành phố', 'city', null],
  ['thành ủy', 'city', null],
  ['tp', 'city', null],
  ['tỉnh', 'province', null],
  ['tỉnh ủy', 'province', null],
];
const typeByWord = new Map(TYPE_WORDS.map(([word, kind, type]) => [word.toLowerCase(), { kind, type }]));
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const wordForms = TYPE_WORDS.flatMap(([w]) => [
  w,
  capitalised(w),
  w.split(' ').map(capitalised).join(' '),
  w.replace('ủy', 'uỷ'),
  capitalised(w.replace('ủy', 'uỷ')),
])
  .filter((w, i, all) => all.indexOf(w) === i)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, ' +'))
  .concat('TP\\.', 'Tp\\.', 'TP');
/** A type word, then a name starting with a capital or a digit (so “xã hội” is not a commune). */
const MENTION = new RegExp(`(?<![\\p{L}\\p{N}])(${wordForms.join('|')}) +(?=[\\p{Lu}\\d])(?=([^,;:()\\[\\]“”"!?\\n]{1,80}))`, 'gu');
/** Place names have at most this many words (“Văn Miếu - Quốc Tử Giám”). */
const NAME_WORDS = 6;

interface Mention {
  kind: Kind;
  type: WardType | DistrictType | null;
  /** Type word as written: “phường”. */
  typeWord: string;
  /** Words after the type word, up to the first punctuation. */
  words: string[];
}

export function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const typeWord = match[1]!.replace(/ +/g, ' ');
    const info = typeByWord.get(typeWord.toLowerCase().replace('uỷ', 'ủy').replace(/\.$/, ''));
    if (!info) continue;
    // “Quận ủy UBND quận”: an acronym after the type word is an organisation, not a place name.
    if (/^\p{Lu}{2,}$/u.test(match[2]!.split(' ')[0]!)) continue;
    // The name ends at a sentence end; “. ” inside a name only follows an initial (“N.T Phong Hải”).
    const words = match[2]!
      .replace(/\.\s.*$/u, '')
      .replace(/\.$/, '')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, NAME_WORDS);
    out.push({ kind: info.kind, type: info.type, typeWord, words });
  }
  return out;
}

export interface UnitTags {
  wards: WardUnit[];
  districts: DistrictUnit[];
  /** Province names (“Thành phố Hà Nội”) named in the text: context only, the model has no province tag. */
  provinces: string[];
  /** Names that could not be tied to one unit, for the report. */
  problems: string[];
}

/** The leading capitalised words of a mention, as the operator will recognise it. */
function shown(mention: Mention): string {
  const name: string[] = [];
  for (const w of mention.words) {
    if (!/^[\p{Lu}\d]/u.test(w) || name.length === 4) break;
    name.push(w);
  }
  return `${mention.typeWord} ${name.join(' ')}`;
}

/**
 * The longest run of the mention's words that is a known name for `has`,
 * with the words as written.
 */
function longestName(mention: Mention, has: (key: string) => boolean): string | null {
  for (let n = mention.words.length; n > 0; n--) {
    const written = mention.words.slice(0, n).join(' ');
    if (has(nameKey(written))) return written;
  }
  return null;
}

/** Keep the units spelled exactly as written when there are any (“Phú” vs “Phủ” fold alike). */
function sameSpelling<T extends { name: string }>(units: readonly T[], written: string): readonly T[] {
  const exact = units.filter((u) => placeTones(u.name) === placeTones(written));
  return exact.length ? exact : units;
}

/** The single best-scoring unit, or null on a tie or when nothing scores. */
function best<T>(units: readonly T[], score: (u: T) => number): T | null {
  let top: T | null = null;
  let topScore = 0;
  let tie = false;
  for (const u of units) {
    const s = score(u);
    if (s > topScore) [top, topScore, tie] = [u, s, false];
    else if (s === topScore && s > 0) tie = true;
  }
  return tie ? null : top;
}

export function findUnits(text: string, when: Date, dvhc: Dvhc): UnitTags {
  const era = eraOf(when);
  let prose: string | undefined;
  const mentions = findMentions(text);
  const problems: string[] = [];
  const provinces = new Set<string>();
  const districts = new Map<string, DistrictUnit>();
  const wards = new Map<string, WardUnit>();

  // Context is only looked up for names that repeat; most pages never need it.
  const named = (name: string) => containsName((prose ??= placeTones(text)), placeTones(name));
  const provinceNamed = (full: string) => provinces.has(full) || named(provinceShortName(full));

  // Provinces and cities first: they are the context for everything else.
  const cityMentions: Mention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'province' && m.kind !== 'city') continue;
    const written = longestName(m, (key) => dvhc.provincesNamed(key).length > 0);
    if (written) {
      const key = nameKey(written);
      const inEra = dvhc.provincesNamed(key, era);
      for (const p of inEra.length ? inEra : dvhc.provincesNamed(key)) provinces.add(p);
    } else if (m.kind === 'city') cityMentions.push(m);
    else problems.push(`Không có tỉnh này trong danh mục: “${shown(m)}” (unknown province)`);
  }

  const resolveDistrict = (m: Mention, type: DistrictType | null) => {
    const written = longestName(m, (key) => dvhc.districtsNamed(key).some((d) => !type || d.type === type));
    if (!written) {
      problems.push(`Không có quận/huyện này trong danh mục: “${shown(m)}” (unknown district)`);
      return;
    }
    const candidates = sameSpelling(
      dvhc.districtsNamed(nameKey(written)).filter((d) => !type || d.type === type),
      written,
    );
    const chosen = candidates.length === 1 ? candidates[0]! : best(candidates, (d) => (provinceNamed(d.province.name) ? 1 : 0));
    if (chosen) districts.set(districtEntryId(chosen), chosen);
    else problems.push(`Trùng tên, không rõ là đơn vị nào: “${shown(m)}” (${candidates.map((d) => d.province.name).join('; ')}) (ambiguous)`);
  };
  for (const m of mentions) if (m.kind === 'district') resolveDistrict(m, m.type as DistrictType);
  for (const m of cityMentions) resolveDistrict(m, 'thanh-pho');

  for (const m of mentions) {
    if (m.kind !== 'ward') continue;
    const type = m.type as WardType;
    const ofType = (key: string, e?: Era) => dvhc.wardsNamed(key, e).filter((u) => u.type === type);
    const written = longestName(m, (key) => ofType(key).length > 0);
    if (!written) {
      problems.push(`Không có phường/xã này trong danh mục: “${shown(m)}” (unknown ward)`);
      continue;
    }
    const key = nameKey(written);
    // A later article may still name an old unit (and the reverse): fall back to the other era.
    const inEra = ofType(key, era);
    const candidates = sameSpelling(inEra.length ? inEra : ofType(key), written);
    const chosen =
      candidates.length === 1
        ? candidates[0]!
        : best(candidates, (u) => {
            const district = u.district && (districts.has(districtEntryId(u.district)) || named(u.district.name)) ? 2 : 0;
            return district + (provinceNamed(u.province.name) ? 1 : 0);
          });
    if (chosen) wards.set(wardEntryId(chosen), chosen);
    else {
      const where = candidates.map((u) => (u.district ? `${u.district.name}, ${u.province.name}` : u.province.name)).join('; ');
      problems.push(`Trùng tên, không rõ là đơn vị nào: “${wardFullName({ type, name: written })}” (${where}) (ambiguous)`);
    }
  }
  return { wards: [...wards.values()], districts: [...districts.values()], provinces: [...provinces], problems: [...new Set(problems)] };
}

// ---------------------------------------------------------------------------
// Campaigns

export interface CampaignInfo {
  id: string;
  name: string;
  aliases: readonly string[];
  start?: Date;
  end?: Date;
  /** campaigns.level: 'toan-quoc', 'tinh-thanh', 'quan-huyen', 'phuong-xa'. */
  level?: string;
  /** Who launched it (“Thành phố Hà Nội”, “Ban Thường vụ Thành ủy Hà Nội”): where a local campaign belongs. */
  launchedBy?: string;
  /** Ward entry ids taking part. */
  wards?: readonly string[];
}

/**
 * The provinces a local campaign belongs to (folded short names: “ha noi”),
 * from the place its launcher names and the wards taking part; empty for a
 * national campaign or one whose place cannot be told.
 */
export function campaignProvinces(campaign: CampaignInfo, dvhc: Dvhc): string[] {
  if (!campaign.level || campaign.level === 'toan-quoc') return [];
  const out = new Set<string>();
  const when = campaign.start ?? new Date();
  if (campaign.launchedBy) {
    const units = findUnits(campaign.launchedBy, when, dvhc);
    for (const p of units.provinces) out.add(nameKey(provinceShortName(p)));
    for (const w of units.wards) out.add(nameKey(provinceShortName(w.province.name)));
    for (const d of units.districts) out.add(nameKey(provinceShortName(d.province.name)));
  }
  for (const id of campaign.wards ?? []) {
    const unit = wardFromEntryId(id, dvhc);
    if (unit) out.add(nameKey(provinceShortName(unit.province.name)));
  }
  return [...out].sort();
}

/** The provinces an article is about (folded short names), from the places it names. */
export function articleProvinces(units: UnitTags): string[] {
  const out = new Set<string>(units.provinces.map((p) => nameKey(provinceShortName(p))));
  for (const w of units.wards) out.add(nameKey(provinceShortName(w.province.name)));
  for (const d of units.districts) out.add(nameKey(provinceShortName(d.province.name)));
  return [...out].sort();
}

/** Reports on a campaign's results come out after it ends: accept articles up to a year later. */
const AFTER_END_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * Campaigns whose name or one of whose aliases the text contains (folded,
 * whole words), whose period covers the article (“năm kỷ cương hành chính”
 * in 2015 is not Hà Nội's 2017 campaign of that name), and, for a local
 * campaign, whose province is one the article is about (Hà Nội's campaign is
 * not an article of Đà Nẵng's, even within its period). An article that
 * names no place keeps the campaigns it names.
 */
export function findCampaigns(
  text: string,
  when: Date,
  campaigns: readonly CampaignInfo[],
  /** The article's provinces and each local campaign's (folded short names); a campaign of another province is left out. */
  scope?: { article: readonly string[]; campaign: (c: CampaignInfo) => readonly string[] },
): string[] {
  const folded = ` ${nameKey(text)} `;
  return campaigns
    .filter((c) => {
      if (c.start && when < c.start) return false;
      if (c.end && when.getTime() > c.end.getTime() + AFTER_END_MS) return false;
      if (scope && scope.article.length) {
        const own = scope.campaign(c);
        if (own.length && !own.some((p) => scope.article.includes(p))) return false;
      }
      return [c.name, ...c.aliases].some((phrase) => {
        const key = nameKey(phrase);
        return key !== '' && folded.includes(` ${key} `);
      });
    })
    .map((c) => c.id)
    .sort();
}
