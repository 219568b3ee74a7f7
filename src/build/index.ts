/**
 * The site's build, in one place: `tinPhuong()` is the only integration
 * astro.config.mjs names, and each step is a module of this folder (as
 * Starlight wires small integrations from one entry):
 *
 * | step | module | when |
 * |---|---|---|
 * | no file from outside the site | confinement.ts | before anything is read |
 * | full build when the code changed | incremental.ts | before the content loads |
 * | `.mdx` checked before it compiles | mdxGuard.ts (Vite) | each .mdx module |
 * | MDX | @astrojs/mdx | each .mdx module |
 * | the search index | ../search/integration.ts | started after the pages, awaited before the stamp |
 * | share cards (virtual module for the route) | shareCards.ts | while pages render |
 * | redirects | redirects.ts | after the pages |
 * | brotli and gzip of _astro/ | precompressAssets.ts | when Vite writes the client bundle |
 * | Decap CMS patches (Vite) | ../../admin/decapPatches.ts, one file a change in admin/patches/ | the admin's bundle, dev and build |
 * | the admin's bundle, cached | adminBundle.ts | `astro build`, when Vite reaches the admin's script |
 * | dist/ kept, stale files removed | staleFiles.ts | after the pages and every other step |
 * | "nothing to build": the stamp `npm run build` reads | upToDate.ts | `dist/` but `pagefind/` printed while the search indexes; the stamp last |
 *
 * Pages hand the build nothing through globals: what a step needs from the
 * pages it reads from the output (search), or its route renders (cards).
 */
import type { AstroIntegration } from 'astro';
import mdx from '@astrojs/mdx';
import { decapPatches } from '../../admin/decapPatches.ts';
import { searchIndex } from '../search/integration.ts';
import { adminBundle } from './adminBundle.ts';
import { confinement } from './confinement.ts';
import { incrementalBuilds } from './incremental.ts';
import { mdxGuard } from './mdxGuard.ts';
import { precompressAssets } from './precompressAssets.ts';
import { redirects } from './redirects.ts';
import { shareCards } from './shareCards.ts';
import { staleFiles } from './staleFiles.ts';
import { upToDate } from './upToDate.ts';

/** Vite plugins as integrations, so every step is named in the list below. */
function vitePlugins(name: string, plugins: (root: URL) => { plugins: object[]; prebundle?: object[] }): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const made = plugins(config.root);
        updateConfig({
          vite: { plugins: made.plugins, ...(made.prebundle ? { optimizeDeps: { rolldownOptions: { plugins: made.prebundle } } } : {}) } as never,
        });
      },
    },
  };
}

export function tinPhuong(): AstroIntegration[] {
  const search = searchIndex();
  const stamp = upToDate();
  return [
    confinement(),
    incrementalBuilds(),
    // Before @astrojs/mdx: its plugin is added after this one, and Vite keeps that order among 'pre' plugins.
    vitePlugins('tin-phuong-mdx-guard', (root) => ({ plugins: [mdxGuard(root)] })),
    mdx(),
    // Started when the pages are done; the steps up to search.done run while it indexes.
    search.start,
    shareCards(),
    redirects(),
    precompressAssets(),
    // Vietnamese search and grouped filters in the admin; the dev server pre-bundles Decap, so it gets them too.
    vitePlugins('tin-phuong-decap-patches', () => ({ plugins: [decapPatches()], prebundle: [decapPatches()] })),
    // A build takes the admin's script from the cache while its code is unchanged.
    adminBundle(),
    // dist/ is kept between builds, and what this build did not make goes.
    staleFiles(),
    // dist/ but pagefind/ printed for the stamp while the search step indexes.
    stamp.printOutside,
    search.done,
    // Last: what this build read and left, for `npm run build` to skip the next one if nothing changed.
    stamp.stamp,
  ];
}
