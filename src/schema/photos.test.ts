/**
 * Bad photos, made with sharp here, through the build's check; and what
 * Astro's own sharp transform (the one `astro build` runs for <Image> and
 * Markdown images) does with rotated, GPS-tagged and CMYK photos.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import sharp from 'sharp';
import sharpService from 'astro/assets/services/sharp';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES } from './photoLimits.ts';
import { formatFailures, PhotoChecks, photoProblem, photoReferences } from './photos.ts';
import { pngBomb } from '../../tests/support/pngBomb.ts';

/** A photo-like JPEG: gradients and grain, so it is not all one colour. */
async function photo(width = 1200, height = 800, format: 'jpeg' | 'png' | 'webp' = 'jpeg'): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    const x = i % width;
    const y = (i / width) | 0;
    raw[i * 3] = (x * 255) / width;
    raw[i * 3 + 1] = (y * 255) / height;
    raw[i * 3 + 2] = (x ^ y) & 0xff;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}

/** Red left half, blue right half. */
const halves = async () =>
  sharp({ create: { width: 200, height: 100, channels: 3, background: '#ff0000' } })
    .composite([{ input: { create: { width: 100, height: 100, channels: 3, background: '#0000ff' } }, left: 100, top: 0 }])
    .png()
    .toBuffer();

/** Astro's transform as the build calls it for a cover: WebP, one width. */
const publish = async (input: Buffer, width = 1080) => {
  const warnings: string[] = [];
  const out = await sharpService.transform(
    input,
    { src: 'anh.jpg', format: 'webp', width },
    { service: { entrypoint: 'astro/assets/services/sharp', config: {} } } as never,
    { warn: (m: string) => warnings.push(m) } as never,
  );
  expect(warnings).toEqual([]);
  return Buffer.from(out.data);
};

async function pixel(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [...data.subarray(i, i + 3)];
}

const near = (actual: number[], expected: number[], tolerance: number) => actual.every((v, i) => Math.abs(v - expected[i]!) <= tolerance);

describe('photoProblem: what the build refuses', () => {
  it('passes a sound JPEG, PNG and WebP', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const) expect(await photoProblem(await photo(400, 300, format)), format).toBeNull();
  });

  it('refuses a truncated JPEG, PNG and WebP, which Astro would publish grey', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const whole = await photo(800, 600, format);
      const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
      // sharp cannot even read a cut WebP's header: still refused as broken.
      expect(await photoProblem(cut), format).toMatch(format === 'webp' ? /ảnh hỏng không đọc được/ : /bị hỏng hoặc bị cắt cụt/);
    }
    // Astro's transform itself does not refuse it: this is what the check is for.
    const whole = await photo(800, 600);
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    const grey = await publish(cut);
    expect((await sharp(grey).metadata()).width).toBe(800);
    expect(await photoProblem(cut)).toContain('premature end of JPEG image');
  });

  it('refuses a file that is not an image, whatever its name', async () => {
    expect(await photoProblem(Buffer.from('<html><body>Không phải ảnh</body></html>'))).toMatch(/không phải ảnh/);
    expect(await photoProblem(Buffer.alloc(0))).toMatch(/không phải ảnh/);
  });

  it('refuses formats the CMS does not take: GIF, SVG, TIFF', async () => {
    const base = sharp({ create: { width: 20, height: 20, channels: 3, background: '#336699' } });
    expect(await photoProblem(await base.clone().gif().toBuffer())).toMatch(/dạng GIF không được nhận/);
    expect(await photoProblem(await base.clone().tiff().toBuffer())).toMatch(/dạng TIFF không được nhận/);
    expect(await photoProblem(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><script>alert(1)</script></svg>'))).toMatch(
      /dạng SVG không được nhận/,
    );
  });

  it('refuses a 30 MB file before decoding it', async () => {
    const big = Buffer.concat([await photo(400, 300), Buffer.alloc(30 * 1024 * 1024)]);
    expect(big.length).toBeGreaterThan(MAX_PHOTO_BYTES);
    expect(await photoProblem(big)).toBe('ảnh nặng 30,0 MB, quá giới hạn 20 MB: hãy giảm kích thước ảnh');
  });

  // Encoding and decoding 84 megapixels: 2 s alone, over 5 s on two cores shared with a build.
  it('refuses a 60-megapixel PNG and takes a 24-megapixel one', { timeout: 60_000 }, async () => {
    const grey = (width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: '#808080' } })
        .greyscale()
        .png({ compressionLevel: 1 })
        .toBuffer();
    expect(await photoProblem(await grey(10_000, 6_000))).toBe('ảnh 10000 × 6000 điểm ảnh (60,0 triệu), quá giới hạn 40 triệu điểm ảnh: hãy thu nhỏ ảnh');
    expect(await photoProblem(await grey(6_000, 4_000))).toBeNull();
  });

  it('names the size of a 30,000 × 30,000 PNG bomb instead of calling it “not a photo”, without decoding it', async () => {
    const bomb = pngBomb(30_000, 30_000);
    expect(bomb.length).toBeLessThan(200_000);
    const started = performance.now();
    // Was “tệp này không phải ảnh”: sharp's own 268 MP limit failed the header read.
    expect(await photoProblem(bomb)).toBe('ảnh 30000 × 30000 điểm ảnh (900,0 triệu), quá giới hạn 40 triệu điểm ảnh: hãy thu nhỏ ảnh');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('what Astro publishes from a photo that passes', () => {
  it('converts a CMYK JPEG to sRGB with its colours', async () => {
    const red = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#d02020' } })
      .png()
      .toBuffer();
    const cmyk = await sharp(red).toColourspace('cmyk').withIccProfile('cmyk').jpeg().toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    expect(await photoProblem(cmyk)).toBeNull();
    const out = await publish(cmyk);
    const meta = await sharp(out).metadata();
    expect(meta.space).toBe('srgb');
    expect(meta.channels).toBe(3);
    const rgb = await pixel(out, 32, 32);
    expect(near(rgb, [0xd0, 0x20, 0x20], 24), String(rgb)).toBe(true);
  });

  it('turns a photo rotated by its EXIF orientation upright', async () => {
    // Stored 200 × 100 (red left, blue right), orientation 6: shown turned 90° clockwise.
    const rotated = await sharp(await halves())
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await sharp(rotated).metadata()).toMatchObject({ width: 200, height: 100, orientation: 6 });
    expect(await photoProblem(rotated)).toBeNull();
    const out = await publish(rotated, 100);
    expect(await sharp(out).metadata()).toMatchObject({ width: 100, height: 200 });
    expect((await sharp(out).metadata()).orientation).toBeUndefined();
    expect(near(await pixel(out, 50, 40), [255, 0, 0], 40)).toBe(true);
    expect(near(await pixel(out, 50, 160), [0, 0, 255], 40)).toBe(true);
  });

  it('publishes no EXIF (GPS, camera), XMP, IPTC or ICC metadata', async () => {
    const tagged = await sharp(await halves())
      .jpeg()
      .withExif({
        IFD0: { Make: 'MayAnh', Copyright: 'Phuong' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 2/1 3/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 50/1 0/1' },
      })
      .withXmp(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Ai do</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>',
      )
      .toBuffer();
    const before = await sharp(tagged).metadata();
    expect(before.exif?.toString('latin1')).toContain('MayAnh');
    expect(before.xmp).toBeDefined();
    const after = await sharp(await publish(tagged)).metadata();
    expect({ exif: after.exif, xmp: after.xmp, iptc: after.iptc, icc: after.icc }).toEqual({
      exif: undefined,
      xmp: undefined,
      iptc: undefined,
      icc: undefined,
    });
  });
});

describe('photoReferences', () => {
  it('finds image fields by their path and body images, skipping remote and site-root ones', () => {
    // As Astro's content store keeps an entry: image values by their path in `imageImports`.
    const data = {
      title: 'x',
      cover: { image: './anh/a.jpg', alt: 'a' },
      photos: [{ image: './anh/b.png' }],
      other: 'https://x.vn/c.jpg',
      publishedAt: new Date(),
    };
    const imageImports = [['cover', 'image'], ['photos', 0, 'image'], ['other'], ['missing', 'image']];
    expect(photoReferences(data, imageImports, ['./anh/d.webp', '/favicon.png', 'anh/e.jpg'])).toEqual([
      { field: 'cover.image', src: './anh/a.jpg' },
      { field: 'photos[0].image', src: './anh/b.png' },
      { field: 'body', src: './anh/d.webp' },
      { field: 'body', src: 'anh/e.jpg' },
    ]);
  });
  it('names file, field, photo and problem in the message', () => {
    expect(formatFailures([{ file: 'content/news/2024/a.md', field: 'cover.image', src: './anh/a.jpg', problem: 'không có tệp ảnh này' }])).toBe(
      'Ảnh không dùng được (1). Sửa hoặc thay ảnh rồi dựng lại:\n  content/news/2024/a.md: cover.image (./anh/a.jpg): không có tệp ảnh này',
    );
  });
});

describe('PhotoChecks: each photo decoded once, then remembered', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tin-phuong-photos-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cache = join(dir, 'cache', 'checks.json');

  it('leaves no temporary file, and removes those a killed build left', async () => {
    const stale = `${cache}.99999.tmp`;
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(stale, '{"version":');
    const checks = new PhotoChecks(cache);
    const a = join(dir, 'sach.jpg');
    writeFileSync(a, await photo(30, 20));
    expect(await checks.check(a)).toBeNull();
    await checks.save();
    expect(readdirSync(dirname(cache)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('removes its temporary when the process exits in the middle of writing it, as a build that fails on content does', async () => {
    // A process that exits as soon as the cache's temporary exists on disk (security issue 21, item 5: it stayed behind).
    const folder = join(dir, 'exit');
    const photoFile = join(dir, 'thoat.jpg');
    writeFileSync(photoFile, await photo(30, 20));
    const script = `
      import { readdirSync } from 'node:fs';
      import { PhotoChecks } from ${JSON.stringify(join(import.meta.dirname, 'photos.ts'))};
      const checks = new PhotoChecks(${JSON.stringify(join(folder, 'checks.json'))});
      await checks.check(${JSON.stringify(photoFile)});
      checks.save().then(() => { console.log('finished'); process.exit(0); });
      const poll = () => {
        if (readdirSync(${JSON.stringify(folder)}, { recursive: true }).some((f) => String(f).endsWith('.tmp'))) { console.log('exited mid-write'); process.exit(1); }
        setImmediate(poll);
      };
      poll();`;
    mkdirSync(folder, { recursive: true });
    let caught = 0;
    for (let attempt = 0; attempt < 5 && caught === 0; attempt++) {
      const run = spawnSync(join(import.meta.dirname, '../../node_modules/.bin/node'), ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.stdout, run.stderr).toMatch(/finished|exited mid-write/);
      if (run.stdout.includes('exited mid-write')) caught++;
      expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
    // The exit really came while the temporary was on disk, at least once.
    expect(caught).toBe(1);
  });

  it("leaves a running build's temporary alone, and two instances in one build save side by side", async () => {
    const mine = `${cache}.${process.pid}.0badcafe.tmp`;
    writeFileSync(mine, '{"version":');
    const a = join(dir, 'hai.jpg');
    writeFileSync(a, await photo(30, 20));
    const one = new PhotoChecks(cache);
    const two = new PhotoChecks(cache);
    expect(await one.check(a)).toBeNull();
    expect(await two.check(a)).toBeNull();
    // Another instance's write in progress (here: the file above) is not taken for a leftover.
    expect(readdirSync(dirname(cache))).toContain(basename(mine));
    await Promise.all([one.save(), two.save(), one.save(), two.save()]);
    rmSync(mine);
    expect(readdirSync(dirname(cache)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('decodes on the first build only, and again when the bytes change', async () => {
    const a = join(dir, 'a.jpg');
    writeFileSync(a, await photo(300, 200));
    const first = new PhotoChecks(cache);
    expect(await Promise.all([first.check(a), first.check(a)])).toEqual([null, null]);
    expect(first.decoded).toBe(1);
    await first.save();

    const second = new PhotoChecks(cache);
    expect(await second.check(a)).toBeNull();
    // A fresh clone: same bytes, new mtime. Answered by the content hash.
    utimesSync(a, new Date(), new Date(Date.now() + 5000));
    const third = new PhotoChecks(cache);
    expect(await third.check(a)).toBeNull();
    expect(second.decoded + third.decoded).toBe(0);

    // The photo replaced by a truncated copy: checked again, and refused.
    writeFileSync(a, (await photo(300, 200)).subarray(0, 3000));
    const fourth = new PhotoChecks(cache);
    expect(await fourth.check(a)).toMatch(/bị hỏng/);
    expect(await fourth.check(join(dir, 'khong-co.jpg'))).toBe('không có tệp ảnh này');
  });
});
