import { describe, expect, it } from 'vitest';
import { mdxProblems } from './mdxRules.ts';

const FRONT = '---\ntitle: Bài thử\nsummary: "Một {dấu ngoặc} trong front matter"\n---\n\n';

describe('what an .mdx article may contain', () => {
  it('accepts Markdown, lower-case tags and literal values', () => {
    expect(mdxProblems(FRONT + 'Đoạn đầu.\n\n<img src="a.jpg" alt="" />\n\n*Chú thích*\n\nNăm {2024}, {"Phúc Lợi"}.\n')).toEqual([]);
    expect(mdxProblems('```js\nexport const x = {a: 1};\n```\n\nMã `{x}` trong dòng.\n')).toEqual([]);
    expect(mdxProblems('<a href={"https://example.vn/"} title="x">liên kết</a> <>mảnh</>\n')).toEqual([]);
  });

  it('refuses code that runs at build time, naming the file line', () => {
    expect(mdxProblems(FRONT + 'Một\n\n{(() => process.exit(1))()}\n')).toEqual([expect.stringMatching(/^dòng 8: biểu thức/)]);
    expect(mdxProblems('export const a = 1;\n')[0]).toMatch(/“import”\/“export”/);
    expect(mdxProblems("import X from './x.astro';\n")[0]).toMatch(/“import”\/“export”/);
  });

  // Security issue, item 1: each of these built with exit 0 under the regular-expression rule.
  it('A: an expression after an escaped backtick (MDX reads \\` as a literal backtick)', () => {
    const a = 'Đoạn \\`{globalThis.process.getBuiltinModule("fs").writeFileSync("/tmp/x","ran")}` cuối.\n';
    expect(mdxProblems(FRONT + a)).toEqual([expect.stringMatching(/^dòng 6: biểu thức “\{globalThis\.process/)]);
    // Variants: two escapes, an escape inside emphasis, a flow expression after an escaped fence.
    expect(mdxProblems('\\`\\`{process.exit()}\\`\\`\n')).toHaveLength(1);
    expect(mdxProblems('*nhấn \\`{eval("1")}`*\n')).toHaveLength(1);
    expect(mdxProblems('\\```\n{process.exit()}\n\\```\n')).toHaveLength(1);
  });

  it('B: markup in an expression that would pass the sanitiser', () => {
    expect(mdxProblems('Đoạn \\`{<img src="x" onerror="window.__pwned=1" />}` cuối.\n')).toEqual([expect.stringMatching(/biểu thức “\{<img/)]);
    expect(mdxProblems('{<img src="x" onerror="alert(1)"/>}\n')).toHaveLength(1);
    expect(mdxProblems('<Fragment set:html="<img src=x onerror=alert(1)>" />\n')).toEqual([expect.stringMatching(/<Fragment>/)]);
    expect(mdxProblems('<div set:html="<img src=x onerror=alert(1)>" />\n')).toEqual([expect.stringMatching(/set:html/)]);
    expect(mdxProblems('<a href={"javascript:x"}>x</a> <b title={x}>y</b>\n')).toHaveLength(1);
    expect(mdxProblems('<b {...globalThis}>y</b>\n')).toEqual([expect.stringMatching(/<b>/)]);
    expect(mdxProblems('<x.y /> <a:b /> <Foo />\n')).toHaveLength(3);
  });

  it('C: an export after a line that only looks like a fence (its info string holds a backtick)', () => {
    const c = '```x`\n\nexport const x = globalThis.process.getBuiltinModule("fs").writeFileSync("/tmp/x", "ran");\n\nĐoạn.\n';
    expect(mdxProblems(FRONT + c)).toEqual([expect.stringMatching(/^dòng 8: .*“import”\/“export”/)]);
    expect(mdxProblems('``x`\n\nimport fs from "node:fs"\n')).toHaveLength(1);
    // A tilde fence may hold a tilde in its info string: then what follows is really code, and nothing runs.
    expect(mdxProblems('~~~x~\nimport fs from "node:fs"\n~~~\n')).toEqual([]);
    expect(mdxProblems('````x`\n\n{process.exit()}\n')).toHaveLength(1);
  });

  it('refuses what the parser cannot read, rather than letting the compiler try', () => {
    expect(mdxProblems('Đoạn {chưa đóng\n')).toEqual([expect.stringMatching(/không đọc được/)]);
  });
});
