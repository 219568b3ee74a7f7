/**
 * What an .mdx article may contain, decided on the syntax tree of the parser
 * that compiles it. MDX is JavaScript: an expression (`{(() => …)()}`) runs at
 * build time, an `export` or an `import` brings in code, `{<img onerror=…/>}`
 * and `<Fragment set:html=…>` put markup past the sanitiser. An .mdx in the
 * content folders may hold Markdown, plain lower-case HTML tags (sanitised
 * like raw HTML in .md, src/markdown/sanitize.ts) with literal attribute
 * values, and literal values in braces (`{2024}`, `{"…"}`); nothing else.
 *
 * Why the real parser: regular expressions read MDX differently from MDX
 * (an escaped backtick, a "fence" whose info string holds a backtick), and
 * each difference was a way to run code (docs/security.md#mdx). The tree
 * comes from Sätteri, the parser @astrojs/mdx compiles with, given the same
 * features and the same front-matter handling, so what is checked is what
 * would be compiled. Pure.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToMdast, type MdastNode } from 'satteri';
import { articleFeatures } from '../markdown/processor.ts';
import { fill, vi } from '../i18n/vi.ts';

/** Literal values an expression may hold: a number or a quoted string, nothing that could call or build anything. */
const LITERAL = /^\s*(?:-?\d[\d.,]*|"[^"\\{}`\n]*"|'[^'\\{}`\n]*')\s*$/;
/** Plain HTML element names: components (`Foo`), members (`a.b`) and namespaces (`a:b`) are code. */
const HTML_NAME = /^[a-z][a-z0-9]*$/;
/** Attribute names without Astro directives (`set:html`, `is:raw`, `client:load`). */
const ATTRIBUTE_NAME = /^[A-Za-z_][\w.-]*$/;

interface Node {
  type: string;
  value?: unknown;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const short = (text: string) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 40)}…` : one;
};

/** Problems of one node (not its children), one Vietnamese message each. */
function nodeProblems(node: Node): string[] {
  const m = vi.build.mdx;
  switch (node.type) {
    case 'mdxjsEsm':
      return [fill(m.esm, { code: short(String(node.value)) })];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return LITERAL.test(String(node.value)) ? [] : [fill(m.expression, { code: short(String(node.value)) })];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      // `<>…</>` (no name) is a plain fragment: harmless.
      if (node.name != null && !HTML_NAME.test(name)) return [fill(m.component, { name })];
      return (node.attributes ?? []).flatMap((attribute) => {
        if (attribute.type !== 'mdxJsxAttribute') return [fill(m.spread, { tag: name })];
        if (!ATTRIBUTE_NAME.test(attribute.name ?? '')) return [fill(m.directive, { attribute: attribute.name ?? '', tag: name })];
        const value = attribute.value as { value?: unknown } | string | null | undefined;
        if (value == null || typeof value === 'string') return [];
        return LITERAL.test(String(value.value)) ? [] : [fill(m.expression, { code: short(String(value.value)) })];
      });
    }
    default:
      return [];
  }
}

/**
 * Problems of an .mdx file (the whole file, front matter included, as
 * @astrojs/mdx reads it): one message per problem, each with its line, or none.
 */
export function mdxProblems(file: string): string[] {
  // As @astrojs/mdx does: the front matter blanked with spaces, so lines keep their numbers.
  let content: string;
  try {
    content = parseFrontmatter(file, { frontmatter: 'empty-with-spaces' }).content;
  } catch {
    return []; // Broken YAML: the loader reports it with its own, better message.
  }
  let tree: MdastNode;
  try {
    tree = mdxToMdast(content, { features: articleFeatures });
  } catch (error) {
    // Not valid MDX: nothing would be compiled, and the build must not go on to try.
    return [fill(vi.build.mdx.syntax, { message: error instanceof Error ? error.message : String(error) })];
  }
  const problems: string[] = [];
  const visit = (node: Node) => {
    for (const problem of nodeProblems(node)) problems.push(`${fill(vi.build.mdx.line, { line: node.position?.start.line ?? '?' })}: ${problem}`);
    node.children?.forEach(visit);
  };
  visit(tree as unknown as Node);
  return problems;
}
