import { describe, expect, it } from 'vitest';
import { staleRefusal, versionOf } from './conflict.ts';

const saved = { text: '---\ntitle: Bản của chị Lan\n---\n', author: 'Nguyễn Thị Lan', at: new Date('2015-09-07T09:46:00Z') };

describe('a save made on an older version of the entry', () => {
  it('passes when the branch still holds the version it was edited from', () => {
    expect(staleRefusal(versionOf(saved.text), saved)).toBeNull();
    // A new entry, whose file nobody has written yet.
    expect(staleRefusal(null, { text: null, author: null, at: null })).toBeNull();
  });

  it('is refused, saying when (Asia/Ho_Chi_Minh) and by whom the newer one was saved', () => {
    expect(staleRefusal(versionOf('---\ntitle: Bản cũ\n---\n'), saved)).toBe(
      'Bài này đã có người khác lưu lúc 07/09/2015 16:46 (người lưu: Nguyễn Thị Lan), sau khi bạn mở bài. Bản của bạn chưa được lưu, để không xóa mất phần người kia đã sửa; nó vẫn còn nguyên trong khung soạn.',
    );
    expect(staleRefusal('0'.repeat(64), { ...saved, author: null })).toMatch(/^Bài này đã có người khác lưu lúc 07\/09\/2015 16:46, sau khi bạn mở bài\./);
  });

  it('is refused when a new entry would replace one of the same name, or the file has gone', () => {
    expect(staleRefusal(null, saved)).toMatch(/^Đã có một bài cùng tên, lưu lúc 07\/09\/2015 16:46 \(người lưu: Nguyễn Thị Lan\)\..*đổi tiêu đề/);
    expect(staleRefusal(versionOf(saved.text), { text: null, author: null, at: null })).toMatch(/đã bị xóa hoặc chuyển đi/);
  });

  it('is refused when the page sends no version at all (an admin page from before the check)', () => {
    expect(staleRefusal(undefined, saved)).toMatch(/Trang quản trị đang mở là bản cũ/);
    expect(staleRefusal(42, { text: null, author: null, at: null })).toMatch(/Trang quản trị đang mở là bản cũ/);
  });
});
