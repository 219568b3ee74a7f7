// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/processor.ts';
import { tinPhuong } from './src/build/index.ts';
import { PHOTO_WIDTHS } from './src/lib/photoWidths.ts';

/**
 * The site's public address, written into the sitemap, the feeds and every
 * canonical link. A production build must be told it: falling back to
 * localhost would publish localhost links. `astro dev` needs none, and
 * `npm start` (a local preview) passes http://localhost:4321 itself.
 */
function siteUrl() {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  if (process.argv.includes('build')) {
    throw new Error(
      'Chưa đặt SITE_URL: bản dựng để đưa lên máy chủ phải biết địa chỉ của trang, ví dụ\n' +
        '  SITE_URL=https://ten-mien-cua-phuong.gov.vn npm run build\n' +
        '(SITE_URL is not set: a production build needs the public address of the site.)',
    );
  }
  return 'http://localhost:4321';
}

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  // Every stylesheet a file of its own: public pages then pass a CSP without 'unsafe-inline'
  // (src/lib/securityHeaders.ts).
  build: { inlineStylesheets: 'never' },
  // Unchanged pages are copied from the last build (src/build/incremental.ts, src/lib/pageKeys.ts).
  experimental: { incrementalBuild: true },
  // Tests and parallel builds may give each build its own cache (image cache, data store).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Sanitised Markdown with captions; @astrojs/mdx inherits the processor's features (no smart punctuation).
  markdown: { processor: markdownProcessor() },
  // Photos in article bodies get srcset and sizes like the cover (src/components/ArticleCover.astro):
  // the same widths (src/lib/photoWidths.ts). No inline styles (CSP).
  image: { layout: 'constrained', breakpoints: PHOTO_WIDTHS, responsiveStyles: false },
  // Every build step, one entry (src/build/index.ts).
  integrations: [tinPhuong()],
  // Nothing inlined (assetsInlineLimit 0): Astro would inline a small page script (the album lightbox),
  // which the CSP refuses; as a file of its own it is 'self'.
  vite: { build: { assetsInlineLimit: 0 } },
  // `npm run cms` is for communications staff: Astro's English developer toolbar would sit over the admin.
  devToolbar: { enabled: !process.env.CMS_LOCAL_BACKEND },
});
