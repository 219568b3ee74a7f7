/**
 * /_redirects.generated.json: the redirects the build makes itself (the page
 * numbers of newest-first paging no list has now: lib/siteListings.ts), for
 * the redirect step (src/build/redirects.ts) to write with
 * content/redirects.json. Rendered every build: it has no cacheKey.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../lib/data.ts';
import { GENERATED_REDIRECTS } from '../lib/redirects.ts';
import { listingRedirects } from '../lib/siteListings.ts';

export function getStaticPaths() {
  return [{ params: { generatedRedirects: GENERATED_REDIRECTS } }];
}

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(listingRedirects(await siteData()), null, 1) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
