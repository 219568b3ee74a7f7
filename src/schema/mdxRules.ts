/**
 * What an .mdx article may contain. MDX is JavaScript: an expression
 * (`{(() => …)()}`) runs at build time, an `export` or an import brings in
 * code, `{<img onerror=…/>}` and `<Fragment set:html=…>` put markup past the
 * sanitiser. Staff and the importer write .md; an .mdx in the content folders
 * may use Markdown, plain HTML-like tags (sanitised like raw HTML in .md) and
 * literal values in braces (`{2024}`, `{"…"}`), nothing else. The build
 * refuses anything more, naming the file and the line. Pure.
 */

/** Literal values an expression may hold: a number or a quoted string. */
const LITERAL = /^\s*(?:-?\d[\d.,]*|"[^"\\{}]*"|'[^'\\{}]*')\s*$/;

/** The source with code (fenced blocks, inline code) blanked out, line numbers kept. */
function withoutCode(source: string): string {
  return source
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Problems of an .mdx body, one message per problem (Vietnamese, with the line), or none. */
export function mdxProblems(body: string, firstLine = 1): string[] {
  const text = withoutCode(body);
  const problems: string[] = [];
  const at = (index: number) => `dòng ${lineOf(text, index) + firstLine - 1}`;
  for (const m of text.matchAll(/^[ \t]*(import|export)\b/gm)) {
    problems.push(`${at(m.index)}: không được dùng “${m[1]}” trong bài .mdx (mã lệnh chạy khi dựng trang)`);
  }
  for (const m of text.matchAll(/\bset:(html|text)\b/g)) {
    problems.push(`${at(m.index)}: không được dùng “set:${m[1]}” trong bài .mdx`);
  }
  // Every {…} (balanced) must be a literal.
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{') continue;
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) break;
    }
    const inner = text.slice(i + 1, j);
    if (!LITERAL.test(inner)) problems.push(`${at(i)}: biểu thức “{${inner.trim().slice(0, 40)}}” không được phép trong bài .mdx (chỉ số hoặc chuỗi)`);
    i = j;
  }
  return problems;
}
