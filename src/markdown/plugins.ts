/**
 * Sätteri hast plugins for article bodies (.md and .mdx alike: Astro runs the
 * same hastPlugins for both): sanitize, captions, then content ids. The tree
 * is only rewritten when something changed, so plain articles pay nothing
 * beyond the walk.
 */
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { isBlockLanguage, parseBlock } from './blocks.ts';
import { blockImages, blockTree } from './blockTree.ts';
import { captionNode, mayHaveCaptions } from './captions.ts';
import { contentHref, contentId, needsSanitizing, sanitizeTree, type HNode } from './sanitize.ts';

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
    const { source } = ctx as unknown as { source?: string };
    if (typeof source === 'string' && !mayHaveCaptions(source)) return;
    const next = captionNode(root as unknown as HNode);
    if (next !== (root as unknown)) ctx.replaceNode(root, next as never);
  },
});

/**
 * Heading ids in the content namespace (`## Cập nhật` → `user-content-cập-nhật`,
 * never the site's own `cap-nhat`), and fragment links and footnote references
 * pointed at them. Runs on every article, sanitised or not: plain Markdown has
 * headings and footnotes too. Slugs are github-slugger's, as Astro's own
 * heading ids (which then keep ours), so a link written as `#cap-nhat` still
 * finds its heading. Only headings and links are visited, natively filtered.
 * A factory: one slugger (its de-duplication) per document.
 */
export const contentIdsPlugin = () => {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'tin-phuong-content-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a'],
      visit(node, ctx) {
        const props = (node.properties ?? {}) as Record<string, unknown>;
        if (node.tagName === 'a') {
          if (typeof props.href === 'string' && contentHref(props.href) !== props.href) ctx.setProperty(node, 'href', contentHref(props.href));
          const described = props.ariaDescribedBy;
          if (Array.isArray(described) && described.some((id) => contentId(String(id)) !== id))
            ctx.setProperty(
              node,
              'ariaDescribedBy',
              described.map((id) => contentId(String(id))),
            );
          else if (typeof described === 'string' && contentId(described) !== described) ctx.setProperty(node, 'ariaDescribedBy', contentId(described));
          return;
        }
        const id = typeof props.id === 'string' && props.id ? contentId(props.id) : contentId(slugger.slug(ctx.textContent(node)));
        if (id !== props.id) ctx.setProperty(node, 'id', id);
      },
    },
  });
};

/**
 * The blocks of docs/blocks.md: a fence whose language names a block becomes
 * its figure, table or document card (blocks.ts, blockTree.ts). A block that
 * does not parse stops the build with the file and the problem, as a bad
 * photo does. Only fences are visited (natively filtered), so articles
 * without one pay nothing.
 */
export const blocksPlugin = defineMdastPlugin({
  name: 'tin-phuong-blocks',
  code(node, ctx) {
    if (!isBlockLanguage(node.lang)) return;
    const parsed = parseBlock(node.lang!, node.value);
    if (parsed.errors) {
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(bài viết)';
      throw new Error(`${file}: khối \`\`\`${node.lang} sai:\n  ${parsed.errors.join('\n  ')}\n(xem docs/blocks.md)`);
    }
    // Astro processes the photos it collected; they are registered here too, whatever order the plugins run in.
    const astro = (ctx.data as { astro?: { localImagePaths?: Set<string> } }).astro;
    for (const src of blockImages(parsed.block)) if (!src.startsWith('/')) astro?.localImagePaths?.add(src);
    ctx.replaceNode(node, blockTree(parsed.block) as never);
  },
});

export const articleMdastPlugins = [blocksPlugin];

/** In order: nothing runs on the raw tree after sanitizing except what Astro adds (image and heading ids). */
export const articleHastPlugins = [sanitizePlugin, captionPlugin, contentIdsPlugin];
