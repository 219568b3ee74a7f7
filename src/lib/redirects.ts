/**
 * Old addresses → new ones (content/redirects.json, fields in
 * src/schema/redirects.ts): checked, then written as a Netlify-style
 * `_redirects`, an nginx map, and a small HTML page at each old address
 * (meta refresh and a link, no script) for servers that read neither. Pure.
 */
import type { z } from 'astro/zod';
import { toZodObject } from '../schema/fields.ts';
import { redirectFields } from '../schema/redirects.ts';
import { htmlEscape } from './feeds.ts';

const noContext = {
  image: () => {
    throw new Error('redirects.json has no images');
  },
  reference: () => {
    throw new Error('redirects.json has no references');
  },
};
const schema = toZodObject(redirectFields, noContext);

/** One old address and where it leads (its fields: src/schema/redirects.ts). */
export type Redirect = z.output<typeof schema>['redirects'][number];

/** Validate the file's parsed JSON: field rules, then one entry per old address, no loops or chains. */
export function parseRedirects(json: unknown): { redirects: Redirect[]; errors: string[] } {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return { redirects: [], errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(tệp)'}: ${i.message}`) };
  }
  const redirects = parsed.data.redirects;
  const errors: string[] = [];
  const seen = new Map<string, number>();
  redirects.forEach((r, i) => {
    if (seen.has(r.from)) errors.push(`redirects.${i}.from: địa chỉ cũ ${r.from} đã có ở dòng ${seen.get(r.from)! + 1}`);
    seen.set(r.from, i);
    if (r.from === r.to) errors.push(`redirects.${i}.to: ${r.to} chuyển về chính nó`);
  });
  redirects.forEach((r, i) => {
    if (seen.has(r.to)) errors.push(`redirects.${i}.to: ${r.to} lại là một địa chỉ cũ (dòng ${seen.get(r.to)! + 1}); hãy chuyển thẳng tới địa chỉ cuối cùng`);
  });
  return { redirects, errors };
}

/**
 * The generated redirects (lib/siteListings.ts listingRedirects) as the
 * build writes them for its redirect step: a route's output, named like
 * the rule files (nginx refuses /_redirects*: docs/deploy.md). Astro skips
 * page files whose name starts with "_", so the name comes as a parameter.
 */
export const GENERATED_REDIRECTS = '_redirects.generated.json';

/**
 * The site's redirects: content/redirects.json's, then the generated ones
 * it does not already name (an editor's entry for the same address wins).
 */
export function withGenerated(listed: readonly Redirect[], generated: readonly Redirect[]): Redirect[] {
  const named = new Set(listed.map((r) => r.from));
  return [...listed, ...generated.filter((r) => !named.has(r.from))];
}

/** Netlify, Cloudflare Pages and others: one "from to 301" a line. */
export function netlifyRedirects(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}

/** Lines for an nginx `map $uri $tin_phuong_redirect { include …; }` (docs/deploy.md). */
export function nginxMap(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `"${r.from}" "${r.to}";`).join('\n') + (redirects.length ? '\n' : '');
}

/** The file a static server answers the old address with, or undefined when it would not serve it as HTML. */
export function fallbackFile(from: string): string | undefined {
  if (from.endsWith('/')) return `${from.slice(1)}index.html`;
  if (/\.html?$/i.test(from)) return from.slice(1);
  return undefined;
}

/** The file an internal target is served from (undefined for an external https:// target). */
export function targetFile(to: string): string | undefined {
  if (!to.startsWith('/')) return undefined;
  const path = to.split(/[?#]/)[0]!;
  return path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
}

/** The page at an old address: says where the content went and goes there (no script needed). */
export function fallbackHtml(r: Redirect, site: { name: string; owner: string; origin: string }, text: { title: string; body: string; link: string }): string {
  const to = htmlEscape(new URL(r.to, site.origin).href);
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlEscape(text.title)} | ${htmlEscape(site.name)}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${to}">`,
    `<meta http-equiv="refresh" content="0; url=${to}">`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${htmlEscape(text.title)}</h1>`,
    `<p>${htmlEscape(text.body)}</p>`,
    `<p><a href="${to}">${htmlEscape(text.link)}</a></p>`,
    '</main>',
    `<footer><p>${htmlEscape(site.name)} – ${htmlEscape(site.owner)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
