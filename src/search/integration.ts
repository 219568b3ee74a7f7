/**
 * Pagefind index built through its Node API at the end of `astro build`
 * (owned by the search work). Placeholder: does nothing yet.
 */
import type { AstroIntegration } from 'astro';

export function searchIndex(): AstroIntegration {
  return { name: 'tin-phuong-search', hooks: {} };
}
