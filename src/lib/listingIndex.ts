/**
 * Every listing of the site computed in one pass over the articles: by ward
 * (with successors), district, campaign, category and year, and each
 * article's related articles. Pure. The per-list functions of listings.ts
 * (byWard, related, …) scan every article for every list, which is quadratic
 * at archive size (10,000 articles × 10,000 for related alone); this builds
 * the same lists, in the same order, from inverted indexes.
 */
import { newestFirst } from './publishing.ts';
import { vnYear } from './dates.ts';
import { wardsForListing, type WardRecord } from './wards.ts';
import type { Listed } from './listings.ts';

type Ref = { id: string } | string;
const refId = (ref: Ref) => (typeof ref === 'string' ? ref : ref.id);

export interface ListingIndex<T extends Listed> {
  /** Newest first, like byWard(): tagged with the ward or with a historic unit that became part of it. */
  byWard(id: string): readonly T[];
  byDistrict(id: string): readonly T[];
  byCampaign(id: string): readonly T[];
  byCategory(id: string): readonly T[];
  byYear(year: number): readonly T[];
  /** The same list as related(article, items, wards, limit). */
  related(article: T): readonly T[];
}

function push<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * Build the index. `items` may be in any order; every list comes out newest
 * first (ties by id), as the listings.ts functions return them.
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
  // groups, so score group pairs once and merge the best groups' newest-first lists.
  const relatedOfGroup = new Map<string, T[]>();
  const groupList = [...groups.entries()];
  const bestFor = (key: string, own: { campaigns: string[]; places: string[] }): T[] => {
    let best = relatedOfGroup.get(key);
    if (best) return best;
    const campaigns = new Set(own.campaigns);
    const places = new Set(own.places);
    const scored: { score: number; items: T[] }[] = [];
    for (const [, other] of groupList) {
      let score = 0;
      for (const c of other.campaigns) if (campaigns.has(c)) score += 2;
      for (const w of other.places) if (places.has(w)) score += 1;
      if (score > 0) scored.push({ score, items: other.items });
    }
    scored.sort((a, b) => b.score - a.score);
    // One more than the limit, so an article can drop itself and still have `limit`.
    const want = relatedLimit + 1;
    best = [];
    for (let i = 0; i < scored.length && best.length < want; ) {
      let j = i;
      const tier: T[] = [];
      while (j < scored.length && scored[j]!.score === scored[i]!.score) tier.push(...scored[j++]!.items.slice(0, want));
      tier.sort(newestFirst);
      best.push(...tier.slice(0, want - best.length));
      i = j;
    }
    relatedOfGroup.set(key, best);
    return best;
  };

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
      return bestFor(key, own)
        .filter((a) => a.id !== article.id)
        .slice(0, relatedLimit);
    },
  };
}
