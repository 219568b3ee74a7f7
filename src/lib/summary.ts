/**
 * Whether to print the sapo above the body. Imported articles often have no
 * sapo of their own: the importer takes the first paragraph as the summary,
 * and printing it again above that same paragraph would show it twice.
 */
import { decodeEntities } from '../search/searchText.ts';

const squash = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[*_`#>\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export function summaryRepeatsBody(summary: string, body: string | undefined): boolean {
  if (!body) return false;
  const s = squash(summary).replace(/[.…]+$/, '');
  if (!s) return true;
  // Only the start of the body matters: squash a prefix long enough to hold the summary, not a 10,000-word body.
  for (let length = s.length * 2 + 64; ; length *= 2) {
    const head = squash(body.slice(0, length));
    if (head.length > s.length || length >= body.length) return head.startsWith(s);
  }
}

/**
 * The same, on the rendered HTML of the body (the build keeps rendered HTML,
 * not the Markdown source: at 10,000 articles the sources doubled the
 * content store). Only a prefix of the HTML is read.
 */
export function summaryRepeatsHtml(summary: string, html: string | undefined): boolean {
  if (!html) return false;
  for (let length = summary.length * 3 + 256; ; length *= 2) {
    const text = decodeEntities(html.slice(0, length).replace(/<[^>]*>?/g, ' '));
    if (text.length > summary.length * 2 || length >= html.length) return summaryRepeatsBody(summary, text);
  }
}
