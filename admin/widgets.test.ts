import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { articleHastPlugins } from '../src/markdown/plugins.ts';
import { articleFeatures } from '../src/markdown/processor.ts';
import { IMAGE_BLOCK_PATTERN, imageFromBlock, imageToBlock } from './widgets.ts';

const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: articleHastPlugins, features: articleFeatures }).html;

describe('the body photo block', () => {
  it('writes the caption under the photo, which the site renders as its figure caption', () => {
    const block = imageToBlock({ image: 'anh/hoi-nghi.jpg', alt: 'Hội trường phường', caption: 'Quang cảnh hội nghị' });
    expect(block).toBe('![Hội trường phường](./anh/hoi-nghi.jpg)\n*Quang cảnh hội nghị*');
    const out = html(block);
    expect(out).toMatch(/<figure><img src="\.\/anh\/hoi-nghi\.jpg" alt="Hội trường phường"\s*\/?><figcaption>Quang cảnh hội nghị<\/figcaption><\/figure>/);
  });

  it('reads back what it wrote, brackets, stars and quotes included', () => {
    const data = { image: './anh/a.jpg', alt: 'Ảnh [1] của *đoàn*', caption: 'Đ/c A (giữa) * trao thưởng' };
    const block = imageToBlock(data);
    expect(imageFromBlock(block.match(IMAGE_BLOCK_PATTERN))).toEqual({ ...data, alt: 'Ảnh [1] của *đoàn*' });
  });

  it('reads an old block without caption, and one with the hover title it used to offer', () => {
    expect(imageFromBlock('![Cờ](./anh/co.jpg)'.match(IMAGE_BLOCK_PATTERN))).toEqual({ alt: 'Cờ', image: './anh/co.jpg', caption: '' });
    const old = imageFromBlock('![Cờ](./anh/co.jpg "Lá cờ")'.match(IMAGE_BLOCK_PATTERN))!;
    expect(old.title).toBe('Lá cờ');
    expect(imageToBlock(old)).toBe('![Cờ](./anh/co.jpg "Lá cờ")');
  });
});
