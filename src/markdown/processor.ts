/**
 * The Markdown pipeline for articles and campaigns: Astro's Sätteri processor
 * with raw HTML parsed into elements (so the allow-list in sanitize.ts can keep
 * old portals' tables and <b> but drop scripts) and photo captions rendered as
 * captions. @astrojs/mdx reuses these hastPlugins and features for .mdx files.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { articleHastPlugins, articleMdastPlugins } from './plugins.ts';
import { vi } from '../i18n/vi.ts';

/**
 * Parser features: raw HTML parsed (then sanitized), footnotes labelled in
 * Vietnamese, and no smart punctuation: official texts keep their quotes and
 * dashes exactly as written ("…" is not turned into “…”, -- not into –).
 */
export const articleFeatures = {
  rawHtml: true,
  smartPunctuation: false,
  gfm: { footnotes: { label: vi.article.footnotes, backLabel: vi.article.footnoteBack } },
};

export function markdownProcessor() {
  return satteri({ mdastPlugins: articleMdastPlugins, hastPlugins: articleHastPlugins, features: articleFeatures });
}
