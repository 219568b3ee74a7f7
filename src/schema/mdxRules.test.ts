import { describe, expect, it } from 'vitest';
import { mdxProblems } from './mdxRules.ts';

describe('what an .mdx article may contain', () => {
  it('accepts Markdown, tags and literal values', () => {
    expect(mdxProblems('Đoạn đầu.\n\n<img src="a.jpg" alt="" />\n\n*Chú thích*\n\nNăm {2024}, {"Phúc Lợi"}.\n')).toEqual([]);
    expect(mdxProblems('```js\nexport const x = {a: 1};\n```\n\nMã `{x}` trong dòng.\n')).toEqual([]);
  });
  it('refuses code that runs at build time, naming the line', () => {
    expect(mdxProblems('Một\n\n{(() => process.exit(1))()}\n', 10)).toEqual([expect.stringMatching(/^dòng 12: biểu thức/)]);
    expect(mdxProblems('export const a = 1;\n')[0]).toMatch(/“export”/);
    expect(mdxProblems("import X from './x.astro';\n")[0]).toMatch(/“import”/);
  });
  it('refuses markup that would pass the sanitiser', () => {
    expect(mdxProblems('{<img src="x" onerror="alert(1)"/>}\n')).toHaveLength(1);
    expect(mdxProblems('<Fragment set:html="<img src=x onerror=alert(1)>" />\n')).toEqual([expect.stringMatching(/set:html/)]);
    expect(mdxProblems('<a href={"javascript:x"}>x</a> <b title={x}>y</b>\n')).toHaveLength(1);
  });
});
