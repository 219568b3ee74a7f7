import { describe, expect, it } from 'vitest';
import { photoItem } from './photoList.ts';

describe('a photo uploaded with many others', () => {
  it('becomes a list item with the path Decap writes for the entry’s folder, alt text and caption still to write', () => {
    expect(photoItem('anh', 'le-trao-giai-lx3k9q.jpg')).toEqual({ image: 'anh/le-trao-giai-lx3k9q.jpg', alt: '', caption: '' });
    expect(photoItem('anh/', 'a.jpg').image).toBe('anh/a.jpg');
  });
});
