import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takePhoto } from './photos.ts';

const dir = mkdtempSync(join(tmpdir(), 'tin-phuong-photos-'));
const page = join(dir, 'trang.html');
let jpeg: Buffer;
beforeAll(async () => {
  mkdirSync(join(dir, 'trang_files'));
  jpeg = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#a33' } }).jpeg().toBuffer();
  writeFileSync(join(dir, 'trang_files', 'Ảnh hội nghị (1).JPG'), jpeg);
  writeFileSync(join(dir, 'trang_files', 'not-a-photo.jpg'), 'GIF89a…');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('takePhoto', () => {
  it('reads a photo next to the page, URL-encoded or not, and names it as the CMS does, from its bytes', () => {
    const a = takePhoto('./trang_files/%E1%BA%A2nh%20h%E1%BB%99i%20ngh%E1%BB%8B%20(1).JPG?v=3', page);
    const b = takePhoto('trang_files/Ảnh hội nghị (1).JPG'.normalize('NFD'), page);
    expect(a.ok && a.photo.name).toMatch(/^anh-hoi-nghi-1-[0-9a-z]{6}\.jpg$/);
    expect(a.ok && a.photo.src).toBe(`anh/${a.ok && a.photo.name}`);
    // Same bytes, same name: a re-import writes nothing new.
    expect(b.ok && b.photo.name).toBe(a.ok && a.photo.name);
    expect(a.ok && Buffer.from(a.photo.bytes).equals(jpeg)).toBe(true);
  });
  it('decodes an embedded data: photo', () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DwH4wZGBgYAEfoB/nWRhtDAAAAAElFTkSuQmCC';
    expect(takePhoto(png, page)).toMatchObject({ ok: true, photo: { name: expect.stringMatching(/^anh-nhung-[0-9a-z]{6}\.png$/) } });
  });
  it('never fetches a remote photo, and says so', () => {
    expect(takePhoto('https://cdn.example.vn/a.jpg', page)).toEqual({ ok: false, reason: expect.stringMatching(/máy chủ khác, không tải về: https:\/\/cdn\.example\.vn\/a\.jpg/) });
    expect(takePhoto('//cdn.example.vn/a.jpg', page).ok).toBe(false);
  });
  it('refuses what the CMS refuses, in the CMS’s words', () => {
    expect(takePhoto('trang_files/not-a-photo.jpg', page)).toMatchObject({ ok: false, reason: expect.stringMatching(/Không nhận tệp “not-a-photo\.jpg”: chỉ nhận ảnh JPEG, PNG hoặc WebP/) });
    expect(takePhoto('trang_files/Ảnh hội nghị (1).JPG', page, 100)).toMatchObject({ ok: false, reason: expect.stringMatching(/quá giới hạn/) });
    expect(takePhoto('trang_files/missing.jpg', page)).toMatchObject({ ok: false, reason: expect.stringMatching(/Không tìm thấy tệp ảnh/) });
    expect(takePhoto('/sites/phuong/anh.jpg', page)).toMatchObject({ ok: false, reason: expect.stringMatching(/đường dẫn gốc/) });
  });
});
