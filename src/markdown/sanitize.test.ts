import { describe, expect, it } from 'vitest';
import { attributeKey, contentHref, isSafeUrl, sanitizeTree, type HNode } from './sanitize.ts';
import { needsSanitizing } from './sanitize.ts';

const el = (tagName: string, properties: Record<string, unknown> = {}, children: HNode[] = []): HNode => ({ type: 'element', tagName, properties, children });
const text = (value: string): HNode => ({ type: 'text', value });
const root = (...children: HNode[]): HNode => ({ type: 'root', children });

describe('isSafeUrl', () => {
  it('allows relative, fragment, http(s), mailto and tel', () => {
    for (const url of ['/tin-tuc/', './a.jpg', 'a.jpg', '#fn-1', 'https://hanoi.gov.vn/', 'http://x.vn', 'mailto:a@b.vn', 'tel:+84243875']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });
  it('refuses script-carrying schemes, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' java\tscript:alert(1)',
      'java\nscript:x',
      'vbscript:x',
      'data:text/html,<script>x</script>',
      '&#106;avascript:x',
    ]) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });
});

describe('attributeKey', () => {
  it('gives hast and HTML spellings one key', () => {
    expect(attributeKey('colSpan')).toBe(attributeKey('colspan'));
    expect(attributeKey('className')).toBe('class');
    expect(attributeKey('onError')).toBe('onerror');
    expect(attributeKey('aria-describedby')).toBe(attributeKey('ariaDescribedBy'));
  });
});

describe('sanitizeTree', () => {
  it('returns the same tree when nothing is unsafe', () => {
    const tree = root(
      el('p', {}, [text('Phường '), el('strong', {}, [text('Phúc Lợi')])]),
      el('table', {}, [el('tbody', {}, [el('tr', {}, [el('td', { colSpan: 2 }, [text('1')])])])]),
    );
    expect(sanitizeTree(tree)).toBe(tree);
  });
  it('drops script, style, iframe and object with their content', () => {
    const tree = root(
      el('p', {}, [text('a'), el('script', {}, [text('alert(1)')]), text('b')]),
      el('style', {}, [text('body{}')]),
      el('iframe', { src: '//x' }, [el('p', {}, [text('inner')])]),
      el('object', { data: 'x.swf' }),
    );
    expect(JSON.stringify(sanitizeTree(tree))).not.toMatch(/script|alert|style|body\{|iframe|inner|object|swf/);
  });
  it('removes every on* attribute and unsafe URLs, keeps safe ones', () => {
    const out = sanitizeTree(
      root(
        el('img', { src: 'x', onError: 'alert(1)', alt: 'a' }),
        el('a', { href: 'javascript:alert(1)', onClick: 'x()' }, [text('x')]),
        el('a', { href: '/tin-tuc/' }, [text('ok')]),
      ),
    );
    const [img, bad, good] = out.children!;
    expect(img!.properties).toEqual({ src: 'x', alt: 'a' });
    expect(sanitizeTree(root(el('img', { src: 'y' }))).children![0]!.properties).toEqual({ src: 'y', alt: '' });
    expect(bad!.properties).toEqual({});
    expect(good!.properties).toEqual({ href: '/tin-tuc/' });
  });
  it('unwraps unknown elements, keeping their text', () => {
    const out = sanitizeTree(root(el('p', {}, [el('font', { color: 'red' }, [text('đỏ '), el('i', {}, [text('nghiêng')])])])));
    expect(out.children![0]!.children).toEqual([text('đỏ '), el('i', {}, [text('nghiêng')])]);
  });
  it('drops style attributes and comments; shows unparsed raw HTML as text', () => {
    const out = sanitizeTree(
      root(el('p', { style: 'position:fixed' }, [text('x')]), { type: 'comment', value: 'c' }, { type: 'raw', value: '<script>x</script>' }),
    );
    expect(out.children![0]!.properties).toEqual({});
    expect(out.children!.length).toBe(2);
    expect(out.children![1]).toEqual({ type: 'text', value: '<script>x</script>' });
  });
  it('keeps only disabled checkboxes among inputs', () => {
    const out = sanitizeTree(root(el('input', { type: 'checkbox', checked: true }), el('input', { type: 'text', value: 'x' })));
    expect(out.children).toEqual([el('input', { type: 'checkbox', checked: true, disabled: true })]);
  });
  it('cleans MDX elements: on* and expression attributes go, components stay', () => {
    const mdxImg: HNode = {
      type: 'mdxJsxFlowElement',
      name: 'img',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'src', value: 'x' },
        { type: 'mdxJsxAttribute', name: 'onerror', value: 'alert(1)' },
        { type: 'mdxJsxAttribute', name: 'alt', value: { type: 'mdxJsxAttributeValueExpression', value: 'x' } },
      ],
      children: [],
    };
    const spread: HNode = {
      type: 'mdxJsxTextElement',
      name: 'b',
      attributes: [{ type: 'mdxJsxExpressionAttribute', value: '...props' }],
      children: [text('x')],
    };
    const script: HNode = { type: 'mdxJsxFlowElement', name: 'script', attributes: [], children: [text('alert(2)')] };
    const component: HNode = { type: 'mdxJsxFlowElement', name: 'Note', attributes: [{ type: 'mdxJsxAttribute', name: 'kind', value: 'info' }], children: [] };
    const out = sanitizeTree(root(mdxImg, spread, script, component));
    expect(out.children!.length).toBe(3);
    expect(out.children![0]!.attributes).toEqual([
      { type: 'mdxJsxAttribute', name: 'src', value: 'x' },
      { type: 'mdxJsxAttribute', name: 'alt', value: '' },
    ]);
    expect(out.children![1]!.attributes).toEqual([]);
    expect(out.children![2]).toBe(component);
  });
});

describe('content keeps out of the site’s names', () => {
  it('prefixes every id, and fragment links and aria references with it', () => {
    const out = sanitizeTree(
      root(
        el('h2', { id: 'cap-nhat' }, [text('x')]),
        el('p', { id: 'noi-dung' }),
        el('a', { href: '#noi-dung', ariaDescribedBy: ['footnote-label'] }),
        el('li', { id: 'user-content-fn-1' }),
      ),
    );
    expect(out.children!.map((n) => n.properties)).toEqual([
      { id: 'user-content-cap-nhat' },
      { id: 'user-content-noi-dung' },
      { href: '#user-content-noi-dung', ariaDescribedBy: ['user-content-footnote-label'] },
      { id: 'user-content-fn-1' },
    ]);
    expect(contentHref('#')).toBe('#');
    expect(contentHref('/tin-tuc/#cap-nhat')).toBe('/tin-tuc/#cap-nhat');
  });
  it('keeps only the classes the Markdown pipeline emits, where it emits them', () => {
    const out = sanitizeTree(
      root(
        el('p', { className: ['skip-link', 'sr-only', 'article-body'] }),
        el('figure', { className: ['caption-only', 'article-cover'] }),
        el('h2', { id: 'footnote-label', className: ['sr-only'] }),
        el('h2', { id: 'khac', className: ['sr-only'] }),
        el('code', { className: ['language-js', 'card'] }),
        el('ul', { className: ['contains-task-list'] }, [el('li', { className: ['task-list-item', 'skip-link'] })]),
      ),
    );
    expect(out.children!.map((n) => n.properties!.className)).toEqual([
      undefined,
      ['caption-only'],
      ['sr-only'],
      undefined,
      ['language-js'],
      ['contains-task-list'],
    ]);
    expect(out.children![5]!.children![0]!.properties!.className).toEqual(['task-list-item']);
  });
  it('drops rel="opener" and any target but _blank, which gets noopener', () => {
    const out = sanitizeTree(
      root(
        el('a', { href: 'https://x.vn', rel: ['opener'] }),
        el('a', { href: 'https://x.vn', target: '_blank', rel: ['nofollow', 'opener'] }),
        el('a', { href: 'https://x.vn', target: '_blank' }),
        el('a', { href: 'https://x.vn', target: '_top' }),
      ),
    );
    expect(out.children!.map((n) => n.properties)).toEqual([
      { href: 'https://x.vn' },
      { href: 'https://x.vn', target: '_blank', rel: ['nofollow', 'noopener'] },
      { href: 'https://x.vn', target: '_blank', rel: ['noopener'] },
      { href: 'https://x.vn' },
    ]);
  });
  it('does the same for MDX elements', () => {
    const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });
    const a: HNode = {
      type: 'mdxJsxTextElement',
      name: 'a',
      attributes: [attr('href', '#cap-nhat'), attr('target', '_blank'), attr('rel', 'opener'), attr('class', 'skip-link')],
      children: [text('x')],
    };
    const h: HNode = { type: 'mdxJsxFlowElement', name: 'h2', attributes: [attr('id', 'noi-dung'), attr('class', 'sr-only')], children: [text('H')] };
    const out = sanitizeTree(root(a, h));
    expect(out.children![0]!.attributes).toEqual([attr('href', '#user-content-cap-nhat'), attr('target', '_blank'), attr('rel', 'noopener')]);
    expect(out.children![1]!.attributes).toEqual([attr('id', 'user-content-noi-dung')]);
  });
});

describe('which Markdown needs the walk', () => {
  it('skips plain Markdown, and only that', () => {
    expect(needsSanitizing('## Tiêu đề\n\nĐoạn *nghiêng* và [liên kết](https://phuong.gov.vn/tin/).\n\n![Ảnh](./anh/a.jpg)\n\n| a | b |\n|---|---|')).toBe(
      false,
    );
    for (const risky of [
      '<script>x</script>',
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](jav&#97;script:alert(1))',
      '<javascript:alert(1)>',
      '[r]: vbscript:x',
      '![x](data:image/svg+xml,x)',
      'a &amp; b',
    ]) {
      expect(needsSanitizing(risky)).toBe(true);
    }
  });
});
