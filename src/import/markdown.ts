/**
 * Blocks → Markdown that renders to exactly the page's text. Legacy text is
 * text: a literal `*`, `_`, `[` or `<script>` must show as written, never
 * become emphasis, a link or HTML, so every character Markdown gives meaning
 * to is escaped. Captions are a paragraph holding one emphasis, which the
 * site renders as a figure caption (src/markdown/captions.ts).
 */
import type { Block } from './body.ts';

/** Escape what Markdown reads inside a line: emphasis, code, links, HTML, strikethrough, entities. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<~]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/**
 * Escape what Markdown reads at the start of a block: headings, quotes,
 * bullets, thematic breaks and ordered-list numbers (which would renumber
 * “2.” as “1.” in some renderers and lose the page's own numbering).
 */
export function escapeBlockStart(text: string): string {
  if (/^[-+#>=]/.test(text)) return `\\${text}`;
  return text.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

function render(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeInline(block.text).replace(/#/g, '\\#')}`;
    case 'caption':
      return `*${escapeInline(block.text)}*`;
    case 'item':
      return `- ${escapeBlockStart(escapeInline(block.text))}`;
    case 'paragraph':
      return escapeBlockStart(escapeInline(block.text));
    case 'image':
      // A photo the importer could not take leaves nothing (its caption stays, as a caption without a photo).
      return block.src ? `![${escapeInline(block.alt ?? '')}](${block.src.replace(/[()\s]/g, encodeURIComponent)})` : '';
  }
}

/** The body: blocks separated by blank lines, list items of one list on consecutive lines. */
export function blocksToMarkdown(all: readonly Block[]): string {
  const blocks = all.filter((b) => b.kind !== 'image' || b.src);
  let out = '';
  blocks.forEach((block, i) => {
    if (i > 0) out += block.kind === 'item' && blocks[i - 1]!.kind === 'item' ? '\n' : '\n\n';
    out += render(block);
  });
  return out === '' ? '' : `${out}\n`;
}
