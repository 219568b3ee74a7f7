import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { documentRefusal, refusal, sniffPhoto, uploadName } from './uploads.ts';

const head = (bytes: Uint8Array) => bytes.slice(0, 16);

describe('photo uploads', () => {
  it('recognises JPEG, PNG and WebP by their bytes', async () => {
    const image = sharp({ create: { width: 4, height: 4, channels: 3, background: '#9b1c1c' } });
    expect(sniffPhoto(head(await image.clone().jpeg().toBuffer()))).toBe('jpg');
    expect(sniffPhoto(head(await image.clone().png().toBuffer()))).toBe('png');
    expect(sniffPhoto(head(await image.clone().webp().toBuffer()))).toBe('webp');
    expect(sniffPhoto(new TextEncoder().encode('%PDF-1.7 hello'))).toBeNull();
    expect(sniffPhoto(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
  });

  it('refuses a non-photo, even named .jpg, and a photo over 20 MB, in Vietnamese', async () => {
    const jpeg = head(
      await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
        .jpeg()
        .toBuffer(),
    );
    expect(refusal('bao-cao.jpg', 1000, new TextEncoder().encode('%PDF-1.7'))).toBe(
      'Không nhận tệp “bao-cao.jpg”: chỉ nhận ảnh JPEG, PNG hoặc WebP, và văn bản PDF, Word, Excel, ODT, ODS (đúng đuôi tên tệp).',
    );
    expect(refusal('bao-cao.pdf', 1000, new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(refusal('bao-cao.docx', 1000, new TextEncoder().encode('%PDF-1.7'))).not.toBeNull();
    expect(refusal('anh.jpg', 21 * 1024 * 1024, jpeg)).toBe('Ảnh “anh.jpg” nặng 21,0 MB, quá giới hạn 20 MB. Hãy giảm kích thước ảnh rồi tải lên lại.');
    expect(refusal('anh.jpg', 20 * 1024 * 1024, jpeg)).toBeNull();
  });

  it('takes a document by its bytes and its name, up to 20 MB, and says so in Vietnamese', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7');
    expect(documentRefusal('qd-125.pdf', 20 * 1024 * 1024, pdf)).toBeNull();
    expect(documentRefusal('qd-125.pdf', 21 * 1024 * 1024, pdf)).toBe(
      'Văn bản “qd-125.pdf” nặng 21,0 MB, quá giới hạn 20 MB. Hãy nén tệp (ví dụ in lại PDF với chất lượng thấp hơn) rồi tải lên lại.',
    );
    expect(refusal('qd-125.pdf', 21 * 1024 * 1024, pdf)).toMatch(/^Văn bản “qd-125.pdf” nặng 21,0 MB/);
    expect(documentRefusal('bang.xlsx', 1000, pdf)).toMatch(/^Không nhận tệp “bang.xlsx”/);
    expect(documentRefusal('bang.xlsx', 1000, new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBeNull();
  });

  it('renames uploads to ASCII with the site’s slug and the real extension', () => {
    // The stamp: the last six base-36 digits of the time (1_700_000_000_000 is loyw3v28 in base 36).
    expect(uploadName('Ảnh Hội nghị (1).JPG', 'jpg', 1_700_000_000_000)).toBe('anh-hoi-nghi-1-yw3v28.jpg');
    expect(uploadName('IMG_0001.jpg', 'jpg', 1_700_000_000_001)).toBe('img-0001-yw3v29.jpg');
    expect(uploadName('Đại hội.jpeg', 'webp', 0)).toBe('dai-hoi-0.webp');
    expect(uploadName('.jpg', 'png', 0)).toBe('anh-0.png');
  });
});
