/**
 * What a shared link shows (og:image and friends) when a page has no photo:
 * a card drawn by the build (src/share). An article without a cover gets its
 * own, with the unit, the category and its title; every other page without a
 * photo shares the portal's card.
 */
import type { News, SiteData } from './data.ts';
import type { ShareCard } from '../share/card.ts';
import { SHARE_IMAGE } from '../share/size.ts';
import { articleShareImageUrl, shareImageUrl } from './routes.ts';
import { wardDisplayName } from './wards.ts';
import { siteIdentity } from './siteIdentity.ts';

export interface ShareImage {
  /** Site path or absolute URL. */
  src: string;
  width: number;
  height: number;
  alt: string;
  /** A generated card: what the build draws at `src` (src/pages/anh-chia-se, src/share). */
  card?: ShareCard;
}

const host = () => (import.meta.env.SITE ? new URL(import.meta.env.SITE).host : '');
const footer = () => [siteIdentity().name, host()].filter(Boolean).join(' · ');

/**
 * The unit on an article's card: the portal's own (content/don-vi.json), which
 * publishes and answers for every article. Not each article's tagged ward: a
 * city-wide archive tags hundreds of wards, and the card names the publisher.
 */
export function articleUnit(data: SiteData): { id: string; name: string } {
  const site = siteIdentity();
  const own = data.ward(site.ward);
  return { id: site.ward, name: own ? wardDisplayName(own.data) : site.owner };
}

/** The portal's own card: for pages that are about no article in particular. */
export function defaultShareImage(): ShareImage {
  const site = siteIdentity();
  return {
    src: shareImageUrl(site.ward),
    ...SHARE_IMAGE,
    alt: site.name,
    card: { eyebrow: site.owner, kicker: site.tagline, headline: site.name, footer: footer() },
  };
}

/** The card of an article without a cover: the unit, the category, the title. */
export function articleShareImage(article: News, data: SiteData): ShareImage {
  const unit = articleUnit(data);
  const category = data.category(article.data.category.id)?.data.name ?? '';
  return {
    src: articleShareImageUrl(article.id),
    ...SHARE_IMAGE,
    alt: [unit.name, category, article.data.title].filter(Boolean).join(' – '),
    card: { eyebrow: unit.name, kicker: category, headline: article.data.title, footer: footer() },
  };
}

/** Every card the site's pages use: the portal's, and one per public article without a cover. */
export function shareCards(data: SiteData): ShareImage[] {
  return [defaultShareImage(), ...data.articles.filter((a) => !a.data.cover).map((a) => articleShareImage(a, data))];
}

/** The owning unit as structured data's publisher (content/don-vi.json). */
export function ownerUnit(origin: URL): { name: string; url: string; address: string; telephone: string; email: string } {
  const site = siteIdentity();
  return { name: site.owner, url: new URL('/', origin).href, address: site.address, telephone: site.phone, email: site.email };
}
