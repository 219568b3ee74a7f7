/**
 * schema.org JSON-LD for search engines: NewsArticle and BreadcrumbList on
 * articles, CreativeWork on campaign pages, the owning unit as a
 * GovernmentOrganization. Pure: plain values in (absolute URLs), objects out;
 * jsonLdText() makes them safe inside <script type="application/ld+json">.
 */
import { toVnIso } from './dates.ts';

type Json = Record<string, unknown>;

/**
 * JSON for a <script> data block: "<", ">" and "&" become \u escapes (still
 * the same JSON), so a title containing </script> or <!-- cannot end the
 * block or switch the HTML parser into a script-comment state; U+2028/2029
 * too, for old parsers.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface Unit {
  name: string;
  /** Absolute URL of the portal. */
  url: string;
  address?: string;
  telephone?: string;
  email?: string;
}

/** The unit that owns the portal: publisher of everything on it. */
export function governmentOrganization(unit: Unit): Json {
  return {
    '@type': 'GovernmentOrganization',
    name: unit.name,
    url: unit.url,
    ...(unit.address ? { address: { '@type': 'PostalAddress', streetAddress: unit.address, addressCountry: 'VN' } } : {}),
    ...(unit.telephone ? { telephone: unit.telephone } : {}),
    ...(unit.email ? { email: unit.email } : {}),
  };
}

/** “Tin, ảnh: Minh Ngọc” → “Minh Ngọc”: the person, without the newsroom's prefix. */
export function bylineName(byline: string): string {
  return byline.replace(/^\s*(?:(?:tin|bài|ảnh|video|clip)\s*(?:,|và|\/|&)?\s*)+:\s*/iu, '').trim() || byline.trim();
}

export interface ArticleInput {
  url: string;
  headline: string;
  description: string;
  /** Absolute image URLs (cover or share card). */
  images: string[];
  datePublished: Date;
  dateModified?: Date | undefined;
  byline?: string | undefined;
  source?: string | undefined;
  section?: string | undefined;
  publisher: Unit;
}

/**
 * NewsArticle: author is the byline's person, else the source named as an
 * organisation, else the owning unit itself (it answers for everything it
 * publishes). dateModified is always given (the publication date when never
 * updated), both with +07:00.
 */
export function newsArticle(a: ArticleInput): Json {
  const author = a.byline
    ? { '@type': 'Person', name: bylineName(a.byline) }
    : a.source
      ? { '@type': 'Organization', name: a.source }
      : governmentOrganization(a.publisher);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    headline: a.headline,
    description: a.description,
    image: a.images,
    inLanguage: 'vi',
    datePublished: toVnIso(a.datePublished),
    dateModified: toVnIso(a.dateModified ?? a.datePublished),
    ...(a.section ? { articleSection: a.section } : {}),
    author,
    ...(a.source ? { sourceOrganization: { '@type': 'Organization', name: a.source } } : {}),
    publisher: governmentOrganization(a.publisher),
  };
}

/** BreadcrumbList from the top down; every item with an absolute URL. */
export function breadcrumbList(items: { name: string; url: string }[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

export interface CampaignInput {
  url: string;
  name: string;
  description?: string | undefined;
  /** Who launched it (“Chủ tịch Hồ Chí Minh”, “UBND thành phố Hà Nội”). */
  launchedBy: string;
  start: Date;
  end?: Date | undefined;
  images: string[];
  publisher: Unit;
}

const day = (d: Date) => toVnIso(d).slice(0, 10);

/**
 * A phong trào as CreativeWork, not Event: schema.org's Event is something
 * one attends at a place and time (Google requires a location), while a
 * phong trào thi đua is a call to action that runs for years everywhere;
 * its period is temporalCoverage (ISO 8601 interval, open-ended "..").
 */
export function campaignWork(c: CampaignInput): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    url: c.url,
    name: c.name,
    ...(c.description ? { description: c.description } : {}),
    inLanguage: 'vi',
    image: c.images,
    temporalCoverage: `${day(c.start)}/${c.end ? day(c.end) : '..'}`,
    creator: { '@type': 'Organization', name: c.launchedBy },
    publisher: governmentOrganization(c.publisher),
  };
}
