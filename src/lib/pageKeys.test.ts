import { describe, expect, it } from 'vitest';
import { entryKey, hashOf, listedKey, pageKeys } from './pageKeys.ts';
import type { SiteData } from './data.ts';
import { pageNav, paginate, type Page } from './listings.ts';
import { pageUrl } from './routes.ts';

/** An entry as getCollection gives it, enough for keys. */
const entry = (id: string, data: Record<string, unknown> = {}, digest = `d-${id}`) => ({
  id,
  digest,
  data: { title: id, ...data },
  rendered: { html: `<p>${id}</p>`, metadata: {} },
});
type E = ReturnType<typeof entry>;

/** The parts of SiteData the keys read. */
function site(articles: E[], related: (a: E) => E[] = () => []): SiteData {
  return {
    now: new Date('2025-01-01T00:00:00Z'),
    identity: { name: 'Tin Phường A', owner: 'UBND phường A', phone: '024 1234 5678' },
    categories: [entry('tin-tuc')],
    wards: [entry('phuong-a')],
    districts: [],
    campaigns: [],
    albums: [],
    albumsOf: () => [],
    article: (id: string) => articles.find((a) => a.id === id),
    lists: { related },
  } as unknown as SiteData;
}
/** Page `archive` (undefined: the front page) of a list with 2 archive pages. */
const page = (items: E[], archive?: number): Page<E> => ({ items, archive, url: pageUrl('/tin-tuc/', archive), nav: pageNav(archive, 2, '/tin-tuc/') });

describe('page keys', () => {
  it('hash the same values alike, and leave out absolute source paths', () => {
    expect(hashOf({ a: 1 }, [2])).toBe(hashOf({ a: 1 }, [2]));
    expect(hashOf({ a: 1 })).not.toBe(hashOf({ a: 2 }));
    // Astro's image metadata: a proxy that marks the original photo as used on any read but fsPath and clone.
    const reads: string[] = [];
    const image = (fsPath: string) =>
      new Proxy(
        { src: '/_astro/a.hash.jpg', width: 4, height: 3 },
        {
          get: (target, name) => (name === 'fsPath' ? fsPath : name === 'clone' ? structuredClone(target) : (reads.push(String(name)), target[name as 'src'])),
        },
      );
    expect(hashOf({ cover: image('/home/a/site/a.jpg') })).toBe(hashOf({ cover: image('/srv/b/a.jpg') }));
    expect(hashOf({ cover: image('/x.jpg') })).not.toBe(hashOf({ cover: { ...structuredClone({ src: '/_astro/b.jpg', width: 4, height: 3 }) } }));
    expect(reads).toEqual([]);
  });

  it('know an entry by its whole file on its page, and by its data in a list', () => {
    const a = entry('2016/a');
    const bodyEdited = { ...a, digest: 'another body' };
    expect(entryKey(bodyEdited)).not.toBe(entryKey(a));
    expect(listedKey(bodyEdited)).toBe(listedKey(a));
    expect(listedKey({ ...a, data: { ...a.data, title: 'Tên mới' } })).not.toBe(listedKey(a));
  });

  it("change an article's key with its related articles' titles, not with their bodies", () => {
    const a = entry('2016/a');
    const b = entry('2016/b');
    const key = (related: E) => pageKeys(site([a, related], () => [related])).article(a as never);
    expect(key({ ...b, digest: 'edited body' })).toBe(key(b));
    expect(key({ ...b, data: { ...b.data, title: 'Tên khác' } })).not.toBe(key(b));
  });

  it("change a listing page's key with its items and its place in the list, and with the site's frame", () => {
    const items = [entry('2016/a'), entry('2016/b')];
    const keys = pageKeys(site(items));
    expect(keys.listing(['tin-tuc'], page(items))).toBe(pageKeys(site(items)).listing(['tin-tuc'], page(items)));
    expect(keys.listing(['tin-tuc'], page(items, 2))).not.toBe(keys.listing(['tin-tuc'], page(items)));
    expect(keys.listing(['nam', 2016], page(items))).not.toBe(keys.listing(['tin-tuc'], page(items)));
    const renamedCategory = { ...site(items), categories: [entry('tin-tuc', { name: 'Tin mới' })] } as unknown as SiteData;
    expect(pageKeys(renamedCategory).listing(['tin-tuc'], page(items))).not.toBe(keys.listing(['tin-tuc'], page(items)));
  });

  it("keep an archive page's key while its list grows, and change it when its nav does", () => {
    const all = Array.from({ length: 140 }, (_, i) => entry(`2016/a-${String(139 - i).padStart(3, '0')}`));
    const keys = pageKeys(site(all));
    /** The keys of the pages of the oldest n entries, by URL. */
    const keyed = (n: number) => new Map(paginate(all.slice(all.length - n), '/tin-tuc/').map((p) => [p.url, keys.listing(['tin-tuc'], p)]));
    const before = keyed(120);
    const added = keyed(121);
    expect([...added.keys()]).toEqual([...before.keys()]);
    for (const [url, key] of before) if (url !== '/tin-tuc/') expect(added.get(url), url).toBe(key);
    expect(added.get('/tin-tuc/')).not.toBe(before.get('/tin-tuc/'));
    // 140 entries: archive page 6 appears; 5 and 4 print its number, 3 a gap before 5; 2 and 1 are as they were.
    const grown = keyed(140);
    for (const k of [5, 4, 3]) expect(grown.get(`/tin-tuc/trang-${k}/`), String(k)).not.toBe(before.get(`/tin-tuc/trang-${k}/`));
    for (const k of [2, 1]) expect(grown.get(`/tin-tuc/trang-${k}/`), String(k)).toBe(before.get(`/tin-tuc/trang-${k}/`));
  });

  it("change a feed's key with what it lists and with its topic, not with a body", () => {
    const items = [entry('2016/a'), entry('2016/b')];
    const keys = pageKeys(site(items));
    const scope = { kind: 'category', id: 'tin-tuc' };
    expect(keys.feed(scope, items)).toBe(pageKeys(site(items)).feed(scope, items));
    expect(keys.feed(scope, [{ ...items[0]!, digest: 'edited body' }, items[1]!])).toBe(keys.feed(scope, items));
    expect(keys.feed(scope, [{ ...items[0]!, data: { ...items[0]!.data, summary: 'Tóm tắt mới' } }, items[1]!])).not.toBe(keys.feed(scope, items));
    expect(keys.feed(scope, items.slice(1))).not.toBe(keys.feed(scope, items));
    expect(keys.feed({ kind: 'ward', id: 'phuong-a' }, items)).not.toBe(keys.feed(scope, items));
    const renamedCategory = { ...site(items), categories: [entry('tin-tuc', { name: 'Tin mới' })] } as unknown as SiteData;
    expect(pageKeys(renamedCategory).feed(scope, items)).not.toBe(keys.feed(scope, items));
    // Not the key of a list page with the same items.
    expect(keys.feed(scope, items)).not.toBe(keys.listing(scope, page(items)));
  });

  it("change every keyed page's key with the portal's own details, which the footer prints", () => {
    const items = [entry('2016/a')];
    const keys = pageKeys(site(items));
    const site2 = site(items);
    const newPhone = { ...site2, identity: { ...site2.identity, phone: '024 9999 0000' } } as SiteData;
    expect(pageKeys(newPhone).listing(['tin-tuc'], page(items))).not.toBe(keys.listing(['tin-tuc'], page(items)));
    expect(pageKeys(newPhone).article(items[0] as never)).not.toBe(keys.article(items[0] as never));
  });
});
