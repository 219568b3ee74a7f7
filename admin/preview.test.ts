import { fromJS } from 'immutable';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { albumPreview } from './preview.ts';

describe('the album preview', () => {
  it('shows the album as its page does: title, Vietnamese date, count, photographer, introduction, grid', () => {
    const entry = fromJS({
      data: {
        title: 'Ngày hội Đại đoàn kết',
        publishedAt: '2026-12-06T16:32:00+07:00',
        photographer: 'Minh Ngọc',
        description: 'Ngày hội ở khu dân cư số 3.',
        photos: [
          { image: './anh/a.jpg', alt: 'Lá cờ', caption: 'Lễ thượng cờ' },
          { image: './anh/b.jpg', alt: 'Cây xanh' },
        ],
      },
    });
    const html = renderToStaticMarkup(
      createElement(albumPreview(), { entry, widgetFor: () => null, getAsset: (path: string) => ({ toString: () => `blob:${path}` }) } as never),
    );
    expect(html).toContain('<h1 class="page-title">Ngày hội Đại đoàn kết</h1>');
    expect(html).toContain('<p class="card-meta">Ngày đăng <time dateTime="2026-12-06T16:32:00+07:00">06/12/2026 16:32</time> · 2 ảnh · Ảnh: Minh Ngọc</p>');
    expect(html).not.toContain('2026-12-06T16:32:00+07:00<');
    expect(html).toContain('<p class="page-intro">Ngày hội ở khu dân cư số 3.</p>');
    expect(html).toContain(
      '<ul class="album-grid" aria-label="Các ảnh trong album"><li><img src="blob:./anh/a.jpg" alt="Lá cờ"/><p class="card-meta">Lễ thượng cờ</p></li><li><img src="blob:./anh/b.jpg" alt="Cây xanh"/></li></ul>',
    );
  });
});
