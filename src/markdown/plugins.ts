/**
 * Sätteri hast plugins for article bodies (.md and .mdx alike: Astro runs the
 * same hastPlugins for both). One pass over the tree: sanitize, then captions.
 * The tree is only rewritten when something changed, so plain articles pay
 * nothing beyond the walk.
 */
import { defineHastPlugin } from 'satteri';
import { captionNode } from './captions.ts';
import { needsSanitizing, sanitizeTree, type HNode } from './sanitize.ts';

/** Strips anything executable (see sanitize.ts). Must run before any plugin that trusts the tree. */
export const sanitizePlugin = defineHastPlugin({
  name: 'tin-phuong-sanitize',
  before(root, ctx) {
    // Walking the tree costs more than parsing it (every node is copied out of Sätteri):
    // Markdown that has no raw HTML, no entity and no script URL cannot produce anything to strip.
    const { source, sourceFormat } = ctx as unknown as { source?: string; sourceFormat?: string };
    if (sourceFormat !== 'mdx' && typeof source === 'string' && !needsSanitizing(source)) return;
    const clean = sanitizeTree(root as unknown as HNode);
    if (clean !== (root as unknown)) ctx.replaceNode(root, clean as never);
  },
});

/** Emphasis-only paragraphs become figure captions (see captions.ts). */
export const captionPlugin = defineHastPlugin({
  name: 'tin-phuong-captions',
  before(root, ctx) {
    const next = captionNode(root as unknown as HNode);
    if (next !== (root as unknown)) ctx.replaceNode(root, next as never);
  },
});

/** In order: nothing runs on the raw tree after sanitizing except what Astro adds (image and heading ids). */
export const articleHastPlugins = [sanitizePlugin, captionPlugin];
