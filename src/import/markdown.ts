/**
 * Blocks → Markdown that renders to exactly the page's text. Legacy text is
 * text: a literal `*`, `_`, `[` or `<script>` must show as written, never
 * become emphasis, a link or HTML, so every character Markdown gives meaning
 * to is escaped. Captions are a paragraph holding one emphasis, which the
 * site renders as a figure caption (src/markdown/captions.ts).
 */
import type { Block, BlockLink } from './body.ts';
import type { HtmlTable } from './lines.ts';
import { DEFAULT_AWARD_COLUMNS, formatBlock, parseBlock } from '../markdown/blocks.ts';

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

/** A link's address in Markdown: spaces and parentheses percent-encoded, so the destination cannot end early. */
const destination = (url: string) => url.replace(/[()\s<>]/g, encodeURIComponent);

/** Text with its kept links: `[text](address)`; a link the importer did not keep (no `to`) is its text. */
export function inlineText(text: string, links: readonly BlockLink[] = []): string {
  let out = '';
  let at = 0;
  for (const link of [...links].sort((a, b) => a.start - b.start)) {
    if (link.start < at || link.to === undefined) continue;
    out += escapeInline(text.slice(at, link.start));
    out += `[${escapeInline(text.slice(link.start, link.end))}](${destination(link.to)})`;
    at = link.end;
  }
  return out + escapeInline(text.slice(at));
}

/** Words in a table's header row that make it a table of awards: who, and what they received. */
const AWARD_WHO = /tập thể|cá nhân|họ (?:và )?tên|đơn vị|người|recipient|name/iu;
const AWARD_WHAT = /khen thưởng|danh hiệu|giải|hình thức|thành tích|huy chương|bằng khen|giấy khen|xếp loại|award|prize/iu;
/** A numbering column (the block numbers its rows itself). */
const NUMBER_COLUMN = /^(?:stt|tt|số tt|số thứ tự|no\.?|#)$/iu;

/** An award table as the portal's award block (```khen-thuong, src/markdown/blocks.ts), or undefined when it is not one. */
export function awardBlock(table: HtmlTable, title?: string): string | undefined {
  const [head, ...rows] = table.rows;
  if (!head || rows.length === 0 || !head.some((c) => AWARD_WHO.test(c)) || !head.some((c) => AWARD_WHAT.test(c))) return undefined;
  const keep = head.map((c, i) => !(NUMBER_COLUMN.test(c.trim()) && rows.every((r) => /^\d*\.?$/.test((r[i] ?? '').trim()))));
  const pick = (cells: string[]) => cells.filter((_, i) => keep[i]);
  const columns = pick(head);
  const body = rows.map(pick).filter((r) => r.some((c) => c !== ''));
  const same = columns.length === DEFAULT_AWARD_COLUMNS.length && columns.every((c, i) => c === DEFAULT_AWARD_COLUMNS[i]);
  const block = formatBlock({
    kind: 'awards',
    title: table.caption ?? title ?? 'Danh sách khen thưởng',
    columns: same ? DEFAULT_AWARD_COLUMNS : columns,
    rows: body,
  });
  // The block must read back as written (one name per row, as many cells as columns): else a plain table.
  const lang = 'khen-thuong';
  return parseBlock(lang, block.slice(lang.length + 4, -4)).block ? block : undefined;
}

/** Any other table: a Markdown (GFM) table, its first row the header. */
export function markdownTable(table: HtmlTable): string {
  const width = Math.max(...table.rows.map((r) => r.length));
  const cell = (text = '') => escapeInline(text).replace(/\|/g, '\\|') || ' ';
  const row = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cell(cells[i])).join(' | ')} |`;
  const [head = [], ...rows] = table.rows;
  const lines = [row(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rows.map(row)];
  return table.caption ? `**${escapeInline(table.caption)}**\n\n${lines.join('\n')}` : lines.join('\n');
}

function render(block: Block, before?: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineText(block.text, block.links).replace(/#/g, '\\#')}`;
    case 'caption':
      return `*${escapeInline(block.text)}*`;
    case 'item': {
      // Nested items are indented four spaces a level: inside the parent's content, short of a code block.
      const marker = block.number === undefined ? '-' : `${block.number}.`;
      return `${' '.repeat(4 * (block.depth ?? 0))}${marker} ${escapeBlockStart(inlineText(block.text, block.links))}`;
    }
    case 'paragraph':
      return escapeBlockStart(inlineText(block.text, block.links));
    case 'table':
      return awardBlock(block.table, before?.kind === 'heading' ? before.text : undefined) ?? markdownTable(block.table);
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
    out += render(block, blocks[i - 1]);
  });
  return out === '' ? '' : `${out}\n`;
}
