/**
 * Hands each page Astro renders during the build to the search indexer
 * (src/search/sink.ts), so that indexing runs beside rendering instead of
 * reading 14,000 files back afterwards. Only HTML with a search body is
 * passed; the response itself is returned unchanged.
 */
import { defineMiddleware } from 'astro:middleware';
import { currentSink } from './search/sink.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = currentSink();
  if (!sink || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  if (html.includes('data-pagefind-body')) sink.add(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
