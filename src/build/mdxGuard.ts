/**
 * A Vite plugin that checks every .mdx outside `src/` (content written by
 * staff, the CMS or the importer) before @astrojs/mdx compiles it, with the
 * same rule as the content loader (src/schema/mdxRules.ts).
 *
 * Why a second place: the loader refuses a bad file when the collection is
 * synced, but the MDX module is compiled by Vite on its own (the dev server
 * recompiles an edited file that a page already imports). Checking in the
 * transform means no path compiles content MDX unchecked. Trusted .mdx, code
 * reviewed like any other, lives in `src/` (docs/security.md#mdx).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { mdxProblems } from '../schema/mdxRules.ts';

export function mdxGuard(root: URL | string): Plugin {
  const trusted = `${typeof root === 'string' ? root : fileURLToPath(root)}`.replace(/\/?$/, '/src/');
  return {
    name: 'tin-phuong:mdx-guard',
    // Before @astrojs/mdx's own 'pre' transform: Vite keeps the order among plugins of one stage.
    enforce: 'pre',
    transform: {
      // The same filter as @astrojs/mdx's transform: ids with a query are Astro's wrappers, not MDX source.
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        if (id.startsWith(trusted)) return null;
        const problems = mdxProblems(code);
        if (problems.length) throw new Error(`${id}:\n  ${problems.join('\n  ')}`);
        return null;
      },
    },
  };
}
