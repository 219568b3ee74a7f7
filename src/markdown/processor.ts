/**
 * The Markdown pipeline for articles and campaigns (owned by the pages work):
 * raw HTML made harmless, photo captions rendered as captions.
 * Placeholder until that work lands: Astro's default Sätteri processor.
 */
import { satteri } from '@astrojs/markdown-satteri';

export function markdownProcessor() {
  return satteri();
}
