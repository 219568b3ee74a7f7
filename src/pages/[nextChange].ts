/**
 * /_next-change.json: when what is public next changes by itself
 * (SiteData.nextChange), for the up-to-date step (src/build/upToDate.ts),
 * which takes it out of the output before it is published. Rendered every
 * build: it has no cacheKey.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../lib/data.ts';
import { NEXT_CHANGE_FILE } from '../build/upToDate.ts';

export function getStaticPaths() {
  return [{ params: { nextChange: NEXT_CHANGE_FILE } }];
}

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ nextChange: (await siteData()).nextChange?.toISOString() ?? null }) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
