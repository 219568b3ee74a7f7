import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takePhoto } from './photos.ts';
import { pngBomb } from '../../tests/support/pngBomb.ts';

const dir = mkdtempSync(join(tmpdir(), 'tin-phuong-photos-'));
const page = join(dir, 'trang.html');
let jpeg: Buffer;
beforeAll(async () => {
  mkdirSync(join(dir, 'trang_files'));
  jpeg = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#a33' } })
    .jpeg()
    .toBuffer();
  writeFileSync(join(dir, 'trang_files', 'Ảnh hội nghị (1).JPG'), jpeg);
  writeFileSync(join(dir, 'trang_files', 'not-a-photo.jpg'), 'GIF89a…');
  writeFileSync(join(dir, 'trang_files', 'bom.png'), pngBomb(30_000, 30_000));
  // A photo whose copy stopped half way: its header is whole, its pixels are not.
  const noise = Buffer.from(Array.from({ length: 200 * 150 * 3 }, (_, i) => (i * 7919) % 251));
  const large = await sharp(noise, { raw: { width: 200, height: 150, channels: 3 } })
    .jpeg()
    .toBuffer();
  writeFileSync(join(dir, 'trang_files', 'cut.jpg'), large.subarray(0, large.length >> 1));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('takePhoto', () => {
  it('reads a photo next to the page, URL-encoded or not, and names it as the CMS does, from its bytes', async () => {
    const a = await takePhoto('./trang_files/%E1%BA%A2nh%20h%E1%BB%99i%20ngh%E1%BB%8B%20(1).JPG?v=3', page);
    const b = await takePhoto('trang_files/Ảnh hội nghị (1).JPG'.normalize('NFD'), page);
    expect(a.ok && a.photo.name).toMatch(/^anh-hoi-nghi-1-[0-9a-z]{6}\.jpg$/);
    expect(a.ok && a.photo.src).toBe(`anh/${a.ok && a.photo.name}`);
    // Same bytes, same name: a re-import writes nothing new.
    expect(b.ok && b.photo.name).toBe(a.ok && a.photo.name);
    expect(a.ok && Buffer.from(a.photo.bytes).equals(jpeg)).toBe(true);
  });
  it('decodes an embedded data: photo', async () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEklEQVQImWM4Y2x8xtiYAUIBACPqBMlwUmUNAAAAAElFTkSuQmCC';
    expect(await takePhoto(png, page)).toMatchObject({ ok: true, photo: { name: expect.stringMatching(/^anh-nhung-[0-9a-z]{6}\.png$/) } });
  });
  it('never fetches a remote photo, and says so', async () => {
    expect(await takePhoto('https://cdn.example.vn/a.jpg', page)).toEqual({
      ok: false,
      reason: expect.stringMatching(/máy chủ khác, không tải về: https:\/\/cdn\.example\.vn\/a\.jpg/),
    });
    expect((await takePhoto('//cdn.example.vn/a.jpg', page)).ok).toBe(false);
  });
  it('refuses what the CMS refuses, in the CMS’s words', async () => {
    expect(await takePhoto('trang_files/not-a-photo.jpg', page)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Không nhận tệp “not-a-photo\.jpg”: chỉ nhận ảnh JPEG, PNG hoặc WebP/),
    });
    expect(await takePhoto('trang_files/Ảnh hội nghị (1).JPG', page, 100)).toMatchObject({ ok: false, reason: expect.stringMatching(/quá giới hạn/) });
    expect(await takePhoto('trang_files/missing.jpg', page)).toMatchObject({ ok: false, reason: expect.stringMatching(/Không tìm thấy tệp ảnh/) });
    expect(await takePhoto('/sites/phuong/anh.jpg', page)).toMatchObject({ ok: false, reason: expect.stringMatching(/đường dẫn gốc/) });
  });
  it('refuses what the build refuses, in the build’s words: a decompression bomb, a truncated photo', async () => {
    expect(await takePhoto('trang_files/bom.png', page)).toEqual({
      ok: false,
      from: join(dir, 'trang_files', 'bom.png'),
      reason:
        'Ảnh “bom.png” không dùng được: ảnh 30000 × 30000 điểm ảnh (900,0 triệu), quá giới hạn 40 triệu điểm ảnh: hãy thu nhỏ ảnh; không nhập ảnh này (photo refused: the build would refuse it)',
    });
    expect(await takePhoto('trang_files/cut.jpg', page)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Ảnh “cut\.jpg” không dùng được: ảnh bị hỏng hoặc bị cắt cụt/),
    });
  });
});
