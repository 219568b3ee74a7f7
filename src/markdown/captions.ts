/**
 * Photo captions. Old portal articles, and the importer's Markdown, write a
 * caption as a paragraph that is only emphasis: `*Đ/c … báo cáo …*`. Readers
 * should see a caption, not a stray italic paragraph, so:
 * - an image paragraph followed by such a paragraph (or an image and the
 *   emphasis in one paragraph) becomes `<figure><img><figcaption>`;
 * - such a paragraph alone (the photo was lost) becomes
 *   `<figure class="caption-only"><figcaption>`: the text is kept, no image
 *   is invented.
 * Pure, over hast-like objects; returns the same object when nothing changed.
 */
import type { HNode } from './sanitize.ts';

const isWhitespace = (n: HNode) => n.type === 'text' && typeof n.value === 'string' && n.value.trim() === '';
const isElement = (n: HNode | undefined, tag: string): boolean => !!n && n.type === 'element' && n.tagName === tag;
const isImage = (n: HNode | undefined) => isElement(n, 'img') || (!!n && n.type.startsWith('mdxJsx') && (n.name === 'img' || n.name === 'Image'));
const solid = (n: HNode) => (n.children ?? []).filter((c) => !isWhitespace(c));

/** The emphasis node when `node` is a paragraph holding only one emphasis. */
export function captionOf(node: HNode): HNode | null {
  if (!isElement(node, 'p')) return null;
  const parts = solid(node);
  return parts.length === 1 && isElement(parts[0], 'em') ? parts[0]! : null;
}

/** The image when `node` is a paragraph holding only one image. */
function imageOf(node: HNode | undefined): HNode | null {
  if (!node || !isElement(node, 'p')) return null;
  const parts = solid(node);
  return parts.length === 1 && isImage(parts[0]) ? parts[0]! : null;
}

/** [image, caption emphasis] when one paragraph holds an image then a caption. */
function imageAndCaptionOf(node: HNode): [HNode, HNode] | null {
  if (!isElement(node, 'p')) return null;
  const parts = solid(node);
  return parts.length === 2 && isImage(parts[0]) && isElement(parts[1], 'em') ? [parts[0]!, parts[1]!] : null;
}

const figcaption = (em: HNode): HNode => ({ type: 'element', tagName: 'figcaption', properties: {}, children: em.children ?? [] });

export function figure(image: HNode | null, em: HNode): HNode {
  return image
    ? { type: 'element', tagName: 'figure', properties: {}, children: [image, figcaption(em)] }
    : { type: 'element', tagName: 'figure', properties: { className: ['caption-only'] }, children: [figcaption(em)] };
}

function captionChildren(children: HNode[]): HNode[] {
  let changed = false;
  const out: HNode[] = [];
  for (const original of children) {
    const child = captionNode(original);
    if (child !== original) changed = true;
    const em = captionOf(child);
    if (em) {
      // Look back past whitespace for an image-only paragraph to attach to.
      let k = out.length - 1;
      while (k >= 0 && isWhitespace(out[k]!)) k--;
      const image = k >= 0 ? imageOf(out[k]) : null;
      if (image) out.splice(k, out.length - k, figure(image, em));
      else out.push(figure(null, em));
      changed = true;
      continue;
    }
    const pair = imageAndCaptionOf(child);
    if (pair) {
      out.push(figure(pair[0], pair[1]));
      changed = true;
      continue;
    }
    out.push(child);
  }
  return changed ? out : children;
}

/**
 * Whether Markdown (or MDX) source can hold an emphasis-only paragraph at all:
 * emphasis is written with * or _, raw HTML and JSX with <, and a block comes
 * from a fence (` or ~). Source with none of them is left unwalked: walking
 * copies every node out of Sätteri, 2.4 s of a 10,000-article build.
 */
export const mayHaveCaptions = (source: string): boolean => /[*_<`~]/.test(source);

/** Captions applied at every level (inside lists and quotes too). */
export function captionNode<T extends HNode>(node: T): T {
  if (!node.children || isElement(node, 'p')) return node;
  const children = captionChildren(node.children);
  return (children === node.children ? node : { ...node, children }) as T;
}
