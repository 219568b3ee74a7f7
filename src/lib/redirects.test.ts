import { describe, expect, it } from 'vitest';
import { fallbackFile, fallbackHtml, netlifyRedirects, nginxMap, parseRedirects, targetFile, withGenerated } from './redirects.ts';

describe('parseRedirects', () => {
  it('reads old and new addresses with their reason and date', () => {
    const { redirects, errors } = parseRedirects({
      redirects: [{ from: '/tin-tuc/2015/bai-cu/', to: '/tin-tuc/2016/bai-moi/', reason: 'Gộp bài', date: '2024-01-02T08:00:00+07:00' }],
    });
    expect(errors).toEqual([]);
    expect(redirects).toMatchObject([{ from: '/tin-tuc/2015/bai-cu/', to: '/tin-tuc/2016/bai-moi/', reason: 'Gộp bài' }]);
    expect(redirects[0]!.date!.toISOString()).toBe('2024-01-02T01:00:00.000Z');
  });
  it('refuses addresses a static server cannot match, naming the entry and field', () => {
    const { errors } = parseRedirects({
      redirects: [
        { from: '/tin?id=5', to: '/tin-tuc/' },
        { from: '/ok/', to: 'javascript:alert(1)' },
        { from: 'tin-tuc/bai/', to: '/' },
      ],
    });
    expect(errors.join('\n')).toMatch(/redirects\.0\.from/);
    expect(errors.join('\n')).toMatch(/redirects\.1\.to/);
    expect(errors.join('\n')).toMatch(/redirects\.2\.from/);
  });
  it('refuses the same old address twice, a redirect to itself and chains', () => {
    const { errors } = parseRedirects({
      redirects: [
        { from: '/a/', to: '/b/' },
        { from: '/a/', to: '/c/' },
        { from: '/d/', to: '/d/' },
        { from: '/b/', to: '/e/' },
      ],
    });
    expect(errors.some((e) => e.startsWith('redirects.1.from'))).toBe(true);
    expect(errors.some((e) => e.startsWith('redirects.2.to'))).toBe(true);
    expect(errors.some((e) => e.startsWith('redirects.0.to') && e.includes('/b/'))).toBe(true);
  });
});

describe('outputs', () => {
  const list = [
    { from: '/tin-tuc/2015/bai-cu/', to: '/tin-tuc/2016/bai-moi/' },
    { from: '/tin-cu.aspx', to: 'https://hanoi.gov.vn/' },
  ];
  it('writes _redirects and the nginx map, one line per redirect', () => {
    expect(netlifyRedirects(list)).toBe('/tin-tuc/2015/bai-cu/ /tin-tuc/2016/bai-moi/ 301\n/tin-cu.aspx https://hanoi.gov.vn/ 301\n');
    expect(nginxMap(list)).toBe('"/tin-tuc/2015/bai-cu/" "/tin-tuc/2016/bai-moi/";\n"/tin-cu.aspx" "https://hanoi.gov.vn/";\n');
    expect(netlifyRedirects([])).toBe('');
  });
  it('adds the generated redirects after the listed ones, an editor’s entry for the same address first', () => {
    const generated = [
      { from: '/tin-tuc/trang-2/', to: '/tin-tuc/' },
      { from: '/tin-tuc/2015/bai-cu/', to: '/tin-tuc/2015/' },
    ];
    expect(withGenerated(list, generated)).toEqual([...list, generated[0]]);
    expect(withGenerated([], generated)).toEqual(generated);
  });
  it('places a fallback page only where a static server serves HTML', () => {
    expect(fallbackFile('/tin-tuc/2015/bai-cu/')).toBe('tin-tuc/2015/bai-cu/index.html');
    expect(fallbackFile('/tin-cu.html')).toBe('tin-cu.html');
    expect(fallbackFile('/tin-cu.aspx')).toBeUndefined();
    expect(targetFile('/tin-tuc/')).toBe('tin-tuc/index.html');
    expect(targetFile('/rss.xml')).toBe('rss.xml');
    expect(targetFile('https://hanoi.gov.vn/')).toBeUndefined();
  });
  it('writes a fallback page that goes to the new address without script', () => {
    const html = fallbackHtml(
      list[0]!,
      { name: 'Tin Phường', owner: 'UBND phường Phúc Lợi', origin: 'https://x.vn' },
      { title: 'Trang đã chuyển', body: 'Nội dung đã chuyển.', link: 'Đi tới trang mới' },
    );
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=https://x.vn/tin-tuc/2016/bai-moi/">');
    expect(html).toContain('<a href="https://x.vn/tin-tuc/2016/bai-moi/">Đi tới trang mới</a>');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('UBND phường Phúc Lợi');
    expect(html).not.toMatch(/<script/i);
  });
});
