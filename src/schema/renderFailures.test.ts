import { describe, expect, it } from 'vitest';
import { assertRendered, failedRender, renderError, renderFailuresMessage } from './renderFailures.ts';

const root = '/repo';
const blockError = new Error('/repo/content/news/2024/bai.md: khối ```anh sai:\n  thiếu “Mô tả” của ảnh');

describe('bodies that cannot render', () => {
  it('keep why, naming the file relative to the site', () => {
    const stored = failedRender('/repo/content/news/2024/bai.md', blockError, root);
    expect(stored.html).toBe('');
    expect(renderError({ rendered: stored })).toBe('content/news/2024/bai.md: khối ```anh sai:\n  thiếu “Mô tả” của ảnh');
    expect(renderError({ rendered: failedRender('/repo/content/news/x.md', new Error('hỏng'), root) })).toBe('content/news/x.md: hỏng');
  });

  it('make one build error listing every broken file, and none when all render', () => {
    const entries = [
      { rendered: { html: '<p>ok</p>', metadata: {} } },
      { rendered: failedRender('/repo/content/news/b.md', new Error('hỏng'), root) },
      {},
      { rendered: failedRender('/repo/content/news/a.md', new Error('sai'), root) },
    ];
    expect(renderFailuresMessage(entries)).toBe(
      'Nội dung bài không hiển thị được (2): trang sẽ mất cả phần nội dung. Sửa rồi dựng lại:\n- content/news/a.md: sai\n- content/news/b.md: hỏng',
    );
    expect(renderFailuresMessage(entries.slice(0, 1))).toBeUndefined();
  });

  it('stop the page itself, with the reason', () => {
    expect(() => assertRendered({ rendered: failedRender('/repo/content/news/2024/bai.md', blockError, root) })).toThrow(
      /content\/news\/2024\/bai\.md: khối ```anh sai:\n {2}thiếu “Mô tả” của ảnh/,
    );
    expect(() => assertRendered({ rendered: { html: '<p>ok</p>' } })).not.toThrow();
  });
});
