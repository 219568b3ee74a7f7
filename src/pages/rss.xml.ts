/** /rss.xml: the 50 newest public articles of the whole site. */
import type { APIRoute } from 'astro';
import { siteData } from '../lib/data.ts';
import { feedResponse } from '../lib/feedEndpoint.ts';

export const GET: APIRoute = async (context) => feedResponse({ kind: 'site' }, await siteData(), context.site ?? new URL('http://localhost:4321'));
