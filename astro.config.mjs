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
  // Official texts keep their quotes and dashes: no smart punctuation (.md via the processor, .mdx via this flag).
  markdown: { processor: markdownProcessor(), smartypants: false },
  integrations: [mdx(), searchIndex()],
});
