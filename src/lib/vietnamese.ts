/**
 * Vietnamese text helpers: the one place where text is normalised and folded.
 * Search indexing, search queries, slugs and the importer all call these, so
 * "Đền ơn đáp nghĩa", "den on dap nghia" and a decomposed (NFD) paste agree.
 */

/** Unicode NFC: decomposed input (from macOS, some IMEs, old portals) becomes precomposed. */
export function toNFC(text: string): string {
  return text.normalize('NFC');
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Fold Vietnamese for matching: NFC → lowercase → strip tone and vowel marks → đ→d.
 * đ/Đ have no Unicode decomposition, so NFD alone never turns them into d.
 */
export function foldVietnamese(text: string): string {
  return toNFC(text).toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').normalize('NFC');
}

/** True when folding changes nothing: the text has no Vietnamese marks and no đ. */
export function isFolded(text: string): boolean {
  return foldVietnamese(text) === toNFC(text).toLowerCase();
}

/**
 * ASCII, lowercase, hyphenated slug for URLs and file names ("Phường Phúc Lợi" → "phuong-phuc-loi").
 * Long titles are cut at a word boundary so URLs stay readable.
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/g, '');
}

/** Collapse runs of whitespace (including NBSP) to single spaces and trim. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}
