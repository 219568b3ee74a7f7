/**
 * What a shared link shows (og:image and friends) when a page has no photo:
 * the portal's unit × category cards of src/lib/shareImage.ts, chosen from the
 * build's data, and rendered once per distinct card (cached on disk across
 * builds beside Astro's image cache, keyed by the card's SVG).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { News, SiteData } from './data.ts';
import { shareImageSvg, SHARE_IMAGE, type ShareCard } from './shareImage.ts';
import { shareImageUrl } from './routes.ts';
import { wardDisplayName } from './wards.ts';
import { site } from '../site.config.ts';

export interface ShareImage {
  /** Site path or absolute URL. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

const host = () => (import.meta.env.SITE ? new URL(import.meta.env.SITE).host : '');

/**
 * The unit on an article's card: the portal's own (site.config.ts), which
 * publishes and answers for every article. Not each article's tagged ward:
 * a city-wide archive tags hundreds of wards, and the 1,000-article bench
 * corpus drew 236 ward × category cards, 63 s of rendering on this machine,
 * against 4 cards for the portal's unit × its categories.
 */
export function articleUnit(data: SiteData): { id: string; name: string } {
  const own = data.ward(site.ward);
  return { id: site.ward, name: own ? wardDisplayName(own.data) : site.owner };
}

/** The portal's own card: for pages that are about no unit or category in particular. */
export function defaultShareImage(): ShareImage & { unitId: string; card: ShareCard } {
  return {
    unitId: site.ward,
    src: shareImageUrl(site.ward),
    ...SHARE_IMAGE,
    alt: site.name,
    card: { eyebrow: site.owner, heading: site.name, subheading: site.tagline, footer: host() },
  };
}

function categoryCard(unitName: string, categoryName: string): ShareCard {
  return { eyebrow: site.name, heading: unitName, subheading: categoryName, footer: host() };
}

/** The card of an article without a cover. */
export function articleShareImage(article: News, data: SiteData): ShareImage {
  const unit = articleUnit(data);
  const category = data.category(article.data.category.id);
  if (!category) return defaultShareImage();
  return { src: shareImageUrl(unit.id, category.id), ...SHARE_IMAGE, alt: `${unit.name} – ${category.data.name}` };
}

/** Every card (the portal's unit × a category) some public article without a cover uses, once each. */
export function shareCards(data: SiteData): { unitId: string; categoryId: string; card: ShareCard }[] {
  const out = new Map<string, { unitId: string; categoryId: string; card: ShareCard }>();
  for (const article of data.articles) {
    if (article.data.cover) continue;
    const unit = articleUnit(data);
    const category = data.category(article.data.category.id);
    if (!category) continue;
    const key = `${unit.id}/${category.id}`;
    if (!out.has(key)) out.set(key, { unitId: unit.id, categoryId: category.id, card: categoryCard(unit.name, category.data.name) });
  }
  return [...out.values()];
}

const cacheDir = () => join(resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro'), 'anh-chia-se');

/** The card as PNG, from the disk cache when this exact card was drawn before. */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const svg = shareImageSvg(card);
  const file = join(cacheDir(), `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
    await mkdir(cacheDir(), { recursive: true });
    await writeFile(file, png);
    return png;
  }
}

/** The owning unit as structured data's publisher (site.config.ts). */
export function ownerUnit(origin: URL): { name: string; url: string; address: string; telephone: string; email: string } {
  return { name: site.owner, url: new URL('/', origin).href, address: site.address, telephone: site.phone, email: site.email };
}
