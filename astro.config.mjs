// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { markdownProcessor } from './src/markdown/processor.ts';
import { searchIndex } from './src/search/integration.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // Tests and parallel builds may give each build its own cache (image cache, data store).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Sanitised Markdown with captions; @astrojs/mdx inherits the processor's features (no smart punctuation).
  markdown: { processor: markdownProcessor() },
  integrations: [mdx(), searchIndex()],
});
