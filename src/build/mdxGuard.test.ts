import { describe, expect, it } from 'vitest';
import { mdxGuard } from './mdxGuard.ts';

const transform = (root: string) => {
  const hook = mdxGuard(root).transform as { filter: { id: RegExp }; handler: (code: string, id: string) => unknown };
  return (code: string, id: string) => (hook.filter.id.test(id) ? hook.handler(code, id) : 'not checked');
};

describe('the .mdx guard in front of @astrojs/mdx', () => {
  const check = transform('/site');
  const attack = 'Đoạn \\`{globalThis.process.exit(1)}` cuối.\n';
  it('refuses content MDX with code before it is compiled, naming the file and line', () => {
    expect(() => check(attack, '/site/content/news/2024/a.mdx')).toThrow(/^\/site\/content\/news\/2024\/a\.mdx:\n {2}dòng 1: biểu thức/);
  });
  it('lets clean content and trusted MDX in src/ through, and leaves other files alone', () => {
    expect(check('Năm {2024}.\n', '/site/content/news/2024/a.mdx')).toBeNull();
    expect(check(attack, '/site/src/pages/gioi-thieu.mdx')).toBeNull();
    expect(check(attack, '/site/content/news/2024/a.md')).toBe('not checked');
    // Astro's wrappers around an .mdx module carry a query: the module itself is checked when it is compiled.
    expect(check('export default {}', '/site/content/news/2024/a.mdx?astroPropagatedAssets')).toBe('not checked');
  });
});
