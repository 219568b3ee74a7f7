import { describe, expect, it } from 'vitest';
import { buildListingIndex } from './listingIndex.ts';
import { newestFirst } from './publishing.ts';
import { byCampaign, byCategory, byDistrict, byWard, byYear, related, type Listed } from './listings.ts';
import type { WardRecord } from './wards.ts';

const hn = { code: '01', name: 'Thành phố Hà Nội' };
const wards: WardRecord[] = [
  { id: 'w1', type: 'phuong', name: 'Một', status: 'current', province: hn },
  { id: 'w2', type: 'phuong', name: 'Hai', status: 'current', province: hn },
  { id: 'w3', type: 'phuong', name: 'Ba', status: 'current', province: hn },
  { id: 'h1', type: 'phuong', name: 'Một', status: 'historic', province: hn, successors: [{ ward: { collection: 'wards', id: 'w1' }, whole: true }, { ward: { collection: 'wards', id: 'w2' }, whole: true }] },
  { id: 'h2', type: 'xa', name: 'Bốn', status: 'historic', province: hn, successors: [{ ward: { collection: 'wards', id: 'w3' }, whole: true }] },
];

/** A deterministic pseudo-random archive: tags drawn from small pools so that lists overlap and ties happen. */
function archive(n: number, seed = 7): Listed[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(pool: T[], max: number) => pool.filter(() => rnd() < max / pool.length);
  return Array.from({ length: n }, (_, i) => ({
    id: `${2010 + (i % 15)}/a-${i}`,
    data: {
      // Coarse dates so that many articles tie on time and the id decides.
      publishedAt: new Date(Date.UTC(2010 + Math.floor(rnd() * 15), Math.floor(rnd() * 12), 1, 17)),
      category: { id: `c${Math.floor(rnd() * 4)}` },
      wards: pick(['w1', 'w2', 'w3', 'h1', 'h2'], 1.5).map((id) => ({ id })),
      districts: pick(['d1', 'd2'], 0.8).map((id) => ({ id })),
      campaigns: pick(['k1', 'k2', 'k3'], 1).map((id) => ({ id })),
    },
  }));
}

describe('the one-pass listing index', () => {
  const items = archive(400);
  const index = buildListingIndex(items, wards);

  it('changes no older article\'s related articles when a new one is published (incremental builds copy those pages)', () => {
    const newest = { id: '2026/moi', data: { ...items[0]!.data, publishedAt: new Date(Date.UTC(2026, 0, 1)), campaigns: [{ id: 'k1' }], wards: [{ id: 'w1' }] } };
    const after = buildListingIndex([...items, newest], wards);
    const changed = items.filter((a) => after.related(a).map((r) => r.id).join() !== index.related(a).map((r) => r.id).join());
    // Only articles with fewer than five earlier related ones may take the new one in.
    for (const a of changed) expect(index.related(a).filter((r) => newestFirst(a, r) < 0).length, a.id).toBeLessThan(5);
    expect(changed.length).toBeLessThan(items.length / 20);
    expect(after.related(newest).every((r) => newestFirst(newest, r) < 0)).toBe(true);
  });

  it('lists exactly what the per-list functions list, in the same order', () => {
    for (const w of wards) expect(index.byWard(w.id)).toEqual(byWard(items, w.id, wards));
    for (const d of ['d1', 'd2', 'none']) expect(index.byDistrict(d)).toEqual(byDistrict(items, d));
    for (const c of ['k1', 'k2', 'k3']) expect(index.byCampaign(c)).toEqual(byCampaign(items, c));
    for (const c of ['c0', 'c1', 'c2', 'c3']) expect(index.byCategory(c)).toEqual(byCategory(items, c));
    for (let y = 2009; y <= 2025; y++) expect(index.byYear(y)).toEqual(byYear(items, y));
  });

  it('finds the same related articles as related() for every article', () => {
    for (const article of items) expect(index.related(article).map((a) => a.id)).toEqual(related(article, items, wards, 5).map((a) => a.id));
  });

  it('compares an article that is not listed (a withdrawn notice) too', () => {
    const outside: Listed = { id: '2020/go', data: { publishedAt: new Date(), category: { id: 'c0' }, wards: [{ id: 'h1' }], campaigns: [{ id: 'k2' }] } };
    expect(index.related(outside as (typeof items)[number]).map((a) => a.id)).toEqual(related(outside, items, wards, 5).map((a) => a.id));
  });

  it('gives empty lists for unknown keys', () => {
    expect(index.byWard('nowhere')).toEqual([]);
    expect(index.byYear(1990)).toEqual([]);
  });
});
