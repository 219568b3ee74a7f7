/**
 * /sitemap.xml: every public page (withdrawn notices and the 404 are left
 * out; they carry noindex). Listing pages beyond the first are included so
 * crawlers reach every article even without following links.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../lib/data.ts';
import { articleUrl, paginate, yearsOf } from '../lib/listings.ts';
import { sitemapXml, type SitemapUrl } from '../lib/feeds.ts';

export const GET: APIRoute = async (context) => {
  const data = await siteData();
  const origin = context.site ?? new URL('http://localhost:4321');
  const abs = (path: string) => new URL(path, origin).href;
  const urls: SitemapUrl[] = [];
  const list = (base: string, items: readonly unknown[]) => {
    for (const page of paginate(items, base)) urls.push({ loc: abs(page.url) });
  };
  urls.push({ loc: abs('/'), lastmod: data.articles[0]?.data.publishedAt });
  list('/tin-tuc/', data.articles);
  for (const y of yearsOf(data.articles)) list(`/tin-tuc/${y}/`, data.lists.byYear(y));
  urls.push({ loc: abs('/chuyen-muc/') }, { loc: abs('/phong-trao/') }, { loc: abs('/phuong-xa/') }, { loc: abs('/so-do-trang/') });
  for (const c of data.categories) list(`/chuyen-muc/${c.id}/`, data.lists.byCategory(c.id));
  for (const c of data.campaigns) list(`/phong-trao/${c.id}/`, data.lists.byCampaign(c.id));
  for (const w of data.wards) list(`/phuong-xa/${w.id}/`, data.lists.byWard(w.id));
  for (const d of data.districts) list(`/quan-huyen/${d.id}/`, data.lists.byDistrict(d.id));
  for (const a of data.articles) urls.push({ loc: abs(articleUrl(a.id)), lastmod: a.data.updatedAt ?? a.data.publishedAt });
  return new Response(sitemapXml(urls), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
