/**
 * Raw HTML that would swallow the rest of an article. The sanitiser drops
 * `<textarea>`, `<title>`, `<style>`, `<form>`, `<svg>`… with their content
 * (sanitize.ts); an HTML parser puts everything after an unclosed one inside
 * it, so one stray `<textarea>` from an old portal made the paragraphs and
 * headings after it vanish, silently. The build refuses such an article,
 * naming the file and the line (schema/loader.ts), rather than guessing where
 * the author meant the tag to end: for `<textarea>`, `<script>` and `<style>`
 * even the Markdown after it is already read as HTML (CommonMark), so no
 * repair could restore the headings.
 *
 * The rule: a dropped element opened in raw HTML must be closed before any
 * Markdown content outside its own paragraph (`a <title>x</title> b` is fine;
 * a `<title>` whose `</title>` comes two paragraphs later is not). The same
 * for `<!--` without `-->`. Pure but for the Markdown parser.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import { articleFeatures } from './processor.ts';

/** Elements whose content is text up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Elements the sanitiser drops with their content that hold ordinary markup (head, frame, frameset are ignored in a body; void ones hold nothing). */
const CONTAINERS = new Set([
  'template',
  'object',
  'applet',
  'form',
  'select',
  'option',
  'button',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'portal',
  'dialog',
  'slot',
]);
/** Foreign elements, the only ones `<x/>` closes. */
const SELF_CLOSING = new Set(['svg', 'math']);

/** Cheap test before parsing: can the Markdown hold any of these at all? */
const MAYBE = new RegExp(`<(?:!--|(?:${[...RAW_TEXT, ...CONTAINERS].join('|')})(?![\\w-]))`, 'i');

export interface Unclosed {
  /** The tag name, or `!--` for a comment. */
  tag: string;
  /** Line in the Markdown (1-based). */
  line: number;
}

interface Open extends Unclosed {
  kind: 'comment' | 'raw' | 'container';
  depth: number;
  /** The node holding the raw HTML that opened it: its own paragraph may continue it. */
  parent: MdastNode;
}

const START = /<!--|<([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])[^>]*?(\/?)>/g;

/** The first element or comment in `markdown` that swallows what follows it, or null. */
export function unclosedHtml(markdown: string): Unclosed | null {
  if (!MAYBE.test(markdown)) return null;
  const root = markdownToMdast(markdown, { features: articleFeatures, position: true });
  let open: Open | null = null;

  /** Follow raw HTML: what it opens, what it closes. Returns a problem when nothing can close it. */
  const scan = (value: string, firstLine: number, parent: MdastNode): Unclosed | null => {
    const lineAt = (index: number) => firstLine + (value.slice(0, index).match(/\n/g)?.length ?? 0);
    let at = 0;
    while (at < value.length) {
      if (open?.kind === 'comment') {
        const end = value.indexOf('-->', at);
        if (end < 0) return null;
        open = null;
        at = end + 3;
      } else if (open) {
        const current: Open = open;
        // Inside a raw-text element only its end tag counts; inside a container, its own tags nest.
        const tags = new RegExp(current.kind === 'raw' ? `</${current.tag}(?=[\\s/>])` : `<(/?)${current.tag}(?=[\\s/>])[^>]*?(/?)>`, 'gi');
        tags.lastIndex = at;
        let m: RegExpExecArray | null;
        while ((m = tags.exec(value))) {
          at = tags.lastIndex;
          if (current.kind === 'raw' || m[1]) current.depth--;
          else if (!(m[2] && SELF_CLOSING.has(current.tag))) current.depth++;
          if (current.depth === 0) break;
        }
        if (current.depth > 0) return null;
        open = null;
      } else {
        START.lastIndex = at;
        let m: RegExpExecArray | null;
        let found = false;
        while ((m = START.exec(value))) {
          const tag = m[1]?.toLowerCase();
          if (m[0] === '<!--') open = { kind: 'comment', tag: '!--', depth: 1, line: lineAt(m.index), parent };
          else if (tag === 'plaintext')
            return { tag, line: lineAt(m.index) }; // nothing ends it
          else if (tag && RAW_TEXT.has(tag)) open = { kind: 'raw', tag, depth: 1, line: lineAt(m.index), parent };
          else if (tag && CONTAINERS.has(tag) && !(m[2] && SELF_CLOSING.has(tag))) open = { kind: 'container', tag, depth: 1, line: lineAt(m.index), parent };
          else continue;
          at = START.lastIndex;
          found = true;
          break;
        }
        if (!found) return null;
      }
    }
    return null;
  };

  const walk = (node: MdastNode, parent: MdastNode): Unclosed | null => {
    if (node.type === 'html') {
      return scan(String((node as { value?: unknown }).value ?? ''), node.position?.start.line ?? 1, parent);
    }
    const children = (node as { children?: MdastNode[] }).children;
    if (children) {
      for (const child of children) {
        const problem = walk(child, node);
        if (problem) return problem;
      }
      return null;
    }
    // Markdown content while a dropped element is open: it would vanish, unless it sits in the opening tag's own paragraph.
    if (open && parent !== open.parent) return { tag: open.tag, line: open.line };
    return null;
  };

  const problem = walk(root, root);
  if (problem) return problem;
  const left = open as Open | null;
  return left ? { tag: left.tag, line: left.line } : null;
}
