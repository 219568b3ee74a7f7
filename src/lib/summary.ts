/**
 * Whether to print the sapo above the body. Imported articles often have no
 * sapo of their own: the importer takes the first paragraph as the summary,
 * and printing it again above that same paragraph would show it twice.
 */
const squash = (text: string) => text.normalize('NFC').replace(/[*_`#>\\]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

export function summaryRepeatsBody(summary: string, body: string | undefined): boolean {
  if (!body) return false;
  const s = squash(summary).replace(/[.…]+$/, '');
  if (!s) return true;
  return squash(body).startsWith(s);
}
