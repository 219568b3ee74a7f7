/**
 * Every listing of the site computed in one pass over the articles: by ward
 * (with successors), district, campaign, category and year, and each
 * article's related articles. Pure. Reading each list's rule plainly (scan
 * every article for every list: listingIndex.test.ts keeps that as the
 * reference) is quadratic at archive size (10,000 articles × 10,000 for
 * related alone); this builds the same lists, in the same order, from
 * inverted indexes.
 */
import { newestFirst } from './publishing.ts';
import { vnYear } from './dates.ts';
import { wardsForListing, type WardRecord } from './wards.ts';
import type { Listed } from './listings.ts';

type Ref = { id: string } | string;
const refId = (ref: Ref) => (typeof ref === 'string' ? ref : ref.id);

export interface ListingIndex<T extends Listed> {
  /** Newest first: tagged with the ward or with a historic unit that became part of it. */
  byWard(id: string): readonly T[];
  byDistrict(id: string): readonly T[];
  byCampaign(id: string): readonly T[];
  byCategory(id: string): readonly T[];
  byYear(year: number): readonly T[];
  /**
   * Sharing a campaign or a ward (a historic ward counts as the current wards it became part of): those
   * published before the article first, more shared first, then the nearest in time; those published
   * after it only when there are fewer than the limit. So publishing a new article changes no older
   * article's list (an incremental build re-renders no old page for it).
   */
  related(article: T): readonly T[];
}

function push<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * Build the index. `items` may be in any order; every list comes out newest
 * first (ties by id).
 */
export function buildListingIndex<T extends Listed>(items: readonly T[], wards: readonly WardRecord[], relatedLimit = 5): ListingIndex<T> {
  const sorted = [...items].sort(newestFirst);
  const byWard = new Map<string, T[]>();
  const byDistrict = new Map<string, T[]>();
  const byCampaign = new Map<string, T[]>();
  const byCategory = new Map<string, T[]>();
  const byYear = new Map<number, T[]>();
  const relatedKey = (item: Listed) => {
    const places = wardsForListing((item.data.wards ?? []).map(refId), wards);
    const campaigns = (item.data.campaigns ?? []).map(refId);
    return { places, campaigns, key: `${campaigns.join(',')}|${places.join(',')}` };
  };
  /** Articles grouped by what related() compares: their campaigns and listing wards. */
  const groups = new Map<string, { campaigns: string[]; places: string[]; items: T[] }>();
  const groupOf = new Map<T, string>();

  for (const item of sorted) {
    const { places, campaigns, key } = relatedKey(item);
    for (const w of places) push(byWard, w, item);
    for (const d of new Set((item.data.districts ?? []).map(refId))) push(byDistrict, d, item);
    for (const c of new Set(campaigns)) push(byCampaign, c, item);
    push(byCategory, refId(item.data.category), item);
    push(byYear, vnYear(item.data.publishedAt), item);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { campaigns, places, items: [] }));
    group.items.push(item);
    groupOf.set(item, key);
  }

  // related() scores a pair by 2 × shared campaigns (counted on the candidate's
  // list, repeats included) + shared listing wards. That depends only on the two
  // groups, so the scored groups are found once per group (tiers of equal score);
  // each article then takes, from each group of a tier, the items nearest to it
  // in time on the side it needs (a binary search in the group's newest-first list).
  const tiersOfGroup = new Map<string, T[][][]>();
  const groupList = [...groups.values()];
  // Which groups (by place in groupList) hold a campaign or a listing ward, with how many times it is listed:
  // a group is scored against those it shares something with, not against every group (thousands at 10,000 articles).
  const holders = (pick: (group: (typeof groupList)[number]) => string[]) => {
    const map = new Map<string, Map<number, number>>();
    groupList.forEach((group, i) => {
      for (const id of pick(group)) {
        const counts = map.get(id) ?? map.set(id, new Map()).get(id)!;
        counts.set(i, (counts.get(i) ?? 0) + 1);
      }
    });
    return map;
  };
  const campaignHolders = holders((group) => group.campaigns);
  const placeHolders = holders((group) => group.places);
  const tiersFor = (key: string, own: { campaigns: string[]; places: string[] }): T[][][] => {
    let tiers = tiersOfGroup.get(key);
    if (tiers) return tiers;
    const scores = new Map<number, number>();
    const add = (held: Map<string, Map<number, number>>, ids: Iterable<string>, weight: number) => {
      for (const id of ids) for (const [i, n] of held.get(id) ?? []) scores.set(i, (scores.get(i) ?? 0) + weight * n);
    };
    add(campaignHolders, new Set(own.campaigns), 2);
    add(placeHolders, new Set(own.places), 1);
    const byScore = new Map<number, T[][]>();
    // In the groups' own order within a tier, as scanning them all would give.
    for (const i of [...scores.keys()].sort((a, b) => a - b)) push(byScore, scores.get(i)!, groupList[i]!.items);
    tiers = [...byScore.entries()].sort((a, b) => b[0] - a[0]).map(([, lists]) => lists);
    tiersOfGroup.set(key, tiers);
    return tiers;
  };
  /** Index of the first item of `list` (newest first) that comes after `article` in that order. */
  const olderFrom = (list: readonly T[], article: Listed) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newestFirst(list[mid]!, article as T) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /**
   * The `need` items of a tier nearest to `article` on one side, nearest first: each list (newest
   * first) is walked from the article's place outwards, and stops at the first item that cannot
   * beat the ones already kept (the lists are in the same order), instead of taking `relatedLimit`
   * from every list and sorting them all (the tiers of a large archive hold hundreds of lists).
   */
  const nearest = (article: Listed, tier: readonly T[][], older: boolean, need: number): T[] => {
    const order = older ? newestFirst : (a: T, b: T) => newestFirst(b, a);
    const kept: T[] = [];
    for (const list of tier) {
      const at = olderFrom(list, article);
      for (let i = older ? at : at - 1; older ? i < list.length : i >= 0; i += older ? 1 : -1) {
        const item = list[i]!;
        if (item.id === article.id) continue;
        if (kept.length === need && order(item, kept[need - 1]!) >= 0) break;
        let place = kept.length;
        while (place > 0 && order(item, kept[place - 1]!) < 0) place--;
        kept.splice(place, 0, item);
        if (kept.length > need) kept.pop();
      }
    }
    return kept;
  };
  const relatedOf = (article: Listed, tiers: T[][][]): T[] => {
    const out: T[] = [];
    // First the older ones, nearest first; then, if too few, the newer ones, nearest first.
    for (const older of [true, false]) {
      for (const tier of tiers) {
        if (out.length >= relatedLimit) return out;
        out.push(...nearest(article, tier, older, relatedLimit - out.length));
      }
    }
    return out;
  };
  // Asked for by an article's key and again by its page: computed once.
  const relatedMemo = new WeakMap<Listed, T[]>();

  const empty: readonly T[] = [];
  return {
    byWard: (id) => byWard.get(id) ?? empty,
    byDistrict: (id) => byDistrict.get(id) ?? empty,
    byCampaign: (id) => byCampaign.get(id) ?? empty,
    byCategory: (id) => byCategory.get(id) ?? empty,
    byYear: (year) => byYear.get(year) ?? empty,
    related: (article) => {
      // An article outside `items` (a withdrawn notice) is compared all the same.
      const own = groupOf.has(article) ? groups.get(groupOf.get(article)!)! : relatedKey(article);
      const key = groupOf.get(article) ?? relatedKey(article).key;
      let list = relatedMemo.get(article);
      if (!list) relatedMemo.set(article, (list = relatedOf(article, tiersFor(key, own))));
      return list;
    },
  };
}
