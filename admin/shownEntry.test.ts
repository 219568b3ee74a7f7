import { describe, expect, it } from 'vitest';
import { isShownEntry } from './shownEntry.ts';

describe('the entry on screen, from the admin’s address', () => {
  it('is the entry of the editor the address opens, nested slugs and file collections included', () => {
    expect(isShownEntry('news', '2016/tin-phuong-so-02', '#/collections/news/entries/2016/tin-phuong-so-02')).toBe(true);
    expect(isShownEntry('settings', 'don-vi', '#/collections/settings/entries/don-vi')).toBe(true);
    expect(isShownEntry('albums', 'album-so-01', '#/collections/albums/entries/album-so-01/')).toBe(true);
  });

  it('is not an entry the officer has left, nor a new entry’s form, a list or the workflow board', () => {
    expect(isShownEntry('news', '2016/tin-phuong-so-01', '#/collections/news/entries/2016/tin-phuong-so-02')).toBe(false);
    expect(isShownEntry('news', '2016/tin-phuong-so-0', '#/collections/news/entries/2016/tin-phuong-so-01')).toBe(false);
    expect(isShownEntry('news', '2024/bai-moi', '#/collections/news/new')).toBe(false);
    expect(isShownEntry('news', '2024/bai-moi', '#/collections/news')).toBe(false);
    expect(isShownEntry('news', '2024/bai-moi', '#/workflow')).toBe(false);
    expect(isShownEntry('albums', 'album-so-01', '#/collections/news/entries/album-so-01')).toBe(false);
    expect(isShownEntry('news', '2016/a', '#/collections/news/entries/2016/%E0%A4%A')).toBe(false);
  });
});
