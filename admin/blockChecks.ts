/**
 * The blocks of a body checked before saving, with the site's own parser and
 * in the preview's words. Decap does not enforce an editor component's
 * required fields (a photo block without its “Mô tả” saves as a fence the
 * build cannot render), so admin/entry.ts refuses the save with these.
 */
import { isBlockLanguage, parseBlock } from '../src/markdown/blocks.ts';
import { adminPhrases } from './locale-vi.ts';

/** What the preview shows for a block that is not complete, and what a refused save says. */
export const blockProblemMessage = (errors: string[]): string => `${adminPhrases.blockProblem}: ${errors.join('; ')}`;

/** A fence as the CMS writes it: ```lang on its own line, up to the next ``` line. */
const FENCE = /^```([a-z-]+)[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;

/** Every block fence of a body that does not parse, one message each (the same message once). */
export function bodyBlockProblems(markdown: string): string[] {
  const out = new Set<string>();
  for (const [, lang, text] of markdown.matchAll(FENCE)) {
    if (!isBlockLanguage(lang)) continue;
    const parsed = parseBlock(lang!, text!.replace(/\n$/, ''));
    if (parsed.errors) out.add(blockProblemMessage(parsed.errors));
  }
  return [...out];
}
