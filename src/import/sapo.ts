/**
 * The summary (sapo) of an imported article: its first sentence, or two when
 * the first is short, taken from the first plain paragraph. Plain text: the
 * summary field is not Markdown.
 */
import type { Block } from './body.ts';

/** The schema's limit for the summary. */
export const SUMMARY_MAX = 600;
/** A first sentence shorter than this says too little alone. */
const SHORT_SENTENCE = 100;

/**
 * A sentence ends at . ! ? … (with any closing quotes) followed by a space and
 * a capital, digit or opening quote, except after the abbreviations written
 * with a dot before a name (“TP. Hồ Chí Minh”, “TS. Nguyễn …”, “Q. Long
 * Biên”). Acronyms such as “KH.” or “UBND.” do end sentences.
 */
const END = /[.!?…]+["”’»)]*(?=\s+["“‘«(]?[\p{Lu}\d])/gu;
const ABBREVIATION = /(?:^|[\s(])(?:TP|Tp|TX|TT|Q|P|TS|ThS|PGS|GS|BS|KS|Th\.S)$/u;

export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(END)) {
    if (ABBREVIATION.test(text.slice(start, match.index))) continue;
    const end = match.index + match[0].length;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function clip(text: string): string {
  if (text.length <= SUMMARY_MAX) return text;
  const cut = text.slice(0, SUMMARY_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

export function summarize(blocks: readonly Block[], fallback: string): string {
  const first = blocks.find((b) => b.kind === 'paragraph') ?? blocks.find((b) => b.kind === 'item');
  if (!first) return clip(fallback);
  const [one, two] = sentences(first.text);
  const text = one!.length < SHORT_SENTENCE && two && one!.length + two.length < SUMMARY_MAX ? `${one} ${two}` : one!;
  return clip(text);
}
