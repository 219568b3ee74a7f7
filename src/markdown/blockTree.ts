/**
 * What a block (blocks.ts) becomes in an article: Markdown-tree nodes that
 * name their HTML element (data.hName), so Sätteri writes the figure, table
 * or document card, and photos stay Markdown images, which Astro turns into
 * WebP with srcset and sizes like any other body photo. Every element and
 * class here is one the sanitizer keeps (sanitize.ts CONTENT_CLASSES), and no
 * block needs client JavaScript. Pure.
 */
import type { Block, BlockPhoto } from './blocks.ts';
import { isoOfVnDate } from './blocks.ts';
import { albumUrl } from '../lib/routes.ts';
import { vi } from '../i18n/vi.ts';

export interface MNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string;
  data?: { hName: string; hProperties?: Record<string, unknown> };
  children?: MNode[];
}

const el = (tag: string, children: MNode[], props?: Record<string, unknown>): MNode => ({
  type: 'tinPhuongBlock',
  data: { hName: tag, ...(props ? { hProperties: props } : {}) },
  children,
});
const text = (value: string): MNode => ({ type: 'text', value });
const image = (p: BlockPhoto): MNode => ({ type: 'image', url: p.image, alt: p.alt });
const credit = (name: string) => el('span', [text(` (${vi.blocks.credit}: ${name})`)], { className: ['credit'] });

function captionOf(caption: string | undefined, by: string | undefined): MNode[] {
  if (!caption && !by) return [];
  return [el('figcaption', [...(caption ? [text(caption)] : []), ...(by ? [credit(by)] : [])])];
}

/** The nodes of a block; `images` collects the photos' paths (for astro:assets and the build's photo check). */
export function blockTree(block: Block): MNode {
  switch (block.kind) {
    case 'figure':
      return el('figure', [image(block.photo), ...captionOf(block.photo.caption, block.credit)], { className: ['block-figure'] });
    case 'gallery':
      return el(
        'figure',
        [
          ...captionOf(block.title, block.credit),
          el(
            'ul',
            block.photos.map((p) => el('li', [el('figure', [image(p), ...captionOf(p.caption, undefined)])])),
          ),
        ],
        { className: ['block-gallery'] },
      );
    case 'album':
      // A link until the page fills in the album's photos (src/lib/blockEmbeds.ts): the album may change without the article.
      return el('div', [el('p', [el('a', [text(vi.blocks.album)], { href: albumUrl(block.album) })])], { className: ['album-embed'] });
    case 'awards':
      return el(
        'div',
        [
          el('table', [
            el('caption', [text(block.title)]),
            el('thead', [
              el(
                'tr',
                block.columns.map((c) => el('th', [text(c)], { scope: 'col' })),
              ),
            ]),
            el(
              'tbody',
              block.rows.map((row) =>
                el(
                  'tr',
                  row.map((cell, i) => (i === 0 ? el('th', [text(cell)], { scope: 'row' }) : el('td', [text(cell)]))),
                ),
              ),
            ),
          ]),
        ],
        { className: ['block-awards'] },
      );
    case 'document': {
      const fact = (label: string, value: MNode) => [el('dt', [text(label)]), el('dd', [value])];
      return el(
        'div',
        [
          el('p', [text(block.summary)], { className: ['document-title'] }),
          el('dl', [
            ...fact(vi.blocks.number, text(block.number)),
            ...fact(vi.blocks.date, el('time', [text(block.date)], { dateTime: isoOfVnDate(block.date) })),
            ...fact(vi.blocks.issuer, text(block.issuer)),
          ]),
          ...(block.file ? [el('p', [el('a', [text(`${vi.blocks.download} ${block.number}`)], { href: block.file, className: ['document-file'] })])] : []),
        ],
        { className: ['block-document'] },
      );
    }
  }
}

/** The local photo paths of a block. */
export function blockImages(block: Block): string[] {
  if (block.kind === 'figure') return [block.photo.image];
  if (block.kind === 'gallery') return block.photos.map((p) => p.image);
  return [];
}
