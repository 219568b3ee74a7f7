/**
 * The login page's picture: the portal's own name (content/don-vi.json), not
 * Decap's logo. Text in an SVG, so it stays sharp and costs a few hundred bytes.
 */
import type { APIRoute } from 'astro';
import { siteIdentity } from '../../lib/siteIdentity.ts';
import { vi } from '../../i18n/vi.ts';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = () => {
  const { name } = siteIdentity();
  return new Response(
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="96" viewBox="0 0 300 96" role="img" aria-label="${xml(name)}">` +
      `<text x="150" y="42" text-anchor="middle" font-family="'Noto Sans', Arial, sans-serif" font-size="24" font-weight="700" fill="#9b1c1c">${xml(name)}</text>` +
      `<text x="150" y="74" text-anchor="middle" font-family="'Noto Sans', Arial, sans-serif" font-size="16" fill="#3d4451">${xml(vi.admin.title)}</text>` +
      `</svg>`,
    { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } },
  );
};
